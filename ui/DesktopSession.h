#pragma once

#include "AppCatalog.h"

#include <QString>

#include <functional>

class QNetworkAccessManager;
class QSettings;

namespace pagesight {

class Clock;
class MainWindow;
class SampleData;
class TokenStore;

// What outlives one catalog in the desktop app: made once by main.cpp (tests make their own).
struct DesktopBase {
    QNetworkAccessManager *network = nullptr;
    TokenStore *tokenStore = nullptr;
    const Clock *clock = nullptr;
    SampleData *sampleData = nullptr;
    QSettings *settings = nullptr;
    CatalogChooser chooseAnother;               // asked when the catalog cannot be opened
    std::function<void(MainWindow &)> onWindow; // the window, before it shows (main.cpp's paint probe)
};

struct CatalogChoice {
    QString location; // a file, or a server's URL; empty: none (the app quits)
    QString password; // a server's, in memory only
};

// The catalog the app opens at start: the one the preferences keep, else the default file, with
// the password the keychain keeps for it.
CatalogChoice startingCatalog(const DesktopBase &base);

// One catalog's life in the app: opens it, makes the services over it and the main window, and
// runs until the window closes. Returns the catalog File → Open Catalog… chose, to be opened the
// same way next; an empty location when the user quit.
CatalogChoice runDesktopSession(const DesktopBase &base, const CatalogChoice &catalog);

} // namespace pagesight
