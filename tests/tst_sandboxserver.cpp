// The sandbox seen from a client: QNetworkAccessManager over loopback, as the product talks to it.
#include "sandbox/OAuthServer.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace pagesight::sandbox;

namespace {

const QDate today(2024, 12, 31); // the sandbox's today: versions 202401..202412 are active
constexpr qint64 dayMs = 86400000;
const QString org = QStringLiteral("urn%3Ali%3Aorganization%3A12345678");

qint64 ms(const QDate &day) {
    return SandboxData::dayStartMs(day);
}

GeneratorOptions generatorOptions(int posts = 150) {
    GeneratorOptions options;
    options.today = today;
    options.posts = posts;
    return options;
}

struct Reply {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    const QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    const QJsonArray elements() const { return json().value(QStringLiteral("elements")).toArray(); }
    QString message() const { return json().value(QStringLiteral("message")).toString(); }
    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    bool hasHeader(const QByteArray &name) const {
        return std::any_of(headers.begin(), headers.end(),
                           [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    }
};

// Request headers a test may leave out or change; the defaults are what the product sends.
struct Headers {
    QByteArray token = "sandbox-access-token";
    QByteArray version = "202412";
    QByteArray protocol = "2.0.0";
    bool bearer = true;
};

} // namespace

class TestSandboxServer : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_server;

    QUrl url(const QString &pathAndQuery) const {
        return QUrl(m_server->baseUrl().toString() + pathAndQuery, QUrl::TolerantMode);
    }
    QNetworkRequest request(const QString &pathAndQuery, const Headers &headers = {}, int timeoutMs = 10000) const {
        QNetworkRequest request(url(pathAndQuery));
        if (headers.bearer)
            request.setRawHeader("Authorization", "Bearer " + headers.token);
        if (!headers.version.isEmpty())
            request.setRawHeader("LinkedIn-Version", headers.version);
        if (!headers.protocol.isEmpty())
            request.setRawHeader("X-Restli-Protocol-Version", headers.protocol);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(timeoutMs);
        return request;
    }
    static Reply wait(QNetworkReply *reply, const QElapsedTimer &timer) {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(20000);
        }
        Reply out;
        out.elapsedMs = timer.elapsed();
        out.error = reply->error();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return out;
    }
    Reply get(const QString &pathAndQuery, const Headers &headers = {}, int timeoutMs = 10000) {
        QElapsedTimer timer;
        timer.start();
        return wait(m_nam.get(request(pathAndQuery, headers, timeoutMs)), timer);
    }
    Reply postForm(const QString &path, const QList<QPair<QString, QString>> &fields) {
        QUrlQuery form;
        for (const auto &f : fields)
            form.addQueryItem(f.first, QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QElapsedTimer timer;
        timer.start();
        return wait(m_nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8()), timer);
    }
    // A raw connection driven by the event loop: the server runs in this thread, so blocking
    // waitFor…() calls would starve it.
    struct RawConnection {
        QTcpSocket socket;
        QByteArray received;
        bool disconnected = false;
    };
    std::unique_ptr<RawConnection> connectRaw() {
        auto raw = std::make_unique<RawConnection>();
        RawConnection *r = raw.get();
        QObject::connect(&r->socket, &QTcpSocket::readyRead, [r] { r->received += r->socket.readAll(); });
        QObject::connect(&r->socket, &QTcpSocket::disconnected, [r] { r->disconnected = true; });
        r->socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        return raw;
    }
    static QString window(const QDate &first, const QDate &endExclusive) {
        return QStringLiteral("(timeRange:(start:%1,end:%2),timeGranularityType:DAY)")
            .arg(ms(first))
            .arg(ms(endExclusive));
    }
    QString authorize(const QString &extra,
                      const QString &redirect = QStringLiteral("http://127.0.0.1:8400/callback")) {
        const QString query =
            QStringLiteral("/oauth/v2/authorization?response_type=code&client_id=sandbox-client-id"
                           "&redirect_uri=%1&state=xyz%2F%2B1&scope=rw_organization_admin%20r_organization_social")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(redirect))) +
            extra;
        const Reply reply = get(query, Headers{.bearer = false});
        if (reply.status != 302)
            return {};
        return QString::fromLatin1(reply.header("Location"));
    }
    static QString queryValue(const QString &location, const QString &name) {
        return QUrlQuery(QUrl(location)).queryItemValue(name, QUrl::FullyDecoded);
    }

private slots:
    void init();
    void cleanup();

    // Common checks
    void authorization_data();
    void authorization();
    void versionHeader_data();
    void versionHeader();
    void explicitActiveVersions();
    void protocolHeader_data();
    void protocolHeader();
    void unknownRouteIs404();

    // Statistics
    void lifetimeFollowerStatistics();
    void bothTimeIntervalsEncodingsAgree_data();
    void bothTimeIntervalsEncodingsAgree();
    void windowRejections_data();
    void windowRejections();
    void twelveMonthLimitIsInclusive();
    void newestDayIsTodayMinusTwo();
    void dayValuesDoNotDependOnWindow();
    void daysBeforeHistoryAreAbsent();
    void pageStatistics();
    void shareStatistics();
    void perPostStatisticsOmitInactivePosts();
    void perPostListLimits();
    void secondOrganizationIsEmpty();

    // Organizations and posts
    void networkSizes_data();
    void networkSizes();
    void organizationsAndAcls();
    void postsPaging();
    void postsCountLimits();
    void deletedPostsAreNotListed();
    void queryTunneling();

    // OAuth
    void oauthCodeFlow();
    void oauthPkce();
    void oauthAuthorizationErrors_data();
    void oauthAuthorizationErrors();
    void oauthTokenErrors();
    void refreshFlow();
    void expireAccessToken();

    // Faults, latency, HTTP
    void statusFaults_data();
    void statusFaults();
    void truncateGivesUnparseableJson();
    void invalidGivesHtml();
    void dropIsANetworkError();
    void hangNeverAnswers();
    void faultPathFilter();
    void tokenEndpointFaultsOnlyWhenNamed();
    void latencyOverlaps();
    void keepAliveAndPipelining();
    void connectionCloseIsHonoured();
    void expectContinueIsAnswered();
    void malformedRequestIs400();
    void requestLog();
};

void TestSandboxServer::init() {
    m_server = std::make_unique<SandboxServer>(generatorOptions());
    QVERIFY(m_server->listen());
    m_nam.clearConnectionCache();
}

void TestSandboxServer::cleanup() {
    m_nam.clearConnectionCache();
    m_server.reset();
}

