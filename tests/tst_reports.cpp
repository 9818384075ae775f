// The ready-made reports (docs/SPEC.md §4) over a catalog of hand-made rows whose results are
// known, and the read-only query path of the SQL explorer and `pagesight query`.
#include "analytics/Reports.h"
#include "catalog/Catalog.h"
#include "streams/StreamDef.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pagesight;

namespace {

const QString orgA = QStringLiteral("urn:li:organization:1001");
const QString orgB = QStringLiteral("urn:li:organization:2002");
const QString syncedAt = QStringLiteral("2026-01-11T06:00:00Z");

// A row in the schema's column order from named values; every other column NULL. Unknown names
// are collected in missing so the caller can fail on them.
Row makeRow(const TableSchema &schema, const QVariantMap &values, QStringList *missing) {
    Row row(schema.columns.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int i = schema.indexOf(it.key());
        if (i < 0)
            missing->append(schema.name + QLatin1Char('.') + it.key());
        else
            row[i] = it.value();
    }
    row[schema.indexOf(QStringLiteral("_synced_at"))] = syncedAt;
    row[schema.indexOf(QStringLiteral("_run_id"))] = 1;
    return row;
}

qint64 msecs(int y, int m, int d, int h, int min, int s, int ms) {
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

// The first n Unicode code points (SQLite's substr counts characters, not UTF-16 units).
QString firstCodePoints(const QString &text, int n) {
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), qMin(n, int(ucs4.size())));
}

QString longCommentary() {
    // An emoji (two UTF-16 units) inside the first 50 characters, accents, and more than 50 in all.
    return QStringLiteral("Ünïcode 😀 launch: ") + QStringLiteral("abcdefghij").repeated(6);
}

// One facet item of a lifetime page statistics row.
QJsonObject facetItem(const QString &key, const QString &value, int views, int uniqueViews = -1) {
    QJsonObject allPageViews{{QStringLiteral("pageViews"), views}};
    if (uniqueViews >= 0)
        allPageViews.insert(QStringLiteral("uniquePageViews"), uniqueViews);
    return QJsonObject{
        {key, value},
        {QStringLiteral("pageStatistics"),
         QJsonObject{{QStringLiteral("views"), QJsonObject{{QStringLiteral("allPageViews"), allPageViews},
                                                           {QStringLiteral("allDesktopPageViews"),
                                                            QJsonObject{{QStringLiteral("pageViews"), 1}}}}}}}};
}

