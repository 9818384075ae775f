#include "DesktopSession.h"

#include "MainWindow.h"
#include "app/AppRuntime.h"
#include "app/CatalogPassword.h"
#include "app/Preferences.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogWriter.h"
#include "source/SourceRepository.h"

#include <QApplication>

namespace pagesight {

CatalogChoice startingCatalog(const DesktopBase &base) {
    CatalogChoice choice{Preferences(base.settings).catalogLocation(), {}};
    if (choice.location.isEmpty())
        choice.location = defaultCatalogPath();
    if (base.tokenStore)
        choice.password = QCoro::waitFor(readCatalogPassword(base.tokenStore, choice.location));
    return choice;
}

CatalogChoice runDesktopSession(const DesktopBase &base, const CatalogChoice &choice) {
    Catalog catalog(QStringLiteral("pagesight-gui"));
    catalog.setClock(base.clock);
    catalog.setPassword(choice.password);
    const OpenedCatalog opened = openAppCatalog(catalog, choice.location, base.chooseAnother);
    // Another file chosen at start has no password; the server's stays with its own location.
    const QString password = opened.path == choice.location ? choice.password : QString();
    CatalogWriter writer(opened.path, base.clock);
    writer.setPassword(password);
    SourceRepository sources(&catalog, base.tokenStore, &writer);
    AppServices services{base.network, base.tokenStore, base.clock,      &catalog,
                         opened.path,  &sources,        base.sampleData, &writer};
    services.settings = base.settings;
    services.catalogPassword = password;
    const AppRuntime runtime(services);

    MainWindow window(runtime.services());
    if (opened.error.isError())
        window.setCatalogProblem(describe(opened.error));
    if (base.onWindow)
        base.onWindow(window);
    window.show();
    QApplication::exec();
    return {window.nextCatalog(), window.nextCatalogPassword()};
}

} // namespace pagesight
