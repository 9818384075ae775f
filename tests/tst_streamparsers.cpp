#include "sandbox/SandboxData.h"
#include "streams/StreamParsers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace pagesight;

namespace {

const StreamDef &stream(const char *id) {
    const StreamDef *found = findStream(QString::fromLatin1(id));
    Q_ASSERT(found);
    return *found;
}

QJsonObject sample(const char *name) {
    QFile file(QStringLiteral(PAGESIGHT_SAMPLES_DIR "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open sample %s", name);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("sample %s: %s", name, qPrintable(error.errorString()));
    return doc.object();
}

QJsonObject parse(const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QString compact(const QJsonValue &value) {
    return value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                           : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// A row's value by column name; fails the test when the column does not exist.
QVariant at(const StreamDef &def, const Row &row, const char *column) {
    const TableSchema schema = def.schema(def.id);
    const int index = schema.indexOf(QString::fromLatin1(column));
    if (index < 0 || index >= row.size()) {
        qWarning("no column %s in %s", column, qPrintable(def.id));
        return QVariant(QStringLiteral("<no such column>"));
    }
    return row.at(index);
}

bool isNull(const QVariant &v) {
    return !v.isValid() || v.isNull();
}

ParseContext context() {
    return {QStringLiteral("urn:li:organization:1234"), QDate(2026, 11, 28)};
}

// The 27 view metrics of docs/LINKEDIN-API.md §2, written out here so the test does not share the
// product's list.
const QStringList kViewColumns = {
    "all_page_views",      "all_desktop_page_views",      "all_mobile_page_views",
    "overview_page_views", "desktop_overview_page_views", "mobile_overview_page_views",
    "about_page_views",    "desktop_about_page_views",    "mobile_about_page_views",
    "people_page_views",   "desktop_people_page_views",   "mobile_people_page_views",
    "jobs_page_views",     "desktop_jobs_page_views",     "mobile_jobs_page_views",
    "careers_page_views",  "desktop_careers_page_views",  "mobile_careers_page_views",
    "life_at_page_views",  "desktop_life_at_page_views",  "mobile_life_at_page_views",
    "products_page_views", "desktop_products_page_views", "mobile_products_page_views",
    "insights_page_views", "desktop_insights_page_views", "mobile_insights_page_views",
};

QStringList expectedColumns(const QString &id) {
    const QStringList dailyKey = {"organization_urn", "report_type", "date", "time_range_start", "time_range_end"};
    if (id == QLatin1String("follower_statistics"))
        return dailyKey + QStringList{"organic_follower_gain",
                                      "paid_follower_gain",
                                      "total_followers",
                                      "follower_counts_by_association_type_json",
                                      "follower_counts_by_geo_country_json",
                                      "follower_counts_by_function_json",
                                      "follower_counts_by_industry_json",
                                      "follower_counts_by_geo_json",
                                      "follower_counts_by_seniority_json",
                                      "follower_counts_by_staff_count_range_json"};
    if (id == QLatin1String("page_statistics")) {
        QStringList columns = dailyKey;
        for (const QString &view : kViewColumns)
            columns << view << view + QStringLiteral("_unique");
        return columns +
               QStringList{"desktop_custom_button_click_counts_json", "mobile_custom_button_click_counts_json",
                           "page_statistics_by_geo_country_json",     "page_statistics_by_function_json",
                           "page_statistics_by_industry_v2_json",     "page_statistics_by_geo_json",
                           "page_statistics_by_seniority_json",       "page_statistics_by_staff_count_range_json",
                           "page_statistics_by_targeted_content_json"};
    }
    if (id == QLatin1String("share_statistics"))
        return dailyKey + QStringList{"click_count",
                                      "comment_count",
                                      "engagement",
                                      "impression_count",
                                      "like_count",
                                      "share_count",
                                      "unique_impressions_count",
                                      "comment_mentions_count",
                                      "share_mentions_count"};
    if (id == QLatin1String("organization_posts"))
        return {"id",
                "author",
                "created_at",
                "published_at",
                "last_modified_at",
                "lifecycle_state",
                "commentary",
                "content_type",
                "content_json",
                "media_id",
                "media_title",
                "media_alt_text",
                "article_title",
                "article_description",
                "article_source",
                "article_thumbnail",
                "article_thumbnail_alt_text",
                "poll_question",
                "poll_options_json",
                "multi_image_images_json",
                "carousel_items_json",
                "celebration_type",
                "celebration_message",
                "reference_json",
                "content_call_to_action_label",
                "content_landing_page",
                "visibility",
                "feed_distribution",
                "target_entities_json",
                "third_party_distribution_channels_json",
                "ad_context_json",
                "is_dsc",
                "dsc_status",
                "dsc_name",
                "dsc_ad_type",
                "dsc_ad_account",
                "reshare_parent",
                "reshare_root",
                "is_reshare_disabled_by_author",
                "content_status",
                "is_edited_by_author",
                "review_status",
                "raw_json"};
    if (id == QLatin1String("post_statistics"))
        return {"post_urn",
                "organization_urn",
                "share",
                "ugc_post",
                "click_count",
                "comment_count",
                "engagement",
                "impression_count",
                "like_count",
                "share_count",
                "unique_impressions_count"};
    return {};
}

} // namespace

class TestStreamParsers : public QObject {
    Q_OBJECT

private slots:
    void registry();
    void postsToStoreLeavesOutWhatAListingMustNotKeep();
    void schemas_data();
    void schemas();
    void columnTypes_data();
    void columnTypes();
    void snakeCase();

    void followerLifetimeLegacy();
    void followerLifetimeEmptyFacets();
    void followerLifetimeWithoutElement();
    void followerDaily();
    void pageLifetimeObserved();
    void pageLifetimeLegacy();
    void pageDaily();
    void shareDailyAndLifetime();
    void networkSize_data();
    void networkSize();

    void postSample();
    void postContentTypes_data();
    void postContentTypes();
    void postMissingFields();
    void postCommentaryKeptExactly_data();
    void postCommentaryKeptExactly();
    void postToleratesOddTypes();
    void postStatisticsSample();
    void postStatisticsMixed();

    // The sandbox generates what LinkedIn would send; the parsers must read all of it.
    void sandboxPosts_data();
    void sandboxPosts();
    void sandboxPostStatistics();
    void sandboxDaily();
    void sandboxLifetime();
};

void TestStreamParsers::registry() {
    QCOMPARE(allStreams().size(), 5);
    QStringList ids;
    for (const StreamDef &s : allStreams())
        ids << s.id;
    QCOMPARE(ids, (QStringList{"follower_statistics", "page_statistics", "share_statistics", "organization_posts",
                               "post_statistics"}));
    QVERIFY(!findStream(QStringLiteral("nope")));
    QCOMPARE(findStream(QStringLiteral("post_statistics")), &allStreams().at(4));

    const StreamDef &follower = stream("follower_statistics");
    QCOMPARE(follower.kind, StreamKind::DailyStatistics);
    QCOMPARE(follower.endpoint, QStringLiteral("organizationalEntityFollowerStatistics"));
    QCOMPARE(follower.entityParam, QStringLiteral("organizationalEntity"));
    QVERIFY(follower.withNetworkSize);
    const StreamDef &page = stream("page_statistics");
    QCOMPARE(page.kind, StreamKind::DailyStatistics);
    QCOMPARE(page.endpoint, QStringLiteral("organizationPageStatistics"));
    QCOMPARE(page.entityParam, QStringLiteral("organization"));
    QVERIFY(!page.withNetworkSize);
    const StreamDef &share = stream("share_statistics");
    QCOMPARE(share.kind, StreamKind::DailyStatistics);
    QCOMPARE(share.endpoint, QStringLiteral("organizationalEntityShareStatistics"));
    QCOMPARE(share.entityParam, QStringLiteral("organizationalEntity"));
    const StreamDef &posts = stream("organization_posts");
    QCOMPARE(posts.kind, StreamKind::Posts);
    QCOMPARE(posts.endpoint, QStringLiteral("posts"));
    QCOMPARE(posts.ownerColumn, QStringLiteral("author"));
    QVERIFY(posts.parentId.isEmpty());
    const StreamDef &postStats = stream("post_statistics");
    QCOMPARE(postStats.kind, StreamKind::PostStatistics);
    QCOMPARE(postStats.parentId, QStringLiteral("organization_posts"));
    QCOMPARE(postStats.endpoint, QStringLiteral("organizationalEntityShareStatistics"));
    for (const StreamDef &s : allStreams()) {
        QCOMPARE(s.defaultTable(), s.id);
        QVERIFY(!s.title.isEmpty());
        QVERIFY(!s.group.isEmpty());
    }
}

void TestStreamParsers::schemas_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("primaryKey");
    QTest::addColumn<QString>("owner");
    const QStringList dailyKey = {"organization_urn", "report_type", "date"};
    QTest::newRow("follower_statistics") << "follower_statistics" << dailyKey << "organization_urn";
    QTest::newRow("page_statistics") << "page_statistics" << dailyKey << "organization_urn";
    QTest::newRow("share_statistics") << "share_statistics" << dailyKey << "organization_urn";
    QTest::newRow("organization_posts") << "organization_posts" << QStringList{"id"} << "author";
    QTest::newRow("post_statistics") << "post_statistics" << QStringList{"post_urn"} << "organization_urn";
}

void TestStreamParsers::schemas() {
    QFETCH(QString, id);
    QFETCH(QStringList, primaryKey);
    QFETCH(QString, owner);
    const StreamDef *def = findStream(id);
    QVERIFY(def);
    const TableSchema schema = def->schema(QStringLiteral("my_table"));
    QCOMPARE(schema.name, QStringLiteral("my_table"));

    QStringList names;
    for (const ColumnDef &column : schema.columns)
        names << column.name;
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size()); // unique
    QCOMPARE(names.mid(0, names.size() - 2), expectedColumns(id));            // docs/SPEC.md §3, in order
    QCOMPARE(names.at(names.size() - 2), QStringLiteral("_synced_at"));
    QCOMPARE(schema.columns.at(names.size() - 2).sqlType, QStringLiteral("TEXT"));
    QCOMPARE(names.last(), QStringLiteral("_run_id"));
    QCOMPARE(schema.columns.last().sqlType, QStringLiteral("INTEGER"));

    QCOMPARE(schema.primaryKey, primaryKey);
    for (const QString &key : primaryKey)
        QVERIFY(schema.indexOf(key) >= 0);
    QCOMPARE(schema.ownerColumn, owner);
    QVERIFY(schema.indexOf(owner) >= 0);

    for (const ColumnDef &column : schema.columns) {
        QVERIFY2(QStringList({"TEXT", "INTEGER", "REAL"}).contains(column.sqlType), qPrintable(column.name));
        if (column.name.endsWith(QLatin1String("_json")))
            QCOMPARE(column.sqlType, QStringLiteral("TEXT"));
    }
    for (const ColumnSpec &spec : def->columns)
        QVERIFY2(spec.source == ColumnSpec::Source::Computed || !spec.path.isEmpty(), qPrintable(spec.name));
}

void TestStreamParsers::columnTypes_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("type");
    QTest::newRow("date") << "follower_statistics"
                          << "date"
                          << "TEXT";
    QTest::newRow("report_type") << "page_statistics"
                                 << "report_type"
                                 << "TEXT";
    QTest::newRow("time_range_start") << "share_statistics"
                                      << "time_range_start"
                                      << "INTEGER";
    QTest::newRow("gain") << "follower_statistics"
                          << "organic_follower_gain"
                          << "INTEGER";
    QTest::newRow("total") << "follower_statistics"
                           << "total_followers"
                           << "INTEGER";
    QTest::newRow("views") << "page_statistics"
                           << "mobile_insights_page_views"
                           << "INTEGER";
    QTest::newRow("unique views") << "page_statistics"
                                  << "all_page_views_unique"
                                  << "INTEGER";
    QTest::newRow("share engagement") << "share_statistics"
                                      << "engagement"
                                      << "REAL";
    QTest::newRow("post engagement") << "post_statistics"
                                     << "engagement"
                                     << "REAL";
    QTest::newRow("impressions") << "post_statistics"
                                 << "impression_count"
                                 << "INTEGER";
    QTest::newRow("created_at") << "organization_posts"
                                << "created_at"
                                << "INTEGER";
    QTest::newRow("is_dsc") << "organization_posts"
                            << "is_dsc"
                            << "INTEGER";
    QTest::newRow("is_edited") << "organization_posts"
                               << "is_edited_by_author"
                               << "INTEGER";
    QTest::newRow("reshare disabled") << "organization_posts"
                                      << "is_reshare_disabled_by_author"
                                      << "INTEGER";
    QTest::newRow("commentary") << "organization_posts"
                                << "commentary"
                                << "TEXT";
}