QString jsonText(const QJsonArray &array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Each demographic report: the page_statistics column, the item key, and three values with
// their expected result (ordered by views, descending) in the newest snapshot of orgA.
struct FacetCase {
    const char *report;
    QString column;
    QString facetColumn;
    QString key;
    QStringList values; // in result order
    QList<int> views;
    QList<int> uniqueViews; // -1 = not sent (NULL)
    QList<double> pct;
};

const QList<FacetCase> &facetCases() {
    static const QList<FacetCase> cases = {
        {"visitor-demographics",
         QStringLiteral("seniority"),
         QStringLiteral("page_statistics_by_seniority_json"),
         QStringLiteral("seniority"),
         {QStringLiteral("urn:li:seniority:5"), QStringLiteral("urn:li:seniority:3"),
          QStringLiteral("urn:li:seniority:1")},
         {60, 25, 12},
         {45, 20, -1},
         {61.9, 25.8, 12.4}}, // of 97
        {"visitor-demographics-function",
         QStringLiteral("function"),
         QStringLiteral("page_statistics_by_function_json"),
         QStringLiteral("function"),
         {QStringLiteral("urn:li:function:8"), QStringLiteral("urn:li:function:4"),
          QStringLiteral("urn:li:function:25")},
         {2, 1, 0},
         {2, 1, 0},
         {66.7, 33.3, 0.0}}, // of 3
        {"visitor-demographics-industry",
         QStringLiteral("industry"),
         QStringLiteral("page_statistics_by_industry_v2_json"),
         QStringLiteral("industryV2"),
         {QStringLiteral("urn:li:industry:4"), QStringLiteral("urn:li:industry:96"),
          QStringLiteral("urn:li:industry:6")},
         {17, 5, 1},
         {-1, -1, -1},
         {73.9, 21.7, 4.3}}, // of 23
        {"visitor-demographics-country",
         QStringLiteral("country"),
         QStringLiteral("page_statistics_by_geo_country_json"),
         QStringLiteral("geo"),
         {QStringLiteral("urn:li:geo:106215326"), QStringLiteral("urn:li:geo:103644278"),
          QStringLiteral("urn:li:geo:101165590")},
         {21, 7, 2},
         {-1, -1, -1},
         {70.0, 23.3, 6.7}}, // of 30
        {"visitor-demographics-region",
         QStringLiteral("region"),
         QStringLiteral("page_statistics_by_geo_json"),
         QStringLiteral("geo"),
         {QStringLiteral("urn:li:geo:101094033"), QStringLiteral("urn:li:geo:90009496"),
          QStringLiteral("urn:li:geo:90000084")},
         {16, 8, 1},
         {-1, -1, -1},
         {64.0, 32.0, 4.0}}, // of 25
        {"visitor-demographics-company-size",
         QStringLiteral("company_size"),
         QStringLiteral("page_statistics_by_staff_count_range_json"),
         QStringLiteral("staffCountRange"),
         {QStringLiteral("SIZE_51_TO_200"), QStringLiteral("SIZE_2_TO_10"), QStringLiteral("SIZE_10001_OR_MORE")},
         {15, 4, 2},
         {9, 3, 1},
         {71.4, 19.0, 9.5}}, // of 21
    };
    return cases;
}

// Compares one result cell: null where expected is null, else the same number or text.
void verifyCell(const QVariant &actual, const QVariant &expected, const QByteArray &where) {
    if (expected.isNull()) {
        QVERIFY2(actual.isNull(), where + ": expected NULL, got " + actual.toString().toUtf8());
        return;
    }
    QVERIFY2(!actual.isNull(), where + ": expected " + expected.toString().toUtf8() + ", got NULL");
    if (expected.typeId() == QMetaType::Double) {
        QVERIFY2(qAbs(actual.toDouble() - expected.toDouble()) < 1e-9,
                 where + ": expected " + expected.toString().toUtf8() + ", got " + actual.toString().toUtf8());
    } else if (expected.typeId() == QMetaType::QString) {
        QCOMPARE(actual.toString(), expected.toString());
    } else {
        bool ok = false;
        const qlonglong value = actual.toLongLong(&ok);
        QVERIFY2(ok, where + ": not an integer: " + actual.toString().toUtf8());
        QVERIFY2(value == expected.toLongLong(),
                 where + ": expected " + expected.toString().toUtf8() + ", got " + actual.toString().toUtf8());
    }
}

const QStringList postEngagementColumns = {QStringLiteral("post_id"),
                                           QStringLiteral("post_preview"),
                                           QStringLiteral("published_date"),
                                           QStringLiteral("content_type"),
                                           QStringLiteral("impressions"),
                                           QStringLiteral("unique_impressions"),
                                           QStringLiteral("clicks"),
                                           QStringLiteral("likes"),
                                           QStringLiteral("comments"),
                                           QStringLiteral("shares"),
                                           QStringLiteral("engagement_rate_pct"),
                                           QStringLiteral("total_engagements")};
const QStringList followerGrowthColumns = {QStringLiteral("report_date"),       QStringLiteral("organic_gained"),
                                           QStringLiteral("paid_gained"),       QStringLiteral("total_gained"),
                                           QStringLiteral("cumulative_growth"), QStringLiteral("seven_day_moving_avg"),
                                           QStringLiteral("organic_pct")};

} // namespace

class TestReports : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void definitionsMatchTheSpec_data();
    void definitionsMatchTheSpec();
    void columnsOnAnEmptyCatalog_data();
    void columnsOnAnEmptyCatalog();
    void unknownReport();
    void reportWithoutItsTables();

    void postEngagement();
    void postEngagementByOrganization_data();
    void postEngagementByOrganization();
    void postEngagementWithPrefix();

    void followerGrowthOfOneOrganization();
    void followerGrowthOfAllOrganizations();

    void demographics_data();
    void demographics();
    void demographicsOfAllOrganizations();

    void readOnlyQueryRefusesWrites_data();
    void readOnlyQueryRefusesWrites();
    void readOnlyQueryRuns_data();
    void readOnlyQueryRuns();
    void readOnlyConnectionRefusesDisguisedWrites_data();
    void readOnlyConnectionRefusesDisguisedWrites();

