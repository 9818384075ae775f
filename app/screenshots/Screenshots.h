#pragma once

// pagesight-screenshots: shows each screen of the app with sample data and saves QWidget::grab() of
// it, for docs/screenshots/ (./scripts/screenshots runs it once per language on a virtual display).
// It drives the widgets as the GUI tests do — found by objectName, typed into, clicked — against
// the in-process sample sandbox, a temporary catalog and a memory-only token store.

#include <QString>

class QWidget;

namespace pagesight {

struct AppServices;

namespace screenshots {

// Saves a widget's grab as <folder>/<name>.png, without alpha: the pictures are committed, and an
// opaque window needs none.
class ShotWriter {
public:
    explicit ShotWriter(QString folder)
        : m_folder(std::move(folder)) {}

    [[nodiscard]] bool save(QWidget *widget, const QString &name);
    QString path(const QString &name, const QString &suffix) const; // <folder>/<name>.<suffix>

private:
    QString m_folder;
};

// The six pages of the setup wizard, filled in with the sample data as a newcomer would.
[[nodiscard]] bool grabWizard(const AppServices &services, ShotWriter &shots);
// The main window on first launch, the Sources page during and after the sample data's sync, then
// each dashboard, the explorer with a report and the catalog browser on the data just synced, and
// File > Open Catalog… filled in for a team's server.
[[nodiscard]] bool grabMainWindow(const AppServices &services, ShotWriter &shots);

} // namespace screenshots
} // namespace pagesight