void TestStreamParsers::columnTypes() {
    QFETCH(QString, id);
    QFETCH(QString, column);
    QFETCH(QString, type);
    const TableSchema schema = findStream(id)->schema(id);
    const int index = schema.indexOf(column);
    QVERIFY(index >= 0);
    QCOMPARE(schema.columns.at(index).sqlType, type);
}

void TestStreamParsers::snakeCase() {
    QCOMPARE(pagesight::snakeCase(QStringLiteral("allPageViews")), QStringLiteral("all_page_views"));
    QCOMPARE(pagesight::snakeCase(QStringLiteral("desktopLifeAtPageViews")),
             QStringLiteral("desktop_life_at_page_views"));
    QCOMPARE(pagesight::snakeCase(QStringLiteral("x")), QStringLiteral("x"));
}

void TestStreamParsers::followerLifetimeLegacy() {
    const StreamDef &def = stream("follower_statistics");
    const QJsonObject response = sample("follower-stats-lifetime-legacy-v2.json");
    const std::optional<qint64> size = parseNetworkSize(sample("network-size.json"));
    const std::optional<Row> row = parseLifetimeRow(def, response, context(), size);
    QVERIFY(row);
    QCOMPARE(row->size(), def.schema(def.id).columns.size());
    QCOMPARE(at(def, *row, "organization_urn").toString(), QStringLiteral("urn:li:organization:1234"));
    QCOMPARE(at(def, *row, "report_type").toString(), QStringLiteral("LIFETIME"));
    QCOMPARE(at(def, *row, "date").toString(), QStringLiteral("2026-11-28"));
    QVERIFY(isNull(at(def, *row, "time_range_start")));
    QVERIFY(isNull(at(def, *row, "time_range_end")));
    QVERIFY(isNull(at(def, *row, "organic_follower_gain")));
    QVERIFY(isNull(at(def, *row, "paid_follower_gain")));
    QCOMPARE(at(def, *row, "total_followers").toLongLong(), Q_INT64_C(219145));

    const QJsonObject element = response.value("elements").toArray().first().toObject();
    QCOMPARE(at(def, *row, "follower_counts_by_staff_count_range_json").toString(),
             compact(element.value("followerCountsByStaffCountRange")));
    QCOMPARE(at(def, *row, "follower_counts_by_industry_json").toString(),
             compact(element.value("followerCountsByIndustry")));
    QCOMPARE(at(def, *row, "follower_counts_by_function_json").toString(),
             compact(element.value("followerCountsByFunction")));
    QCOMPARE(at(def, *row, "follower_counts_by_association_type_json").toString(),
             compact(element.value("followerCountsByAssociationType")));
    QCOMPARE(at(def, *row, "follower_counts_by_seniority_json").toString(),
             compact(element.value("followerCountsBySeniority")));
    // The stored JSON parses back to the very array LinkedIn sent.
    const QJsonArray seniority =
        QJsonDocument::fromJson(at(def, *row, "follower_counts_by_seniority_json").toString().toUtf8()).array();
    QCOMPARE(seniority.size(), 8);
    QCOMPARE(seniority.at(1).toObject().value("seniority").toString(), QStringLiteral("urn:li:seniority:3"));
    QCOMPARE(seniority.at(1).toObject().value("followerCounts").toObject().value("organicFollowerCount").toInt(), 2484);
    // The 2018 sample has no geo facets.
    QVERIFY(isNull(at(def, *row, "follower_counts_by_geo_json")));
    QVERIFY(isNull(at(def, *row, "follower_counts_by_geo_country_json")));
    // Bookkeeping left for the engine.
    QVERIFY(isNull(at(def, *row, "_synced_at")));
    QVERIFY(isNull(at(def, *row, "_run_id")));
}

void TestStreamParsers::followerLifetimeEmptyFacets() {
    const StreamDef &def = stream("follower_statistics");
    ParseContext ctx;
    ctx.snapshotDate = QDate(2025, 8, 1); // no organization in the context: taken from the element
    const std::optional<Row> row =
        parseLifetimeRow(def, sample("follower-stats-lifetime-observed-2025-empty.json"), ctx);
    QVERIFY(row);
    QCOMPARE(at(def, *row, "organization_urn").toString(), QStringLiteral("urn:li:organization:108187115"));
    QCOMPARE(at(def, *row, "date").toString(), QStringLiteral("2025-08-01"));
    for (const char *column :
         {"follower_counts_by_association_type_json", "follower_counts_by_geo_country_json",
          "follower_counts_by_function_json", "follower_counts_by_industry_json", "follower_counts_by_geo_json",
          "follower_counts_by_seniority_json", "follower_counts_by_staff_count_range_json"})
        QCOMPARE(at(def, *row, column).toString(), QStringLiteral("[]"));
    QVERIFY(isNull(at(def, *row, "total_followers"))); // no networkSize given
}

