// LinkedInClient against the sandbox over loopback: encoding on the wire, headers, retries,
// Retry-After, quota, 401 refresh, 426, cancellation and the cap on requests in flight.
#include "api/LinkedInClient.h"
#include "api/RestLi.h"
#include "auth/RefreshingTokenProvider.h"
#include "auth/TokenStore.h"
#include "common/Clock.h"
#include "sandbox/SandboxServer.h"

#include <QCoro/QCoroTask>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace pagesight;

namespace {
sandbox::GeneratorOptions small() {
    sandbox::GeneratorOptions options;
    options.posts = 30;
    options.days = 60;
    return options;
}

ApiRequest postsRequest(int start = 0, int count = 10) {
    return {
        QStringLiteral("posts"),
        QStringLiteral("author=urn%3Ali%3Aorganization%3A12345678&q=author&count=%1&start=%2").arg(count).arg(start)};
}

ClientOptions optionsFor(const sandbox::SandboxServer &server) {
    ClientOptions options;
    options.apiBase = server.apiBaseUrl();
    options.backoffBaseMs = 5;
    options.backoffMaxMs = 40;
    options.rateLimitBackoffBaseMs = 5;
    options.timeoutMs = 1000;
    return options;
}

// A sandbox on 2026-11-28 whose LinkedIn no longer serves the given months.
struct VersionRig {
    explicit VersionRig(const QStringList &sunset, const QString &clientVersion, bool follow = true)
        : clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)) {
        sandbox::GeneratorOptions data = small();
        data.today = QDate(2026, 11, 28);
        server = std::make_unique<sandbox::SandboxServer>(data);
        server->options().sunsetVersions = sunset;
        server->listen();
        tokens = std::make_unique<StaticTokenProvider>(server->options().accessToken);
        ClientOptions options = optionsFor(*server);
        options.apiVersion = clientVersion;
        options.followCurrentVersion = follow;
        options.clock = &clock;
        client = std::make_unique<LinkedInClient>(&network, tokens.get(), options);
    }
    QStringList versionsSent() const {
        QStringList versions;
        for (const sandbox::RecordedRequest &request : server->requests())
            versions.append(request.apiVersion);
        return versions;
    }
    FixedClock clock;
    QNetworkAccessManager network;
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<StaticTokenProvider> tokens;
    std::unique_ptr<LinkedInClient> client;
};
} // namespace

class TestLinkedInClient : public QObject {
    Q_OBJECT

private slots:
    void urlKeepsRestLiStructure() {
        QNetworkAccessManager network;
        StaticTokenProvider tokens(QStringLiteral("t"));
        LinkedInClient client(&network, &tokens, ClientOptions{QUrl(QStringLiteral("https://api.linkedin.com/rest/"))});
        const ApiRequest request{
            QStringLiteral("organizationalEntityShareStatistics"),
            QStringLiteral("q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A1"
                           "&shares=List(urn%3Ali%3Ashare%3A2,urn%3Ali%3Ashare%3A3)"
                           "&timeIntervals=(timeRange:(start:0,end:86400000),timeGranularityType:DAY)")};
        QCOMPARE(
            client.urlFor(request).toEncoded(),
            QByteArray("https://api.linkedin.com/rest/organizationalEntityShareStatistics?q=organizationalEntity&"
                       "organizationalEntity=urn%3Ali%3Aorganization%3A1&shares=List(urn%3Ali%3Ashare%3A2,urn%3Ali%"
                       "3Ashare%3A3)&timeIntervals=(timeRange:(start:0,end:86400000),timeGranularityType:DAY)"));
    }

    void sendsHeadersAndParses() {
        sandbox::SandboxServer server(small());
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        StaticTokenProvider tokens(server.options().accessToken);
        LinkedInClient client(&network, &tokens, optionsFor(server));
        const ApiResponse response = QCoro::waitFor(client.get(postsRequest()));
        QVERIFY2(response.ok(), qPrintable(describe(response.error)));
        QCOMPARE(response.attempts, 1);
        QCOMPARE(response.json.value(QLatin1String("elements")).toArray().size(), 10);
        const sandbox::RecordedRequest recorded = server.requests().last();
        QVERIFY(recorded.hadBearer);
        QCOMPARE(recorded.apiVersion, QString::fromLatin1(linkedin::kApiVersion));
        QCOMPARE(recorded.restliProtocol, QStringLiteral("2.0.0"));
        QCOMPARE(recorded.query, postsRequest().query);
    }

