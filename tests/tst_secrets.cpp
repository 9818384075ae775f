// Secrets live only in the keychain. Through the real parts — the Secret Service (run under
// scripts/with-test-keyring), the sandbox, a sync on the worker thread that refreshes its token —
// no access token, refresh token or client secret may appear in the catalog, its WAL, or any
// file the app writes under its standard locations.
#include "KeychainTestSupport.h"
#include "SyncTestSupport.h"

#include "auth/TokenStore.h"
#include "source/SourceRepository.h"
#include "sync/SyncRunner.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

class TestSecrets : public QObject {
    Q_OBJECT

private:
    // Every file below these folders, read whole, must not contain any of the secrets.
    static void assertNowhere(const QStringList &folders, const QStringList &secrets) {
        int files = 0;
        for (const QString &folder : folders) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = file.readAll();
                ++files;
                for (const QString &secret : secrets)
                    QVERIFY2(!bytes.contains(secret.toUtf8()),
                             qPrintable(QStringLiteral("a secret is in %1").arg(file.fileName())));
            }
        }
        QVERIFY(files >= 2); // at least the catalog and its WAL were read
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secretsStayInTheKeychain() {
        sandbox::SandboxServer server(generatorOptions(150));
        QVERIFY(server.listen());
        // The source was authorized with OAuth: all three secrets exist.
        const QString clientSecret = server.options().clientSecret;
        const QString refreshToken = server.options().refreshToken;
        const QString firstAccessToken = server.options().accessToken;

        QTemporaryDir dir;
        const QString catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
        Catalog catalog(QStringLiteral("secrets-app"));
        QVERIFY(!catalog.open(catalogPath).isError());
        PAGESIGHT_NEED_KEYCHAIN();
        KeychainTokenStore keychain(QStringLiteral("Pagesight-test-%1").arg(QCoreApplication::applicationPid()));
        SourceRepository sources(&catalog, &keychain);

        SourceConfig source = sourceFor(server, sandboxToday.addDays(-200));
        source.id = SourceRepository::newId();
        source.authMethod = SourceConfig::AuthMethod::OAuth;
        source.clientId = server.options().clientId;
        QVERIFY(!QCoro::waitFor(sources.save(source)).isError());
        const TokenStore::Result saved =
            QCoro::waitFor(sources.saveSecrets(source.id, {firstAccessToken, refreshToken, clientSecret}));
        QVERIFY2(saved.ok, qPrintable(QStringLiteral("The keychain is not available (%1): run the tests with "
                                                     "scripts/with-test-keyring.")
                                          .arg(saved.error)));

        // LinkedIn has expired the token: the run refreshes it and keeps the new one in the keychain.
        server.expireAccessToken();
        const SourceSecrets stored = QCoro::waitFor(sources.secrets(source.id));
        QCOMPARE(stored.accessToken, firstAccessToken);
        QCOMPARE(stored.clientSecret, clientSecret);
        SyncJob job;
        job.source = source;
        job.catalogPath = catalogPath;
        job.tokens.accessToken = stored.accessToken;
        job.tokens.refreshToken = stored.refreshToken;
        job.clientSecret = stored.clientSecret;
        FixedClock clock(QDateTime(sandboxToday, QTime(10, 0), Qt::UTC));
        SyncRunner runner(&keychain);
        QSignalSpy finished(&runner, &SyncRunner::finished);
        QSignalSpy refreshedExpiry(&runner, &SyncRunner::tokensRefreshed);
        QVERIFY(runner.start(job, &clock));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<RunReport>().status, RunStatus::Succeeded);
        // The new expiry (not the token) reaches the caller, for the source's token warnings.
        QCOMPARE(refreshedExpiry.count(), 1);
        QVERIFY(refreshedExpiry.first().first().toDateTime() > QDateTime::currentDateTimeUtc().addDays(1));

        // The new token is written to the keychain in this (the GUI's) thread, as it arrives.
        SourceSecrets refreshed;
        QTRY_VERIFY_WITH_TIMEOUT(
            (refreshed = QCoro::waitFor(sources.secrets(source.id))).accessToken == server.options().accessToken, 5000);
        QVERIFY(!refreshed.accessToken.isEmpty());
        QVERIFY(refreshed.accessToken != firstAccessToken);
        QCOMPARE(refreshed.accessToken, server.options().accessToken);

        // Scanned while the catalog is open, so its WAL is there too.
        const QStringList secrets = {clientSecret, refreshToken, firstAccessToken, refreshed.accessToken};
        assertNowhere(
            {dir.path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
             QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
             QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/Pagesight")},
            secrets);

        // Removing the source removes its secrets from the keychain.
        QVERIFY(!QCoro::waitFor(sources.remove(source.id, {true, true})).isError());
        const SourceSecrets gone = QCoro::waitFor(sources.secrets(source.id));
        QVERIFY(gone.isEmpty());
        QVERIFY(keychain.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
