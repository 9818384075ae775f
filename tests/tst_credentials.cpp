// credentialsFor / tokenProviderFor: the one way a source becomes tokens, for the app's syncs, the
// command line and the label refresh.
#include "app/Credentials.h"
#include "app/SampleData.h"
#include "source/SourceRepository.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace pagesight;

class TestCredentials : public QObject {
    Q_OBJECT

    static SourceConfig oauthSource() {
        SourceConfig source;
        source.id = QStringLiteral("acme");
        source.description = QStringLiteral("Acme page");
        source.authMethod = SourceConfig::AuthMethod::OAuth;
        source.clientId = QStringLiteral("client");
        source.accessTokenExpiresAt = QDateTime(QDate(2027, 1, 30), QTime(8, 0), Qt::UTC);
        source.refreshTokenExpiresAt = QDateTime(QDate(2027, 11, 1), QTime(8, 0), Qt::UTC);
        return source;
    }

private slots:
    void keychainTokensCarryTheSourcesExpiry() {
        const Credentials credentials = credentialsFor(
            oauthSource(), {QStringLiteral(" access \n"), QStringLiteral("refresh"), QStringLiteral("secret")},
            nullptr);
        QVERIFY(!credentials.error.isError());
        QVERIFY(!credentials.sample);
        QCOMPARE(credentials.tokens.accessToken, QStringLiteral("access"));
        QCOMPARE(credentials.tokens.refreshToken, QStringLiteral("refresh"));
        QCOMPARE(credentials.clientSecret, QStringLiteral("secret"));
        QCOMPARE(credentials.tokens.accessExpiresAt, oauthSource().accessTokenExpiresAt);
        QCOMPARE(credentials.tokens.refreshExpiresAt, oauthSource().refreshTokenExpiresAt);
        QCOMPARE(credentials.source.id, QStringLiteral("acme"));

        QNetworkAccessManager network;
        const std::unique_ptr<TokenProvider> provider = tokenProviderFor(credentials, &network, nullptr);
        QCOMPARE(provider->accessToken(), QStringLiteral("access"));
        QVERIFY(provider->canRefresh());

        // A PKCE sign-in without a client secret: LinkedIn refuses a refresh without one, so none is sent.
        const Credentials pkce =
            credentialsFor(oauthSource(), {QStringLiteral("access"), QStringLiteral("refresh"), QString()}, nullptr);
        QVERIFY(!tokenProviderFor(pkce, &network, nullptr)->canRefresh());
    }

    void noTokenMeansReauthorize() {
        const Credentials credentials = credentialsFor(oauthSource(), {}, nullptr);
        QCOMPARE(credentials.error.kind, InputError::Kind::NoStoredToken);
        QCOMPARE(credentials.error.value, QStringLiteral("Acme page"));
        QVERIFY(credentials.tokens.accessToken.isEmpty());
    }

    void sampleSourceUsesTheSampleServer() {
        SourceConfig source = oauthSource();
        source.authMethod = SourceConfig::AuthMethod::SampleData;
        source.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/rest")); // a port of an earlier start

        QCOMPARE(credentialsFor(source, {}, nullptr).error.kind, InputError::Kind::SampleServerDown);

        SampleData sample;
        const Credentials credentials = credentialsFor(source, {QStringLiteral("ignored")}, &sample);
        QVERIFY(!credentials.error.isError());
        QVERIFY(credentials.sample);
        QVERIFY(sample.isRunning());
        QCOMPARE(credentials.source.apiBaseUrl, sample.apiBaseUrl());
        QCOMPARE(credentials.tokens.accessToken, sample.accessToken());
        QNetworkAccessManager network;
        const std::unique_ptr<TokenProvider> provider = tokenProviderFor(credentials, &network, nullptr);
        QCOMPARE(provider->accessToken(), sample.accessToken());
        QVERIFY(!provider->canRefresh());
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
