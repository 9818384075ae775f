#pragma once

#include "common/Errors.h"

#include <QString>

#include <functional>

class QWidget;

namespace pagesight {

class Catalog;

// Where the desktop app keeps its catalog: <AppDataLocation>/catalog.sqlite. The folder is
// created; empty when it cannot be.
QString defaultCatalogPath();

struct OpenedCatalog {
    QString path;       // the file that is open, or the last one tried
    CatalogError error; // set: no catalog is open
};

// Asked when the catalog at a path cannot be opened: another file to try, or empty to go on
// without a catalog.
using CatalogChooser = std::function<QString(const CatalogError &error)>;

// Opens the app's catalog (a file, or a server's URL with the password set on catalog), asking
// chooseAnother for another file for as long as one fails. A file
// that fails is left exactly as it was (Catalog::open never modifies a file that is not a
// catalog), so a damaged or locked catalog loses nothing by the app starting. The catalog is
// migrated and given the bundled labels, then left open read-only: the app writes through a
// CatalogWriter.
OpenedCatalog openAppCatalog(Catalog &catalog, const QString &path, const CatalogChooser &chooseAnother);

// Whether the app can use the catalog at location (a path or a server's URL) with password: it is
// opened read-write as the app opens it at start (made, or migrated, then closed).
CatalogError tryAppCatalog(const QString &location, const QString &password);

// The desktop app's chooser: a message box that says what is wrong and offers another file.
QString askForAnotherCatalog(const CatalogError &error, QWidget *parent = nullptr);

} // namespace pagesight
