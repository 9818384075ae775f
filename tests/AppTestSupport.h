#pragma once

// The app's services made as main.cpp makes them — the GUI's catalog opened by openAppCatalog
// (migrated, then read-only), its writes on a CatalogWriter thread, the sample data, AppRuntime —
// over a catalog file of the test's: what tst_mainwindow and tst_severalsources share.

#include "AppCatalog.h"
#include "app/AppRuntime.h"
#include "app/SampleData.h"
#include "auth/TokenStore.h"
#include "catalog/CatalogWriter.h"
#include "common/Clock.h"
#include "source/SourceRepository.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QUuid>

#include <memory>

namespace pagesight::testing {

struct AppRig {
    explicit AppRig(const QString &catalogPath)
        : catalog(QStringLiteral("app-") + QUuid::createUuid().toString(QUuid::Id128))
        , writer(catalogPath, &clock)
        , repository(&catalog, &store, &writer)
        , settings(catalogPath + QStringLiteral(".settings.ini"), QSettings::IniFormat) {
        openError = openAppCatalog(catalog, catalogPath, {}).error;
        AppServices base{&network, &store, &clock, &catalog, catalogPath, &repository, &sampleData, &writer};
        base.settings = &settings; // beside the catalog: each rig starts with the defaults
        runtime = std::make_unique<AppRuntime>(base);
        services = runtime->services();
    }

    QNetworkAccessManager network;
    MemoryTokenStore store;
    SystemClock clock; // the sample sandbox serves data up to the real today
    SampleData sampleData;
    Catalog catalog;
    CatalogWriter writer;
    SourceRepository repository;
    QSettings settings;
    std::unique_ptr<AppRuntime> runtime;
    AppServices services;
    CatalogError openError;
};

} // namespace pagesight::testing