void TestSandboxServer::authorization_data() {
    QTest::addColumn<bool>("bearer");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("serviceErrorCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("valid") << true << QByteArray("sandbox-access-token") << 200 << 0 << "";
    QTest::newRow("missing") << false << QByteArray() << 401 << 401 << "Empty oauth2_access_token";
    QTest::newRow("wrong") << true << QByteArray("not-the-token") << 401 << 65600 << "Invalid access token";
    QTest::newRow("empty") << true << QByteArray("") << 401 << 401 << "Empty oauth2_access_token";
}

void TestSandboxServer::authorization() {
    QFETCH(bool, bearer);
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    QFETCH(int, serviceErrorCode);
    QFETCH(QString, message);
    Headers headers;
    headers.bearer = bearer;
    headers.token = token;
    const Reply reply = get(QStringLiteral("/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&"
                                           "organizationalEntity=") +
                                org,
                            headers);
    QCOMPARE(reply.status, status);
    if (status == 200)
        return;
    QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(reply.json().value(QStringLiteral("serviceErrorCode")).toInt(), serviceErrorCode);
    QCOMPARE(reply.message(), message);
}

void TestSandboxServer::versionHeader_data() {
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("current") << QByteArray("202412") << 200 << ""
                             << "";
    QTest::newRow("oldest active") << QByteArray("202401") << 200 << ""
                                   << "";
    QTest::newRow("with revision") << QByteArray("202406.01") << 200 << ""
                                   << "";
    QTest::newRow("missing") << QByteArray() << 400 << "VERSION_MISSING"
                             << "A version must be present";
    QTest::newRow("dashes") << QByteArray("2024-06") << 400 << "INVALID_VERSION"
                            << "YYYYMM";
    QTest::newRow("month 13") << QByteArray("202413") << 400 << "INVALID_VERSION"
                              << "YYYYMM";
    QTest::newRow("sunset") << QByteArray("202301") << 426 << "NONEXISTENT_VERSION"
                            << "Requested version 202301 is not active";
    QTest::newRow("future") << QByteArray("203001") << 426 << "NONEXISTENT_VERSION"
                            << "Requested version 203001 is not active";
}

void TestSandboxServer::versionHeader() {
    QFETCH(QByteArray, version);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    Headers headers;
    headers.version = version;
    const Reply reply =
        get(QStringLiteral("/rest/organizationPageStatistics?q=organization&organization=") + org, headers);
    QCOMPARE(reply.status, status);
    if (status == 200)
        return;
    QCOMPARE(reply.json().value(QStringLiteral("code")).toString(), code);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), status);
    QVERIFY2(reply.message().contains(message), qPrintable(reply.message()));
}

void TestSandboxServer::explicitActiveVersions() {
    m_server->options().activeVersions = {QStringLiteral("202405"), QStringLiteral("202406.02")};
    Headers headers;
    const QString path =
        QStringLiteral("/rest/networkSizes/") + org + QStringLiteral("?edgeType=COMPANY_FOLLOWED_BY_MEMBER");
    headers.version = "202405";
    QCOMPARE(get(path, headers).status, 200);
    headers.version = "202406.02";
    QCOMPARE(get(path, headers).status, 200);
    headers.version = "202412";
    QCOMPARE(get(path, headers).status, 426);
}

void TestSandboxServer::protocolHeader_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("protocol");
    QTest::addColumn<int>("status");

    const QString posts = QStringLiteral("/rest/posts?author=") + org + QStringLiteral("&q=author");
    const QString sizes =
        QStringLiteral("/rest/networkSizes/") + org + QStringLiteral("?edgeType=COMPANY_FOLLOWED_BY_MEMBER");
    QTest::newRow("posts with 2.0.0") << posts << QByteArray("2.0.0") << 200;
    QTest::newRow("posts without") << posts << QByteArray() << 400;
    QTest::newRow("posts with 1.0.0") << posts << QByteArray("1.0.0") << 400;
    QTest::newRow("acls without") << QStringLiteral("/rest/organizationAcls?q=roleAssignee") << QByteArray() << 400;
    QTest::newRow("networkSizes with 2.0.0") << sizes << QByteArray("2.0.0") << 200;
    QTest::newRow("networkSizes without") << sizes << QByteArray() << 200;
}

void TestSandboxServer::protocolHeader() {
    QFETCH(QString, path);
    QFETCH(QByteArray, protocol);
    QFETCH(int, status);
    Headers headers;
    headers.protocol = protocol;
    const Reply reply = get(path, headers);
    QCOMPARE(reply.status, status);
    if (status == 400)
        QVERIFY2(reply.message().contains(QStringLiteral("X-Restli-Protocol-Version: 2.0.0")),
                 qPrintable(reply.message()));
}

void TestSandboxServer::unknownRouteIs404() {
    Reply reply = get(QStringLiteral("/rest/organizationalEntityFollowerStatisticz?q=x"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 404);
    QVERIFY(!reply.message().isEmpty());
    reply = get(QStringLiteral("/v2/me"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 404);
}

void TestSandboxServer::lifetimeFollowerStatistics() {
    const Reply reply = get(QStringLiteral("/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&"
                                           "organizationalEntity=") +
                            org);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), m_server->data().lifetimeFollowerStatistics());
    const QJsonObject element = reply.elements().first().toObject();
    QCOMPARE(element["followerCountsByStaffCountRange"][0]["staffCountRange"].toString(), QStringLiteral("SIZE_1"));
    QCOMPARE(element["followerCountsByFunction"][7]["function"].toString(), QStringLiteral("urn:li:function:8"));
    QVERIFY(element["followerCountsByGeoCountry"][0]["geo"].toString().startsWith(QStringLiteral("urn:li:geo:")));
    QCOMPARE(element["followerCountsByAssociationType"][0]["associationType"].toString(), QStringLiteral("EMPLOYEE"));
    QVERIFY(!element.contains(QStringLiteral("totalFollowerCounts"))); // gone since the versioned API
    QCOMPARE(reply.header("X-RestLi-Protocol-Version"), QByteArray("2.0.0"));
}

void TestSandboxServer::bothTimeIntervalsEncodingsAgree_data() {
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("entity");
    QTest::newRow("followers") << "organizationalEntityFollowerStatistics"
                               << "organizationalEntity";
    QTest::newRow("page") << "organizationPageStatistics"
                          << "organization";
    QTest::newRow("shares") << "organizationalEntityShareStatistics"
                            << "organizationalEntity";
}

