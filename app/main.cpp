// The entry point: the headless command line when the first argument is a command, the desktop
// app otherwise. No logic lives here: only wiring.
#include "DesktopSession.h"
#include "MainWindow.h"
#include "RenderCommand.h"
#include "UiLog.h"
#include "app/SampleData.h"
#include "auth/TokenStore.h"
#include "cli/Cli.h"
#include "common/Clock.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

namespace {

// Says when the main window is first painted (pagesight.ui at info level, with the wall clock), so
// ./scripts/bench can time the app from its start to its first window.
class FirstPaintProbe : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint) {
            qCInfo(lcUi, "first window drawn at %lld ms since the epoch", QDateTime::currentMSecsSinceEpoch());
            watched->removeEventFilter(this);
        }
        return false;
    }
};

// render's stderr is read by people (a scheduler's mail): Qt's notes about the offscreen platform
// (no window-manager size hints, no XDG_RUNTIME_DIR on a server) say nothing about the dashboard.
void quietOffscreenNotes(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type == QtWarningMsg && (message.contains(QLatin1String("propagateSizeHints")) ||
                                 message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR"))))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
}

int runDesktopApp(int argc, char *argv[]) {
    using namespace pagesight;
    QApplication app(argc, argv);
    QTranslator translator; // :/i18n/pagesight_<locale>.qm, compiled into the executable
    if (translator.load(QLocale(), QStringLiteral("pagesight"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    KeychainTokenStore tokenStore;
    SystemClock clock;
    QNetworkAccessManager network;
    SampleData sampleData;
    QSettings settings; // preferences only; secrets are in the keychain
    FirstPaintProbe firstPaint;
    DesktopBase base{&network,
                     &tokenStore,
                     &clock,
                     &sampleData,
                     &settings,
                     [](const CatalogError &error) { return askForAnotherCatalog(error); },
                     [&firstPaint](MainWindow &window) {
                         window.installEventFilter(&firstPaint);
                     }};
    // File → Open Catalog… ends a session with the catalog to open next.
    CatalogChoice catalog = startingCatalog(base);
    while (!catalog.location.isEmpty())
        catalog = runDesktopSession(base, catalog);
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication::setOrganizationName(QStringLiteral("Pagesight"));
    QCoreApplication::setApplicationName(QStringLiteral("pagesight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAGESIGHT_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (pagesight::cli::startsDesktopApp(arguments))
        return runDesktopApp(argc, argv);
    if (pagesight::cli::needsWidgets(arguments)) {
        // Drawn offscreen unless told otherwise: a scheduler on a server has no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietOffscreenNotes);
        QApplication app(argc, argv);
        pagesight::cli::setRenderCommand(pagesight::runRenderCommand);
        return pagesight::cli::run(arguments);
    }

    QCoreApplication app(argc, argv);
    return pagesight::cli::run(arguments);
}