void TestStreamParsers::followerLifetimeWithoutElement() {
    const StreamDef &follower = stream("follower_statistics");
    const QJsonObject empty = parse(R"({"paging":{"start":0,"count":10},"elements":[]})");
    QVERIFY(!parseLifetimeRow(follower, empty, context()));
    // The follower total alone is still worth a snapshot.
    const std::optional<Row> row = parseLifetimeRow(follower, empty, context(), 302);
    QVERIFY(row);
    QCOMPARE(at(follower, *row, "total_followers").toLongLong(), Q_INT64_C(302));
    QVERIFY(isNull(at(follower, *row, "follower_counts_by_geo_json")));
    QVERIFY(!parseLifetimeRow(stream("page_statistics"), empty, context()));
    QVERIFY(!parseLifetimeRow(stream("share_statistics"), QJsonObject(), context()));
}

void TestStreamParsers::followerDaily() {
    const StreamDef &def = stream("follower_statistics");
    // 2023-11-01 and 2023-11-02 00:00 UTC; the second spells its counts as doubles.
    const QJsonObject response = parse(R"({"paging":{"start":0,"count":10},"elements":[
        {"followerGains":{"organicFollowerGain":12,"paidFollowerGain":3},
         "organizationalEntity":"urn:li:organization:1234",
         "timeRange":{"start":1698796800000,"end":1698883200000}},
        {"followerGains":{"organicFollowerGain":-2.0,"paidFollowerGain":0.0},
         "timeRange":{"start":1698883200000.0,"end":1698969600000}},
        {"followerGains":{"organicFollowerGain":5},
         "timeRange":{"start":1698969600000,"end":1699056000000},"somethingNew":{"x":1}},
        {"followerGains":{"organicFollowerGain":99}}
    ]})");
    const QList<Row> rows = parseDailyRows(def, response, context());
    QCOMPARE(rows.size(), 3); // the element without a timeRange cannot be keyed by date
    const int width = def.schema(def.id).columns.size();
    for (const Row &row : rows) {
        QCOMPARE(row.size(), width);
        QCOMPARE(at(def, row, "organization_urn").toString(), QStringLiteral("urn:li:organization:1234"));
        QCOMPARE(at(def, row, "report_type").toString(), QStringLiteral("DAY"));
        QVERIFY(isNull(at(def, row, "total_followers")));
        QVERIFY(isNull(at(def, row, "follower_counts_by_geo_json")));
        QVERIFY(isNull(at(def, row, "follower_counts_by_seniority_json")));
    }
    QCOMPARE(at(def, rows[0], "date").toString(), QStringLiteral("2023-11-01"));
    QCOMPARE(at(def, rows[0], "time_range_start").toLongLong(), Q_INT64_C(1698796800000));
    QCOMPARE(at(def, rows[0], "time_range_end").toLongLong(), Q_INT64_C(1698883200000));
    QCOMPARE(at(def, rows[0], "organic_follower_gain").toLongLong(), Q_INT64_C(12));
    QCOMPARE(at(def, rows[0], "paid_follower_gain").toLongLong(), Q_INT64_C(3));

    QCOMPARE(at(def, rows[1], "date").toString(), QStringLiteral("2023-11-02"));
    QCOMPARE(at(def, rows[1], "organic_follower_gain").typeId(), int(QMetaType::LongLong));
    QCOMPARE(at(def, rows[1], "organic_follower_gain").toLongLong(), Q_INT64_C(-2));
    QCOMPARE(at(def, rows[1], "time_range_start").typeId(), int(QMetaType::LongLong));
    QCOMPARE(at(def, rows[1], "time_range_start").toLongLong(), Q_INT64_C(1698883200000));

    QCOMPARE(at(def, rows[2], "date").toString(), QStringLiteral("2023-11-03"));
    QVERIFY(isNull(at(def, rows[2], "paid_follower_gain")));

    // A DAY row that is not a whole UTC day (one millisecond before midnight) cannot be stored
    // under a date: it is dropped and counted.
    int dropped = 0;
    const QList<Row> edge =
        parseDailyRows(def, parse(R"({"elements":[{"timeRange":{"start":1698796799999,"end":1698883199999}}]})"),
                       context(), nullptr, &dropped);
    QVERIFY(edge.isEmpty());
    QCOMPARE(dropped, 1);
    QVERIFY(parseDailyRows(def, parse(R"({"elements":[]})"), context()).isEmpty());
    QVERIFY(parseDailyRows(def, QJsonObject(), context()).isEmpty());
}

void TestStreamParsers::pageLifetimeObserved() {
    const StreamDef &def = stream("page_statistics");
    const QJsonObject response = sample("page-stats-lifetime-observed.json");
    const std::optional<Row> row = parseLifetimeRow(def, response, context());
    QVERIFY(row);
    QCOMPARE(at(def, *row, "report_type").toString(), QStringLiteral("LIFETIME"));
    QCOMPARE(at(def, *row, "all_page_views").toLongLong(), Q_INT64_C(22));
    QCOMPARE(at(def, *row, "all_desktop_page_views").toLongLong(), Q_INT64_C(22));
    QCOMPARE(at(def, *row, "overview_page_views").toLongLong(), Q_INT64_C(21));
    QCOMPARE(at(def, *row, "people_page_views").toLongLong(), Q_INT64_C(1));
    QCOMPARE(at(def, *row, "desktop_people_page_views").toLongLong(), Q_INT64_C(1));
    QCOMPARE(at(def, *row, "mobile_insights_page_views").toLongLong(), Q_INT64_C(0));
    // Every one of the 27 metrics is in the sample; none sends uniquePageViews.
    for (const QString &view : kViewColumns) {
        QVERIFY2(!isNull(at(def, *row, view.toLatin1().constData())), qPrintable(view));
        QVERIFY2(isNull(at(def, *row, (view + QStringLiteral("_unique")).toLatin1().constData())), qPrintable(view));
    }
    const QJsonObject element = response.value("elements").toArray().first().toObject();
    QCOMPARE(at(def, *row, "page_statistics_by_industry_v2_json").toString(),
             compact(element.value("pageStatisticsByIndustryV2")));
    QVERIFY(at(def, *row, "page_statistics_by_industry_v2_json").toString().contains(QLatin1String("industryV2")));
    QCOMPARE(at(def, *row, "page_statistics_by_geo_country_json").toString(),
             compact(element.value("pageStatisticsByGeoCountry")));
    QCOMPARE(at(def, *row, "page_statistics_by_geo_json").toString(), compact(element.value("pageStatisticsByGeo")));
    QCOMPARE(at(def, *row, "page_statistics_by_seniority_json").toString(),
             compact(element.value("pageStatisticsBySeniority")));
    QCOMPARE(at(def, *row, "page_statistics_by_function_json").toString(),
             compact(element.value("pageStatisticsByFunction")));
    QCOMPARE(at(def, *row, "page_statistics_by_staff_count_range_json").toString(),
             compact(element.value("pageStatisticsByStaffCountRange")));
    QCOMPARE(at(def, *row, "page_statistics_by_targeted_content_json").toString(), QStringLiteral("[]"));
    QVERIFY(isNull(at(def, *row, "desktop_custom_button_click_counts_json")));
    QVERIFY(isNull(at(def, *row, "mobile_custom_button_click_counts_json")));
}

void TestStreamParsers::pageLifetimeLegacy() {
    // The 2018 element: a bare element (no envelope), fewer metrics, old facet names.
    const StreamDef &def = stream("page_statistics");
    const std::optional<Row> row =
        parseLifetimeRow(def, sample("page-stats-lifetime-element-legacy-v2.json"), context());
    QVERIFY(row);
    QCOMPARE(at(def, *row, "all_page_views").toLongLong(), Q_INT64_C(17786));
    QCOMPARE(at(def, *row, "desktop_overview_page_views").toLongLong(), Q_INT64_C(17316));
    QVERIFY(isNull(at(def, *row, "about_page_views"))); // not in the 2018 shape
    QVERIFY(isNull(at(def, *row, "page_statistics_by_geo_country_json")));
    QVERIFY(!isNull(at(def, *row, "page_statistics_by_seniority_json")));
}

