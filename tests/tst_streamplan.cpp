#include "api/RestLi.h"
#include "common/Clock.h"
#include "streams/StreamPlan.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pagesight;

namespace {

const StreamDef &stream(const char *id) {
    const StreamDef *found = findStream(QString::fromLatin1(id));
    Q_ASSERT(found);
    return *found;
}

QDate d(const char *iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestStreamPlan : public QObject {
    Q_OBJECT

private slots:
    void window_data();
    void window();
    void windowAtMidnightBoundaries_data();
    void windowAtMidnightBoundaries();
    void earliestDailyDay_data();
    void earliestDailyDay();
    void dayWindowMilliseconds();

    void timeBoundRequest_data();
    void timeBoundRequest();
    void lifetimeRequests();
    void networkSizeRequest();
    void postsPageRequest();
    void organizationRequests();

    void postStatisticsSmall();
    void postStatisticsBatchSize();
    void postStatisticsSkipsUnknownAndDuplicates();
    void postStatisticsTenThousand_data();
    void postStatisticsTenThousand();
};

void TestStreamPlan::window_data() {
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("startDate");
    QTest::addColumn<QDate>("bookmark"); // invalid = no bookmark
    QTest::addColumn<int>("lookback");
    QTest::addColumn<QDate>("first"); // invalid = empty window
    QTest::addColumn<QDate>("endExclusive");

    const QDate none;
    // First sync, start date long ago: clamped to 12 months back; newest day today − 2.
    QTest::newRow("first sync, old start date clamps to 12 months")
        << d("2026-11-28") << d("2020-01-01") << none << 3 << d("2025-11-28") << d("2026-11-27");
    QTest::newRow("first sync, recent start date")
        << d("2026-11-28") << d("2026-10-01") << none << 3 << d("2026-10-01") << d("2026-11-27");
    QTest::newRow("start date exactly at the limit")
        << d("2026-11-28") << d("2025-11-28") << none << 3 << d("2025-11-28") << d("2026-11-27");
    QTest::newRow("start date one day before the limit")
        << d("2026-11-28") << d("2025-11-27") << none << 3 << d("2025-11-28") << d("2026-11-27");
    // Resume: the day after the bookmark minus the lookback.
    QTest::newRow("bookmark plus lookback")
        << d("2026-11-28") << d("2026-01-01") << d("2026-11-20") << 3 << d("2026-11-18") << d("2026-11-27");
    QTest::newRow("bookmark, no lookback")
        << d("2026-11-28") << d("2026-01-01") << d("2026-11-20") << 0 << d("2026-11-21") << d("2026-11-27");
    QTest::newRow("bookmark at today-2: only the lookback days")
        << d("2026-11-28") << d("2026-01-01") << d("2026-11-26") << 3 << d("2026-11-24") << d("2026-11-27");
    QTest::newRow("bookmark at today-2, no lookback: nothing")
        << d("2026-11-28") << d("2026-01-01") << d("2026-11-26") << 0 << none << none;
    QTest::newRow("lookback never before the 12-month limit")
        << d("2026-11-28") << d("2020-01-01") << d("2025-11-29") << 10 << d("2025-11-28") << d("2026-11-27");
    QTest::newRow("old bookmark is clamped to the 12-month limit")
        << d("2026-11-28") << d("2020-01-01") << d("2024-05-01") << 3 << d("2025-11-28") << d("2026-11-27");
    QTest::newRow("lookback never before the start date")
        << d("2026-11-28") << d("2026-11-20") << d("2026-11-21") << 5 << d("2026-11-20") << d("2026-11-27");
    // docs/LINKEDIN-API.md §1: called on Dec 31, the last data point is Dec 29.
    QTest::newRow("Dec 31: last day Dec 29")
        << d("2021-12-31") << d("2021-12-01") << none << 3 << d("2021-12-01") << d("2021-12-30");
    QTest::newRow("Jan 1: crosses the year")
        << d("2027-01-01") << d("2020-01-01") << none << 3 << d("2026-01-01") << d("2026-12-31");
    QTest::newRow("start date in the future: empty") << d("2026-11-28") << d("2026-12-15") << none << 3 << none << none;
    QTest::newRow("start date today: empty") << d("2026-11-28") << d("2026-11-28") << none << 3 << none << none;
    QTest::newRow("start date today-1: empty") << d("2026-11-28") << d("2026-11-27") << none << 3 << none << none;
    QTest::newRow("start date today-2: one day")
        << d("2026-11-28") << d("2026-11-26") << none << 3 << d("2026-11-26") << d("2026-11-27");
    QTest::newRow("bookmark in the future (clock moved back): empty")
        << d("2026-11-28") << d("2026-01-01") << d("2026-12-10") << 3 << none << none;
    // QDate::addMonths clamps: Feb 29 − 12 months = Feb 28.
    QTest::newRow("leap day today") << d("2024-02-29") << d("2020-01-01") << none << 3 << d("2023-02-28")
                                    << d("2024-02-28");
    QTest::newRow("March 1 after a leap year")
        << d("2025-03-01") << d("2020-01-01") << none << 3 << d("2024-03-01") << d("2025-02-28");
    QTest::newRow("invalid start date uses the limit")
        << d("2026-11-28") << QDate() << none << 3 << d("2025-11-28") << d("2026-11-27");
}

void TestStreamPlan::window() {
    QFETCH(QDate, today);
    QFETCH(QDate, startDate);
    QFETCH(QDate, bookmark);
    QFETCH(int, lookback);
    QFETCH(QDate, first);
    QFETCH(QDate, endExclusive);

    WindowRules rules;
    rules.lookbackDays = lookback;
    const std::optional<QDate> last = bookmark.isValid() ? std::optional<QDate>(bookmark) : std::nullopt;
    const DayWindow window = planDailyWindow(today, startDate, last, rules);
    if (!first.isValid()) {
        QVERIFY2(window.isEmpty(), qPrintable(window.first.toString(Qt::ISODate)));
        QCOMPARE(window.days(), 0);
        return;
    }
    QVERIFY(!window.isEmpty());
    QCOMPARE(window.first, first);
    QCOMPARE(window.endExclusive, endExclusive);
    QCOMPARE(window.days(), int(first.daysTo(endExclusive)));
    // The newest day fetched is always today − 2, and nothing before the 12-month limit.
    QCOMPARE(window.endExclusive.addDays(-1), today.addDays(-2));
    QVERIFY(window.first >= pagesight::earliestDailyDay(today, rules));
}

void TestStreamPlan::windowAtMidnightBoundaries_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("expectedToday");
    QTest::addColumn<QDate>("expectedLastDay");

    QTest::newRow("just after midnight UTC")
        << QDateTime(d("2026-11-28"), QTime(0, 0, 1), Qt::UTC) << d("2026-11-28") << d("2026-11-26");
    QTest::newRow("just before midnight UTC")
        << QDateTime(d("2026-11-28"), QTime(23, 59, 59), Qt::UTC) << d("2026-11-28") << d("2026-11-26");
    QTest::newRow("one second earlier is the previous day")
        << QDateTime(d("2026-11-27"), QTime(23, 59, 59), Qt::UTC) << d("2026-11-27") << d("2026-11-25");
    // 23:30 in New York on Nov 27 is already Nov 28 in UTC: the UTC day decides.
    QTest::newRow("local evening, UTC next day")
        << QDateTime(d("2026-11-27"), QTime(23, 30), Qt::OffsetFromUTC, -5 * 3600).toUTC() << d("2026-11-28")
        << d("2026-11-26");
}

void TestStreamPlan::windowAtMidnightBoundaries() {
    QFETCH(QDateTime, now);
    QFETCH(QDate, expectedToday);
    QFETCH(QDate, expectedLastDay);

    const FixedClock clock(now);
    QCOMPARE(clock.todayUtc(), expectedToday);
    const DayWindow window = planDailyWindow(clock.todayUtc(), d("2026-11-01"), std::nullopt);
    QCOMPARE(window.endExclusive.addDays(-1), expectedLastDay);
    QCOMPARE(window.first, d("2026-11-01"));
    // The exclusive end is a UTC midnight, never a time of day.
    QCOMPARE(window.endMs() % 86'400'000, Q_INT64_C(0));
    QVERIFY(window.endMs() <= now.toMSecsSinceEpoch() - 86'400'000);
}

void TestStreamPlan::earliestDailyDay_data() {
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ordinary") << d("2026-11-28") << 12 << d("2025-11-28");
    QTest::newRow("leap day") << d("2024-02-29") << 12 << d("2023-02-28");
    QTest::newRow("month end") << d("2026-03-31") << 1 << d("2026-02-28");
    QTest::newRow("custom limit") << d("2026-11-28") << 6 << d("2026-05-28");
}

void TestStreamPlan::earliestDailyDay() {
    QFETCH(QDate, today);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    WindowRules rules;
    rules.maxMonthsBack = months;
    QCOMPARE(pagesight::earliestDailyDay(today, rules), expected);
}

void TestStreamPlan::dayWindowMilliseconds() {
    const DayWindow window{d("2023-11-01"), d("2023-12-01")};
    QCOMPARE(window.startMs(), Q_INT64_C(1698796800000));
    QCOMPARE(window.endMs(), Q_INT64_C(1701388800000));
    QCOMPARE(window.days(), 30);
    const DayWindow leap{d("2024-02-28"), d("2024-03-01")};
    QCOMPARE(leap.startMs(), Q_INT64_C(1709078400000));
    QCOMPARE(leap.endMs(), Q_INT64_C(1709251200000));
    QCOMPARE(leap.days(), 2);
    QVERIFY(DayWindow{}.isEmpty());
    QCOMPARE(DayWindow{}.days(), 0);
}

void TestStreamPlan::timeBoundRequest_data() {
    QTest::addColumn<QString>("streamId");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");

    // Only the Rest.li 2.0 object form: the dotted timeIntervals.timeRange.start= form is 1.0 syntax.
    const QString object =
        QStringLiteral("timeIntervals=(timeRange:(start:1698796800000,end:1701388800000),timeGranularityType:DAY)");
    const QString entity = QStringLiteral("q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A1&");
    const QString organization = QStringLiteral("q=organization&organization=urn%3Ali%3Aorganization%3A1&");

    QTest::newRow("follower") << "follower_statistics"
                              << "organizationalEntityFollowerStatistics" << entity + object;
    QTest::newRow("page") << "page_statistics"
                          << "organizationPageStatistics" << organization + object;
    QTest::newRow("share") << "share_statistics"
                           << "organizationalEntityShareStatistics" << entity + object;
}

void TestStreamPlan::timeBoundRequest() {
    QFETCH(QString, streamId);
    QFETCH(QString, path);
    QFETCH(QString, query);

    const StreamDef *def = findStream(streamId);
    QVERIFY(def);
    const ApiRequest request =
        pagesight::timeBoundRequest(*def, QStringLiteral("urn:li:organization:1"), {d("2023-11-01"), d("2023-12-01")});
    QCOMPARE(request.path, path);
    QCOMPARE(request.query, query);
    QVERIFY(!request.path.startsWith(QLatin1Char('/')));
    QVERIFY(!request.query.contains(QLatin1String("timeIntervals.")));
}

void TestStreamPlan::lifetimeRequests() {
    const QString urn = QStringLiteral("urn:li:organization:2414183");
    ApiRequest r = lifetimeRequest(stream("follower_statistics"), urn);
    QCOMPARE(r.path, QStringLiteral("organizationalEntityFollowerStatistics"));
    QCOMPARE(r.query, QStringLiteral("q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A2414183"));
    r = lifetimeRequest(stream("page_statistics"), urn);
    QCOMPARE(r.path, QStringLiteral("organizationPageStatistics"));
    QCOMPARE(r.query, QStringLiteral("q=organization&organization=urn%3Ali%3Aorganization%3A2414183"));
    r = lifetimeRequest(stream("share_statistics"), urn);
    QCOMPARE(r.path, QStringLiteral("organizationalEntityShareStatistics"));
    QCOMPARE(r.query, QStringLiteral("q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A2414183"));
    QVERIFY(!r.query.contains(QLatin1String("timeIntervals")));
}

void TestStreamPlan::networkSizeRequest() {
    const ApiRequest r = pagesight::networkSizeRequest(QStringLiteral("urn:li:organization:1"));
    QCOMPARE(r.path, QStringLiteral("networkSizes/urn%3Ali%3Aorganization%3A1"));
    QCOMPARE(r.query, QStringLiteral("edgeType=COMPANY_FOLLOWED_BY_MEMBER"));
}

void TestStreamPlan::postsPageRequest() {
    // No sortBy: LinkedIn lists newest-modified first without it and reportedly does not sort posts.
    const ApiRequest r = pagesight::postsPageRequest(QStringLiteral("urn:li:organization:1"), 100, 50);
    QCOMPARE(r.path, QStringLiteral("posts"));
    QCOMPARE(r.query, QStringLiteral("author=urn%3Ali%3Aorganization%3A1&q=author&isDsc=false&count=50&start=100"));
    const ApiRequest dark = pagesight::postsPageRequest(QStringLiteral("urn:li:organization:1"), 0, 100, true);
    QCOMPARE(dark.query, QStringLiteral("author=urn%3Ali%3Aorganization%3A1&q=author&isDsc=true&count=100&start=0"));
    // LinkedIn reportedly rejects q=author before author.
    QVERIFY(r.query.indexOf(QLatin1String("author=")) < r.query.indexOf(QLatin1String("q=author")));
}

void TestStreamPlan::organizationRequests() {
    ApiRequest r = organizationRequest(12345678);
    QCOMPARE(r.path, QStringLiteral("organizations/12345678"));
    QCOMPARE(r.query, QString());
    r = organizationAclsRequest();
    QCOMPARE(r.path, QStringLiteral("organizationAcls"));
    QCOMPARE(r.query, QStringLiteral("q=roleAssignee&role=ADMINISTRATOR&state=APPROVED&start=0&count=100"));
    r = organizationAclsRequest(20, 10);
    QCOMPARE(r.query, QStringLiteral("q=roleAssignee&role=ADMINISTRATOR&state=APPROVED&start=20&count=10"));
}

void TestStreamPlan::postStatisticsSmall() {
    const QList<ApiRequest> requests = postStatisticsRequests(
        QStringLiteral("urn:li:organization:1"),
        {QStringLiteral("urn:li:share:1"), QStringLiteral("urn:li:ugcPost:2"), QStringLiteral("urn:li:share:3")});
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].path, QStringLiteral("organizationalEntityShareStatistics"));
    QCOMPARE(requests[0].query, QStringLiteral("q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A1"
                                               "&shares=List(urn%3Ali%3Ashare%3A1,urn%3Ali%3Ashare%3A3)"));
    QCOMPARE(requests[1].path, QStringLiteral("organizationalEntityShareStatistics"));
    QCOMPARE(requests[1].query, QStringLiteral("q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A1"
                                               "&ugcPosts=List(urn%3Ali%3AugcPost%3A2)"));
    QVERIFY(postStatisticsRequests(QStringLiteral("urn:li:organization:1"), {}).isEmpty());
}