private:
    bool createTables(Catalog &catalog, const TableNames &names);
    void insertFixtures();
    void upsert(const QString &streamId, const QString &table, const QList<QVariantMap> &rows);
    QString fixtureFingerprint() const; // every user table's rows as text
    QSqlDatabase db() const { return m_catalog->reader(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

bool TestReports::createTables(Catalog &catalog, const TableNames &names) {
    const QList<std::pair<QString, QString>> tables = {
        {QStringLiteral("follower_statistics"), names.followerStatistics},
        {QStringLiteral("page_statistics"), names.pageStatistics},
        {QStringLiteral("share_statistics"), names.shareStatistics},
        {QStringLiteral("organization_posts"), names.organizationPosts},
        {QStringLiteral("post_statistics"), names.postStatistics},
    };
    for (const auto &[streamId, table] : tables) {
        const StreamDef *stream = findStream(streamId);
        if (!stream) {
            qWarning() << "no stream" << streamId;
            return false;
        }
        const CatalogError error = catalog.ensureTable(stream->schema(table));
        if (error.isError()) {
            qWarning() << "ensureTable" << table << describe(error);
            return false;
        }
    }
    return true;
}

void TestReports::upsert(const QString &streamId, const QString &table, const QList<QVariantMap> &rows) {
    const StreamDef *stream = findStream(streamId);
    QVERIFY(stream);
    const TableSchema schema = stream->schema(table);
    QCOMPARE(schema.columns.last().name, QStringLiteral("_run_id"));
    QStringList missing;
    QList<Row> data;
    for (const QVariantMap &values : rows)
        data.append(makeRow(schema, values, &missing));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    const CatalogError error = m_catalog->upsert(schema, data);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
}

void TestReports::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_catalog = std::make_unique<Catalog>(QStringLiteral("tst_reports"));
    const CatalogError opened = m_catalog->open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QVERIFY2(!opened.isError(), qPrintable(describe(opened)));
    QVERIFY(createTables(*m_catalog, TableNames{}));
    insertFixtures();
}

void TestReports::cleanupTestCase() {
    m_catalog.reset();
}

void TestReports::insertFixtures() {
    // Posts: three, one without a statistics row; orgB's post for the organization filter.
    upsert(QStringLiteral("organization_posts"), QStringLiteral("organization_posts"),
           {
               {{QStringLiteral("id"), QStringLiteral("urn:li:share:7001")},
                {QStringLiteral("author"), orgA},
                {QStringLiteral("published_at"), msecs(2026, 1, 2, 3, 4, 5, 678)},
                {QStringLiteral("commentary"), longCommentary()},
                {QStringLiteral("content_type"), QStringLiteral("TEXT")}},
               {{QStringLiteral("id"), QStringLiteral("urn:li:ugcPost:7002")},
                {QStringLiteral("author"), orgA},
                // Truncated, not rounded, to the second: still Feb 10.
                {QStringLiteral("published_at"), msecs(2026, 2, 10, 23, 59, 59, 999)},
                {QStringLiteral("commentary"),
                 QStringLiteral("We're hiring, \"engineers\"! ") + QString(60, QLatin1Char('x'))},
                {QStringLiteral("content_type"), QStringLiteral("ARTICLE")}},
               {{QStringLiteral("id"), QStringLiteral("urn:li:share:7003")},
                {QStringLiteral("author"), orgB},
                {QStringLiteral("published_at"), msecs(2025, 12, 31, 0, 0, 0, 0)},
                {QStringLiteral("commentary"), QStringLiteral("Short")},
                {QStringLiteral("content_type"), QStringLiteral("MEDIA")}},
           });
    upsert(QStringLiteral("post_statistics"), QStringLiteral("post_statistics"),
           {
               {{QStringLiteral("post_urn"), QStringLiteral("urn:li:share:7001")},
                {QStringLiteral("organization_urn"), orgA},
                {QStringLiteral("share"), QStringLiteral("urn:li:share:7001")},
                {QStringLiteral("impression_count"), 1000},
                {QStringLiteral("unique_impressions_count"), 800},
                {QStringLiteral("click_count"), 30},
                {QStringLiteral("like_count"), 40},
                {QStringLiteral("comment_count"), 5},
                {QStringLiteral("share_count"), 3},
                {QStringLiteral("engagement"), 0.0482}},
               {{QStringLiteral("post_urn"), QStringLiteral("urn:li:ugcPost:7002")},
                {QStringLiteral("organization_urn"), orgA},
                {QStringLiteral("ugc_post"), QStringLiteral("urn:li:ugcPost:7002")},
                {QStringLiteral("impression_count"), 5000},
                {QStringLiteral("unique_impressions_count"), 4100},
                {QStringLiteral("click_count"), 210},
                {QStringLiteral("like_count"), 100},
                {QStringLiteral("comment_count"), 20},
                {QStringLiteral("share_count"), 10},
                {QStringLiteral("engagement"), 0.1234567}},
           });

    // Follower statistics: orgA has DAY rows Jan 1–9 without Jan 5, and a LIFETIME row whose gains
    // must not count; orgB adds to Jan 2 and has Jan 10 alone.
    const QList<std::tuple<QString, QString, int, int>> days = {
        {orgA, QStringLiteral("2026-01-01"), 10, 0},  {orgA, QStringLiteral("2026-01-02"), 5, 5},
        {orgA, QStringLiteral("2026-01-03"), 0, 0},   {orgA, QStringLiteral("2026-01-04"), 3, 1},
        {orgA, QStringLiteral("2026-01-06"), 8, 2},   {orgA, QStringLiteral("2026-01-07"), -2, 0},
        {orgA, QStringLiteral("2026-01-08"), 6, 1},   {orgA, QStringLiteral("2026-01-09"), 4, 0},
        {orgB, QStringLiteral("2026-01-02"), 100, 0}, {orgB, QStringLiteral("2026-01-10"), 7, 0},
    };
    QList<QVariantMap> followerRows;
    for (const auto &[org, date, organic, paid] : days) {
        const qint64 start = QDateTime(QDate::fromString(date, Qt::ISODate), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        followerRows.append({{QStringLiteral("organization_urn"), org},
                             {QStringLiteral("report_type"), QStringLiteral("DAY")},
                             {QStringLiteral("date"), date},
                             {QStringLiteral("time_range_start"), start},
                             {QStringLiteral("time_range_end"), start + 86400000},
                             {QStringLiteral("organic_follower_gain"), organic},
                             {QStringLiteral("paid_follower_gain"), paid}});
    }
    followerRows.append({{QStringLiteral("organization_urn"), orgA},
                         {QStringLiteral("report_type"), QStringLiteral("LIFETIME")},
                         {QStringLiteral("date"), QStringLiteral("2026-01-09")},
                         {QStringLiteral("organic_follower_gain"), 999},
                         {QStringLiteral("paid_follower_gain"), 999},
                         {QStringLiteral("total_followers"), 5000}});
    upsert(QStringLiteral("follower_statistics"), QStringLiteral("follower_statistics"), followerRows);

    // Page statistics: two LIFETIME snapshots of orgA (only the newest, Jan 9, counts), a newer DAY
    // row of orgA (not a snapshot), and a newer snapshot of orgB.
    QVariantMap oldSnapshot{{QStringLiteral("organization_urn"), orgA},
                            {QStringLiteral("report_type"), QStringLiteral("LIFETIME")},
                            {QStringLiteral("date"), QStringLiteral("2026-01-05")}};
    QVariantMap newSnapshot{{QStringLiteral("organization_urn"), orgA},
                            {QStringLiteral("report_type"), QStringLiteral("LIFETIME")},
                            {QStringLiteral("date"), QStringLiteral("2026-01-09")},
                            {QStringLiteral("all_page_views"), 97}};
    QVariantMap dayRow{{QStringLiteral("organization_urn"), orgA},
                       {QStringLiteral("report_type"), QStringLiteral("DAY")},
                       {QStringLiteral("date"), QStringLiteral("2026-01-10")}};
    QVariantMap otherOrgSnapshot{{QStringLiteral("organization_urn"), orgB},
                                 {QStringLiteral("report_type"), QStringLiteral("LIFETIME")},
                                 {QStringLiteral("date"), QStringLiteral("2026-01-10")}};
    for (const FacetCase &f : facetCases()) {
        QJsonArray items;
        for (int i = 0; i < f.values.size(); ++i)
            items.append(facetItem(f.key, f.values[i], f.views[i], f.uniqueViews[i]));
        // Reversed, so the order of the result comes from the query, not from the JSON.
        QJsonArray reversed;
        for (qsizetype i = items.size() - 1; i >= 0; --i)
            reversed.append(items[i]);
        newSnapshot.insert(f.facetColumn, jsonText(reversed));
        // The old snapshot has one value with far more views: it must not show up.
        oldSnapshot.insert(f.facetColumn,
                           jsonText({facetItem(f.key, f.values[0], 1), facetItem(f.key, QStringLiteral("OLD"), 9999)}));
        dayRow.insert(f.facetColumn, jsonText({facetItem(f.key, QStringLiteral("DAY"), 8888)}));
        otherOrgSnapshot.insert(f.facetColumn, jsonText({facetItem(f.key, QStringLiteral("ORG_B"), 70, 50)}));
    }
    upsert(QStringLiteral("page_statistics"), QStringLiteral("page_statistics"),
           {oldSnapshot, newSnapshot, dayRow, otherOrgSnapshot});
}

QString TestReports::fixtureFingerprint() const {
    QString text;
    for (const QString &table : {QStringLiteral("organization_posts"), QStringLiteral("post_statistics"),
                                 QStringLiteral("follower_statistics"), QStringLiteral("page_statistics")}) {
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(Catalog::quoted(table))))
            return QStringLiteral("cannot read ") + table;
        text += table + QLatin1Char(':');
        while (query.next())
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + QLatin1Char('|');
        text += QLatin1Char('\n');
    }
    return text;
}