    void retriesTransientFailures_data() {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<int>("attempts");
        QTest::newRow("500 twice") << QStringLiteral("500*2") << 3;
        QTest::newRow("502") << QStringLiteral("502") << 2;
        QTest::newRow("503") << QStringLiteral("503") << 2;
        QTest::newRow("429 without Retry-After") << QStringLiteral("429") << 2;
        QTest::newRow("dropped mid-body") << QStringLiteral("drop") << 2;
        QTest::newRow("truncated JSON") << QStringLiteral("truncate") << 2;
        QTest::newRow("HTML instead of JSON") << QStringLiteral("invalid") << 2;
        QTest::newRow("no reply") << QStringLiteral("hang") << 2;
    }

    void retriesTransientFailures() {
        QFETCH(QString, faults);
        QFETCH(int, attempts);
        sandbox::SandboxServer server(small());
        QVERIFY(server.listen());
        server.setFaults(*sandbox::FaultSpec::parse(faults));
        QNetworkAccessManager network;
        StaticTokenProvider tokens(server.options().accessToken);
        LinkedInClient client(&network, &tokens, optionsFor(server));
        const ApiResponse response = QCoro::waitFor(client.get(postsRequest()));
        QVERIFY2(response.ok(), qPrintable(describe(response.error)));
        QCOMPARE(response.attempts, attempts);
        QCOMPARE(response.json.value(QLatin1String("elements")).toArray().size(), 10);
    }

