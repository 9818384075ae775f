// Token stores and LinkedIn's token response. The keychain half talks to a real Secret Service:
// scripts/test runs the tests inside dbus-run-session with an unlocked gnome-keyring, and there a
// missing one FAILS them; run directly without one they skip (KeychainTestSupport.h).
#include "KeychainTestSupport.h"

#include "auth/RefreshingTokenProvider.h"
#include "auth/TokenStore.h"

#include <QCoro/QCoroTask>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace pagesight;

namespace {

// QCoro::waitFor with a watchdog: a keychain that waits for a password prompt nobody answers
// would otherwise hang until ctest's timeout, with no word of why.
template<typename T> T awaitKeychain(QCoro::Task<T> &&task, const char *what) {
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [what] {
        qFatal("The Secret Service did not answer %s within 30 s: is the keyring unlocked? Run the tests "
               "through scripts/test (dbus-run-session + gnome-keyring-daemon --unlock).",
               what);
    });
    watchdog.start(30000);
    return QCoro::waitFor(std::move(task));
}

QByteArray readSample(const QString &name) {
    QFile file(QStringLiteral(PAGESIGHT_SAMPLES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestTokenStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void memoryReadWriteRemove();
    void memoryKeysAreIndependent();
    void secretKeys();

    void keychainIsReachable();
    void keychainWriteReadOverwriteRemove_data();
    void keychainWriteReadOverwriteRemove();
    void keychainKeysAndServicesAreIndependent();
    void keychainRemoveOfAbsentKeySucceeds();

    void parseTokenResponseSamples_data();
    void parseTokenResponseSamples();
    void parseTokenResponseRefused_data();
    void parseTokenResponseRefused();
    void parseTokenResponseWithoutLifetimes();

private:
    // One service per test run, so a run never reads another run's (or the user's) secrets.
    const QString m_service = QStringLiteral("PagesightTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList m_keysWritten;
};

void TestTokenStore::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestTokenStore::cleanupTestCase() {
    // Leave nothing behind in the keyring, whatever failed.
    KeychainTokenStore store(m_service);
    for (const QString &key : std::as_const(m_keysWritten))
        (void)awaitKeychain(store.remove(key), "cleanup");
}

void TestTokenStore::memoryReadWriteRemove() {
    MemoryTokenStore store;
    const QString key = SecretKeys::accessToken(QStringLiteral("s1"));
    QCOMPARE(QCoro::waitFor(store.read(key)), std::nullopt);
    QCOMPARE(store.size(), 0);

    QVERIFY(QCoro::waitFor(store.write(key, QStringLiteral("first"))).ok);
    QCOMPARE(QCoro::waitFor(store.read(key)), std::optional<QString>(QStringLiteral("first")));
    QCOMPARE(store.size(), 1);

    QVERIFY(QCoro::waitFor(store.write(key, QStringLiteral("second"))).ok);
    QCOMPARE(QCoro::waitFor(store.read(key)), std::optional<QString>(QStringLiteral("second")));
    QCOMPARE(store.size(), 1);

    // An empty secret is a value, not an absence.
    QVERIFY(QCoro::waitFor(store.write(key, QString())).ok);
    const std::optional<QString> empty = QCoro::waitFor(store.read(key));
    QVERIFY(empty.has_value());
    QVERIFY(empty->isEmpty());

    QVERIFY(QCoro::waitFor(store.remove(key)).ok);
    QCOMPARE(QCoro::waitFor(store.read(key)), std::nullopt);
    QCOMPARE(store.size(), 0);
    QVERIFY(QCoro::waitFor(store.remove(key)).ok); // removing what is not there is fine
}

void TestTokenStore::memoryKeysAreIndependent() {
    MemoryTokenStore store;
    QVERIFY(QCoro::waitFor(store.write(SecretKeys::accessToken(QStringLiteral("a")), QStringLiteral("A"))).ok);
    QVERIFY(QCoro::waitFor(store.write(SecretKeys::refreshToken(QStringLiteral("a")), QStringLiteral("R"))).ok);
    QVERIFY(QCoro::waitFor(store.write(SecretKeys::accessToken(QStringLiteral("b")), QStringLiteral("B"))).ok);
    QCOMPARE(store.size(), 3);
    QVERIFY(QCoro::waitFor(store.remove(SecretKeys::accessToken(QStringLiteral("a")))).ok);
    QCOMPARE(QCoro::waitFor(store.read(SecretKeys::accessToken(QStringLiteral("a")))), std::nullopt);
    QCOMPARE(QCoro::waitFor(store.read(SecretKeys::refreshToken(QStringLiteral("a")))),
             std::optional<QString>(QStringLiteral("R")));
    QCOMPARE(QCoro::waitFor(store.read(SecretKeys::accessToken(QStringLiteral("b")))),
             std::optional<QString>(QStringLiteral("B")));
}

void TestTokenStore::secretKeys() {
    QCOMPARE(SecretKeys::accessToken(QStringLiteral("id1")), QStringLiteral("source/id1/access_token"));
    QCOMPARE(SecretKeys::refreshToken(QStringLiteral("id1")), QStringLiteral("source/id1/refresh_token"));
    QCOMPARE(SecretKeys::clientSecret(QStringLiteral("id1")), QStringLiteral("source/id1/client_secret"));
}

void TestTokenStore::keychainIsReachable() {
    PAGESIGHT_NEED_KEYCHAIN();

    KeychainTokenStore store(m_service);
    const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_keysWritten << key;
    const TokenStore::Result written = awaitKeychain(store.write(key, QStringLiteral("probe")), "a write");
    if (!written.ok)
        QFAIL(
            qPrintable(QStringLiteral("The keychain (Secret Service) refused a write: \"%1\". Is gnome-keyring-daemon "
                                      "running and unlocked in this D-Bus session? See scripts/test.")
                           .arg(written.error)));
    QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
    QVERIFY(awaitKeychain(store.remove(key), "a remove").ok);
}

void TestTokenStore::keychainWriteReadOverwriteRemove_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    // Token-shaped values: LinkedIn says to expect at least 1000 characters.
    const QString longToken = QStringLiteral("AQX") + QString(1200, QLatin1Char('k')) + QStringLiteral("-_9");
    QTest::newRow("short") << QStringLiteral("token-1") << QStringLiteral("token-2");
    QTest::newRow("token of 1206 characters") << longToken << longToken.left(600);
    QTest::newRow("unicode and quotes") << QStringLiteral("pässwörd \"q\" 日本 😀") << QStringLiteral("x\ny\tz");
}

void TestTokenStore::keychainWriteReadOverwriteRemove() {
    PAGESIGHT_NEED_KEYCHAIN();
    QFETCH(QString, first);
    QFETCH(QString, second);

    KeychainTokenStore store(m_service);
    const QString key = SecretKeys::accessToken(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_keysWritten << key;

    // Absent before: nullopt, and not an error (EntryNotFound is the normal case).
    QCOMPARE(awaitKeychain(store.read(key), "a read"), std::nullopt);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));

    const TokenStore::Result written = awaitKeychain(store.write(key, first), "a write");
    if (!written.ok)
        QFAIL(qPrintable(QStringLiteral("The keychain refused a write: \"%1\"").arg(written.error)));
    QCOMPARE(awaitKeychain(store.read(key), "a read"), std::optional<QString>(first));

    // A second store object (as after a restart) reads the same secret.
    KeychainTokenStore other(m_service);
    QCOMPARE(awaitKeychain(other.read(key), "a read"), std::optional<QString>(first));

    QVERIFY(awaitKeychain(store.write(key, second), "an overwrite").ok);
    QCOMPARE(awaitKeychain(store.read(key), "a read"), std::optional<QString>(second));

    const TokenStore::Result removed = awaitKeychain(store.remove(key), "a remove");
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QCOMPARE(awaitKeychain(store.read(key), "a read"), std::nullopt);
    QCOMPARE(awaitKeychain(other.read(key), "a read"), std::nullopt);
    QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
}

void TestTokenStore::keychainKeysAndServicesAreIndependent() {
    PAGESIGHT_NEED_KEYCHAIN();
    const QString sourceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString access = SecretKeys::accessToken(sourceId);
    const QString refresh = SecretKeys::refreshToken(sourceId);
    const QString otherService = m_service + QStringLiteral("-other");
    KeychainTokenStore store(m_service);
    KeychainTokenStore storeOfOtherService(otherService);
    m_keysWritten << access << refresh;

    QVERIFY(awaitKeychain(store.write(access, QStringLiteral("access-value")), "a write").ok);
    QVERIFY(awaitKeychain(store.write(refresh, QStringLiteral("refresh-value")), "a write").ok);
    QCOMPARE(awaitKeychain(store.read(access), "a read"), std::optional<QString>(QStringLiteral("access-value")));
    QCOMPARE(awaitKeychain(store.read(refresh), "a read"), std::optional<QString>(QStringLiteral("refresh-value")));
    // The same key under another service is another secret.
    QCOMPARE(awaitKeychain(storeOfOtherService.read(access), "a read"), std::nullopt);

    QVERIFY(awaitKeychain(store.remove(access), "a remove").ok);
    QCOMPARE(awaitKeychain(store.read(access), "a read"), std::nullopt);
    QCOMPARE(awaitKeychain(store.read(refresh), "a read"), std::optional<QString>(QStringLiteral("refresh-value")));
    QVERIFY(awaitKeychain(store.remove(refresh), "a remove").ok);
    QCOMPARE(awaitKeychain(store.read(refresh), "a read"), std::nullopt);
}

void TestTokenStore::keychainRemoveOfAbsentKeySucceeds() {
    PAGESIGHT_NEED_KEYCHAIN();
    KeychainTokenStore store(m_service);
    const QString key = SecretKeys::clientSecret(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const TokenStore::Result removed = awaitKeychain(store.remove(key), "a remove");
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QVERIFY(removed.error.isEmpty());
}

void TestTokenStore::parseTokenResponseSamples_data() {
    QTest::addColumn<QString>("sample");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<qint64>("refreshExpiresIn"); // -1: no refresh token
    QTest::addColumn<QString>("accessPrefix");
    QTest::addColumn<QString>("refreshPrefix");

    // The samples' own lifetimes are used as given (86400 s and 525600 s contradict the documented
    // 60 days and one year, docs/LINKEDIN-API.md §6).
    QTest::newRow("with refresh token") << "token-response-with-refresh-token.json" << qint64(86400) << qint64(525600)
                                        << "AQXNnd2kXITHELmWblJigbHE"
                                        << "AQWAft_WjYZKwuWXLC5h";
    QTest::newRow("without refresh token")
        << "token-response.json" << qint64(5184000) << qint64(-1) << "AQUvlL_DYEzvT2wz1QJiEPeLioeA" << QString();
}

void TestTokenStore::parseTokenResponseSamples() {
    QFETCH(QString, sample);
    QFETCH(qint64, expiresIn);
    QFETCH(qint64, refreshExpiresIn);
    QFETCH(QString, accessPrefix);
    QFETCH(QString, refreshPrefix);

    const QByteArray body = readSample(sample);
    QVERIFY2(!body.isEmpty(),
             qPrintable(QStringLiteral("cannot read sample %1 in " PAGESIGHT_SAMPLES_DIR).arg(sample)));

    const std::optional<OAuthTokens> tokens = parseTokenResponse(body, now);
    QVERIFY(tokens);
    QVERIFY2(tokens->accessToken.startsWith(accessPrefix), qPrintable(tokens->accessToken.left(30)));
    QCOMPARE(tokens->scope, QStringLiteral("r_basicprofile"));

    QVERIFY(tokens->accessExpiresAt.isValid());
    QCOMPARE(tokens->accessExpiresAt, now.addSecs(expiresIn));
    QCOMPARE(now.secsTo(tokens->accessExpiresAt), expiresIn);
    QCOMPARE(tokens->accessExpiresAt.offsetFromUtc(), 0);
    if (expiresIn == 86400)
        QCOMPARE(tokens->accessExpiresAt, QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC));

    if (refreshExpiresIn < 0) {
        QVERIFY(tokens->refreshToken.isEmpty());
        QVERIFY(!tokens->refreshExpiresAt.isValid());
    } else {
        QVERIFY2(tokens->refreshToken.startsWith(refreshPrefix), qPrintable(tokens->refreshToken.left(30)));
        QVERIFY(tokens->refreshToken != tokens->accessToken);
        QCOMPARE(now.secsTo(tokens->refreshExpiresAt), refreshExpiresIn);
        // 525600 s = 6 days 2 h after noon on 2026-03-01.
        QCOMPARE(tokens->refreshExpiresAt, QDateTime(QDate(2026, 3, 7), QTime(14, 0), Qt::UTC));
    }
}

void TestTokenStore::parseTokenResponseRefused_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no access_token") << QByteArray(R"({"expires_in": 86400, "scope": "r_basicprofile"})");
    QTest::newRow("only a refresh token") << QByteArray(R"({"refresh_token": "AQW", "expires_in": 86400})");
    QTest::newRow("empty access_token") << QByteArray(R"({"access_token": "", "expires_in": 86400})");
    QTest::newRow("access_token not a string") << QByteArray(R"({"access_token": 12345, "expires_in": 86400})");
    QTest::newRow("error body") << QByteArray(
        R"({"error": "invalid_request", "error_description": "Unable to retrieve access token"})");
    QTest::newRow("array") << QByteArray(R"([{"access_token": "AQX"}])");
    QTest::newRow("not json") << QByteArray("access_token=AQX&expires_in=86400");
    QTest::newRow("truncated") << QByteArray(R"({"access_token": "AQX", "expires_in": 86)");
    QTest::newRow("empty") << QByteArray();
}