void TestStreamParsers::pageDaily() {
    const StreamDef &def = stream("page_statistics");
    const QJsonObject response = parse(R"({"elements":[{
        "organization":"urn:li:organization:1234",
        "timeRange":{"start":1709164800000,"end":1709251200000},
        "totalPageStatistics":{
            "views":{"allPageViews":{"pageViews":40,"uniquePageViews":31},
                     "mobileAboutPageViews":{"pageViews":2},
                     "careersPageViews":{"pageViews":7.0,"uniquePageViews":5.0}},
            "clicks":{"desktopCustomButtonClickCounts":[{"customButtonType":"VISIT_WEBSITE","clicks":3}],
                      "mobileCustomButtonClickCounts":[]}}}]})");
    const QList<Row> rows = parseDailyRows(def, response, context());
    QCOMPARE(rows.size(), 1);
    const Row &row = rows.first();
    QCOMPARE(at(def, row, "date").toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(at(def, row, "all_page_views").toLongLong(), Q_INT64_C(40));
    QCOMPARE(at(def, row, "all_page_views_unique").toLongLong(), Q_INT64_C(31));
    QCOMPARE(at(def, row, "mobile_about_page_views").toLongLong(), Q_INT64_C(2));
    QVERIFY(isNull(at(def, row, "mobile_about_page_views_unique")));
    QCOMPARE(at(def, row, "careers_page_views").toLongLong(), Q_INT64_C(7));
    QCOMPARE(at(def, row, "careers_page_views_unique").toLongLong(), Q_INT64_C(5));
    QVERIFY(isNull(at(def, row, "jobs_page_views")));
    QCOMPARE(at(def, row, "desktop_custom_button_click_counts_json").toString(),
             QStringLiteral(R"([{"clicks":3,"customButtonType":"VISIT_WEBSITE"}])"));
    QCOMPARE(at(def, row, "mobile_custom_button_click_counts_json").toString(), QStringLiteral("[]"));
    QVERIFY(isNull(at(def, row, "page_statistics_by_seniority_json")));
}

void TestStreamParsers::shareDailyAndLifetime() {
    const StreamDef &def = stream("share_statistics");
    const QJsonObject daily = parse(R"({"elements":[{
        "organizationalEntity":"urn:li:organization:1234",
        "timeRange":{"start":1698796800000,"end":1698883200000},
        "totalShareStatistics":{"clickCount":109,"commentCount":7,"engagement":0.00754947,"impressionCount":14490,
                                "likeCount":-1,"shareCount":0,"uniqueImpressionsCount":9327.0}}]})");
    const QList<Row> rows = parseDailyRows(def, daily, context());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(at(def, rows[0], "click_count").toLongLong(), Q_INT64_C(109));
    QCOMPARE(at(def, rows[0], "comment_count").toLongLong(), Q_INT64_C(7));
    QCOMPARE(at(def, rows[0], "engagement").typeId(), int(QMetaType::Double));
    QCOMPARE(at(def, rows[0], "engagement").toDouble(), 0.00754947);
    QCOMPARE(at(def, rows[0], "impression_count").toLongLong(), Q_INT64_C(14490));
    QCOMPARE(at(def, rows[0], "like_count").toLongLong(), Q_INT64_C(-1)); // unlikes
    QCOMPARE(at(def, rows[0], "share_count").toLongLong(), Q_INT64_C(0));
    QCOMPARE(at(def, rows[0], "unique_impressions_count").typeId(), int(QMetaType::LongLong));
    QCOMPARE(at(def, rows[0], "unique_impressions_count").toLongLong(), Q_INT64_C(9327));
    QVERIFY(isNull(at(def, rows[0], "comment_mentions_count")));

    const QJsonObject lifetime = parse(R"({"elements":[{
        "organizationalEntity":"urn:li:organization:1234",
        "totalShareStatistics":{"clickCount":5,"commentCount":6,"engagement":0.5,"impressionCount":7,"likeCount":8,
                                "shareCount":9,"uniqueImpressionsCount":10,"commentMentionsCount":2,
                                "shareMentionsCount":3}}]})");
    const std::optional<Row> row = parseLifetimeRow(def, lifetime, context());
    QVERIFY(row);
    QCOMPARE(at(def, *row, "report_type").toString(), QStringLiteral("LIFETIME"));
    QCOMPARE(at(def, *row, "date").toString(), QStringLiteral("2026-11-28"));
    QCOMPARE(at(def, *row, "comment_mentions_count").toLongLong(), Q_INT64_C(2));
    QCOMPARE(at(def, *row, "share_mentions_count").toLongLong(), Q_INT64_C(3));
    QCOMPARE(at(def, *row, "engagement").toDouble(), 0.5);
    QCOMPARE(at(def, *row, "unique_impressions_count").toLongLong(), Q_INT64_C(10));
}

void TestStreamParsers::networkSize_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected"); // -1 = none
    QTest::newRow("integer") << QByteArray(R"({"firstDegreeSize":302})") << qint64(302);
    QTest::newRow("double") << QByteArray(R"({"firstDegreeSize":219145.0})") << qint64(219145);
    QTest::newRow("missing") << QByteArray("{}") << qint64(-1);
    QTest::newRow("null") << QByteArray(R"({"firstDegreeSize":null})") << qint64(-1);
}

void TestStreamParsers::networkSize() {
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);
    const std::optional<qint64> size = parseNetworkSize(parse(json));
    if (expected < 0) {
        QVERIFY(!size);
    } else {
        QVERIFY(size);
        QCOMPARE(*size, expected);
    }
    QCOMPARE(parseNetworkSize(sample("network-size.json")).value_or(-1), Q_INT64_C(219145));
}

