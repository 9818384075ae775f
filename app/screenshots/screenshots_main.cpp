// pagesight-screenshots --language <en|pt_BR> --output <folder>
//
// Writes one PNG per screen into the folder (see Screenshots.h). Everything it touches is
// throw-away: QStandardPaths' test locations, a catalog in a temporary folder, tokens in memory
// and the in-process sample sandbox — never the user's keychain, settings or catalog. It wants a
// real display (./scripts/screenshots gives it Xvfb), so fonts and style are a desktop's.
#include "Screenshots.h"

#include "AppCatalog.h"
#include "app/AppRuntime.h"
#include "app/SampleData.h"
#include "auth/TokenStore.h"
#include "catalog/CatalogWriter.h"
#include "common/Clock.h"
#include "source/SourceRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QImage>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace pagesight::screenshots {

bool ShotWriter::save(QWidget *widget, const QString &name) {
    // Let posted layout requests and repaints run, as a screen would before showing the frame.
    QTest::qWait(100);
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB888);
    if (image.isNull() || !image.save(path)) {
        qCritical("pagesight-screenshots: could not write %s", qPrintable(path));
        return false;
    }
    return true;
}

QString ShotWriter::path(const QString &name, const QString &suffix) const {
    return QDir(m_folder).filePath(name + QLatin1Char('.') + suffix);
}

} // namespace pagesight::screenshots

int main(int argc, char *argv[]) {
    using namespace pagesight;
    // The same names as the app, so its code sees the same application; test mode then keeps
    // QStandardPaths away from the real locations.
    QCoreApplication::setOrganizationName(QStringLiteral("Pagesight"));
    QCoreApplication::setApplicationName(QStringLiteral("pagesight"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Grabs every screen of Pagesight, with sample data, as PNGs."));
    parser.addHelpOption();
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("The language of the screens: en or pt_BR."),
                                            QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("The folder for the PNG files."),
                                          QStringLiteral("folder"));
    parser.addOption(languageOption);
    parser.addOption(outputOption);
    parser.process(app);
    const QString language = parser.value(languageOption);
    const QString output = parser.value(outputOption);
    if (output.isEmpty() || !QDir().mkpath(output)) {
        qCritical("pagesight-screenshots: --output must name a folder that can be created");
        return 2;
    }

    // As main.cpp does for the system's locale, but for the language asked for: the same .qm
    // resources (:/i18n/pagesight_<language>.qm), and the locale for dates and numbers.
    const QLocale locale(language);
    QLocale::setDefault(locale);
    QTranslator translator;
    if (!translator.load(locale, QStringLiteral("pagesight"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        qCritical("pagesight-screenshots: no translation for %s", qPrintable(language));
        return 2;
    }
    QApplication::installTranslator(&translator);

    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/pagesight-screenshots-XXXXXX"));
    if (!folder.isValid())
        return 1;
    const QString catalogPath = folder.filePath(QStringLiteral("catalog.sqlite"));
    Catalog catalog(QStringLiteral("pagesight-screenshots"));
    // As the app opens it: migrated, the bundled labels in, then read-only beside a writer thread.
    if (const CatalogError error = openAppCatalog(catalog, catalogPath, {}).error; error.isError()) {
        qCritical("pagesight-screenshots: %s", qPrintable(describe(error)));
        return 1;
    }
    MemoryTokenStore tokenStore;
    SystemClock clock; // the sample sandbox serves data up to the real today
    CatalogWriter writer(catalogPath, &clock);
    QNetworkAccessManager network;
    SourceRepository sources(&catalog, &tokenStore, &writer);
    SampleData sampleData;
    const AppRuntime runtime({&network, &tokenStore, &clock, &catalog, catalogPath, &sources, &sampleData, &writer});
    const AppServices &services = runtime.services();

    screenshots::ShotWriter shots(output);
    return screenshots::grabWizard(services, shots) && screenshots::grabMainWindow(services, shots) ? 0 : 1;
}