void TestReports::definitionsMatchTheSpec_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("columns");

    const QStringList views = {QStringLiteral("total_views"), QStringLiteral("unique_views"),
                               QStringLiteral("pct_of_total")};
    QTest::newRow("post-engagement") << "post-engagement" << postEngagementColumns;
    QTest::newRow("follower-growth") << "follower-growth" << followerGrowthColumns;
    for (const FacetCase &f : facetCases())
        QTest::newRow(f.report) << QString::fromLatin1(f.report) << QStringList{f.column} + views;
}

void TestReports::definitionsMatchTheSpec() {
    QFETCH(QString, name);
    QFETCH(QStringList, columns);

    const ReportDef *report = findReport(name);
    QVERIFY(report);
    QCOMPARE(report->name, name);
    QVERIFY(!report->title.isEmpty());
    QCOMPARE(report->columns, columns);

    // What the query returns is what the definition says, in order.
    const QueryResult result = runReport(db(), name);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.columns, columns);
    QVERIFY(!result.rows.isEmpty());
    for (const auto &row : result.rows)
        QCOMPARE(row.size(), columns.size());
}

void TestReports::columnsOnAnEmptyCatalog_data() {
    QTest::addColumn<QString>("name");
    for (const ReportDef &report : reportDefinitions())
        QTest::newRow(qPrintable(report.name)) << report.name;
}