void TestStreamParsers::postSample() {
    const StreamDef &def = stream("organization_posts");
    const QJsonObject post = sample("post-get-by-urn.json");
    const Row row = parsePost(def, post, context());
    QCOMPARE(row.size(), def.schema(def.id).columns.size());
    QCOMPARE(at(def, row, "id").toString(), QStringLiteral("urn:li:share:6844785523593134080"));
    QCOMPARE(at(def, row, "author").toString(), QStringLiteral("urn:li:organization:5515715"));
    QCOMPARE(at(def, row, "created_at").toLongLong(), Q_INT64_C(1634790968743));
    QCOMPARE(at(def, row, "published_at").toLongLong(), Q_INT64_C(1634790968774));
    QCOMPARE(at(def, row, "last_modified_at").toLongLong(), Q_INT64_C(1634790968775));
    QCOMPARE(at(def, row, "lifecycle_state").toString(), QStringLiteral("PUBLISHED"));
    QCOMPARE(at(def, row, "commentary").toString(), QStringLiteral("comment on Oct 20"));
    QCOMPARE(at(def, row, "content_type").toString(), QStringLiteral("MEDIA"));
    QCOMPARE(at(def, row, "content_json").toString(),
             QStringLiteral(R"({"media":{"id":"urn:li:video:C5F10AQGKQg_6y2a4sQ"}})"));
    QCOMPARE(at(def, row, "media_id").toString(), QStringLiteral("urn:li:video:C5F10AQGKQg_6y2a4sQ"));
    QVERIFY(isNull(at(def, row, "media_title")));
    QVERIFY(isNull(at(def, row, "media_alt_text")));
    QCOMPARE(at(def, row, "visibility").toString(), QStringLiteral("PUBLIC"));
    QCOMPARE(at(def, row, "feed_distribution").toString(), QStringLiteral("NONE"));
    QVERIFY(isNull(at(def, row, "target_entities_json")));
    QCOMPARE(at(def, row, "third_party_distribution_channels_json").toString(), QStringLiteral("[]"));
    QCOMPARE(at(def, row, "is_dsc").toLongLong(), Q_INT64_C(1));
    QCOMPARE(at(def, row, "is_dsc").typeId(), int(QMetaType::LongLong));
    QCOMPARE(at(def, row, "dsc_status").toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(at(def, row, "dsc_ad_type").toString(), QStringLiteral("VIDEO"));
    QCOMPARE(at(def, row, "dsc_ad_account").toString(), QStringLiteral("urn:li:sponsoredAccount:520866471"));
    QVERIFY(isNull(at(def, row, "dsc_name")));
    QCOMPARE(at(def, row, "ad_context_json").toString(), compact(post.value("adContext")));
    QCOMPARE(at(def, row, "is_reshare_disabled_by_author").toLongLong(), Q_INT64_C(0));
    QCOMPARE(at(def, row, "is_edited_by_author").toLongLong(), Q_INT64_C(0));
    QVERIFY(isNull(at(def, row, "reshare_parent")));
    QVERIFY(isNull(at(def, row, "reshare_root")));
    QVERIFY(isNull(at(def, row, "content_status")));
    QVERIFY(isNull(at(def, row, "review_status")));
    QVERIFY(isNull(at(def, row, "content_call_to_action_label")));
    QVERIFY(isNull(at(def, row, "article_title")));
    // raw_json keeps the whole element.
    const QJsonObject raw = QJsonDocument::fromJson(at(def, row, "raw_json").toString().toUtf8()).object();
    QCOMPARE(raw, post);
    QVERIFY(!at(def, row, "raw_json").toString().contains(QLatin1Char('\n')));
}

void TestStreamParsers::postContentTypes_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");

    QTest::newRow("text only") << QByteArray(R"({"id":"urn:li:share:1","commentary":"hi"})") << "TEXT"
                               << "content_json" << QString();
    QTest::newRow("empty content") << QByteArray(R"({"id":"urn:li:share:1","content":{}})") << "TEXT"
                                   << "media_id" << QString();
    QTest::newRow("image")
        << QByteArray(R"({"content":{"media":{"id":"urn:li:image:C4E","title":"Launch","altText":"A rocket"}}})")
        << "MEDIA"
        << "media_alt_text"
        << "A rocket";
    QTest::newRow("image title") << QByteArray(R"({"content":{"media":{"id":"urn:li:image:C4E","title":"Launch"}}})")
                                 << "MEDIA"
                                 << "media_title"
                                 << "Launch";
    QTest::newRow("document") << QByteArray(R"({"content":{"media":{"id":"urn:li:document:D1","title":"Deck.pdf"}}})")
                              << "MEDIA"
                              << "media_id"
                              << "urn:li:document:D1";
    QTest::newRow("article") << QByteArray(R"({"content":{"article":{"source":"https://example.com/a",
        "thumbnail":"urn:li:image:T","thumbnailAltText":"thumb","title":"Title","description":"Desc"}}})")
                             << "ARTICLE"
                             << "article_source"
                             << "https://example.com/a";
    QTest::newRow("article title") << QByteArray(R"({"content":{"article":{"source":"s","title":"Title"}}})")
                                   << "ARTICLE"
                                   << "article_title"
                                   << "Title";
    QTest::newRow("article description") << QByteArray(R"({"content":{"article":{"description":"Desc"}}})") << "ARTICLE"
                                         << "article_description"
                                         << "Desc";
    QTest::newRow("article thumbnail") << QByteArray(R"({"content":{"article":{"thumbnail":"urn:li:image:T"}}})")
                                       << "ARTICLE"
                                       << "article_thumbnail"
                                       << "urn:li:image:T";
    QTest::newRow("article thumbnail alt")
        << QByteArray(R"({"content":{"article":{"thumbnailAltText":"thumb"}}})") << "ARTICLE"
        << "article_thumbnail_alt_text"
        << "thumb";
    QTest::newRow("multi image")
        << QByteArray(
               R"({"content":{"multiImage":{"images":[{"id":"urn:li:image:A","altText":"a"},{"id":"urn:li:image:B"}]}}})")
        << "MULTI_IMAGE"
        << "multi_image_images_json"
        << R"([{"altText":"a","id":"urn:li:image:A"},{"id":"urn:li:image:B"}])";
    QTest::newRow("poll question")
        << QByteArray(
               R"({"content":{"poll":{"question":"Which?","options":[{"text":"A"},{"text":"B"}],"settings":{"duration":"THREE_DAYS"}}}})")
        << "POLL"
        << "poll_question"
        << "Which?";
    QTest::newRow("poll options")
        << QByteArray(R"({"content":{"poll":{"question":"Q","options":[{"text":"A"},{"text":"B"}]}}})") << "POLL"
        << "poll_options_json"
        << R"([{"text":"A"},{"text":"B"}])";
    QTest::newRow("carousel cards")
        << QByteArray(
               R"({"content":{"carousel":{"cards":[{"media":{"id":"urn:li:image:1"},"landingPage":"https://x"}]}}})")
        << "CAROUSEL"
        << "carousel_items_json"
        << R"([{"landingPage":"https://x","media":{"id":"urn:li:image:1"}}])";
    QTest::newRow("carousel items (tolerated)")
        << QByteArray(R"({"content":{"carousel":{"items":[{"id":1}]}}})") << "CAROUSEL"
        << "carousel_items_json"
        << R"([{"id":1}])";
    QTest::newRow("carousel by reference")
        << QByteArray(R"({"content":{"carousel":{"id":"urn:li:carousel:9"}}})") << "CAROUSEL"
        << "carousel_items_json" << QString();
    QTest::newRow("celebration type")
        << QByteArray(
               R"json({"content":{"celebration":{"type":"CELEBRATE_WELCOME","text":"Welcome @[Ann](urn:li:person:1)","recipients":["urn:li:person:1"]}}})json")
        << "CELEBRATION"
        << "celebration_type"
        << "CELEBRATE_WELCOME";
    QTest::newRow("celebration text")
        << QByteArray(R"({"content":{"celebration":{"type":"CELEBRATE_AWARD","text":"Well done"}}})") << "CELEBRATION"
        << "celebration_message"
        << "Well done";
    QTest::newRow("celebration message (tolerated)")
        << QByteArray(R"({"content":{"celebration":{"message":"Yay"}}})") << "CELEBRATION"
        << "celebration_message"
        << "Yay";
    QTest::newRow("reference") << QByteArray(R"({"content":{"reference":{"id":"urn:li:event:123"}}})") << "REFERENCE"
                               << "reference_json"
                               << R"({"id":"urn:li:event:123"})";
    QTest::newRow("unknown kind is named, not called text")
        << QByteArray(R"({"content":{"newThing":{"id":1}}})") << "NEW_THING"
        << "content_json"
        << R"({"newThing":{"id":1}})";
    QTest::newRow("call to action")
        << QByteArray(
               R"({"contentCallToActionLabel":"LEARN_MORE","contentLandingPage":"https://example.com","content":{"media":{"id":"urn:li:image:1"}}})")
        << "MEDIA"
        << "content_call_to_action_label"
        << "LEARN_MORE";
    QTest::newRow("landing page") << QByteArray(R"({"contentLandingPage":"https://example.com"})") << "TEXT"
                                  << "content_landing_page"
                                  << "https://example.com";
    QTest::newRow("reshare parent")
        << QByteArray(R"({"reshareContext":{"parent":"urn:li:share:1","root":"urn:li:ugcPost:2"}})") << "TEXT"
        << "reshare_parent"
        << "urn:li:share:1";
    QTest::newRow("reshare root") << QByteArray(
                                         R"({"reshareContext":{"parent":"urn:li:share:1","root":"urn:li:ugcPost:2"}})")
                                  << "TEXT"
                                  << "reshare_root"
                                  << "urn:li:ugcPost:2";
    QTest::newRow("target entities")
        << QByteArray(
               R"({"distribution":{"feedDistribution":"MAIN_FEED","targetEntities":[{"geoLocations":["urn:li:geo:103644278"]}]}})")
        << "TEXT"
        << "target_entities_json"
        << R"([{"geoLocations":["urn:li:geo:103644278"]}])";
    QTest::newRow("feed distribution") << QByteArray(R"({"distribution":{"feedDistribution":"MAIN_FEED"}})") << "TEXT"
                                       << "feed_distribution"
                                       << "MAIN_FEED";
    QTest::newRow("dsc name") << QByteArray(R"({"adContext":{"isDsc":false,"dscName":"Spring"}})") << "TEXT"
                              << "dsc_name"
                              << "Spring";
    QTest::newRow("content status in lifecycleStateInfo")
        << QByteArray(
               R"({"lifecycleStateInfo":{"contentStatus":"ACTIVE","isEditedByAuthor":true,"reviewStatus":"APPROVED"}})")
        << "TEXT"
        << "content_status"
        << "ACTIVE";
    QTest::newRow("content status at top level") << QByteArray(R"({"contentStatus":"ACTIVE"})") << "TEXT"
                                                 << "content_status"
                                                 << "ACTIVE";
    QTest::newRow("review status") << QByteArray(R"({"lifecycleStateInfo":{"reviewStatus":"APPROVED"}})") << "TEXT"
                                   << "review_status"
                                   << "APPROVED";
}

void TestStreamParsers::postContentTypes() {
    QFETCH(QByteArray, json);
    QFETCH(QString, type);
    QFETCH(QString, column);
    QFETCH(QString, value);
    const StreamDef &def = stream("organization_posts");
    const QJsonObject post = parse(json);
    QCOMPARE(postContentType(post), type);
    const Row row = parsePost(def, post, context());
    QCOMPARE(at(def, row, "content_type").toString(), type);
    const QVariant actual = at(def, row, column.toLatin1().constData());
    if (value.isNull())
        QVERIFY2(isNull(actual), qPrintable(actual.toString()));
    else
        QCOMPARE(actual.toString(), value);
    if (post.contains("content"))
        QCOMPARE(at(def, row, "content_json").toString(), compact(post.value("content")));
}

// Which posts of a page a listing keeps: 7 elements, 3 kept.
void TestStreamParsers::postsToStoreLeavesOutWhatAListingMustNotKeep() {
    const StreamDef &def = stream("organization_posts");
    const QString org = context().organizationUrn;
    const QJsonArray elements = QJsonDocument::fromJson(QStringLiteral(R"([
        {"id":"urn:li:share:1","author":"%1","lastModifiedAt":5000,"publishedAt":5000},
        {"id":"urn:li:share:2","author":"%1","lastModifiedAt":900,"publishedAt":900},
        {"id":"urn:li:share:3","author":"urn:li:organization:99","lastModifiedAt":5000,"publishedAt":5000},
        {"author":"%1","lastModifiedAt":5000,"publishedAt":5000},
        {"id":"urn:li:share:5","author":"%1","lastModifiedAt":5000,"publishedAt":10},
        {"id":"urn:li:share:6","author":"%1","lastModifiedAt":"soon","createdAt":4000},
        {"id":"urn:li:share:7","lastModifiedAt":5000,"publishedAt":5000}
    ])")
                                                            .arg(org)
                                                            .toUtf8())
                                    .array();
    const PostsToStore kept = postsToStore(def, elements, context(), org, 1000, 100, false);
    QCOMPARE(kept.ids, (QStringList{QStringLiteral("urn:li:share:1"), QStringLiteral("urn:li:share:6"),
                                    QStringLiteral("urn:li:share:7")}));
    QCOMPARE(kept.rows.size(), 3);
    QCOMPARE(kept.foreign, 1);
    QCOMPARE(at(def, kept.rows.at(0), "id").toString(), QStringLiteral("urn:li:share:1"));
    // Without a cutoff (FULL_TABLE, or the first listing), the older edit is kept too.
    QCOMPARE(postsToStore(def, elements, context(), org, std::nullopt, 100, false).ids.size(), 4);
}

void TestStreamParsers::postMissingFields() {
    const StreamDef &def = stream("organization_posts");
    const Row row = parsePost(def, QJsonObject(), context());
    const TableSchema schema = def.schema(def.id);
    QCOMPARE(row.size(), schema.columns.size());
    for (int i = 0; i < row.size(); ++i) {
        const QString name = schema.columns.at(i).name;
        if (name == QLatin1String("content_type"))
            QCOMPARE(row.at(i).toString(), QStringLiteral("TEXT"));
        else if (name == QLatin1String("raw_json"))
            QCOMPARE(row.at(i).toString(), QStringLiteral("{}"));
        else if (name == QLatin1String("is_dsc")) // listed as organic and not marked dark
            QCOMPARE(row.at(i).toLongLong(), Q_INT64_C(0));
        else
            QVERIFY2(isNull(row.at(i)), qPrintable(name));
    }
    // Explicit nulls are NULL too, and booleans only become 0/1 when sent.
    const Row nulls =
        parsePost(def, parse(R"({"id":"urn:li:share:1","commentary":null,"content":null,"adContext":{"isDsc":null},
                       "lifecycleStateInfo":{}})"),
                  context());
    QCOMPARE(at(def, nulls, "id").toString(), QStringLiteral("urn:li:share:1"));
    QVERIFY(isNull(at(def, nulls, "commentary")));
    QVERIFY(isNull(at(def, nulls, "content_json")));
    QCOMPARE(at(def, nulls, "content_type").toString(), QStringLiteral("TEXT"));
    QCOMPARE(at(def, nulls, "is_dsc").toLongLong(), Q_INT64_C(0)); // the listing decides: organic
    QVERIFY(isNull(at(def, nulls, "is_edited_by_author")));
    QCOMPARE(at(def, nulls, "ad_context_json").toString(), QStringLiteral(R"({"isDsc":null})"));

    const Row edited = parsePost(def, parse(R"({"lifecycleStateInfo":{"isEditedByAuthor":true},
                                               "isReshareDisabledByAuthor":true})"),
                                 context());
    QCOMPARE(at(def, edited, "is_edited_by_author").toLongLong(), Q_INT64_C(1));
    QCOMPARE(at(def, edited, "is_reshare_disabled_by_author").toLongLong(), Q_INT64_C(1));
}