void TestStreamPlan::postStatisticsBatchSize() {
    QStringList urns;
    for (int i = 1; i <= 5; ++i)
        urns << QStringLiteral("urn:li:share:%1").arg(i);
    const QList<ApiRequest> requests = postStatisticsRequests(QStringLiteral("urn:li:organization:1"), urns, 2);
    QCOMPARE(requests.size(), 3);
    QVERIFY(requests[0].query.endsWith(QLatin1String("shares=List(urn%3Ali%3Ashare%3A1,urn%3Ali%3Ashare%3A2)")));
    QVERIFY(requests[1].query.endsWith(QLatin1String("shares=List(urn%3Ali%3Ashare%3A3,urn%3Ali%3Ashare%3A4)")));
    QVERIFY(requests[2].query.endsWith(QLatin1String("shares=List(urn%3Ali%3Ashare%3A5)")));
    // A nonsensical batch size still makes progress, one URN a request.
    QCOMPARE(postStatisticsRequests(QStringLiteral("urn:li:organization:1"), urns, 0).size(), 5);
}

void TestStreamPlan::postStatisticsSkipsUnknownAndDuplicates() {
    const QList<ApiRequest> requests = postStatisticsRequests(
        QStringLiteral("urn:li:organization:1"),
        {QStringLiteral("urn:li:share:1"), QStringLiteral("urn:li:share:1"), QStringLiteral("urn:li:activity:9"),
         QStringLiteral(""), QStringLiteral("urn:li:ugcPost:2"), QStringLiteral("urn:li:ugcPost:2")});
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests[0].query.endsWith(QLatin1String("&shares=List(urn%3Ali%3Ashare%3A1)")));
    QVERIFY(requests[1].query.endsWith(QLatin1String("&ugcPosts=List(urn%3Ali%3AugcPost%3A2)")));
}