void TestTokenStore::parseTokenResponseRefused() {
    QFETCH(QByteArray, body);
    QVERIFY(!parseTokenResponse(body, now));
}

void TestTokenStore::parseTokenResponseWithoutLifetimes() {
    // No expires_in: unknown (invalid), not "now".
    std::optional<OAuthTokens> tokens = parseTokenResponse(R"({"access_token": "AQX"})", now);
    QVERIFY(tokens);
    QCOMPARE(tokens->accessToken, QStringLiteral("AQX"));
    QVERIFY(!tokens->accessExpiresAt.isValid());
    QVERIFY(!tokens->refreshExpiresAt.isValid());
    QVERIFY(tokens->refreshToken.isEmpty());

    // A refresh lifetime without a refresh token means nothing.
    tokens = parseTokenResponse(R"({"access_token": "AQX", "expires_in": 60, "refresh_token_expires_in": 100})", now);
    QVERIFY(tokens);
    QCOMPARE(tokens->accessExpiresAt, now.addSecs(60));
    QVERIFY(!tokens->refreshExpiresAt.isValid());

    // A refresh token without a lifetime: kept, expiry unknown.
    tokens = parseTokenResponse(R"({"access_token": "AQX", "refresh_token": "AQW"})", now);
    QVERIFY(tokens);
    QCOMPARE(tokens->refreshToken, QStringLiteral("AQW"));
    QVERIFY(!tokens->refreshExpiresAt.isValid());
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