void TestSandboxServer::bothTimeIntervalsEncodingsAgree() {
    QFETCH(QString, resource);
    QFETCH(QString, entity);
    const QDate first = today.addDays(-30), end = today.addDays(-1);
    const QString base = QStringLiteral("/rest/%1?q=%2&%2=%3").arg(resource, entity, org);
    const Reply object = get(base + QStringLiteral("&timeIntervals=") + window(first, end));
    const Reply dotted =
        get(base + QStringLiteral("&timeIntervals.timeGranularityType=DAY&timeIntervals.timeRange.start=%1"
                                  "&timeIntervals.timeRange.end=%2")
                       .arg(ms(first))
                       .arg(ms(end)));
    const Reply encoded = get(base + QStringLiteral("&timeIntervals=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(window(first, end))));
    QCOMPARE(object.status, 200);
    QCOMPARE(dotted.status, 200);
    QCOMPARE(encoded.status, 200);
    QCOMPARE(object.elements().size(), 29); // first .. today-2, one per day
    QCOMPARE(dotted.body, object.body);
    QCOMPARE(encoded.body, object.body);
    for (int i = 0; i < object.elements().size(); ++i) {
        const QJsonObject range = object.elements()[i]["timeRange"].toObject();
        QCOMPARE(range["start"].toInteger(), ms(first.addDays(i)));
        QCOMPARE(range["end"].toInteger(), ms(first.addDays(i + 1)));
    }
}

void TestSandboxServer::windowRejections_data() {
    QTest::addColumn<QString>("intervals");
    QTest::addColumn<QString>("message");

    const qint64 start = ms(today.addDays(-20)), end = ms(today.addDays(-10));
    const auto object = [](qint64 s, qint64 e, const char *granularity = "DAY") {
        return QStringLiteral("timeIntervals=(timeRange:(start:%1,end:%2),timeGranularityType:%3)")
            .arg(s)
            .arg(e)
            .arg(QLatin1String(granularity));
    };
    QTest::newRow("start not at midnight") << object(start + 3600000, end) << "00:00 UTC";
    QTest::newRow("end not at midnight") << object(start, end - 1) << "00:00 UTC";
    QTest::newRow("shorter than a day") << object(start, start + 12 * 3600000) << "shorter than one whole day";
    QTest::newRow("start equals end") << object(start, start) << "earlier than timeRange.end";
    QTest::newRow("start after end") << object(end, start) << "earlier than timeRange.end";
    QTest::newRow("older than 12 months") << object(ms(today.addMonths(-12).addDays(-1)), end) << "12 months";
    QTest::newRow("month granularity") << object(start, end, "MONTH") << "DAY only";
    QTest::newRow("unknown granularity") << object(start, end, "HOUR") << "Parameter 'timeIntervals' is invalid";
    QTest::newRow("equals instead of colons")
        << QStringLiteral("timeIntervals=(timeRange:(start=%1,end=%2),timeGranularityType:DAY)").arg(start).arg(end)
        << "Parameter 'timeIntervals' is invalid";
    QTest::newRow("unbalanced") << QStringLiteral("timeIntervals=(timeRange:(start:%1,end:%2)").arg(start).arg(end)
                                << "Parameter 'timeIntervals' is invalid";
    QTest::newRow("not a number") << QStringLiteral(
                                         "timeIntervals=(timeRange:(start:yesterday),timeGranularityType:DAY)")
                                  << "Parameter 'timeIntervals' is invalid";
    QTest::newRow("dotted missing start")
        << QStringLiteral("timeIntervals.timeGranularityType=DAY&timeIntervals.timeRange.end=%1").arg(end)
        << "Parameter 'timeIntervals' is invalid";
    QTest::newRow("dotted unknown field")
        << QStringLiteral(
               "timeIntervals.timeGranularityType=DAY&timeIntervals.timeRange.start=%1&timeIntervals.range=2")
               .arg(start)
        << "Parameter 'timeIntervals' is invalid";
    QTest::newRow("both encodings") << object(start, end) + QStringLiteral("&timeIntervals.timeGranularityType=DAY")
                                    << "Parameter 'timeIntervals' is invalid";
}

void TestSandboxServer::windowRejections() {
    QFETCH(QString, intervals);
    QFETCH(QString, message);
    for (const char *resource : {"organizationalEntityFollowerStatistics", "organizationalEntityShareStatistics"}) {
        const Reply reply = get(QStringLiteral("/rest/%1?q=organizationalEntity&organizationalEntity=%2&%3")
                                    .arg(QLatin1String(resource), org, intervals));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 400);
        QVERIFY2(reply.message().contains(message), qPrintable(reply.message()));
    }
}

void TestSandboxServer::twelveMonthLimitIsInclusive() {
    const QDate limit = today.addMonths(-12);
    const QString base = QStringLiteral("/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&"
                                        "organizationalEntity=%1&timeIntervals=")
                             .arg(org);
    const Reply atLimit = get(base + window(limit, limit.addDays(3)));
    QCOMPARE(atLimit.status, 200);
    QCOMPARE(atLimit.elements().size(), 3);
    const Reply dayBefore = get(base + window(limit.addDays(-1), limit.addDays(3)));
    QCOMPARE(dayBefore.status, 400);
    QVERIFY(dayBefore.message().contains(QStringLiteral("12 months")));
}

void TestSandboxServer::newestDayIsTodayMinusTwo() {
    // The window a client should ask for (end = today − 1, exclusive) and one reaching into the future.
    for (const QDate &end : {today.addDays(-1), today.addDays(5)}) {
        const Reply reply = get(QStringLiteral("/rest/organizationalEntityShareStatistics?q=organizationalEntity&"
                                               "organizationalEntity=%1&timeIntervals=%2")
                                    .arg(org, window(today.addDays(-10), end)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.elements().size(), 9);
        QCOMPARE(reply.elements().last()["timeRange"]["start"].toInteger(), ms(today.addDays(-2)));
    }
    // A window holding only days LinkedIn does not serve yet is valid and empty.
    const Reply recent = get(QStringLiteral("/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&"
                                            "organizationalEntity=%1&timeIntervals=%2")
                                 .arg(org, window(today.addDays(-1), today.addDays(1))));
    QCOMPARE(recent.status, 200);
    QCOMPARE(recent.elements().size(), 0);
}

void TestSandboxServer::dayValuesDoNotDependOnWindow() {
    const QString base = QStringLiteral("/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&"
                                        "organizationalEntity=%1&timeIntervals=")
                             .arg(org);
    const Reply a = get(base + window(today.addDays(-60), today.addDays(-20)));
    const Reply b = get(base + window(today.addDays(-30), today.addDays(-1)));
    QHash<qint64, QJsonValue> gains;
    for (const QJsonValue &e : a.elements())
        gains.insert(e["timeRange"]["start"].toInteger(), e["followerGains"]);
    int overlap = 0;
    for (const QJsonValue &e : b.elements()) {
        const qint64 start = e["timeRange"]["start"].toInteger();
        if (!gains.contains(start))
            continue;
        ++overlap;
        QCOMPARE(e["followerGains"], gains.value(start));
        const DailyFollowers expected =
            m_server->data().followers(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).date());
        QCOMPARE(e["followerGains"]["organicFollowerGain"].toInteger(), expected.organicGain);
        QCOMPARE(e["followerGains"]["paidFollowerGain"].toInteger(), expected.paidGain);
    }
    QCOMPARE(overlap, 10);
}

void TestSandboxServer::daysBeforeHistoryAreAbsent() {
    GeneratorOptions options = generatorOptions(0);
    options.days = 20;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen());
    const Reply reply =
        get(QStringLiteral("/rest/organizationPageStatistics?q=organization&organization=%1&timeIntervals=%2")
                .arg(org, window(today.addDays(-40), today.addDays(-1))));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.elements().size(), 19); // today-20 .. today-2
    QCOMPARE(reply.elements().first()["timeRange"]["start"].toInteger(), ms(today.addDays(-20)));
}

void TestSandboxServer::pageStatistics() {
    const QDate first = today.addDays(-8);
    const Reply reply =
        get(QStringLiteral("/rest/organizationPageStatistics?q=organization&organization=%1&timeIntervals=%2")
                .arg(org, window(first, today.addDays(-1))));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.elements().size(), 7);
    for (const QJsonValue &element : reply.elements()) {
        QCOMPARE(element["organization"].toString(), QStringLiteral("urn:li:organization:12345678"));
        const QJsonObject views = element["totalPageStatistics"]["views"].toObject();
        QCOMPARE(views.size(), 27);
        // As LinkedIn answers: pageViews only, no unique views, no clicks (the legacy shapes are
        // tested in tst_sandboxfidelity).
        for (const QString &metric : SandboxData::viewMetrics()) {
            QVERIFY(views[metric].toObject().contains(QStringLiteral("pageViews")));
            QVERIFY(!views[metric].toObject().contains(QStringLiteral("uniquePageViews")));
        }
        QVERIFY(!element["totalPageStatistics"].toObject().contains(QStringLiteral("clicks")));
    }
    QCOMPARE(reply.elements()[3]["totalPageStatistics"].toObject(), m_server->data().pageViews(first.addDays(3)));

    const Reply lifetime = get(QStringLiteral("/rest/organizationPageStatistics?q=organization&organization=") + org);
    QCOMPARE(lifetime.status, 200);
    const QJsonObject element = lifetime.elements().first().toObject();
    for (const char *facet : {"pageStatisticsBySeniority", "pageStatisticsByGeoCountry", "pageStatisticsByIndustryV2",
                              "pageStatisticsByStaffCountRange", "pageStatisticsByFunction", "pageStatisticsByGeo",
                              "pageStatisticsByTargetedContent", "totalPageStatistics", "organization"})
        QVERIFY2(element.contains(QLatin1String(facet)), facet);
}