void TestReports::columnsOnAnEmptyCatalog() {
    QFETCH(QString, name);
    Catalog empty(QStringLiteral("tst_reports_empty"));
    const CatalogError opened = empty.open(m_dir.filePath(QStringLiteral("empty.sqlite")));
    QVERIFY2(!opened.isError(), qPrintable(describe(opened)));
    QVERIFY(createTables(empty, TableNames{}));

    const QueryResult result = runReport(empty.reader(), name);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.columns, findReport(name)->columns);
    QCOMPARE(result.rows.size(), 0);
}

void TestReports::unknownReport() {
    QVERIFY(!findReport(QStringLiteral("top-posts")));
    QVERIFY(reportSql(QStringLiteral("top-posts"), TableNames{}).isEmpty());
    const QueryResult result = runReport(db(), QStringLiteral("top-posts"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error, describe(InputError{InputError::Kind::UnknownReport, QStringLiteral("top-posts")}));
    QVERIFY(result.columns.isEmpty());
    QVERIFY(result.rows.isEmpty());

    QCOMPARE(reportDefinitions().size(), 8);
}

void TestReports::reportWithoutItsTables() {
    const QueryResult result =
        runReport(db(), QStringLiteral("post-engagement"), TableNames::withPrefix(QStringLiteral("nothing_")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("post-engagement")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("nothing_organization_posts")), qPrintable(result.error));
}

void TestReports::postEngagement() {
    const QueryResult result = runReport(db(), QStringLiteral("post-engagement"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.columns, postEngagementColumns);
    QCOMPARE(result.rows.size(), 3);

    const QString hiring = QStringLiteral("We're hiring, \"engineers\"! ") + QString(60, QLatin1Char('x'));
    // Ordered by impressions, descending; the post without a statistics row shows zeros.
    const QList<QVariantList> expected = {
        {QStringLiteral("urn:li:ugcPost:7002"), hiring.left(50) + QChar(0x2026), QStringLiteral("2026-02-10 23:59:59"),
         QStringLiteral("ARTICLE"), 5000, 4100, 210, 100, 20, 10, 12.35, 130},
        {QStringLiteral("urn:li:share:7001"), firstCodePoints(longCommentary(), 50) + QChar(0x2026),
         QStringLiteral("2026-01-02 03:04:05"), QStringLiteral("TEXT"), 1000, 800, 30, 40, 5, 3, 4.82, 48},
        {QStringLiteral("urn:li:share:7003"), QVariant(), QStringLiteral("2025-12-31 00:00:00"),
         QStringLiteral("MEDIA"), 0, 0, 0, 0, 0, 0, 0.0, 0},
    };
    for (int r = 0; r < expected.size(); ++r) {
        for (int c = 0; c < postEngagementColumns.size(); ++c) {
            if (r == 2 && c == 1)
                continue; // the short commentary: below
            verifyCell(result.rows[r][c], expected[r][c],
                       QStringLiteral("row %1 %2").arg(r).arg(postEngagementColumns[c]).toUtf8());
            if (QTest::currentTestFailed())
                return;
        }
    }
    // The preview is whole characters: the emoji is not cut in half.
    QVERIFY(QStringView(result.rows[1][1].toString()).isValidUtf16());
    QCOMPARE(result.rows[1][1].toString().toUcs4().size(), 51);
    // A commentary shorter than the preview is shown whole.
    QVERIFY2(result.rows[2][1].toString().startsWith(QLatin1String("Short")), qPrintable(result.rows[2][1].toString()));
    // total_engagements = likes + comments + shares on every row.
    for (const auto &row : result.rows)
        QCOMPARE(row[11].toLongLong(), row[7].toLongLong() + row[8].toLongLong() + row[9].toLongLong());
}

void TestReports::postEngagementByOrganization_data() {
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QStringList>("posts");
    QTest::newRow("orgA") << orgA
                          << QStringList{QStringLiteral("urn:li:ugcPost:7002"), QStringLiteral("urn:li:share:7001")};
    QTest::newRow("orgB") << orgB << QStringList{QStringLiteral("urn:li:share:7003")};
    QTest::newRow("unknown organization") << QStringLiteral("urn:li:organization:3") << QStringList{};
    QTest::newRow("all") << QString()
                         << QStringList{QStringLiteral("urn:li:ugcPost:7002"), QStringLiteral("urn:li:share:7001"),
                                        QStringLiteral("urn:li:share:7003")};
}

void TestReports::postEngagementByOrganization() {
    QFETCH(QString, organization);
    QFETCH(QStringList, posts);
    const QueryResult result = runReport(db(), QStringLiteral("post-engagement"), TableNames{}, organization);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.columns, postEngagementColumns);
    QStringList ids;
    for (const auto &row : result.rows)
        ids << row[0].toString();
    QCOMPARE(ids, posts);
}

void TestReports::postEngagementWithPrefix() {
    const TableNames names = TableNames::withPrefix(QStringLiteral("acme_"));
    QCOMPARE(names.organizationPosts, QStringLiteral("acme_organization_posts"));
    QCOMPARE(names.followerStatistics, QStringLiteral("acme_follower_statistics"));
    QVERIFY(createTables(*m_catalog, names));
    upsert(QStringLiteral("organization_posts"), names.organizationPosts,
           {{{QStringLiteral("id"), QStringLiteral("urn:li:share:1")},
             {QStringLiteral("author"), orgA},
             {QStringLiteral("published_at"), msecs(2026, 1, 1, 0, 0, 0, 0)},
             {QStringLiteral("commentary"), QStringLiteral("Prefixed table")}}});

    const QueryResult result = runReport(db(), QStringLiteral("post-engagement"), names);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows[0][0].toString(), QStringLiteral("urn:li:share:1"));
    QCOMPARE(result.rows[0][4].toLongLong(), 0); // acme_post_statistics is empty
}