void TestStreamParsers::postCommentaryKeptExactly_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("little text escapes")
        << QByteArray(R"({"commentary":"Prices \\(new\\) \\[now\\] \\{!\\} \\@ \\# \\* \\~ \\< \\> \\_ \\|"})")
        << QStringLiteral(R"(Prices \(new\) \[now\] \{!\} \@ \# \* \~ \< \> \_ \|)");
    QTest::newRow("quotes") << QByteArray(R"({"commentary":"She said \"hi\" and 'bye'"})")
                            << QStringLiteral("She said \"hi\" and 'bye'");
    QTest::newRow("backslash") << QByteArray(R"({"commentary":"C:\\path\\to\\file and \\\\ double"})")
                               << QStringLiteral(R"(C:\path\to\file and \\ double)");
    QTest::newRow("unicode") << QByteArray(R"({"commentary":"Olá, 世界 — 😀 \u00e9\ud83d\ude80"})")
                             << QStringLiteral("Olá, 世界 — 😀 é🚀");
    QTest::newRow("mention and hashtag")
        << QByteArray(R"({"commentary":"Hello @[Devtestco](urn:li:organization:2414183) {hashtag|\\#|ai}"})")
        << QStringLiteral(R"(Hello @[Devtestco](urn:li:organization:2414183) {hashtag|\#|ai})");
    QTest::newRow("newlines and spaces") << QByteArray(R"({"commentary":"  line 1\n\nline 2\t "})")
                                         << QStringLiteral("  line 1\n\nline 2\t ");
    QTest::newRow("empty string is not NULL") << QByteArray(R"({"commentary":""})") << QStringLiteral("");
}

void TestStreamParsers::postCommentaryKeptExactly() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const StreamDef &def = stream("organization_posts");
    const QVariant commentary = at(def, parsePost(def, parse(json), context()), "commentary");
    QVERIFY(commentary.isValid() && !commentary.isNull());
    QCOMPARE(commentary.toString(), expected);
}

void TestStreamParsers::postToleratesOddTypes() {
    const StreamDef &def = stream("organization_posts");
    const Row row = parsePost(def, parse(R"({"id":"urn:li:ugcPost:1","createdAt":"1634790968743",
        "publishedAt":1634790968774.0,"lastModifiedAt":{"time":1},"commentary":42,
        "isReshareDisabledByAuthor":"maybe","visibility":["PUBLIC"]})"),
                              context());
    QCOMPARE(at(def, row, "created_at").toLongLong(), Q_INT64_C(1634790968743));
    QCOMPARE(at(def, row, "published_at").typeId(), int(QMetaType::LongLong));
    QCOMPARE(at(def, row, "published_at").toLongLong(), Q_INT64_C(1634790968774));
    QVERIFY(isNull(at(def, row, "last_modified_at")));
    QCOMPARE(at(def, row, "commentary").toString(), QStringLiteral("42"));
    QVERIFY(isNull(at(def, row, "is_reshare_disabled_by_author")));
    QCOMPARE(at(def, row, "visibility").toString(), QStringLiteral(R"(["PUBLIC"])"));
    // A time past the year 9999 is no time: NULL (the post is still stored).
    const Row far = parsePost(def, parse(R"({"createdAt":7123456789012345678})"), context());
    QVERIFY(isNull(at(def, far, "created_at")));
    // A 19-digit count survives exactly (no trip through double).
    const StreamDef &statistics = stream("post_statistics");
    const QList<Row> big = parsePostStatistics(
        statistics,
        parse(
            R"({"elements":[{"share":"urn:li:share:1","totalShareStatistics":{"impressionCount":7123456789012345678}}]})"),
        context());
    QCOMPARE(at(statistics, big.first(), "impression_count").toLongLong(), Q_INT64_C(7123456789012345678));
}

void TestStreamParsers::postStatisticsSample() {
    const StreamDef &def = stream("post_statistics");
    const ParseContext ofSample{QStringLiteral("urn:li:organization:2414183"), QDate(2026, 11, 28)};
    const QList<Row> rows = parsePostStatistics(def, sample("share-stats-share-element-legacy-v2.json"), ofSample);
    QCOMPARE(rows.size(), 1);
    const Row &row = rows.first();
    QCOMPARE(row.size(), def.schema(def.id).columns.size());
    QCOMPARE(at(def, row, "post_urn").toString(), QStringLiteral("urn:li:share:1000000"));
    QCOMPARE(at(def, row, "share").toString(), QStringLiteral("urn:li:share:1000000"));
    QVERIFY(isNull(at(def, row, "ugc_post")));
    QCOMPARE(at(def, row, "organization_urn").toString(), QStringLiteral("urn:li:organization:2414183"));
    // Statistics that name another organization than the one asked for are never stored under it.
    int dropped = 0;
    QVERIFY(parsePostStatistics(def, sample("share-stats-share-element-legacy-v2.json"), context(), {}, &dropped)
                .isEmpty());
    QCOMPARE(dropped, 1);
    QCOMPARE(at(def, row, "share_count").toLongLong(), Q_INT64_C(5));
    QCOMPARE(at(def, row, "click_count").toLongLong(), Q_INT64_C(78));
    QCOMPARE(at(def, row, "engagement").toDouble(), 0.022886324947985624);
    QCOMPARE(at(def, row, "like_count").toLongLong(), Q_INT64_C(14));
    QCOMPARE(at(def, row, "impression_count").toLongLong(), Q_INT64_C(5287));
    QCOMPARE(at(def, row, "comment_count").toLongLong(), Q_INT64_C(24));
    QCOMPARE(at(def, row, "unique_impressions_count").toLongLong(), Q_INT64_C(10));

    // Without an organization in the context, the element's own is used.
    const QList<Row> fromElement =
        parsePostStatistics(def, sample("share-stats-share-element-legacy-v2.json"), ParseContext{});
    QCOMPARE(at(def, fromElement.first(), "organization_urn").toString(),
             QStringLiteral("urn:li:organization:2414183"));
}

