#pragma once

#include <QStringList>

namespace pagesight {

// `pagesight render DASHBOARD --catalog F --out FILE.png|.pdf|.csv …` (docs/SPEC.md §5): the
// dashboard drawn by the app's own DashboardsPage, offscreen, and exported as File > Export
// Dashboard does. Needs a QApplication. Exit codes as every command's.
int runRenderCommand(const QStringList &arguments);

} // namespace pagesight