void TestSandboxServer::shareStatistics() {
    const Reply lifetime = get(QStringLiteral("/rest/organizationalEntityShareStatistics?q=organizationalEntity&"
                                              "organizationalEntity=") +
                               org);
    QCOMPARE(lifetime.status, 200);
    const QJsonObject total = lifetime.elements().first()["totalShareStatistics"].toObject();
    QVERIFY(total.contains(QStringLiteral("commentMentionsCount")));
    QVERIFY(total.contains(QStringLiteral("shareMentionsCount")));
    QVERIFY(total["impressionCount"].toInteger() > 0);

    const QDate day = today.addDays(-5);
    const Reply daily = get(QStringLiteral("/rest/organizationalEntityShareStatistics?q=organizationalEntity&"
                                           "organizationalEntity=%1&timeIntervals=%2")
                                .arg(org, window(day, day.addDays(1))));
    QCOMPARE(daily.elements().size(), 1);
    const QJsonObject element = daily.elements().first().toObject();
    QCOMPARE(element.keys(), (QStringList{QStringLiteral("organizationalEntity"), QStringLiteral("timeRange"),
                                          QStringLiteral("totalShareStatistics")}));
    const DailyShares expected = m_server->data().shares(day);
    QCOMPARE(element["totalShareStatistics"]["impressionCount"].toInteger(), expected.impressionCount);
    QCOMPARE(element["totalShareStatistics"]["engagement"].toDouble(), expected.engagement);
    QVERIFY(!element["totalShareStatistics"].toObject().contains(QStringLiteral("commentMentionsCount")));
}

void TestSandboxServer::perPostStatisticsOmitInactivePosts() {
    QStringList shares, ugcPosts;
    for (const SandboxPost &post : m_server->data().posts())
        (post.urn.startsWith(QStringLiteral("urn:li:share:")) ? shares : ugcPosts).append(post.urn);
    const auto encodedList = [](const QStringList &urns) {
        QStringList items;
        for (const QString &urn : urns)
            items.append(QString::fromLatin1(QUrl::toPercentEncoding(urn)));
        return QStringLiteral("List(%1)").arg(items.join(QLatin1Char(',')));
    };
    const QString base =
        QStringLiteral("/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=") + org;
    for (const auto &[param, field, urns] :
         {std::tuple{"shares", "share", shares}, std::tuple{"ugcPosts", "ugcPost", ugcPosts}}) {
        const Reply reply = get(base + QStringLiteral("&%1=%2").arg(QLatin1String(param), encodedList(urns)));
        QCOMPARE(reply.status, 200);
        QStringList served;
        for (const QJsonValue &element : reply.elements()) {
            served.append(element[QLatin1String(field)].toString());
            const SandboxPost *post = m_server->data().post(served.last());
            QVERIFY(post && post->stats);
            QCOMPARE(element["totalShareStatistics"]["impressionCount"].toInteger(), post->stats->impressionCount);
            QCOMPARE(element["organizationalEntity"].toString(), QStringLiteral("urn:li:organization:12345678"));
        }
        QStringList active;
        for (const QString &urn : urns)
            if (m_server->data().post(urn)->stats)
                active.append(urn);
        QCOMPARE(served, active);
        QVERIFY(active.size() < urns.size()); // some posts have no activity and are left out
    }
    // Both lists in one call, structure characters percent-encoded as some clients send them.
    const QString both = QStringLiteral("&shares=%1&ugcPosts=%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(encodedList(shares.mid(0, 5)))),
                                  encodedList(ugcPosts.mid(0, 5)));
    const Reply reply = get(base + both);
    QCOMPARE(reply.status, 200);
    int expected = 0;
    for (const QString &urn : shares.mid(0, 5) + ugcPosts.mid(0, 5))
        expected += m_server->data().post(urn)->stats ? 1 : 0;
    QCOMPARE(reply.elements().size(), expected);
}

void TestSandboxServer::perPostListLimits() {
    const QString base =
        QStringLiteral("/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=") + org;
    QStringList items;
    for (int i = 1; i <= 101; ++i)
        items.append(QStringLiteral("urn%3Ali%3Ashare%3A") + QString::number(7000000000000000000LL + i));
    Reply reply = get(base + QStringLiteral("&shares=List(%1)").arg(items.join(QLatin1Char(','))));
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(QStringLiteral("at most 100")), qPrintable(reply.message()));
    items.removeLast();
    reply = get(base + QStringLiteral("&shares=List(%1)").arg(items.join(QLatin1Char(','))));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.elements().size(), 0); // unknown posts are simply absent
    reply = get(base + QStringLiteral("&shares=List(urn%3Ali%3AugcPost%3A1)"));
    QCOMPARE(reply.status, 400);
    reply = get(base + QStringLiteral("&shares=urn%3Ali%3Ashare%3A1"));
    QCOMPARE(reply.status, 400);
    reply = get(base + QStringLiteral("&shares=List(urn%3Ali%3Ashare%3A1)&timeIntervals=") +
                window(today.addDays(-5), today.addDays(-1)));
    QCOMPARE(reply.status, 400);
}

void TestSandboxServer::secondOrganizationIsEmpty() {
    const QString other = QStringLiteral("urn%3Ali%3Aorganization%3A12345679");
    Reply reply = get(QStringLiteral("/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&"
                                     "organizationalEntity=") +
                      other);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.elements().first()["followerCountsBySeniority"].toArray().size(), 0);
    reply = get(QStringLiteral("/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&"
                               "organizationalEntity=%1&timeIntervals=%2")
                    .arg(other, window(today.addDays(-10), today.addDays(-1))));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.elements().size(), 0);
    reply = get(QStringLiteral("/rest/posts?author=%1&q=author").arg(other));
    QCOMPARE(reply.elements().size(), 0);
    // An organization the member does not administer.
    reply = get(
        QStringLiteral("/rest/organizationPageStatistics?q=organization&organization=urn%3Ali%3Aorganization%3A99"));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json().value(QStringLiteral("code")).toString(), QStringLiteral("ACCESS_DENIED"));
}

void TestSandboxServer::networkSizes_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("edgeType");
    QTest::addColumn<int>("status");
    QTest::newRow("encoded") << org << "COMPANY_FOLLOWED_BY_MEMBER" << 200;
    QTest::newRow("raw urn") << "urn:li:organization:12345678"
                             << "COMPANY_FOLLOWED_BY_MEMBER" << 200;
    QTest::newRow("old enum") << org << "CompanyFollowedByMember" << 400;
    QTest::newRow("no edge type") << org << "" << 400;
    QTest::newRow("not an organization") << "urn%3Ali%3Aperson%3Aabc"
                                         << "COMPANY_FOLLOWED_BY_MEMBER" << 400;
}

void TestSandboxServer::networkSizes() {
    QFETCH(QString, key);
    QFETCH(QString, edgeType);
    QFETCH(int, status);
    Headers headers;
    headers.protocol.clear(); // as Odoo calls it
    QString path = QStringLiteral("/rest/networkSizes/") + key;
    if (!edgeType.isEmpty())
        path += QStringLiteral("?edgeType=") + edgeType;
    const Reply reply = get(path, headers);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json().value(QStringLiteral("firstDegreeSize")).toInteger(), m_server->data().networkSize());
        QCOMPARE(reply.header("X-RestLi-Protocol-Version"), QByteArray("1.0.0"));
    } else {
        QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 400);
    }
    if (edgeType == QLatin1String("CompanyFollowedByMember"))
        QVERIFY2(reply.message().contains(QStringLiteral("enum")), qPrintable(reply.message()));
}

