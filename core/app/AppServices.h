#pragma once

#include <QString>

class QNetworkAccessManager;
class QSettings;

namespace pagesight {

class Catalog;
class CatalogWriter;
class Clock;
class SourceRepository;
class TokenStore;
class SampleData;
class SyncController;
class Scheduler;
class LabelRefreshController;

// What the widgets use, injected by main.cpp (tests pass their own): no singletons. The last three
// are made by AppRuntime from the others; pages that do not sync leave them null.
struct AppServices {
    QNetworkAccessManager *network = nullptr;
    TokenStore *tokenStore = nullptr;
    const Clock *clock = nullptr;
    Catalog *catalog = nullptr; // the GUI thread's connection, for reading; syncs open their own
    QString catalogPath;        // a file, or a PostgreSQL server's URL (never with a password)
    SourceRepository *sources = nullptr;
    SampleData *sampleData = nullptr;
    CatalogWriter *writer = nullptr; // the app's own writes (labels); null: they go to catalog
    SyncController *syncs = nullptr;
    Scheduler *scheduler = nullptr;
    LabelRefreshController *labels = nullptr;
    QSettings *settings = nullptr; // the user's preferences (core/app/Preferences); null: defaults, not kept
    // A server catalog's password, read from the keychain at start; empty for a file, or when
    // libpq finds one itself (PGPASSWORD, ~/.pgpass). In memory only.
    QString catalogPassword;
};

} // namespace pagesight
