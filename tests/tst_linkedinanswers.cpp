// How Pagesight reads LinkedIn's answers as they really come: the recorded posts pages (short pages
// in the middle of a listing), daily rows outside the window asked for, per-post statistics in the
// other URN form or for another organization, and dark posts. Fixtures: tests/data/recorded
// (provenance in tests/data/README.md).
#include "streams/StreamParsers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pagesight;

namespace {

QJsonObject recorded(const char *name) {
    QFile file(QStringLiteral(PAGESIGHT_RECORDED_DIR "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open recorded response %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject parse(const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

const StreamDef &stream(const char *id) {
    const StreamDef *found = findStream(QString::fromLatin1(id));
    Q_ASSERT(found);
    return *found;
}

QVariant at(const StreamDef &def, const Row &row, const char *column) {
    return row.value(def.schema(def.id).indexOf(QString::fromLatin1(column)));
}

qint64 dayMs(const QDate &day) {
    return day.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

QByteArray dayElement(qint64 start, qint64 end) {
    return QStringLiteral(
               R"({"followerGains":{"organicFollowerGain":5,"paidFollowerGain":1},"timeRange":{"start":%1,"end":%2}})")
        .arg(start)
        .arg(end)
        .toUtf8();
}

} // namespace

class TestLinkedInAnswers : public QObject {
    Q_OBJECT

private slots:
    void recordedShortPageDoesNotEndTheListing() {
        // Asked for 10 at start 20, LinkedIn answered 8 posts, a next link at 28 and a total of 288139.
        const PostsPage third = readPostsPage(recorded("posts-page-start20-superface.json"), 20);
        QVERIFY(third.wellFormed);
        QCOMPARE(third.elements.size(), 8);
        QCOMPARE(third.nextStart, std::optional<int>(28)); // start + received, not start + count
        QCOMPARE(third.total, Q_INT64_C(288139));
    }

    void recordedListingIsReadWhole() {
        // The three recorded pages, read as the engine reads them: every post once, none skipped.
        QStringList ids;
        int start = 0;
        for (const char *name : {"posts-page-start0-superface.json", "posts-page-start10-superface.json",
                                 "posts-page-start20-superface.json"}) {
            const PostsPage page = readPostsPage(recorded(name), start);
            QVERIFY(page.nextStart);
            for (const QJsonValue &post : page.elements)
                ids.append(post.toObject().value(QLatin1String("id")).toString());
            start = *page.nextStart;
        }
        QCOMPARE(start, 28);
        QCOMPARE(ids.size(), 28);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 28);
        // Listed newest-modified first without sortBy: what lets an incremental run stop early.
        const StreamDef &posts = stream("organization_posts");
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const char *name : {"posts-page-start0-superface.json", "posts-page-start10-superface.json",
                                 "posts-page-start20-superface.json"})
            for (const QJsonValue &post : recorded(name).value(QLatin1String("elements")).toArray()) {
                const Row row = parsePost(posts, post.toObject(), {});
                QVERIFY(at(posts, row, "last_modified_at").toLongLong() <= previous);
                previous = at(posts, row, "last_modified_at").toLongLong();
                QCOMPARE(at(posts, row, "is_dsc").toLongLong(), Q_INT64_C(0));
            }
    }

    void pagingEnds_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("next"); // -1: the listing ends
        QTest::addColumn<bool>("wellFormed");
        const QByteArray post = R"({"id":"urn:li:share:1"})";
        QTest::newRow("empty page") << QByteArray(R"({"paging":{"total":0,"links":[]},"elements":[]})") << 0 << -1
                                    << true;
        QTest::newRow("empty page that still says next")
            << QByteArray(R"({"paging":{"links":[{"rel":"next","href":"x"}],"total":50},"elements":[]})") << 40 << -1
            << true;
        QTest::newRow("short page with next")
            << QByteArray(R"({"paging":{"links":[{"rel":"next","href":"ignored"}]},"elements":[)" + post + "]}") << 30
            << 31 << true;
        QTest::newRow("short page, total says more")
            << QByteArray(R"({"paging":{"total":40,"links":[]},"elements":[)" + post + "]}") << 30 << 31 << true;
        QTest::newRow("last page: no next, total reached")
            << QByteArray(R"({"paging":{"total":31,"links":[{"rel":"prev","href":"x"}]},"elements":[)" + post + "]}")
            << 30 << -1 << true;
        QTest::newRow("neither next nor total") << QByteArray(R"({"elements":[)" + post + "]}") << 0 << -1 << true;
        QTest::newRow("no elements array") << QByteArray(R"({"paging":{"total":10}})") << 0 << -1 << false;
        QTest::newRow("elements not an array") << QByteArray(R"({"elements":{"id":"x"}})") << 0 << -1 << false;
    }

    void pagingEnds() {
        QFETCH(QByteArray, json);
        QFETCH(int, start);
        QFETCH(int, next);
        QFETCH(bool, wellFormed);
        const PostsPage page = readPostsPage(parse(json), start);
        QCOMPARE(page.nextStart.value_or(-1), next);
        QCOMPARE(page.wellFormed, wellFormed);
    }

    void dailyRowsOutsideTheWindowAreDropped() {
        // Asked for November 2026; an answer also brought a day of 2016, one before LinkedIn existed,
        // one in the future and one that is not a whole UTC day.
        const StreamDef &def = stream("follower_statistics");
        const ParseContext context{QStringLiteral("urn:li:organization:1"), QDate(2026, 12, 5)};
        const DayWindow asked{QDate(2026, 11, 1), QDate(2026, 12, 4)};
        const QDate inside(2026, 11, 20);
        const QByteArray json = "{\"elements\":[" + dayElement(dayMs(inside), dayMs(inside.addDays(1))) + "," +
                                dayElement(dayMs(QDate(2016, 3, 1)), dayMs(QDate(2016, 3, 2))) + "," +
                                dayElement(dayMs(QDate(2002, 12, 31)), dayMs(QDate(2003, 1, 1))) + "," +
                                dayElement(dayMs(QDate(2026, 12, 20)), dayMs(QDate(2026, 12, 21))) + "," +
                                dayElement(dayMs(inside) + 3600000, dayMs(inside.addDays(1)) + 3600000) + "," +
                                dayElement(dayMs(inside), dayMs(inside)) + "]}";
        int dropped = 0;
        const QList<Row> rows = parseDailyRows(def, parse(json), context, &asked, &dropped);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(at(def, rows.first(), "date").toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(dropped, 5);

        // Without a window only the impossible ones go: the 2016 day is a real day.
        dropped = 0;
        QCOMPARE(parseDailyRows(def, parse(json), context, nullptr, &dropped).size(), 2);
        QCOMPARE(dropped, 4);
    }

    void postStatisticsOnlyForWhatWasAsked() {
        const StreamDef &def = stream("post_statistics");
        const ParseContext context{QStringLiteral("urn:li:organization:1"), QDate(2026, 12, 5)};
        const QJsonObject response = parse(R"({"elements":[
            {"share":"urn:li:share:11","organizationalEntity":"urn:li:organization:1",
             "totalShareStatistics":{"impressionCount":100}},
            {"ugcPost":"urn:li:ugcPost:12","organizationalEntity":"urn:li:organization:1",
             "totalShareStatistics":{"impressionCount":200}},
            {"share":"urn:li:share:13","organizationalEntity":"urn:li:organization:1",
             "totalShareStatistics":{"impressionCount":300}},
            {"share":"urn:li:share:14","organizationalEntity":"urn:li:organization:999",
             "totalShareStatistics":{"impressionCount":400}},
            {"ugcPost":"urn:li:ugcPost:77","organizationalEntity":"urn:li:organization:1",
             "totalShareStatistics":{"impressionCount":500}}]})");
        const QStringList asked{QStringLiteral("urn:li:share:11"), QStringLiteral("urn:li:share:12"),
                                QStringLiteral("urn:li:share:14"), QStringLiteral("urn:li:ugcPost:77")};
        int dropped = 0;
        const QList<Row> rows = parsePostStatistics(def, response, context, asked, &dropped);
        QMap<QString, qint64> impressions;
        for (const Row &row : rows) {
            impressions.insert(at(def, row, "post_urn").toString(), at(def, row, "impression_count").toLongLong());
            QCOMPARE(at(def, row, "organization_urn").toString(), context.organizationUrn);
        }
        // share:11 as asked; ugcPost:12 is share:12 answered in its other form; share:13 was not
        // asked for; share:14 belongs to another organization; ugcPost:77 as asked.
        QCOMPARE(impressions, (QMap<QString, qint64>{{QStringLiteral("urn:li:share:11"), 100},
                                                     {QStringLiteral("urn:li:share:12"), 200},
                                                     {QStringLiteral("urn:li:ugcPost:77"), 500}}));
        QCOMPARE(dropped, 2);
        for (const Row &row : rows) // share / ugc_post name the post as asked
            if (at(def, row, "post_urn").toString() == QLatin1String("urn:li:share:12")) {
                QCOMPARE(at(def, row, "share").toString(), QStringLiteral("urn:li:share:12"));
                QVERIFY(at(def, row, "ugc_post").isNull());
            }
    }

    void darkPostsAreMarked() {
        const StreamDef &def = stream("organization_posts");
        const QJsonObject plain = parse(R"({"id":"urn:li:share:1","author":"urn:li:organization:1"})");
        const QJsonObject marked = parse(R"({"id":"urn:li:share:2","adContext":{"isDsc":true,"dscStatus":"ACTIVE"}})");
        QCOMPARE(at(def, parsePost(def, plain, {}), "is_dsc").toLongLong(), Q_INT64_C(0));
        QCOMPARE(at(def, parsePost(def, plain, {}, true), "is_dsc").toLongLong(), Q_INT64_C(1)); // isDsc=true listing
        QCOMPARE(at(def, parsePost(def, marked, {}), "is_dsc").toLongLong(), Q_INT64_C(1));
        QCOMPARE(at(def, parsePost(def, marked, {}), "dsc_status").toString(), QStringLiteral("ACTIVE"));
    }
};

QTEST_GUILESS_MAIN(TestLinkedInAnswers)
#include "tst_linkedinanswers.moc"
