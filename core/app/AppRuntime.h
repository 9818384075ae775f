#pragma once

#include "AppServices.h"

#include <QObject>

namespace pagesight {

// The app's services that are not widgets, made once by main.cpp (tests and the screenshot tool
// make their own) from the base services: the sources' syncs, the scheduler that starts them and
// the label refresh. services() hands out the base services with these filled in; the widgets use
// them and own none of them. The scheduler is not started here: the main window starts it once a
// catalog is open.
class AppRuntime : public QObject {
    Q_OBJECT
public:
    explicit AppRuntime(const AppServices &base, QObject *parent = nullptr);
    ~AppRuntime() override;

    const AppServices &services() const { return m_services; }

private:
    AppServices m_services;
};

} // namespace pagesight