void TestSandboxServer::organizationsAndAcls() {
    Reply reply = get(QStringLiteral("/rest/organizations/12345678"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("id")).toInteger(), 12345678);
    QCOMPARE(reply.json().value(QStringLiteral("localizedName")).toString(), QStringLiteral("Acme Analytics"));
    QCOMPARE(reply.json()["name"]["localized"]["en_US"].toString(), QStringLiteral("Acme Analytics"));
    QVERIFY(reply.json().contains(QStringLiteral("vanityName")));
    QVERIFY(reply.json().contains(QStringLiteral("primaryOrganizationType")));

    reply = get(QStringLiteral("/rest/organizations/999"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 404);

    reply = get(QStringLiteral("/rest/organizations?ids=List(12345678,999)"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()["statuses"]["12345678"].toInt(), 200);
    QCOMPARE(reply.json()["statuses"]["999"].toInt(), 404);
    QCOMPARE(reply.json()["results"]["12345678"]["localizedName"].toString(), QStringLiteral("Acme Analytics"));

    reply = get(QStringLiteral("/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json()["paging"].isObject());
    QVERIFY(reply.elements().size() >= 1);
    const QJsonObject acl = reply.elements().first().toObject();
    QCOMPARE(acl["organization"].toString(), QStringLiteral("urn:li:organization:12345678"));
    QCOMPARE(acl["role"].toString(), QStringLiteral("ADMINISTRATOR"));
    QCOMPARE(acl["state"].toString(), QStringLiteral("APPROVED"));
    QVERIFY(acl["roleAssignee"].toString().startsWith(QStringLiteral("urn:li:person:")));

    reply = get(QStringLiteral("/rest/organizationAcls?q=roleAssignee&role=ANALYST"));
    QCOMPARE(reply.elements().size(), 0);
}

void TestSandboxServer::postsPaging() {
    QList<SandboxPost> posts; // the organic listing: dark posts only come with isDsc=true
    for (const SandboxPost &post : m_server->data().posts())
        if (!post.dark)
            posts.append(post);
    QStringList seen;
    int start = 0, requests = 0;
    QString next = QStringLiteral("/rest/posts?author=%1&q=author&count=7&start=0&sortBy=LAST_MODIFIED").arg(org);
    while (!next.isEmpty() && requests < 100) {
        const Reply reply = get(next);
        ++requests;
        QCOMPARE(reply.status, 200);
        const QJsonObject paging = reply.json()["paging"].toObject();
        QCOMPARE(paging["start"].toInt(), start);
        QCOMPARE(paging["count"].toInt(), 7);
        QCOMPARE(paging["total"].toInt(), posts.size());
        for (const QJsonValue &element : reply.elements())
            seen.append(element["id"].toString());
        next.clear();
        for (const QJsonValue &link : paging["links"].toArray())
            if (link["rel"].toString() == QLatin1String("next"))
                next = link["href"].toString();
        start += 7;
    }
    QCOMPARE(requests, (posts.size() + 6) / 7);
    QCOMPARE(seen.size(), posts.size());
    for (int i = 0; i < posts.size(); ++i)
        QCOMPARE(seen[i], posts[i].urn); // newest lastModifiedAt first, each once

    const Reply page = get(QStringLiteral("/rest/posts?author=%1&q=author").arg(org));
    QCOMPARE(page.elements().size(), 10); // default count
    QCOMPARE(page.elements().first().toObject(), posts.first().json);
}

void TestSandboxServer::postsCountLimits() {
    Reply reply = get(QStringLiteral("/rest/posts?author=%1&q=author&count=101").arg(org));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.message().contains(QStringLiteral("count")));
    reply = get(QStringLiteral("/rest/posts?author=%1&q=author&count=100&start=100").arg(org));
    QCOMPARE(reply.status, 200);
    const qsizetype organic = std::count_if(m_server->data().posts().cbegin(), m_server->data().posts().cend(),
                                            [](const SandboxPost &post) { return !post.dark; });
    QCOMPARE(reply.elements().size(), organic - 100);
    reply = get(QStringLiteral("/rest/posts?author=%1&q=author&count=10&start=500").arg(org));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.elements().size(), 0);
    reply = get(QStringLiteral("/rest/posts?author=%1&q=author&count=ten").arg(org));
    QCOMPARE(reply.status, 400);
    reply = get(QStringLiteral("/rest/posts?author=%1&q=author&sortBy=POPULARITY").arg(org));
    QCOMPARE(reply.status, 400);
    reply = get(QStringLiteral("/rest/posts?q=author"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.message(), QStringLiteral("Parameter 'author' is required"));
}

void TestSandboxServer::deletedPostsAreNotListed() {
    QList<SandboxPost> organic;
    for (const SandboxPost &post : m_server->data().posts())
        if (!post.dark)
            organic.append(post);
    const SandboxPost victim = organic[3];
    m_server->data().deletePost(victim.urn);
    const Reply reply = get(QStringLiteral("/rest/posts?author=%1&q=author&count=100&start=0").arg(org));
    QCOMPARE(reply.json()["paging"]["total"].toInt(), organic.size() - 1);
    for (const QJsonValue &element : reply.elements())
        QVERIFY(element["id"].toString() != victim.urn);
    const QString list = QStringLiteral("List(%1)").arg(QString::fromLatin1(QUrl::toPercentEncoding(victim.urn)));
    const QString param =
        victim.urn.contains(QStringLiteral(":share:")) ? QStringLiteral("shares") : QStringLiteral("ugcPosts");
    const Reply stats = get(QStringLiteral("/rest/organizationalEntityShareStatistics?q=organizationalEntity&"
                                           "organizationalEntity=%1&%2=%3")
                                .arg(org, param, list));
    QCOMPARE(stats.elements().size(), 0);
    QCOMPARE(get(QStringLiteral("/rest/posts/") + QString::fromLatin1(QUrl::toPercentEncoding(victim.urn))).status,
             404);
}

void TestSandboxServer::queryTunneling() {
    const QString query = QStringLiteral("q=organizationalEntity&organizationalEntity=%1&timeIntervals=%2")
                              .arg(org, window(today.addDays(-6), today.addDays(-1)));
    const Reply viaGet = get(QStringLiteral("/rest/organizationalEntityShareStatistics?") + query);
    QNetworkRequest tunnel = request(QStringLiteral("/rest/organizationalEntityShareStatistics"));
    tunnel.setRawHeader("X-HTTP-Method-Override", "GET");
    tunnel.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QElapsedTimer timer;
    timer.start();
    const Reply viaPost = wait(m_nam.post(tunnel, query.toUtf8()), timer);
    QCOMPARE(viaPost.status, 200);
    QCOMPARE(viaPost.body, viaGet.body);
    QCOMPARE(viaGet.elements().size(), 5);
    QCOMPARE(m_server->requests().last().method, QStringLiteral("POST"));
    QCOMPARE(m_server->requests().last().query, query); // the query that travelled in the body
}

void TestSandboxServer::oauthCodeFlow() {
    const QString redirect = QStringLiteral("http://127.0.0.1:8400/callback");
    const QString location = authorize(QString());
    QVERIFY2(location.startsWith(redirect + QLatin1Char('?')), qPrintable(location));
    QCOMPARE(queryValue(location, QStringLiteral("state")), QStringLiteral("xyz/+1"));
    const QString code = queryValue(location, QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    const QList<QPair<QString, QString>> exchange = {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), redirect},
        {QStringLiteral("client_id"), QStringLiteral("sandbox-client-id")},
        {QStringLiteral("client_secret"), QStringLiteral("sandbox-client-secret")}};
    const Reply token = postForm(QStringLiteral("/oauth/v2/accessToken"), exchange);
    QCOMPARE(token.status, 200);
    const QJsonObject json = token.json();
    const QString accessToken = json.value(QStringLiteral("access_token")).toString();
    QVERIFY(accessToken.size() > 100);
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInteger(), 5184000);
    QVERIFY(!json.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QVERIFY(json.value(QStringLiteral("refresh_token_expires_in")).toInteger() > 0);
    QCOMPARE(json.value(QStringLiteral("scope")).toString(),
             QStringLiteral("rw_organization_admin,r_organization_social"));
    QCOMPARE(token.header("Cache-Control"), QByteArray("no-store"));

    Headers headers;
    headers.token = accessToken.toLatin1();
    QCOMPARE(get(QStringLiteral("/rest/organizations/12345678"), headers).status, 200);
    QCOMPARE(m_server->options().accessToken, accessToken);

    // A code works once.
    const Reply again = postForm(QStringLiteral("/oauth/v2/accessToken"), exchange);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    QVERIFY(
        again.json().value(QStringLiteral("error_description")).toString().contains(QStringLiteral("code not found")));
}

void TestSandboxServer::oauthPkce() {
    const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    const QString challenge = OAuthServer::s256(verifier);
    QCOMPARE(challenge, QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")); // RFC 7636 appendix B
    const QString redirect = QStringLiteral("http://127.0.0.1:8400/callback");
    const auto exchange = [&](const QString &code, const QString &codeVerifier) {
        return postForm(QStringLiteral("/oauth/v2/accessToken"),
                        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("redirect_uri"), redirect},
                         {QStringLiteral("client_id"), QStringLiteral("sandbox-client-id")},
                         {QStringLiteral("code_verifier"), codeVerifier}});
    };
    const QString pkce = QStringLiteral("&code_challenge=%1&code_challenge_method=S256").arg(challenge);

    QString code = queryValue(authorize(pkce), QStringLiteral("code"));
    Reply reply = exchange(code, QStringLiteral("wrong-verifier-wrong-verifier-wrong-verifier-0"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_redirect_uri"));
    reply = exchange(code, verifier); // the failed attempt did not use the code up
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().value(QStringLiteral("access_token")).toString().isEmpty());

    // A PKCE grant still needs the client secret to be refreshed, as LinkedIn's refresh exchange does.
    const QString refreshToken = reply.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refreshToken.isEmpty());
    const auto refresh = [&](const QString &secret) {
        QList<std::pair<QString, QString>> form = {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                   {QStringLiteral("refresh_token"), refreshToken},
                                                   {QStringLiteral("client_id"), QStringLiteral("sandbox-client-id")}};
        if (!secret.isEmpty())
            form.append({QStringLiteral("client_secret"), secret});
        return postForm(QStringLiteral("/oauth/v2/accessToken"), form);
    };
    const Reply refused = refresh({});
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json().value(QStringLiteral("error_description")).toString().contains(u"client_secret"));
    QCOMPARE(refresh(QStringLiteral("sandbox-client-secret")).status, 200);

    // The native PKCE endpoint path LinkedIn documents works the same way.
    const Reply native =
        get(QStringLiteral("/oauth/native-pkce/authorization?response_type=code&client_id=sandbox-client-id"
                           "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8400%2Fcallback&scope=r_organization_social") +
                pkce,
            Headers{.bearer = false});
    QCOMPARE(native.status, 302);

    // A code issued without a challenge cannot be redeemed with a verifier alone.
    code = queryValue(authorize(QString()), QStringLiteral("code"));
    reply = exchange(code, verifier);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_redirect_uri"));
}