    void givesUpAfterMaxAttempts() {
        sandbox::SandboxServer server(small());
        QVERIFY(server.listen());
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("503*0")));
        QNetworkAccessManager network;
        StaticTokenProvider tokens(server.options().accessToken);
        ClientOptions options = optionsFor(server);
        options.maxAttempts = 3;
        LinkedInClient client(&network, &tokens, options);
        const ApiResponse response = QCoro::waitFor(client.get(postsRequest()));
        QCOMPARE(response.error.kind, ApiError::Kind::Server);
        QCOMPARE(response.error.httpStatus, 503);
        QCOMPARE(response.attempts, 3);
        QCOMPARE(server.requestCount(), 3);
    }

    void honoursRetryAfter() {
        sandbox::SandboxServer server(small());
        QVERIFY(server.listen());
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("429ra")));
        QNetworkAccessManager network;
        StaticTokenProvider tokens(server.options().accessToken);
        LinkedInClient client(&network, &tokens, optionsFor(server));
        QSignalSpy waits(&client, &LinkedInClient::waitingBeforeRetry);
        const ApiResponse response = QCoro::waitFor(client.get(postsRequest()));
        QVERIFY(response.ok());
        QCOMPARE(response.attempts, 2);
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.first().first().toInt(), 1000); // Retry-After: 1, not the backoff
    }

    void dailyQuotaIsNotRetried() {
        sandbox::SandboxServer server(small());
        QVERIFY(server.listen());
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("quota")));
        QNetworkAccessManager network;
        StaticTokenProvider tokens(server.options().accessToken);
        LinkedInClient client(&network, &tokens, optionsFor(server));
        const ApiResponse response = QCoro::waitFor(client.get(postsRequest()));
        QCOMPARE(response.error.kind, ApiError::Kind::QuotaExhausted);
        QCOMPARE(response.attempts, 1);
        QVERIFY(!response.error.serverMessage.isEmpty());
    }

    void pinnedInactiveVersionIsNotRetried() {
        VersionRig rig({}, QStringLiteral("202212"), false);
        const ApiResponse response = QCoro::waitFor(rig.client->get(postsRequest()));
        QCOMPARE(response.error.kind, ApiError::Kind::VersionInactive);
        QCOMPARE(response.error.apiVersion, QStringLiteral("202212"));
        QCOMPARE(response.error.versionsTried, 0);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(rig.server->requestCount(), 1);
        const QString sentence = describe(response.error);
        QVERIFY2(sentence.contains(QLatin1String("202212")) && sentence.contains(QLatin1String("pinned")),
                 qPrintable(sentence));
        QCOMPARE(rig.client->options().apiVersion, QStringLiteral("202212"));
        QVERIFY(!rig.client->versionChange());
    }

    void sunsetVersionMovesToTheNewestAccepted() {
        // LinkedIn no longer serves 202510, and 202611 and 202610 are not out (or already gone):
        // the newest month not in the future comes first, then each month back.
        VersionRig rig({QStringLiteral("202510"), QStringLiteral("202611"), QStringLiteral("202610")},
                       QStringLiteral("202510"));
        QSignalSpy changed(rig.client.get(), &LinkedInClient::apiVersionChanged);
        const ApiResponse response = QCoro::waitFor(rig.client->get(postsRequest()));
        QVERIFY2(response.ok(), qPrintable(describe(response.error)));
        QCOMPARE(response.json.value(QLatin1String("elements")).toArray().size(), 10);
        QCOMPARE(rig.versionsSent(), (QStringList{QStringLiteral("202510"), QStringLiteral("202611"),
                                                  QStringLiteral("202610"), QStringLiteral("202609")}));
        QCOMPARE(response.attempts, 4);
        QCOMPARE(rig.client->options().apiVersion, QStringLiteral("202609"));
        QCOMPARE(rig.client->versionChange()->from, QStringLiteral("202510"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toString(), QStringLiteral("202609"));
        // Later calls use the version found at once.
        QVERIFY(QCoro::waitFor(rig.client->get(postsRequest(10))).ok());
        QCOMPARE(rig.versionsSent().last(), QStringLiteral("202609"));
        QCOMPARE(rig.server->requestCount(), 5);
    }

    void inconclusiveAnswerIsNoProofOfAVersion() {
        // The search's first candidate meets a 500: that proves nothing about 202611, so the client
        // keeps its version, tries the request again, and searches again.
        VersionRig rig({QStringLiteral("202510")}, QStringLiteral("202510"));
        rig.server->setFaults(*sandbox::FaultSpec::parse(QStringLiteral("500+1")));
        const ApiResponse response = QCoro::waitFor(rig.client->get(postsRequest()));
        QVERIFY2(response.ok(), qPrintable(describe(response.error)));
        QCOMPARE(rig.versionsSent(), (QStringList{QStringLiteral("202510"), QStringLiteral("202611"),
                                                  QStringLiteral("202510"), QStringLiteral("202611")}));
        QCOMPARE(rig.client->options().apiVersion, QStringLiteral("202611"));
    }

    void concurrentRefusalsSearchOnce() {
        VersionRig rig({QStringLiteral("202510"), QStringLiteral("202611")}, QStringLiteral("202510"));
        auto first = rig.client->get(postsRequest(0));
        auto second = rig.client->get(postsRequest(10));
        auto third = rig.client->get(postsRequest(20));
        QVERIFY(QCoro::waitFor(first).ok());
        QVERIFY(QCoro::waitFor(second).ok());
        QVERIFY(QCoro::waitFor(third).ok());
        // Three refused, one search (202611 refused, 202610 accepted), two sent again.
        const QStringList sent = rig.versionsSent();
        QCOMPARE(sent.count(QStringLiteral("202510")), 3);
        QCOMPARE(sent.count(QStringLiteral("202611")), 1);
        QCOMPARE(sent.count(QStringLiteral("202610")), 3);
        QCOMPARE(sent.size(), 7);
    }

    void noAcceptedVersionIsOneClearFailure() {
        QStringList sunset{QStringLiteral("202301")};
        for (const QString &month : LinkedInClient::versionCandidates(QDate(2026, 11, 28)))
            sunset.append(month);
        VersionRig rig(sunset, QStringLiteral("202301"));
        const ApiResponse response = QCoro::waitFor(rig.client->get(postsRequest()));
        QCOMPARE(response.error.kind, ApiError::Kind::VersionInactive);
        QCOMPARE(response.error.versionsTried, linkedin::kVersionProbeMonths);
        QCOMPARE(response.attempts, 1 + linkedin::kVersionProbeMonths);
        QVERIFY(describe(response.error).contains(QLatin1String("202301")));
        // The search is not repeated for every later call.
        const ApiResponse again = QCoro::waitFor(rig.client->get(postsRequest(10)));
        QCOMPARE(again.error.kind, ApiError::Kind::VersionInactive);
        QCOMPARE(again.attempts, 1);
        QCOMPARE(rig.server->requestCount(), 2 + linkedin::kVersionProbeMonths);
    }

    void versionCandidatesCountBackFromThisMonth() {
        const QStringList months = LinkedInClient::versionCandidates(QDate(2027, 2, 14), 4);
        QCOMPARE(months, (QStringList{QStringLiteral("202702"), QStringLiteral("202701"), QStringLiteral("202612"),
                                      QStringLiteral("202611")}));
    }

    void rateLimitWithoutRetryAfterStopsWithinItsBudget() {
        // An infrastructure 429 (no daily limit named, no Retry-After): waits 10 ms, then 20 ms,
        // and the budget of 30 ms is spent: the request ends as RateLimited after 3 attempts.
        sandbox::SandboxServer server(small());
        QVERIFY(server.listen());
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("429*0")));
        QNetworkAccessManager network;
        StaticTokenProvider tokens(server.options().accessToken);
        ClientOptions options = optionsFor(server);
        options.rateLimitBackoffBaseMs = 10;
        options.rateLimitBudgetMs = 30;
        LinkedInClient client(&network, &tokens, options);
        const ApiResponse response = QCoro::waitFor(client.get(postsRequest()));
        QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(response.attempts, 3);
        QCOMPARE(server.requestCount(), 3);
        QVERIFY(describe(response.error).contains(QLatin1String("limiting requests")));
    }

    void badRequestKeepsLinkedInsMessage() {
        sandbox::SandboxServer server(small());
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        StaticTokenProvider tokens(server.options().accessToken);
        LinkedInClient client(&network, &tokens, optionsFor(server));
        const ApiResponse response = QCoro::waitFor(client.get(postsRequest(0, 500)));
        QCOMPARE(response.error.kind, ApiError::Kind::BadRequest);
        QCOMPARE(response.attempts, 1);
        QVERIFY(!response.error.serverMessage.isEmpty());
        QVERIFY(describe(response.error).contains(response.error.serverMessage));
    }

    void unauthorizedRefreshesOnceThenGivesUp() {
        sandbox::SandboxServer server(small());
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        MemoryTokenStore store;
        OAuthTokens initial{server.options().accessToken, server.options().refreshToken, {}, {}, {}};
        RefreshingTokenProvider tokens(&network, &store, QStringLiteral("s"), server.oauthBaseUrl(),
                                       server.options().clientId, server.options().clientSecret, initial);
        LinkedInClient client(&network, &tokens, optionsFor(server));
        server.expireAccessToken();
        const ApiResponse refreshed = QCoro::waitFor(client.get(postsRequest()));
        QVERIFY2(refreshed.ok(), qPrintable(describe(refreshed.error)));
        QVERIFY(tokens.accessToken() != initial.accessToken);

        // Without a refresh token a 401 is final.
        StaticTokenProvider wrong(QStringLiteral("wrong"));
        LinkedInClient plain(&network, &wrong, optionsFor(server));
        const ApiResponse rejected = QCoro::waitFor(plain.get(postsRequest()));
        QCOMPARE(rejected.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(rejected.attempts, 1);
    }

    void capsRequestsInFlight() {
        sandbox::ServerOptions serverOptions;
        serverOptions.latencyMs = 100;
        sandbox::SandboxServer server(small(), serverOptions);
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        StaticTokenProvider tokens(server.options().accessToken);
        ClientOptions options = optionsFor(server);
        options.maxInFlight = 2;
        LinkedInClient client(&network, &tokens, options);
        std::vector<QCoro::Task<ApiResponse>> tasks;
        for (int i = 0; i < 6; ++i)
            tasks.push_back(client.get(postsRequest(i * 5, 5)));
        for (auto &task : tasks)
            QVERIFY(QCoro::waitFor(task).ok());
        // The sandbox holds each answer 100 ms: without the limit all six would wait there at once.
        QCOMPARE(server.requestCount(QStringLiteral("posts")), 6);
        QVERIFY2(server.peakPending() <= 2, qPrintable(QString::number(server.peakPending())));
    }

    void cancelEndsEverything() {
        sandbox::SandboxServer server(small());
        QVERIFY(server.listen());
        server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("hang*0")));
        QNetworkAccessManager network;
        StaticTokenProvider tokens(server.options().accessToken);
        ClientOptions options = optionsFor(server);
        options.timeoutMs = 30000;
        LinkedInClient client(&network, &tokens, options);
        QTimer::singleShot(100, &client, &LinkedInClient::cancel);
        const ApiResponse response = QCoro::waitFor(client.get(postsRequest()));
        // Not cut short, the hang would end as a Timeout after 30 s.
        QCOMPARE(response.error.kind, ApiError::Kind::Cancelled);
    }

    void retryAfterParsing_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QByteArray("7") << 7;
        QTest::newRow("spaces") << QByteArray(" 2 ") << 2;
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("http date") << QByteArray("Sat, 28 Nov 2026 10:00:30 GMT") << 30;
    }

    void retryAfterParsing() {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        QCOMPARE(parseRetryAfter(value, QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC)), seconds);
    }
};

QTEST_GUILESS_MAIN(TestLinkedInClient)
#include "tst_linkedinclient.moc"