void TestReports::followerGrowthOfOneOrganization() {
    const QueryResult result = runReport(db(), QStringLiteral("follower-growth"), TableNames{}, orgA);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.columns, followerGrowthColumns);

    // One row per DAY date, newest first; Jan 5 is missing from the data and from the report.
    // The 7-day average covers the calendar days [d-6, d] and averages the days present in it.
    const QVariant null;
    const QList<QVariantList> expected = {
        // date, organic, paid, total, cumulative, 7-day avg, organic %
        {QStringLiteral("2026-01-09"), 4, 0, 4, 43, 3.8, 100.0},   // (0+4+10-2+7+4)/6, Jan 3..9
        {QStringLiteral("2026-01-08"), 6, 1, 7, 39, 4.8, 85.7},    // (10+0+4+10-2+7)/6, Jan 2..8
        {QStringLiteral("2026-01-07"), -2, 0, -2, 32, 5.3, 100.0}, // 32/6, Jan 1..7
        {QStringLiteral("2026-01-06"), 8, 2, 10, 34, 6.8, 80.0},   // 34/5
        {QStringLiteral("2026-01-04"), 3, 1, 4, 24, 6.0, 75.0},    // 24/4
        {QStringLiteral("2026-01-03"), 0, 0, 0, 20, 6.7, null},    // 20/3; no gain: no percentage
        {QStringLiteral("2026-01-02"), 5, 5, 10, 20, 10.0, 50.0},
        {QStringLiteral("2026-01-01"), 10, 0, 10, 10, 10.0, 100.0}, // the first day: cumulative = its gain
    };
    QCOMPARE(result.rows.size(), expected.size());
    for (int r = 0; r < expected.size(); ++r) {
        for (int c = 0; c < followerGrowthColumns.size(); ++c) {
            verifyCell(result.rows[r][c], expected[r][c],
                       QStringLiteral("%1 %2").arg(expected[r][0].toString(), followerGrowthColumns[c]).toUtf8());
            if (QTest::currentTestFailed())
                return;
        }
    }
    // The newest row's cumulative growth is the sum of every day's gain (the LIFETIME row's 999s
    // are not in it).
    qint64 sum = 0;
    for (const auto &row : result.rows)
        sum += row[3].toLongLong();
    QCOMPARE(result.rows.first()[4].toLongLong(), sum);
}