void TestSandboxServer::oauthAuthorizationErrors_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error"); // in the redirect, or in the 400 page

    const QString redirect = QStringLiteral("&redirect_uri=http%3A%2F%2F127.0.0.1%3A8400%2Fcb&state=s1");
    const QString good =
        QStringLiteral("response_type=code&client_id=sandbox-client-id&scope=r_organization_social") + redirect;
    QTest::newRow("wrong client_id") << QStringLiteral(
                                            "response_type=code&client_id=other&scope=r_organization_social") +
                                            redirect
                                     << 400 << "invalid_client";
    QTest::newRow("missing redirect") << QStringLiteral("response_type=code&client_id=sandbox-client-id&scope=openid")
                                      << 400 << "redirect_uri";
    QTest::newRow("unregistered redirect")
        << QStringLiteral("response_type=code&client_id=sandbox-client-id&scope=openid"
                          "&redirect_uri=https%3A%2F%2Fevil.example%2Fcb")
        << 400 << "redirect_uri";
    QTest::newRow("implicit flow") << good + QStringLiteral("&response_type=token") << 302 << "code";
    QTest::newRow("token response") << QStringLiteral("response_type=token&client_id=sandbox-client-id&scope=openid") +
                                           redirect
                                    << 302 << "unsupported_response_type";
    QTest::newRow("no scope") << QStringLiteral("response_type=code&client_id=sandbox-client-id") + redirect << 302
                              << "invalid_request";
    QTest::newRow("unknown scope") << QStringLiteral(
                                          "response_type=code&client_id=sandbox-client-id&scope=r_everything") +
                                          redirect
                                   << 302 << "invalid_scope";
    QTest::newRow("plain challenge") << good + QStringLiteral("&code_challenge=abc&code_challenge_method=plain") << 302
                                     << "invalid_request";
}

void TestSandboxServer::oauthAuthorizationErrors() {
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, error);
    const Reply reply = get(QStringLiteral("/oauth/v2/authorization?") + query, Headers{.bearer = false});
    QCOMPARE(reply.status, status);
    if (status == 400) {
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY2(reply.body.contains(error.toUtf8()), reply.body.constData());
        return;
    }
    const QString location = QString::fromLatin1(reply.header("Location"));
    QVERIFY(location.startsWith(QStringLiteral("http://127.0.0.1:8400/cb?")));
    QCOMPARE(queryValue(location, QStringLiteral("state")), QStringLiteral("s1"));
    if (error == QLatin1String("code")) { // the first response_type wins: still a code
        QVERIFY(!queryValue(location, QStringLiteral("code")).isEmpty());
        return;
    }
    QCOMPARE(queryValue(location, QStringLiteral("error")), error);
    QVERIFY(!queryValue(location, QStringLiteral("error_description")).isEmpty());
    QVERIFY(queryValue(location, QStringLiteral("code")).isEmpty());
}

