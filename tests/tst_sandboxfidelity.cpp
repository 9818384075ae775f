// The sandbox answers as LinkedIn really does (docs/linkedin-behaviour.md): short posts pages with
// next links, dark posts only under isDsc=true, page statistics without unique views or clicks,
// paid followers 0 in the demographics, sunset versions, per-post statistics in the other URN form,
// a refused time range, and stray daily rows. Each has an option or a fault, checked here.
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace pagesight::sandbox;

namespace {

const QDate today(2026, 11, 28);
const QString org = QStringLiteral("urn%3Ali%3Aorganization%3A12345678");

GeneratorOptions data(int posts = 150) {
    GeneratorOptions options;
    options.seed = 11;
    options.posts = posts;
    options.days = 60;
    options.today = today;
    return options;
}

struct Reply {
    int status = 0;
    QJsonObject json;
    QJsonArray elements() const { return json.value(QLatin1String("elements")).toArray(); }
};

Reply get(SandboxServer &server, const QString &pathAndQuery, const QByteArray &version = "202611") {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(server.baseUrl().toString() + pathAndQuery));
    request.setRawHeader("Authorization", "Bearer " + server.options().accessToken.toUtf8());
    request.setRawHeader("LinkedIn-Version", version);
    request.setRawHeader("X-Restli-Protocol-Version", "2.0.0");
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()).object()};
    delete reply;
    return result;
}

qint64 ms(const QDate &day) {
    return day.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

QString window(const QDate &first, const QDate &endExclusive) {
    return QStringLiteral("(timeRange:(start:%1,end:%2),timeGranularityType:DAY)").arg(ms(first)).arg(ms(endExclusive));
}

} // namespace

