// File → Open Catalog…: the dialog tries a catalog before it closes and keeps what was typed when
// one cannot be used; choosing a team catalog on the test PostgreSQL server keeps its password in
// the real keychain and its URL in the preferences, and the app's next session opens it with that
// password alone (no PGPASSWORD), reads it and syncs the sample data into it.
//
// With PAGESIGHT_SCREENSHOT_DIR set, the dialog's two tabs are grabbed there.
#include "AppCatalog.h"
#include "DesktopSession.h"
#include "KeychainTestSupport.h"
#include "MainWindow.h"
#include "OpenCatalogDialog.h"
#include "PostgresTestSupport.h"
#include "app/CatalogPassword.h"
#include "app/Preferences.h"
#include "app/SampleData.h"
#include "app/SyncController.h"
#include "auth/TokenStore.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"
#include "source/SourceRepository.h"
#include "sources/SourcesPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

namespace {

void screenshot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

template<typename T> T *child(QWidget *parent, const char *name) {
    return parent->findChild<T *>(QLatin1String(name));
}

// Fills the server tab with the test server's address and the given schema and password.
void fillServer(OpenCatalogDialog &dialog, const QString &schema, const QString &password) {
    const std::optional<ServerCatalog> server = parseServerCatalog(testServerUrl());
    QVERIFY(server);
    child<QTabWidget>(&dialog, "")->setCurrentIndex(1);
    child<QLineEdit>(&dialog, "serverHost")->setText(server->host);
    child<QSpinBox>(&dialog, "serverPort")->setValue(server->port);
    child<QLineEdit>(&dialog, "serverDatabase")->setText(server->database);
    child<QLineEdit>(&dialog, "serverUser")->setText(server->user);
    child<QLineEdit>(&dialog, "serverSchema")->setText(schema);
    child<QLineEdit>(&dialog, "serverPassword")->setText(password);
}

QString tryCatalog(const QString &location, const QString &password) {
    const CatalogError error = tryAppCatalog(location, password);
    return error.isError() ? describe(error) : QString();
}

} // namespace