void TestSandboxServer::oauthTokenErrors() {
    const QString redirect = QStringLiteral("http://127.0.0.1:8400/callback");
    const QString code = queryValue(authorize(QString()), QStringLiteral("code"));
    const auto exchange = [&](const QString &clientId, const QString &secret, const QString &redirectUri) {
        return postForm(QStringLiteral("/oauth/v2/accessToken"),
                        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("redirect_uri"), redirectUri},
                         {QStringLiteral("client_id"), clientId},
                         {QStringLiteral("client_secret"), secret}});
    };
    Reply reply = exchange(QStringLiteral("sandbox-client-id"), QStringLiteral("wrong"), redirect);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    reply = exchange(QStringLiteral("someone-else"), QStringLiteral("sandbox-client-secret"), redirect);
    QCOMPARE(reply.status, 401);
    reply = exchange(QStringLiteral("sandbox-client-id"), QStringLiteral("sandbox-client-secret"),
                     QStringLiteral("http://127.0.0.1:8401/callback"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_redirect_uri"));
    reply = postForm(QStringLiteral("/oauth/v2/accessToken"), {{QStringLiteral("code"), code}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("A required parameter \"grant_type\" is missing"));
    reply =
        postForm(QStringLiteral("/oauth/v2/accessToken"), {{QStringLiteral("grant_type"), QStringLiteral("password")}});
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
    // After all these failures the code is still good.
    reply = exchange(QStringLiteral("sandbox-client-id"), QStringLiteral("sandbox-client-secret"), redirect);
    QCOMPARE(reply.status, 200);
}

void TestSandboxServer::refreshFlow() {
    const QString path = QStringLiteral("/rest/organizations/12345678");
    QCOMPARE(get(path).status, 200);
    const auto refresh = [&](const QString &refreshToken) {
        return postForm(QStringLiteral("/oauth/v2/accessToken"),
                        {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"), refreshToken},
                         {QStringLiteral("client_id"), QStringLiteral("sandbox-client-id")},
                         {QStringLiteral("client_secret"), QStringLiteral("sandbox-client-secret")}});
    };
    const Reply reply = refresh(QStringLiteral("sandbox-refresh-token"));
    QCOMPARE(reply.status, 200);
    const QByteArray newToken = reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(reply.json().value(QStringLiteral("refresh_token")).toString(), QStringLiteral("sandbox-refresh-token"));
    QVERIFY(newToken != "sandbox-access-token");

    const Reply old = get(path); // the token the refresh replaced
    QCOMPARE(old.status, 401);
    QCOMPARE(old.json().value(QStringLiteral("code")).toString(), QStringLiteral("EXPIRED_ACCESS_TOKEN"));
    Headers headers;
    headers.token = newToken;
    QCOMPARE(get(path, headers).status, 200);

    const Reply bad = refresh(QStringLiteral("not-a-refresh-token"));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("The provided authorization grant or refresh token is invalid, expired or revoked"));
}

void TestSandboxServer::expireAccessToken() {
    const QString path = QStringLiteral("/rest/organizationAcls?q=roleAssignee");
    QCOMPARE(get(path).status, 200);
    m_server->expireAccessToken();
    const Reply expired = get(path);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().value(QStringLiteral("status")).toInt(), 401);
    const Reply refreshed = postForm(QStringLiteral("/oauth/v2/accessToken"),
                                     {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                      {QStringLiteral("refresh_token"), m_server->options().refreshToken},
                                      {QStringLiteral("client_id"), m_server->options().clientId},
                                      {QStringLiteral("client_secret"), m_server->options().clientSecret}});
    QCOMPARE(refreshed.status, 200);
    Headers headers;
    headers.token = refreshed.json().value(QStringLiteral("access_token")).toString().toLatin1();
    QCOMPARE(get(path, headers).status, 200);
    QCOMPARE(m_server->options().accessToken.toLatin1(), headers.token);
}

void TestSandboxServer::statusFaults_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("serviceErrorCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("429") << "429" << 429 << QByteArray() << 0 << "Too Many Requests";
    QTest::newRow("429ra") << "429ra" << 429 << QByteArray("1") << 0 << "Too Many Requests";
    QTest::newRow("quota") << "quota" << 429 << QByteArray() << 101 << "APPLICATION DAY limit";
    QTest::newRow("500") << "500" << 500 << QByteArray() << 0 << "Internal Server Error";
    QTest::newRow("502") << "502" << 502 << QByteArray() << 0 << "Bad Gateway";
    QTest::newRow("503") << "503" << 503 << QByteArray() << 0 << "Service Unavailable";
    QTest::newRow("401") << "401" << 401 << QByteArray() << 65602 << "expired";
    QTest::newRow("426") << "426" << 426 << QByteArray() << 0 << "Requested version 202412 is not active";
}

void TestSandboxServer::statusFaults() {
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, serviceErrorCode);
    QFETCH(QString, message);
    m_server->setFaults(*FaultSpec::parse(spec));
    const QString path = QStringLiteral("/rest/organizationalEntityFollowerStatistics?q=organizationalEntity&"
                                        "organizationalEntity=") +
                         org;
    const Reply faulted = get(path);
    QCOMPARE(faulted.status, status);
    QCOMPARE(faulted.hasHeader("Retry-After"), !retryAfter.isEmpty());
    QCOMPARE(faulted.header("Retry-After"), retryAfter);
    QCOMPARE(faulted.json().value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(faulted.json().value(QStringLiteral("serviceErrorCode")).toInt(), serviceErrorCode);
    QVERIFY2(faulted.message().contains(message), qPrintable(faulted.message()));
    // The fault was for one request: the retry succeeds.
    QCOMPARE(get(path).status, 200);
    QCOMPARE(m_server->requests().first().fault, spec);
}

void TestSandboxServer::truncateGivesUnparseableJson() {
    m_server->setFaults(*FaultSpec::parse(QStringLiteral("truncate")));
    const QString path = QStringLiteral("/rest/posts?author=%1&q=author&count=20").arg(org);
    const Reply truncated = get(path);
    QCOMPARE(truncated.error, QNetworkReply::NoError); // a complete HTTP response…
    QCOMPARE(truncated.status, 200);
    QCOMPARE(truncated.header("Content-Length").toLongLong(), truncated.body.size());
    QJsonParseError parseError;
    QJsonDocument::fromJson(truncated.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError); // …whose JSON stops halfway
    const Reply whole = get(path);
    QCOMPARE(truncated.body, whole.body.left(whole.body.size() / 2));
}

void TestSandboxServer::invalidGivesHtml() {
    m_server->setFaults(*FaultSpec::parse(QStringLiteral("invalid")));
    const Reply reply = get(QStringLiteral("/rest/organizationAcls?q=roleAssignee"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(reply.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
}

void TestSandboxServer::dropIsANetworkError() {
    m_server->setFaults(*FaultSpec::parse(QStringLiteral("drop")));
    const Reply reply = get(QStringLiteral("/rest/posts?author=%1&q=author&count=50").arg(org));
    qInfo() << "drop seen by the client as" << reply.error << "after" << reply.body.size() << "bytes";
    QVERIFY2(reply.error != QNetworkReply::NoError, qPrintable(QString::number(reply.error)));
    QCOMPARE(m_server->requestCount(QStringLiteral("posts")), 1); // not retried behind the client's back
    QCOMPARE(get(QStringLiteral("/rest/posts?author=%1&q=author&count=50").arg(org)).status, 200);
}

void TestSandboxServer::hangNeverAnswers() {
    m_server->setFaults(*FaultSpec::parse(QStringLiteral("hang")));
    QSignalSpy served(m_server.get(), &SandboxServer::requestServed);
    const Reply reply = get(QStringLiteral("/rest/organizationAcls?q=roleAssignee"), Headers{}, 400);
    qInfo() << "hang seen by the client as" << reply.error << "after" << reply.elapsedMs << "ms";
    QVERIFY(reply.error == QNetworkReply::OperationCanceledError || reply.error == QNetworkReply::TimeoutError);
    QCOMPARE(reply.status, 0);
    QCOMPARE(served.size(), 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().status, 0);
    QCOMPARE(get(QStringLiteral("/rest/organizationAcls?q=roleAssignee")).status, 200);
}

void TestSandboxServer::faultPathFilter() {
    m_server->setFaults(*FaultSpec::parse(QStringLiteral("503*2@posts")));
    const QString posts = QStringLiteral("/rest/posts?author=%1&q=author").arg(org);
    const QString acls = QStringLiteral("/rest/organizationAcls?q=roleAssignee");
    QCOMPARE(get(acls).status, 200);
    QCOMPARE(get(posts).status, 503);
    QCOMPARE(get(acls).status, 200);
    QCOMPARE(get(posts).status, 503);
    QCOMPARE(get(posts).status, 200);
    QCOMPARE(m_server->faults().injectedCount(), 2);
}

void TestSandboxServer::tokenEndpointFaultsOnlyWhenNamed() {
    m_server->setFaults(*FaultSpec::parse(QStringLiteral("500*0")));
    const QList<QPair<QString, QString>> refresh = {
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), QStringLiteral("sandbox-refresh-token")},
        {QStringLiteral("client_id"), QStringLiteral("sandbox-client-id")},
        {QStringLiteral("client_secret"), QStringLiteral("sandbox-client-secret")}};
    QCOMPARE(postForm(QStringLiteral("/oauth/v2/accessToken"), refresh).status, 200);
    m_server->setFaults(*FaultSpec::parse(QStringLiteral("503@accessToken")));
    QCOMPARE(postForm(QStringLiteral("/oauth/v2/accessToken"), refresh).status, 503);
    QCOMPARE(postForm(QStringLiteral("/oauth/v2/accessToken"), refresh).status, 200);
}

void TestSandboxServer::latencyOverlaps() {
    m_server->options().latencyMs = 200;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i)
        replies.append(m_nam.get(request(QStringLiteral("/rest/organizations/12345678"))));
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    // Served one after another, no two would ever wait in the sandbox at once.
    QVERIFY2(m_server->peakPending() >= 2, qPrintable(QString::number(m_server->peakPending())));
}