class TestSandboxFidelity : public QObject {
    Q_OBJECT

private slots:
    void shortPagesCarryNextAndTotal() {
        SandboxServer server(data());
        server.options().shortPostsPages = true;
        QVERIFY(server.listen());
        QStringList ids;
        int start = 0, pages = 0, shortPages = 0, total = -1;
        while (pages < 100) {
            const Reply page =
                get(server, QStringLiteral("/rest/posts?author=%1&q=author&count=10&start=%2").arg(org).arg(start));
            QCOMPARE(page.status, 200);
            ++pages;
            const QJsonObject paging = page.json.value(QLatin1String("paging")).toObject();
            total = paging.value(QLatin1String("total")).toInt();
            QString next;
            for (const QJsonValue &link : paging.value(QLatin1String("links")).toArray())
                if (link[QLatin1String("rel")].toString() == QLatin1String("next"))
                    next = link[QLatin1String("href")].toString();
            for (const QJsonValue &post : page.elements())
                ids.append(post[QLatin1String("id")].toString());
            if (next.isEmpty())
                break;
            shortPages += page.elements().size() < 10 ? 1 : 0;
            QVERIFY2(page.elements().size() >= 7 && page.elements().size() <= 9, qPrintable(next));
            // The next page starts after the last post of this one, as LinkedIn's did (8 → 28).
            start += int(page.elements().size());
            QVERIFY2(next.endsWith(QStringLiteral("&start=%1").arg(start)), qPrintable(next));
        }
        QVERIFY(shortPages > 3);
        QCOMPARE(ids.size(), total); // nothing lost when paging by what arrived
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), total);
    }

    void darkPostsOnlyWhenAsked() {
        SandboxServer server(data());
        QVERIFY(server.listen());
        int dark = 0;
        for (const SandboxPost &post : server.data().posts())
            dark += post.dark ? 1 : 0;
        QVERIFY(dark > 0 && dark < server.data().posts().size());
        const Reply organic = get(server, QStringLiteral("/rest/posts?author=%1&q=author&count=100&start=0").arg(org));
        const Reply asked =
            get(server, QStringLiteral("/rest/posts?author=%1&q=author&isDsc=true&count=100&start=0").arg(org));
        QCOMPARE(asked.json["paging"]["total"].toInt(), dark);
        QCOMPARE(organic.json["paging"]["total"].toInt(), server.data().posts().size() - dark);
        for (const QJsonValue &post : asked.elements())
            QVERIFY(post["adContext"]["isDsc"].toBool());
        for (const QJsonValue &post : organic.elements())
            QVERIFY(!post["adContext"]["isDsc"].toBool());
        QCOMPARE(get(server, QStringLiteral("/rest/posts?author=%1&q=author&isDsc=maybe").arg(org)).status, 400);
    }

    void pageStatisticsCarryPageViewsOnly() {
        SandboxServer server(data(0));
        QVERIFY(server.listen());
        const Reply daily = get(
            server, QStringLiteral("/rest/organizationPageStatistics?q=organization&organization=%1&timeIntervals=%2")
                        .arg(org, window(today.addDays(-5), today.addDays(-1))));
        QCOMPARE(daily.elements().size(), 4);
        for (const QJsonValue &element : daily.elements()) {
            const QJsonObject total = element["totalPageStatistics"].toObject();
            QCOMPARE(total.keys(), QStringList{QStringLiteral("views")});
            for (const QJsonValue &metric : total.value(QLatin1String("views")).toObject())
                QCOMPARE(metric.toObject().keys(), QStringList{QStringLiteral("pageViews")});
        }
        // The legacy shape, for tests of readers that must cope with both.
        GeneratorOptions legacy = data(0);
        legacy.legacyPageStatistics = true;
        SandboxServer old(legacy);
        QVERIFY(old.listen());
        const Reply legacyDaily =
            get(old, QStringLiteral("/rest/organizationPageStatistics?q=organization&organization=%1&timeIntervals=%2")
                         .arg(org, window(today.addDays(-5), today.addDays(-1))));
        const QJsonObject first = legacyDaily.elements().first()["totalPageStatistics"].toObject();
        QVERIFY(first.contains(QStringLiteral("clicks")));
        QVERIFY(first["views"]["allPageViews"].toObject().contains(QStringLiteral("uniquePageViews")));
    }

    void demographicsHavePaidFollowersZero() {
        for (const bool paidInFacets : {false, true}) {
            GeneratorOptions options = data(0);
            options.paidFollowersInFacets = paidInFacets;
            SandboxServer server(options);
            QVERIFY(server.listen());
            const Reply lifetime = get(server, QStringLiteral("/rest/organizationalEntityFollowerStatistics?q="
                                                              "organizationalEntity&organizationalEntity=") +
                                                   org);
            qint64 paid = 0;
            for (const QJsonValue &item : lifetime.elements().first()["followerCountsBySeniority"].toArray())
                paid += item["followerCounts"]["paidFollowerCount"].toInteger();
            QCOMPARE(paid > 0, paidInFacets);
        }
    }

    void sunsetVersionsAreRefused() {
        SandboxServer server(data(10));
        server.options().sunsetVersions = {QStringLiteral("202603")};
        QVERIFY(server.listen());
        const QString path = QStringLiteral("/rest/posts?author=%1&q=author").arg(org);
        const Reply sunset = get(server, path, "202603");
        QCOMPARE(sunset.status, 426);
        QCOMPARE(sunset.json["code"].toString(), QStringLiteral("NONEXISTENT_VERSION"));
        QCOMPARE(get(server, path, "202603.01").status, 426);
        QCOMPARE(get(server, path, "202604").status, 200);
        QCOMPARE(get(server, path, "203001").status, 426); // not released yet
    }

    void perPostStatisticsInTheOtherForm() {
        SandboxServer server(data());
        server.options().statisticsInOtherUrnForm = true;
        QVERIFY(server.listen());
        QStringList shares;
        for (const SandboxPost &post : server.data().posts())
            if (post.urn.startsWith(QLatin1String("urn:li:share:")) && post.stats && shares.size() < 9)
                shares.append(QString::fromLatin1(QUrl::toPercentEncoding(post.urn)));
        const Reply reply =
            get(server, QStringLiteral("/rest/organizationalEntityShareStatistics?q=organizationalEntity&"
                                       "organizationalEntity=%1&shares=List(%2)")
                            .arg(org, shares.join(QLatin1Char(','))));
        QCOMPARE(reply.elements().size(), 9);
        int other = 0;
        for (const QJsonValue &element : reply.elements())
            other += element.toObject().contains(QStringLiteral("ugcPost")) ? 1 : 0;
        QCOMPARE(other, 3); // every third
    }

    void refusedTimeRangeFault() {
        SandboxServer server(data(0));
        server.setFaults(*FaultSpec::parse(QStringLiteral("badrange*0")));
        QVERIFY(server.listen());
        const QString base = QStringLiteral("/rest/organizationalEntityShareStatistics?q=organizationalEntity&"
                                            "organizationalEntity=") +
                             org;
        const Reply refused =
            get(server, base + QStringLiteral("&timeIntervals=") + window(today.addDays(-10), today.addDays(-1)));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json["message"].toString().contains(QLatin1String("must be less than 14 months apart")));
        QCOMPARE(get(server, base).status, 200); // the lifetime call is not a time range
    }

    void strayDailyRows() {
        SandboxServer server(data(0));
        server.options().strayDailyRows = true;
        QVERIFY(server.listen());
        const Reply reply = get(server, QStringLiteral("/rest/organizationalEntityFollowerStatistics?q="
                                                       "organizationalEntity&organizationalEntity=%1&timeIntervals=%2")
                                            .arg(org, window(today.addDays(-10), today.addDays(-1))));
        QCOMPARE(reply.elements().size(), 9 + 4);
        bool sawOld = false;
        for (const QJsonValue &element : reply.elements())
            sawOld = sawOld || element["timeRange"]["start"].toInteger() == ms(QDate(2016, 3, 1));
        QVERIFY(sawOld);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFidelity)
#include "tst_sandboxfidelity.moc"