class TestOpenCatalog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void fileTab() {
        OpenCatalogDialog dialog(m_dir.filePath(QStringLiteral("now.sqlite")), tryCatalog);
        auto *path = child<QLineEdit>(&dialog, "catalogFilePath");
        QCOMPARE(path->text(), QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("now.sqlite"))));
        QVERIFY(!dialog.serverChosen());
        auto *error = child<QLabel>(&dialog, "openCatalogError");
        const QString missingFolder = m_dir.filePath(QStringLiteral("missing/catalog.sqlite"));
        path->setText(missingFolder);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(error->isVisibleTo(&dialog));
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(path->text(), missingFolder); // kept as typed
        QVERIFY(!QFile::exists(missingFolder));

        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        path->setText(fresh);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.location(), fresh);
        QVERIFY(dialog.password().isEmpty());
        QVERIFY(QFile::exists(fresh)); // made, as the app makes it
        screenshot(&dialog, QStringLiteral("open-catalog-file"));
    }

    void serverTabSaysWhyAndKeepsWhatWasTyped() {
        PAGESIGHT_NEED_POSTGRES();
        const TestSchema schema;
        OpenCatalogDialog dialog(m_dir.filePath(QStringLiteral("now.sqlite")), tryCatalog);
        dialog.resize(dialog.sizeHint());
        auto *error = child<QLabel>(&dialog, "openCatalogError");

        child<QTabWidget>(&dialog, "")->setCurrentIndex(1);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(error->text().contains(QLatin1String("host")), qPrintable(error->text()));

        qunsetenv("PGPASSWORD"); // only what the dialog is given
        const QString wrong = QStringLiteral("not-the-password-7431");
        fillServer(dialog, schema.name(), wrong);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(error->isVisibleTo(&dialog));
        QVERIFY2(!error->text().isEmpty(), "no reason given");
        QVERIFY2(!error->text().contains(wrong), qPrintable(error->text())); // never repeats the password
        QCOMPARE(child<QLineEdit>(&dialog, "serverSchema")->text(), schema.name());
        QCOMPARE(child<QLineEdit>(&dialog, "serverPassword")->text(), wrong);
        screenshot(&dialog, QStringLiteral("open-catalog-server-refused"));

        const QString password = qEnvironmentVariable("PAGESIGHT_TEST_POSTGRES_PASSWORD");
        child<QLineEdit>(&dialog, "serverPassword")->setText(password);
        child<QComboBox>(&dialog, "serverSslMode")->setCurrentIndex(0);
        dialog.accept();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(error->text()));
        QCOMPARE(dialog.location(), parseServerCatalog(schema.url())->url());
        QCOMPARE(dialog.password(), password);
        QVERIFY(dialog.rememberPassword());
        QVERIFY(child<QLabel>(&dialog, "serverUrl")->text().contains(dialog.location()));

        // Shown again on that catalog, the dialog opens on the server tab with its fields.
        OpenCatalogDialog again(dialog.location(), tryCatalog);
        QVERIFY(again.serverChosen());
        QCOMPARE(child<QLineEdit>(&again, "serverSchema")->text(), schema.name());
        QVERIFY(child<QLineEdit>(&again, "serverPassword")->text().isEmpty());
        again.resize(again.sizeHint());
        screenshot(&again, QStringLiteral("open-catalog-server"));
    }

    // Session one, on a file, switches to the server; session two opens it with the keychain's
    // password only, shows it, and syncs the sample data into it.
    void appSwitchesToTheTeamCatalog() {
        PAGESIGHT_NEED_POSTGRES();
        PAGESIGHT_NEED_KEYCHAIN();
        const TestSchema schema;
        const QString password = qEnvironmentVariable("PAGESIGHT_TEST_POSTGRES_PASSWORD");
        qunsetenv("PGPASSWORD");
        KeychainTokenStore keychain(QStringLiteral("Pagesight tests ") + QUuid::createUuid().toString());
        QNetworkAccessManager network;
        SystemClock clock;
        SampleData sampleData;
        QSettings settings(m_dir.filePath(QStringLiteral("switch.ini")), QSettings::IniFormat);
        Preferences(&settings).setCatalogLocation(m_dir.filePath(QStringLiteral("desk.sqlite")));
        const QString url = parseServerCatalog(schema.url())->url();

        DesktopBase base{&network, &keychain, &clock, &sampleData, &settings, {}, {}};
        base.onWindow = [&](MainWindow &window) {
            QTimer::singleShot(0, &window, [&window, url, password] { window.switchCatalog(url, password, true); });
        };
        CatalogChoice choice = startingCatalog(base);
        QCOMPARE(choice.location, m_dir.filePath(QStringLiteral("desk.sqlite")));
        QVERIFY(choice.password.isEmpty());
        choice = runDesktopSession(base, choice);
        QCOMPARE(choice.location, url);
        QCOMPARE(Preferences(&settings).catalogLocation(), url);
        QVERIFY(!settings.allKeys().isEmpty());
        for (const QString &key : settings.allKeys()) // the password is nowhere in the settings
            QVERIFY(!settings.value(key).toString().contains(password));

        // The next start: the URL from the preferences, the password from the keychain.
        choice = startingCatalog(base);
        QCOMPARE(choice.location, url);
        QCOMPARE(choice.password, password);
        QString shownPath;
        bool hadCatalog = false;
        qint64 posts = -1;
        base.onWindow = [&](MainWindow &window) {
            QTimer::singleShot(0, &window, [&] {
                shownPath = child<QLabel>(&window, "catalogPathLabel")->text();
                hadCatalog = window.sourcesPage()->hasCatalog();
                window.sourcesPage()->trySampleData();
            });
            connect(window.sourcesPage(), &SourcesPage::runFinished, &window, [&window, &posts, url, password] {
                Catalog check(QStringLiteral("open-catalog-check"));
                check.setPassword(password);
                if (!check.open(url, Catalog::Mode::ReadOnly).isError()) {
                    QSqlQuery query(check.reader());
                    if (query.exec(QStringLiteral("SELECT count(*) FROM organization_posts")) && query.next())
                        posts = query.value(0).toLongLong();
                }
                window.close();
            });
        };
        QTimer guard;
        guard.setSingleShot(true);
        guard.callOnTimeout(qApp, [] {
            for (QWidget *window : QApplication::topLevelWidgets())
                window->close();
        });
        guard.start(90000);
        choice = runDesktopSession(base, choice);
        QVERIFY(guard.isActive()); // ended by the sync, not the guard
        QVERIFY(choice.location.isEmpty());
        QVERIFY2(hadCatalog, qPrintable(shownPath));
        QVERIFY2(shownPath.contains(url), qPrintable(shownPath));
        QVERIFY2(posts > 0, "the sample sync wrote no post into the team catalog");
        QVERIFY(!QCoro::waitFor(keepCatalogPassword(&keychain, url, {}, false)).error.size());
    }
};

QTEST_MAIN(TestOpenCatalog)
#include "tst_opencatalog.moc"