void TestSandboxServer::keepAliveAndPipelining() {
    // Two requests in one write on one connection: two answers, in order, connection kept.
    const auto raw = connectRaw();
    const QByteArray headers = "Authorization: Bearer sandbox-access-token\r\nLinkedIn-Version: 202412\r\n"
                               "X-Restli-Protocol-Version: 2.0.0\r\nHost: 127.0.0.1\r\n\r\n";
    raw->socket.write("GET /rest/organizations/12345678 HTTP/1.1\r\n" + headers +
                      "GET /rest/organizations/999 HTTP/1.1\r\n" + headers);
    QTRY_VERIFY_WITH_TIMEOUT(raw->received.count("HTTP/1.1 ") == 2 && raw->received.endsWith("}"), 5000);
    QVERIFY(raw->received.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(raw->received.indexOf("HTTP/1.1 404") > raw->received.indexOf("Acme Analytics"));
    QCOMPARE(raw->received.count("Connection: keep-alive"), 2);
    QVERIFY(!raw->disconnected);
    QCOMPARE(m_server->requestCount(QStringLiteral("/rest/organizations")), 2);

    // And a third request later on the same connection.
    raw->received.clear();
    raw->socket.write("GET /rest/organizationAcls?q=roleAssignee HTTP/1.1\r\n" + headers);
    QTRY_VERIFY_WITH_TIMEOUT(raw->received.endsWith("}"), 5000);
    QVERIFY(raw->received.startsWith("HTTP/1.1 200 OK"));
}

void TestSandboxServer::connectionCloseIsHonoured() {
    const auto raw = connectRaw();
    // The body arrives in two pieces; the answer waits for all Content-Length bytes.
    raw->socket.write(
        "POST /oauth/v2/accessToken HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 29\r\n\r\ngrant_type=client_");
    QVERIFY(raw->socket.waitForConnected(5000));
    QVERIFY(raw->socket.bytesToWrite() == 0 || raw->socket.waitForBytesWritten(5000));
    // A request on another connection, answered: the server has read what was there to read.
    QCOMPARE(get(QStringLiteral("/rest/organizations/12345678")).status, 200);
    QVERIFY(raw->received.isEmpty());
    QCOMPARE(m_server->requests().size(), 1); // the half-sent request is not answered, nor recorded
    raw->socket.write("credentials");
    QTRY_VERIFY_WITH_TIMEOUT(raw->disconnected, 5000);
    QVERIFY2(raw->received.startsWith("HTTP/1.1 400"), raw->received.constData());
    QVERIFY(raw->received.contains("Connection: close"));
    QVERIFY(raw->received.contains("unsupported_grant_type"));
}

void TestSandboxServer::expectContinueIsAnswered() {
    const auto raw = connectRaw();
    raw->socket.write("POST /oauth/v2/accessToken HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                      "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 19\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(raw->received, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"), 5000);
    raw->received.clear();
    raw->socket.write("grant_type=password");
    QTRY_VERIFY_WITH_TIMEOUT(raw->received.endsWith("}"), 5000);
    QVERIFY(raw->received.startsWith("HTTP/1.1 400"));
    QVERIFY(raw->received.contains("unsupported_grant_type"));
}

void TestSandboxServer::malformedRequestIs400() {
    const auto raw = connectRaw();
    raw->socket.write("THIS IS NOT HTTP\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(raw->disconnected, 5000);
    QVERIFY2(raw->received.startsWith("HTTP/1.1 400"), raw->received.constData());
}

void TestSandboxServer::requestLog() {
    QSignalSpy served(m_server.get(), &SandboxServer::requestServed);
    const QString query = QStringLiteral("q=organizationalEntity&organizationalEntity=%1&timeIntervals=%2")
                              .arg(org, window(today.addDays(-3), today.addDays(-1)));
    QCOMPARE(get(QStringLiteral("/rest/organizationalEntityFollowerStatistics?") + query).status, 200);
    QCOMPARE(get(QStringLiteral("/rest/posts?author=%1&q=author").arg(org)).status, 200);
    Headers noProtocol;
    noProtocol.protocol.clear();
    QCOMPARE(get(QStringLiteral("/rest/posts?author=%1&q=author").arg(org), noProtocol).status, 400);
    QCOMPARE(postForm(QStringLiteral("/oauth/v2/accessToken"),
                      {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                       {QStringLiteral("refresh_token"), QStringLiteral("sandbox-refresh-token")},
                       {QStringLiteral("client_id"), QStringLiteral("sandbox-client-id")},
                       {QStringLiteral("client_secret"), QStringLiteral("sandbox-client-secret")}})
                 .status,
             200);

    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(m_server->requestCount(QStringLiteral("posts")), 2);
    QCOMPARE(m_server->requestCount(QStringLiteral("/rest/")), 3);
    QCOMPARE(m_server->requestCount(QStringLiteral("/oauth/")), 1);
    const RecordedRequest first = m_server->requests().first();
    QCOMPARE(first.method, QStringLiteral("GET"));
    QCOMPARE(first.path, QStringLiteral("/rest/organizationalEntityFollowerStatistics"));
    QCOMPARE(first.query, query); // as received: structure characters raw, URN encoded
    QCOMPARE(first.status, 200);
    QVERIFY(first.hadBearer);
    QCOMPARE(first.apiVersion, QStringLiteral("202412"));
    QCOMPARE(first.restliProtocol, QStringLiteral("2.0.0"));
    QCOMPARE(m_server->requests()[2].status, 400);
    QCOMPARE(m_server->requests()[2].restliProtocol, QString());
    for (const RecordedRequest &r : m_server->requests()) {
        QVERIFY(!r.query.contains(QStringLiteral("sandbox-access-token")));
        QVERIFY(!r.query.contains(QStringLiteral("sandbox-client-secret")));
        QVERIFY(!r.path.contains(QStringLiteral("sandbox-access-token")));
    }
    QCOMPARE(served.size(), 4);
    QCOMPARE(served[1][0].toString(), QStringLiteral("/rest/posts"));
    QCOMPARE(served[2][1].toInt(), 400);
    m_server->clearRequests();
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