void TestReports::followerGrowthOfAllOrganizations() {
    const QueryResult result = runReport(db(), QStringLiteral("follower-growth"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows.size(), 9); // orgB adds Jan 10
    const auto &newest = result.rows.first();
    QCOMPARE(newest[0].toString(), QStringLiteral("2026-01-10"));
    QCOMPARE(newest[4].toLongLong(), 150);        // 43 + 100 + 7
    verifyCell(newest[5], 5.0, "Jan 10 average"); // (4+10-2+7+4+7)/6, Jan 4..10

    const auto &jan2 = result.rows[7];
    QCOMPARE(jan2[0].toString(), QStringLiteral("2026-01-02"));
    QCOMPARE(jan2[1].toLongLong(), 105);
    QCOMPARE(jan2[2].toLongLong(), 5);
    QCOMPARE(jan2[3].toLongLong(), 110);
    QCOMPARE(jan2[4].toLongLong(), 120);
    verifyCell(jan2[6], 95.5, "Jan 2 organic %"); // 105 / 110

    QCOMPARE(result.rows.last()[0].toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(result.rows.last()[4].toLongLong(), 10);
}

void TestReports::demographics_data() {
    QTest::addColumn<int>("index");
    for (int i = 0; i < facetCases().size(); ++i)
        QTest::newRow(facetCases()[i].report) << i;
}

void TestReports::demographics() {
    QFETCH(int, index);
    const FacetCase &f = facetCases()[index];

    const QueryResult result = runReport(db(), QString::fromLatin1(f.report), TableNames{}, orgA);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.columns, (QStringList{f.column, QStringLiteral("total_views"), QStringLiteral("unique_views"),
                                          QStringLiteral("pct_of_total")}));
    // Only the newest LIFETIME snapshot of orgA: no OLD (older snapshot), DAY (not a snapshot) or
    // ORG_B (another organization) values.
    QCOMPARE(result.rows.size(), f.values.size());
    double pctSum = 0;
    for (int r = 0; r < f.values.size(); ++r) {
        const QByteArray where = QByteArray(f.report) + " row " + QByteArray::number(r);
        verifyCell(result.rows[r][0], f.values[r], where + " key");
        verifyCell(result.rows[r][1], f.views[r], where + " total_views");
        verifyCell(result.rows[r][2], f.uniqueViews[r] < 0 ? QVariant() : QVariant(f.uniqueViews[r]),
                   where + " unique_views");
        verifyCell(result.rows[r][3], f.pct[r], where + " pct_of_total");
        if (QTest::currentTestFailed())
            return;
        pctSum += result.rows[r][3].toDouble();
    }
    QVERIFY2(qAbs(pctSum - 100.0) <= 0.15, qPrintable(QString::number(pctSum))); // rounding only
}

void TestReports::demographicsOfAllOrganizations() {
    // Without an organization filter every organization's newest snapshot counts, as the
    // follower-growth report sums every organization's days: orgA's three values plus orgB's.
    const QueryResult result = runReport(db(), QStringLiteral("visitor-demographics"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QList<QVariantList> expected = {
        // of 97 + 70 = 167 views
        {QStringLiteral("ORG_B"), 70, 50, 41.9},
        {QStringLiteral("urn:li:seniority:5"), 60, 45, 35.9},
        {QStringLiteral("urn:li:seniority:3"), 25, 20, 15.0},
        {QStringLiteral("urn:li:seniority:1"), 12, QVariant(), 7.2},
    };
    QCOMPARE(result.rows.size(), expected.size());
    for (int r = 0; r < expected.size(); ++r)
        for (int c = 0; c < 4; ++c)
            verifyCell(result.rows[r][c], expected[r][c], QByteArray("row ") + QByteArray::number(r));
}

void TestReports::readOnlyQueryRefusesWrites_data() {
    QTest::addColumn<QString>("sql");
    QTest::newRow("INSERT") << "INSERT INTO organization_posts (id) VALUES ('urn:li:share:666')";
    QTest::newRow("insert lower case, indented") << "  \n insert into organization_posts (id) values ('x')";
    QTest::newRow("REPLACE") << "REPLACE INTO organization_posts (id) VALUES ('urn:li:share:7001')";
    QTest::newRow("DELETE") << "DELETE FROM organization_posts";
    QTest::newRow("UPDATE") << "UPDATE post_statistics SET impression_count = 0";
    QTest::newRow("DROP") << "DROP TABLE organization_posts";
    QTest::newRow("ALTER") << "ALTER TABLE organization_posts RENAME TO gone";
    QTest::newRow("CREATE") << "CREATE TABLE evil (x)";
    QTest::newRow("ATTACH") << "ATTACH DATABASE ':memory:' AS other";
    QTest::newRow("DETACH") << "DETACH DATABASE main";
    QTest::newRow("PRAGMA") << "PRAGMA journal_mode = DELETE";
    QTest::newRow("PRAGMA query_only off") << "PRAGMA query_only = OFF";
    QTest::newRow("VACUUM") << "VACUUM";
    QTest::newRow("BEGIN") << "BEGIN IMMEDIATE";
    QTest::newRow("comment then DELETE") << "/* SELECT */ DELETE FROM organization_posts";
    QTest::newRow("SELECTION is not SELECT") << "SELECTION";
    QTest::newRow("empty") << "";
}

void TestReports::readOnlyQueryRefusesWrites() {
    QFETCH(QString, sql);
    // On the read-write connection, so it is the statement check, not the connection, that refuses.
    const QString before = fixtureFingerprint();
    const QueryResult result = runReadOnlyQuery(db(), sql);
    QVERIFY(!result.ok());
    // The statement check's own sentence (ErrorText), not an SQLite message after an attempt.
    // A word no statement starts with is named as not SQL rather than as a write.
    const QString refused = sql == QLatin1String("SELECTION")
                                ? QStringLiteral("This is not an SQL statement")
                                : describe(CatalogError{CatalogError::Kind::ReadOnly, {}, {}});
    QVERIFY(!refused.isEmpty());
    QVERIFY2(result.error.startsWith(refused), qPrintable(result.error));
    QVERIFY2(result.error.contains(sql.trimmed().left(20)), qPrintable(result.error)); // names the statement
    QVERIFY(result.columns.isEmpty());
    QVERIFY(result.rows.isEmpty());
    QCOMPARE(fixtureFingerprint(), before);
    QCOMPARE(m_catalog->rowCount(QStringLiteral("organization_posts")), 3);
}

void TestReports::readOnlyQueryRuns_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QVariantList>("firstColumn");

    QTest::newRow("SELECT") << "SELECT id FROM organization_posts ORDER BY id" << QStringList{QStringLiteral("id")}
                            << QVariantList{QStringLiteral("urn:li:share:7001"), QStringLiteral("urn:li:share:7003"),
                                            QStringLiteral("urn:li:ugcPost:7002")};
    QTest::newRow("select lower case, indented")
        << "\n  select count(*) AS n from organization_posts" << QStringList{QStringLiteral("n")} << QVariantList{3};
    QTest::newRow("leading comments") << "-- how many posts?\n/* all of them */ SELECT count(*) AS n FROM "
                                         "organization_posts"
                                      << QStringList{QStringLiteral("n")} << QVariantList{3};
    QTest::newRow("WITH") << "WITH t AS (SELECT 2 AS v) SELECT v * 21 AS answer FROM t"
                          << QStringList{QStringLiteral("answer")} << QVariantList{42};
    QTest::newRow("VALUES") << "VALUES (1, 'a'), (2, NULL)"
                            << QStringList{QStringLiteral("column1"), QStringLiteral("column2")} << QVariantList{1, 2};
    QTest::newRow("json_each") << "SELECT json_extract(j.value, '$.seniority') AS s FROM page_statistics, "
                                  "json_each(page_statistics_by_seniority_json) AS j WHERE date = '2026-01-09' "
                                  "AND report_type = 'LIFETIME' ORDER BY s"
                               << QStringList{QStringLiteral("s")}
                               << QVariantList{QStringLiteral("urn:li:seniority:1"),
                                               QStringLiteral("urn:li:seniority:3"),
                                               QStringLiteral("urn:li:seniority:5")};
}

void TestReports::readOnlyQueryRuns() {
    QFETCH(QString, sql);
    QFETCH(QStringList, columns);
    QFETCH(QVariantList, firstColumn);

    Catalog reader(QStringLiteral("tst_reports_reader"));
    const CatalogError opened = reader.open(m_catalog->path(), Catalog::Mode::ReadOnly);
    QVERIFY2(!opened.isError(), qPrintable(describe(opened)));
    const QueryResult result = runReadOnlyQuery(reader.reader(), sql);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.columns, columns);
    QCOMPARE(result.rows.size(), firstColumn.size());
    for (int r = 0; r < firstColumn.size(); ++r)
        verifyCell(result.rows[r][0], firstColumn[r], "row " + QByteArray::number(r));
}

void TestReports::readOnlyConnectionRefusesDisguisedWrites_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("reportsError");
    QTest::newRow("WITH ... DELETE") << "WITH x AS (SELECT 1) DELETE FROM organization_posts" << true;
    QTest::newRow("WITH ... UPDATE") << "WITH x AS (SELECT 1) UPDATE post_statistics SET impression_count = 0" << true;
    QTest::newRow("WITH ... INSERT")
        << "WITH x AS (SELECT 1) INSERT INTO organization_posts (id) SELECT 'urn:li:share:666' FROM x" << true;
    QTest::newRow("WITH ... REPLACE")
        << "with x as (select 1) replace into organization_posts (id) values ('urn:li:share:7001')" << true;
    // The statement check names the write wherever it stands, and behind EXPLAIN.
    QTest::newRow("SELECT; DELETE") << "SELECT 1; DELETE FROM organization_posts" << true;
    QTest::newRow("EXPLAIN DELETE") << "EXPLAIN DELETE FROM organization_posts" << true;
}

void TestReports::readOnlyConnectionRefusesDisguisedWrites() {
    QFETCH(QString, sql);
    QFETCH(bool, reportsError);

    const QString before = fixtureFingerprint();
    QVERIFY(!before.contains(QLatin1String("cannot read")));
    {
        Catalog reader(QStringLiteral("tst_reports_readonly"));
        const CatalogError opened = reader.open(m_catalog->path(), Catalog::Mode::ReadOnly);
        QVERIFY2(!opened.isError(), qPrintable(describe(opened)));
        QCOMPARE(reader.mode(), Catalog::Mode::ReadOnly);
        const QueryResult result = runReadOnlyQuery(reader.reader(), sql);
        if (reportsError) {
            // Refused by the statement check, with its sentence, before anything runs.
            QVERIFY(!result.ok());
            const QString refused = describe(CatalogError{CatalogError::Kind::ReadOnly, {}, {}});
            QVERIFY2(result.error.startsWith(refused), qPrintable(result.error));
        }
    }
    // Read through the writer's connection: nothing changed.
    QCOMPARE(fixtureFingerprint(), before);
    QCOMPARE(m_catalog->rowCount(QStringLiteral("organization_posts")), 3);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
