#pragma once

#include <QIcon>

class QPalette;

namespace pagesight {

// The sidebar's icons, drawn as simple line glyphs in the palette's text colours (normal and
// selected), so they match any theme and need no image plugin.
enum class NavigationGlyph { Sources, Catalog, Dashboards, Explorer };
QIcon navigationIcon(NavigationGlyph glyph, const QPalette &palette);

} // namespace pagesight
