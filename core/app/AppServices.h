#pragma once

#include <QString>

class QNetworkAccessManager;

namespace pagesight {

class Catalog;
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
    Catalog *catalog = nullptr; // the GUI thread's connection; syncs open their own
    QString catalogPath;
    SourceRepository *sources = nullptr;
    SampleData *sampleData = nullptr;
    SyncController *syncs = nullptr;
    Scheduler *scheduler = nullptr;
    LabelRefreshController *labels = nullptr;
};

} // namespace pagesight
