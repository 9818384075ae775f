#pragma once

#include <QString>

class QNetworkAccessManager;

namespace pagesight {

class Catalog;
class Clock;
class SourceRepository;
class TokenStore;
class SampleData;

// What the widgets use, injected by main.cpp (tests pass their own): no singletons.
struct AppServices {
    QNetworkAccessManager *network = nullptr;
    TokenStore *tokenStore = nullptr;
    const Clock *clock = nullptr;
    Catalog *catalog = nullptr; // the GUI thread's connection; syncs open their own
    QString catalogPath;
    SourceRepository *sources = nullptr;
    SampleData *sampleData = nullptr;
};

} // namespace pagesight