void TestStreamParsers::postStatisticsMixed() {
    const StreamDef &def = stream("post_statistics");
    const QJsonObject response = parse(R"({"paging":{"start":0,"count":10},"elements":[
        {"organizationalEntity":"urn:li:organization:1234",
         "totalShareStatistics":{"clickCount":1000,"impressionCount":50000}},
        {"organizationalEntity":"urn:li:organization:1234","share":"urn:li:share:11",
         "totalShareStatistics":{"clickCount":3,"commentCount":1,"engagement":0.04,"impressionCount":100,
                                 "likeCount":2,"shareCount":0,"uniqueImpressionsCount":80.0}},
        {"organizationalEntity":"urn:li:organization:1234","ugcPost":"urn:li:ugcPost:22",
         "totalShareStatistics":{"impressionCount":7}},
        {"organizationalEntity":"urn:li:organization:1234","ugcPost":"urn:li:ugcPost:33"}
    ]})");
    const QList<Row> rows = parsePostStatistics(def, response, context());
    QCOMPARE(rows.size(), 3); // the aggregate element names no post
    QCOMPARE(at(def, rows[0], "post_urn").toString(), QStringLiteral("urn:li:share:11"));
    QCOMPARE(at(def, rows[0], "unique_impressions_count").toLongLong(), Q_INT64_C(80));
    QCOMPARE(at(def, rows[0], "engagement").toDouble(), 0.04);
    QCOMPARE(at(def, rows[1], "post_urn").toString(), QStringLiteral("urn:li:ugcPost:22"));
    QCOMPARE(at(def, rows[1], "ugc_post").toString(), QStringLiteral("urn:li:ugcPost:22"));
    QVERIFY(isNull(at(def, rows[1], "share")));
    QCOMPARE(at(def, rows[1], "impression_count").toLongLong(), Q_INT64_C(7));
    QVERIFY(isNull(at(def, rows[1], "click_count")));
    QVERIFY(isNull(at(def, rows[1], "engagement")));
    QCOMPARE(at(def, rows[2], "post_urn").toString(), QStringLiteral("urn:li:ugcPost:33"));
    QVERIFY(isNull(at(def, rows[2], "impression_count")));
    QVERIFY(parsePostStatistics(def, parse(R"({"elements":[]})"), context()).isEmpty());
}

namespace {

sandbox::GeneratorOptions sandboxOptions(quint64 seed, int posts, int days = 400) {
    sandbox::GeneratorOptions options;
    options.seed = seed;
    options.posts = posts;
    options.days = days;
    options.today = QDate(2026, 11, 28);
    return options;
}

QJsonObject timeRange(const QDate &day) {
    return {{"start", sandbox::SandboxData::dayStartMs(day)},
            {"end", sandbox::SandboxData::dayStartMs(day.addDays(1))}};
}

QVariant jsonOrNull(const QJsonValue &value) {
    return value.isUndefined() ? QVariant() : QVariant(compact(value));
}

} // namespace

void TestStreamParsers::sandboxPosts_data() {
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("posts");
    QTest::addColumn<bool>("expectEveryType");
    QTest::newRow("seed 42, 2000 posts") << quint64(42) << 2000 << true;
    QTest::newRow("seed 7, 300 posts") << quint64(7) << 300 << false;
    QTest::newRow("seed 2024, 1 post") << quint64(2024) << 1 << false;
}

void TestStreamParsers::sandboxPosts() {
    QFETCH(quint64, seed);
    QFETCH(int, posts);
    QFETCH(bool, expectEveryType);
    const StreamDef &def = stream("organization_posts");
    const sandbox::SandboxData data(sandboxOptions(seed, posts));
    QCOMPARE(data.posts().size(), posts);
    const ParseContext ctx{data.organizationUrn(), data.today()};
    QSet<QString> types;
    for (const sandbox::SandboxPost &post : data.posts()) {
        const Row row = parsePost(def, post.json, ctx);
        const QString where = post.urn + QLatin1Char(' ') + post.expectedContentType;
        QVERIFY2(row.size() == def.schema(def.id).columns.size(), qPrintable(where));
        QVERIFY2(at(def, row, "content_type").toString() == post.expectedContentType, qPrintable(where));
        QVERIFY2(at(def, row, "id").toString() == post.urn, qPrintable(where));
        QVERIFY2(at(def, row, "author").toString() == data.organizationUrn(), qPrintable(where));
        QVERIFY2(at(def, row, "created_at").toLongLong() == post.createdAt, qPrintable(where));
        QVERIFY2(at(def, row, "published_at").toLongLong() == post.publishedAt, qPrintable(where));
        QVERIFY2(at(def, row, "last_modified_at").toLongLong() == post.lastModifiedAt, qPrintable(where));
        const QJsonValue commentary = post.json.value("commentary");
        if (commentary.isUndefined())
            QVERIFY2(isNull(at(def, row, "commentary")), qPrintable(where));
        else
            QVERIFY2(at(def, row, "commentary").toString() == commentary.toString(), qPrintable(where));
        QVERIFY2(isNull(at(def, row, "reshare_parent")) != post.isReshare, qPrintable(where));
        QVERIFY2(at(def, row, "content_json") == jsonOrNull(post.json.value("content")), qPrintable(where));
        QVERIFY2(at(def, row, "ad_context_json") == jsonOrNull(post.json.value("adContext")), qPrintable(where));
        const QJsonValue isDsc = post.json.value("adContext").toObject().value("isDsc");
        QVERIFY2(at(def, row, "is_dsc").toLongLong() == (isDsc.toBool() ? 1 : 0), qPrintable(where));
        QVERIFY2(isDsc.toBool() == post.dark, qPrintable(where));
        // Each content kind fills its own columns.
        const QString type = post.expectedContentType;
        if (type == QLatin1String("MEDIA"))
            QVERIFY2(!isNull(at(def, row, "media_id")), qPrintable(where));
        if (type == QLatin1String("ARTICLE"))
            QVERIFY2(!isNull(at(def, row, "article_source")), qPrintable(where));
        if (type == QLatin1String("MULTI_IMAGE"))
            QVERIFY2(!isNull(at(def, row, "multi_image_images_json")), qPrintable(where));
        if (type == QLatin1String("POLL"))
            QVERIFY2(!isNull(at(def, row, "poll_question")) && !isNull(at(def, row, "poll_options_json")),
                     qPrintable(where));
        if (type == QLatin1String("CAROUSEL"))
            QVERIFY2(!isNull(at(def, row, "carousel_items_json")), qPrintable(where));
        if (type == QLatin1String("CELEBRATION"))
            QVERIFY2(!isNull(at(def, row, "celebration_type")), qPrintable(where));
        if (type == QLatin1String("REFERENCE"))
            QVERIFY2(!isNull(at(def, row, "reference_json")), qPrintable(where));
        const QJsonObject raw = QJsonDocument::fromJson(at(def, row, "raw_json").toString().toUtf8()).object();
        QVERIFY2(raw == post.json, qPrintable(where));
        types.insert(type);
    }
    if (expectEveryType)
        QCOMPARE(types, (QSet<QString>{"TEXT", "MEDIA", "ARTICLE", "MULTI_IMAGE", "POLL", "CAROUSEL", "CELEBRATION",
                                       "REFERENCE"}));
}

void TestStreamParsers::sandboxPostStatistics() {
    const StreamDef &def = stream("post_statistics");
    const sandbox::SandboxData data(sandboxOptions(42, 500));
    QJsonArray elements;
    int withStats = 0;
    for (const sandbox::SandboxPost &post : data.posts()) {
        if (!post.stats)
            continue;
        ++withStats;
        const bool isShare = post.urn.startsWith(QLatin1String("urn:li:share:"));
        elements.append(QJsonObject{{isShare ? "share" : "ugcPost", post.urn},
                                    {"organizationalEntity", data.organizationUrn()},
                                    {"totalShareStatistics", sandbox::SandboxData::postStatisticsJson(*post.stats)}});
    }
    QVERIFY(withStats > 0);
    const QList<Row> rows = parsePostStatistics(def, QJsonObject{{"elements", elements}},
                                                ParseContext{data.organizationUrn(), data.today()});
    QCOMPARE(rows.size(), withStats);
    for (const Row &row : rows) {
        const sandbox::SandboxPost *post = data.post(at(def, row, "post_urn").toString());
        QVERIFY(post && post->stats);
        QCOMPARE(at(def, row, "impression_count").toLongLong(), post->stats->impressionCount);
        QCOMPARE(at(def, row, "unique_impressions_count").toLongLong(), post->stats->uniqueImpressionsCount);
        QCOMPARE(at(def, row, "click_count").toLongLong(), post->stats->clickCount);
        QCOMPARE(at(def, row, "like_count").toLongLong(), post->stats->likeCount);
        QCOMPARE(at(def, row, "comment_count").toLongLong(), post->stats->commentCount);
        QCOMPARE(at(def, row, "share_count").toLongLong(), post->stats->shareCount);
        QCOMPARE(at(def, row, "engagement").toDouble(), post->stats->engagement);
        QCOMPARE(at(def, row, "organization_urn").toString(), data.organizationUrn());
    }
}

