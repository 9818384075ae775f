#pragma once

#include "AppServices.h"

#include <QObject>

#include <memory>

namespace pagesight {

class LabelRefresher;
class TokenProvider;
struct LabelRefreshResult;
struct SourceSecrets;

// "Refresh labels": fetches the names of seniorities, functions, industries and places from
// LinkedIn's standardized-data endpoints with one source's credentials (the sample server's for
// sample data) and stores them in the catalog, for the dashboards and the explorer.
class LabelRefreshController : public QObject {
    Q_OBJECT
public:
    explicit LabelRefreshController(const AppServices &services, QObject *parent = nullptr);
    ~LabelRefreshController() override;

    bool isRunning() const { return m_running; }
    // Starts a refresh with the source's token; false (and nothing starts) when one is running or
    // the source does not exist.
    bool refresh(const QString &sourceId);

signals:
    // One per refresh: what was stored, or what went wrong, as a sentence; ok when nothing failed.
    void finished(bool ok, const QString &message);

private:
    void start(const QString &sourceId, const SourceSecrets &secrets);
    void done(const LabelRefreshResult &result);
    void fail(const QString &message);

    AppServices m_services;
    std::unique_ptr<TokenProvider> m_tokens;
    LabelRefresher *m_refresher = nullptr;
    bool m_running = false;
};

// A sentence for a refresh's result: the names stored, then what failed.
QString labelRefreshSummary(const LabelRefreshResult &result);

} // namespace pagesight