void TestStreamPlan::postStatisticsTenThousand_data() {
    QTest::addColumn<int>("batchSize");
    QTest::newRow("50") << 50;
    QTest::newRow("100 (would pass 4000 characters without the length cap)") << 100;
    QTest::newRow("1000") << 1000;
}

void TestStreamPlan::postStatisticsTenThousand() {
    QFETCH(int, batchSize);
    QStringList urns;
    for (int i = 0; i < 10'000; ++i) {
        // 19-digit ids like LinkedIn's, alternating types.
        const QString id = QString::number(Q_INT64_C(7100000000000000000) + i * Q_INT64_C(7919));
        urns << (i % 3 == 0 ? QStringLiteral("urn:li:ugcPost:") : QStringLiteral("urn:li:share:")) + id;
    }
    const QString org = QStringLiteral("urn:li:organization:12345678");
    const QList<ApiRequest> requests = postStatisticsRequests(org, urns, batchSize);

    static const QRegularExpression shape(
        QStringLiteral("^q=organizationalEntity&organizationalEntity=urn%3Ali%3Aorganization%3A12345678&(shares|"
                       "ugcPosts)=List\\((.*)\\)$"));
    QStringList seenShares, seenUgcPosts;
    for (const ApiRequest &request : requests) {
        QCOMPARE(request.path, QStringLiteral("organizationalEntityShareStatistics"));
        QVERIFY2(request.query.size() < 4000, qPrintable(QString::number(request.query.size())));
        QVERIFY(request.query.size() <= kMaxBatchQueryLength);
        const QRegularExpressionMatch match = shape.match(request.query);
        QVERIFY2(match.hasMatch(), qPrintable(request.query.left(200)));
        const QStringList items = match.captured(2).split(QLatin1Char(','));
        QVERIFY(items.size() <= batchSize);
        const bool isShares = match.captured(1) == QLatin1String("shares");
        for (const QString &item : items) {
            const QString urn = restli::decode(item);
            // One type per request.
            QVERIFY2(urn.startsWith(isShares ? QLatin1String("urn:li:share:") : QLatin1String("urn:li:ugcPost:")),
                     qPrintable(urn));
            (isShares ? seenShares : seenUgcPosts) << urn;
        }
    }
    QStringList expectedShares, expectedUgcPosts;
    for (const QString &urn : urns)
        (urn.startsWith(QLatin1String("urn:li:share:")) ? expectedShares : expectedUgcPosts) << urn;
    // Every URN asked for exactly once, in the order given.
    QCOMPARE(seenShares, expectedShares);
    QCOMPARE(seenUgcPosts, expectedUgcPosts);
    // Batches are full unless the length cap stopped them: no needless requests.
    const int minimum = (int(expectedShares.size()) + batchSize - 1) / batchSize +
                        (int(expectedUgcPosts.size()) + batchSize - 1) / batchSize;
    QVERIFY(requests.size() >= minimum);
    if (batchSize == 50)
        QCOMPARE(requests.size(), minimum);
}

QTEST_GUILESS_MAIN(TestStreamPlan)
#include "tst_streamplan.moc"