void TestStreamParsers::sandboxDaily() {
    const sandbox::SandboxData data(sandboxOptions(42, 10, 60));
    const ParseContext ctx{data.organizationUrn(), data.today()};
    QJsonArray followers, pages, shares;
    QList<QDate> days;
    for (QDate day = data.newestDay().addDays(-13); day <= data.newestDay(); day = day.addDays(1)) {
        days << day;
        followers.append(QJsonObject{{"followerGains", data.followerGainsJson(day)},
                                     {"organizationalEntity", data.organizationUrn()},
                                     {"timeRange", timeRange(day)}});
        pages.append(QJsonObject{{"totalPageStatistics", data.pageViews(day)},
                                 {"organization", data.organizationUrn()},
                                 {"timeRange", timeRange(day)}});
        shares.append(QJsonObject{{"totalShareStatistics", data.shareStatisticsJson(day)},
                                  {"organizationalEntity", data.organizationUrn()},
                                  {"timeRange", timeRange(day)}});
    }

    const StreamDef &follower = stream("follower_statistics");
    const QList<Row> followerRows = parseDailyRows(follower, QJsonObject{{"elements", followers}}, ctx);
    QCOMPARE(followerRows.size(), days.size());
    for (int i = 0; i < days.size(); ++i) {
        QCOMPARE(at(follower, followerRows[i], "date").toString(), days[i].toString(Qt::ISODate));
        QCOMPARE(at(follower, followerRows[i], "organic_follower_gain").toLongLong(),
                 data.followers(days[i]).organicGain);
        QCOMPARE(at(follower, followerRows[i], "paid_follower_gain").toLongLong(), data.followers(days[i]).paidGain);
    }

    const StreamDef &page = stream("page_statistics");
    const QList<Row> pageRows = parseDailyRows(page, QJsonObject{{"elements", pages}}, ctx);
    QCOMPARE(pageRows.size(), days.size());
    QCOMPARE(sandbox::SandboxData::viewMetrics().size(), 27);
    for (int i = 0; i < days.size(); ++i) {
        const QJsonObject total = data.pageViews(days[i]);
        const QJsonObject views = total.value("views").toObject();
        for (const QString &metric : sandbox::SandboxData::viewMetrics()) {
            const QByteArray column = pagesight::snakeCase(metric).toLatin1();
            const QJsonObject value = views.value(metric).toObject();
            QVERIFY2(at(page, pageRows[i], column.constData()).toLongLong() == value.value("pageViews").toInteger(),
                     column.constData());
            const QVariant unique = at(page, pageRows[i], (column + "_unique").constData());
            if (sandbox::SandboxData::viewMetricHasUniques(metric))
                QVERIFY2(unique.toLongLong() == value.value("uniquePageViews").toInteger(), column.constData());
            else
                QVERIFY2(isNull(unique), column.constData());
        }
        const QJsonObject clicks = total.value("clicks").toObject();
        QCOMPARE(at(page, pageRows[i], "desktop_custom_button_click_counts_json"),
                 jsonOrNull(clicks.value("desktopCustomButtonClickCounts")));
        QCOMPARE(at(page, pageRows[i], "mobile_custom_button_click_counts_json"),
                 jsonOrNull(clicks.value("mobileCustomButtonClickCounts")));
    }

    const StreamDef &share = stream("share_statistics");
    const QList<Row> shareRows = parseDailyRows(share, QJsonObject{{"elements", shares}}, ctx);
    QCOMPARE(shareRows.size(), days.size());
    for (int i = 0; i < days.size(); ++i) {
        const sandbox::DailyShares expected = data.shares(days[i]);
        QCOMPARE(at(share, shareRows[i], "impression_count").toLongLong(), expected.impressionCount);
        QCOMPARE(at(share, shareRows[i], "unique_impressions_count").toLongLong(), expected.uniqueImpressionsCount);
        QCOMPARE(at(share, shareRows[i], "click_count").toLongLong(), expected.clickCount);
        QCOMPARE(at(share, shareRows[i], "like_count").toLongLong(), expected.likeCount);
        QCOMPARE(at(share, shareRows[i], "comment_count").toLongLong(), expected.commentCount);
        QCOMPARE(at(share, shareRows[i], "share_count").toLongLong(), expected.shareCount);
        QCOMPARE(at(share, shareRows[i], "engagement").toDouble(), expected.engagement);
    }
}

void TestStreamParsers::sandboxLifetime() {
    const sandbox::SandboxData data(sandboxOptions(42, 50, 120));
    const ParseContext ctx{data.organizationUrn(), data.today()};

    const StreamDef &follower = stream("follower_statistics");
    const QJsonObject followerResponse = data.lifetimeFollowerStatistics();
    const std::optional<Row> followerRow = parseLifetimeRow(follower, followerResponse, ctx, data.networkSize());
    QVERIFY(followerRow);
    QCOMPARE(at(follower, *followerRow, "total_followers").toLongLong(), data.networkSize());
    QCOMPARE(at(follower, *followerRow, "date").toString(), QStringLiteral("2026-11-28"));
    const QJsonObject followerElement = followerResponse.value("elements").toArray().first().toObject();
    const QList<QPair<const char *, const char *>> facets = {
        {"follower_counts_by_association_type_json", "followerCountsByAssociationType"},
        {"follower_counts_by_geo_country_json", "followerCountsByGeoCountry"},
        {"follower_counts_by_function_json", "followerCountsByFunction"},
        {"follower_counts_by_industry_json", "followerCountsByIndustry"},
        {"follower_counts_by_geo_json", "followerCountsByGeo"},
        {"follower_counts_by_seniority_json", "followerCountsBySeniority"},
        {"follower_counts_by_staff_count_range_json", "followerCountsByStaffCountRange"}};
    for (const auto &[column, key] : facets) {
        QVERIFY2(!followerElement.value(QLatin1String(key)).toArray().isEmpty(), key);
        QCOMPARE(at(follower, *followerRow, column).toString(), compact(followerElement.value(QLatin1String(key))));
    }

    const StreamDef &page = stream("page_statistics");
    const QJsonObject pageResponse = data.lifetimePageStatistics();
    const std::optional<Row> pageRow = parseLifetimeRow(page, pageResponse, ctx);
    QVERIFY(pageRow);
    const QJsonObject pageElement = pageResponse.value("elements").toArray().first().toObject();
    const QJsonObject totalViews = pageElement.value("totalPageStatistics").toObject().value("views").toObject();
    for (const QString &metric : sandbox::SandboxData::viewMetrics())
        QCOMPARE(at(page, *pageRow, pagesight::snakeCase(metric).toLatin1().constData()).toLongLong(),
                 totalViews.value(metric).toObject().value("pageViews").toInteger());
    QCOMPARE(at(page, *pageRow, "page_statistics_by_seniority_json").toString(),
             compact(pageElement.value("pageStatisticsBySeniority")));
    QCOMPARE(at(page, *pageRow, "page_statistics_by_industry_v2_json").toString(),
             compact(pageElement.value("pageStatisticsByIndustryV2")));
    QCOMPARE(at(page, *pageRow, "page_statistics_by_targeted_content_json").toString(), QStringLiteral("[]"));

    const StreamDef &share = stream("share_statistics");
    const QJsonObject shareResponse = data.lifetimeShareStatistics();
    const std::optional<Row> shareRow = parseLifetimeRow(share, shareResponse, ctx);
    QVERIFY(shareRow);
    const QJsonObject totals =
        shareResponse.value("elements").toArray().first().toObject().value("totalShareStatistics").toObject();
    QCOMPARE(at(share, *shareRow, "impression_count").toLongLong(), totals.value("impressionCount").toInteger());
    QCOMPARE(at(share, *shareRow, "comment_mentions_count").toLongLong(),
             totals.value("commentMentionsCount").toInteger());
    QCOMPARE(at(share, *shareRow, "share_mentions_count").toLongLong(), totals.value("shareMentionsCount").toInteger());
    QCOMPARE(at(share, *shareRow, "report_type").toString(), QStringLiteral("LIFETIME"));
}

QTEST_GUILESS_MAIN(TestStreamParsers)
#include "tst_streamparsers.moc"
