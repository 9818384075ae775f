#include "Reports.h"

#include "ReadOnlySql.h"
#include "catalog/Catalog.h"
#include "source/SourceConfig.h"
#include "streams/StreamDef.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pagesight {

namespace {

// What a post is, as the dashboards group posts: a document, an image and a video are all MEDIA to
// LinkedIn (told apart by the media URN), and a repost with a comment has no content of its own
// (its reshareContext says what it shares), so content_type reads TEXT.
QString postKindColumn() {
    return QStringLiteral(R"(,
    CASE WHEN p.content_type = 'MEDIA' AND p.media_id LIKE 'urn:li:document:%' THEN 'DOCUMENT'
         WHEN p.content_type = 'MEDIA' AND p.media_id LIKE 'urn:li:video:%' THEN 'VIDEO'
         WHEN p.content_type = 'MEDIA' AND p.media_id LIKE 'urn:li:image:%' THEN 'IMAGE'
         WHEN COALESCE(p.content_type, 'TEXT') = 'TEXT' AND p.reshare_parent IS NOT NULL THEN 'RESHARE'
         ELSE p.content_type END AS post_kind)");
}

QString postEngagementSql(const TableNames &t, const ReportFilter &filter) {
    QStringList conditions;
    if (!filter.includeDark)
        conditions.append(QStringLiteral("COALESCE(p.is_dsc, 0) = 0"));
    if (filter.organization)
        conditions.append(QStringLiteral("p.author = :org"));
    if (filter.publishedFrom)
        conditions.append(QStringLiteral("p.published_at >= :fromMs"));
    if (filter.publishedUntil)
        conditions.append(QStringLiteral("p.published_at < :untilMs"));
    const SqlBackend b = filter.backend;
    return QStringLiteral(R"(SELECT
    p.id AS post_id,
    substr(p.commentary, 1, 50) || '…' AS post_preview,
    %5 AS published_date,
    p.content_type AS content_type,
    COALESCE(s.impression_count, 0) AS impressions,
    COALESCE(s.unique_impressions_count, 0) AS unique_impressions,
    COALESCE(s.click_count, 0) AS clicks,
    COALESCE(s.like_count, 0) AS likes,
    COALESCE(s.comment_count, 0) AS comments,
    COALESCE(s.share_count, 0) AS shares,
    %6 AS engagement_rate_pct,
    COALESCE(s.like_count, 0) + COALESCE(s.comment_count, 0) + COALESCE(s.share_count, 0) AS total_engagements%4
FROM %1 AS p
LEFT JOIN %2 AS s ON s.post_urn = p.id
%3ORDER BY impressions DESC, %7, %8)")
        .arg(Catalog::quoted(t.organizationPosts), Catalog::quoted(t.postStatistics),
             conditions.isEmpty() ? QString()
                                  : QStringLiteral("WHERE %1\n").arg(conditions.join(QStringLiteral(" AND "))),
             filter.postKind ? postKindColumn() : QString(), dialect::epochMsText(b, QStringLiteral("p.published_at")),
             dialect::round(b, QStringLiteral("COALESCE(s.engagement, 0) * 100"), 2))
        .arg(dialect::descending(b, QStringLiteral("p.published_at")), dialect::textOrder(b, QStringLiteral("p.id")));
}

QString followerGrowthSql(const TableNames &t, bool byOrg, SqlBackend b) {
    // The moving average covers the 7 calendar days ending that day (RANGE over the day's number),
    // so a missing day does not stretch the window.
    return QStringLiteral(R"(WITH daily AS (
    SELECT date AS report_date,
           %3 AS organic_gained,
           %4 AS paid_gained
    FROM %1
    WHERE report_type = 'DAY'%2
    GROUP BY date
)
SELECT
    report_date,
    organic_gained,
    paid_gained,
    organic_gained + paid_gained AS total_gained,
    %5 AS cumulative_growth,
    %6 AS seven_day_moving_avg,
    CASE WHEN organic_gained + paid_gained = 0 THEN NULL
         ELSE %7 END AS organic_pct
FROM daily
ORDER BY report_date DESC)")
        .arg(Catalog::quoted(t.followerStatistics), byOrg ? QStringLiteral(" AND organization_urn = :org") : QString(),
             dialect::integerSum(b, QStringLiteral("COALESCE(organic_follower_gain, 0)")),
             dialect::integerSum(b, QStringLiteral("COALESCE(paid_follower_gain, 0)")),
             dialect::integerSum(
                 b, QStringLiteral("organic_gained + paid_gained"),
                 QStringLiteral("OVER (ORDER BY report_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)")),
             dialect::round(b,
                            QStringLiteral("AVG(organic_gained + paid_gained) OVER (ORDER BY %1 RANGE BETWEEN 6 "
                                           "PRECEDING AND CURRENT ROW)")
                                .arg(dialect::dayNumber(b, QStringLiteral("report_date"))),
                            1),
             dialect::round(b, QStringLiteral("organic_gained * 100.0 / (organic_gained + paid_gained)"), 1));
}

QString demographicsSql(const DemographicFacetInfo &f, const TableNames &t, bool byOrg, SqlBackend b) {
    // The newest snapshot of each organization (one when filtered), summed by facet value, as the
    // follower-growth report sums every organization's days.
    return QStringLiteral(R"(WITH latest AS (
    %1
),
items AS (
    SELECT %2 AS %3,
           %4 AS total_views,
           %5 AS unique_views
    FROM latest, %6
    GROUP BY 1
)
SELECT %3, total_views, unique_views,
       %7 AS pct_of_total
FROM items
ORDER BY total_views DESC, %8)")
        .arg(latestLifetimeSql(t.pageStatistics, f.pageColumn + QStringLiteral(" AS facet"), QStringLiteral("facet"),
                               byOrg),
             dialect::elementText(b, QStringLiteral("j"), f.pageKey), f.column,
             dialect::integerSum(
                 b, dialect::elementInteger(b, QStringLiteral("j"),
                                            QStringLiteral("pageStatistics.views.allPageViews.pageViews"))),
             dialect::integerSum(
                 b, dialect::elementInteger(b, QStringLiteral("j"),
                                            QStringLiteral("pageStatistics.views.allPageViews.uniquePageViews"))),
             dialect::jsonElements(b, QStringLiteral("latest.facet"), QStringLiteral("j")),
             dialect::round(b, QStringLiteral("total_views * 100.0 / NULLIF((SELECT SUM(total_views) FROM items), 0)"),
                            1))
        .arg(dialect::textOrder(b, f.column));
}

} // namespace

namespace {
// The one map from a stream's id to the field the reports' SQL reads (const or not, as names is).
template<typename Names> auto fieldOf(Names &names, const QString &streamId) -> decltype(&names.followerStatistics) {
    static const QHash<QString, QString TableNames::*> fields = {
        {QStringLiteral("follower_statistics"), &TableNames::followerStatistics},
        {QStringLiteral("page_statistics"), &TableNames::pageStatistics},
        {QStringLiteral("share_statistics"), &TableNames::shareStatistics},
        {QStringLiteral("organization_posts"), &TableNames::organizationPosts},
        {QStringLiteral("post_statistics"), &TableNames::postStatistics}};
    const auto field = fields.constFind(streamId);
    return field == fields.cend() ? nullptr : &(names.*field.value());
}
} // namespace

QString TableNames::table(const QString &streamId) const {
    const QString *name = fieldOf(*this, streamId);
    return name ? *name : QString();
}

TableNames TableNames::withPrefix(const QString &prefix) {
    TableNames names;
    for (const StreamDef &stream : allStreams())
        if (QString *name = fieldOf(names, stream.id))
            *name = prefix + stream.defaultTable();
    return names;
}

TableNames TableNames::of(const SourceConfig &source) {
    TableNames names = withPrefix({});
    for (const StreamDef &stream : allStreams())
        if (const StreamSelection *selection = source.selection(stream.id);
            selection && !selection->tableName.isEmpty())
            if (QString *name = fieldOf(names, stream.id))
                *name = selection->tableName;
    return names;
}

const QList<DemographicFacetInfo> &demographicFacets() {
    static const QList<DemographicFacetInfo> facets = {
        {DemographicFacet::Seniority, QStringLiteral("visitor-demographics"),
         QT_TRANSLATE_NOOP("Reports", "Visitor demographics by seniority"), QStringLiteral("seniority"),
         QStringLiteral("page_statistics_by_seniority_json"), QStringLiteral("seniority"),
         QStringLiteral("follower_counts_by_seniority_json"), QStringLiteral("seniority"),
         QT_TRANSLATE_NOOP("Dashboards", "Seniority")},
        {DemographicFacet::Function, QStringLiteral("visitor-demographics-function"),
         QT_TRANSLATE_NOOP("Reports", "Visitor demographics by function"), QStringLiteral("function"),
         QStringLiteral("page_statistics_by_function_json"), QStringLiteral("function"),
         QStringLiteral("follower_counts_by_function_json"), QStringLiteral("function"),
         QT_TRANSLATE_NOOP("Dashboards", "Job function")},
        {DemographicFacet::Industry, QStringLiteral("visitor-demographics-industry"),
         QT_TRANSLATE_NOOP("Reports", "Visitor demographics by industry"), QStringLiteral("industry"),
         QStringLiteral("page_statistics_by_industry_v2_json"), QStringLiteral("industryV2"),
         QStringLiteral("follower_counts_by_industry_json"), QStringLiteral("industry"),
         QT_TRANSLATE_NOOP("Dashboards", "Industry")},
        {DemographicFacet::Country, QStringLiteral("visitor-demographics-country"),
         QT_TRANSLATE_NOOP("Reports", "Visitor demographics by country"), QStringLiteral("country"),
         QStringLiteral("page_statistics_by_geo_country_json"), QStringLiteral("geo"),
         QStringLiteral("follower_counts_by_geo_country_json"), QStringLiteral("geo"),
         QT_TRANSLATE_NOOP("Dashboards", "Country")},
        {DemographicFacet::Region, QStringLiteral("visitor-demographics-region"),
         QT_TRANSLATE_NOOP("Reports", "Visitor demographics by region"), QStringLiteral("region"),
         QStringLiteral("page_statistics_by_geo_json"), QStringLiteral("geo"),
         QStringLiteral("follower_counts_by_geo_json"), QStringLiteral("geo"),
         QT_TRANSLATE_NOOP("Dashboards", "Region")},
        {DemographicFacet::CompanySize, QStringLiteral("visitor-demographics-company-size"),
         QT_TRANSLATE_NOOP("Reports", "Visitor demographics by company size"), QStringLiteral("company_size"),
         QStringLiteral("page_statistics_by_staff_count_range_json"), QStringLiteral("staffCountRange"),
         QStringLiteral("follower_counts_by_staff_count_range_json"), QStringLiteral("staffCountRange"),
         QT_TRANSLATE_NOOP("Dashboards", "Company size")},
    };
    return facets;
}

const DemographicFacetInfo &demographicFacetInfo(DemographicFacet facet) {
    return demographicFacets().at(int(facet));
}

QString DemographicFacetInfo::displayTitle() const {
    return QCoreApplication::translate("Dashboards", title);
}

QString latestLifetimeSql(const QString &table, const QString &columns, const QString &select, bool byOrganization) {
    return QStringLiteral(R"(SELECT %1 FROM (
        SELECT %2,
               ROW_NUMBER() OVER (PARTITION BY organization_urn ORDER BY date DESC) AS newest
        FROM %3
        WHERE report_type = 'LIFETIME'%4
    ) AS snapshots
    WHERE newest = 1)")
        .arg(select, columns, Catalog::quoted(table),
             byOrganization ? QStringLiteral(" AND organization_urn = :org") : QString());
}

const QList<ReportDef> &reportDefinitions() {
    static const QList<ReportDef> reports = [] {
        QList<ReportDef> list = {
            {QStringLiteral("post-engagement"),
             QStringLiteral(QT_TRANSLATE_NOOP("Reports", "Post engagement")),
             {QStringLiteral("post_id"), QStringLiteral("post_preview"), QStringLiteral("published_date"),
              QStringLiteral("content_type"), QStringLiteral("impressions"), QStringLiteral("unique_impressions"),
              QStringLiteral("clicks"), QStringLiteral("likes"), QStringLiteral("comments"), QStringLiteral("shares"),
              QStringLiteral("engagement_rate_pct"), QStringLiteral("total_engagements")}},
            {QStringLiteral("follower-growth"),
             QStringLiteral(QT_TRANSLATE_NOOP("Reports", "Follower growth")),
             {QStringLiteral("report_date"), QStringLiteral("organic_gained"), QStringLiteral("paid_gained"),
              QStringLiteral("total_gained"), QStringLiteral("cumulative_growth"),
              QStringLiteral("seven_day_moving_avg"), QStringLiteral("organic_pct")}},
        };
        for (const DemographicFacetInfo &f : demographicFacets())
            list.append({f.report,
                         QString::fromLatin1(f.reportTitle),
                         {f.column, QStringLiteral("total_views"), QStringLiteral("unique_views"),
                          QStringLiteral("pct_of_total")}});
        return list;
    }();
    return reports;
}

QString ReportDef::displayTitle() const {
    return QCoreApplication::translate("Reports", title.toUtf8().constData());
}

const ReportDef *findReport(const QString &name) {
    for (const ReportDef &report : reportDefinitions())
        if (report.name == name)
            return &report;
    return nullptr;
}

QString reportSql(const QString &name, const TableNames &tables, bool filterByOrganization, SqlBackend backend) {
    ReportFilter filter;
    filter.organization = filterByOrganization;
    filter.backend = backend;
    return reportSql(name, tables, filter);
}

QString reportSql(const QString &name, const TableNames &tables, const ReportFilter &filter) {
    if (name == QLatin1String("post-engagement"))
        return postEngagementSql(tables, filter);
    if (name == QLatin1String("follower-growth"))
        return followerGrowthSql(tables, filter.organization, filter.backend);
    for (const DemographicFacetInfo &f : demographicFacets())
        if (f.report == name)
            return demographicsSql(f, tables, filter.organization, filter.backend);
    return {};
}

QString reportSqlForOrganization(const QString &name, const TableNames &tables, const QString &organizationUrn,
                                 SqlBackend backend) {
    QString literal = organizationUrn;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    static const QRegularExpression parameter(QStringLiteral(":org\\b"));
    return reportSql(name, tables, true, backend).replace(parameter, QLatin1Char('\'') + literal + QLatin1Char('\''));
}

QueryResult collectRows(QSqlQuery &query) {
    QueryResult result;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        result.columns.append(record.fieldName(i));
    while (query.next()) {
        QList<QVariant> row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            row.append(query.value(i));
        result.rows.append(row);
    }
    return result;
}

QueryResult runReport(const QSqlDatabase &database, const QString &name, const TableNames &tables,
                      const QString &organizationUrn, bool includeDark) {
    ReportFilter filter;
    filter.organization = !organizationUrn.isEmpty();
    filter.includeDark = includeDark;
    filter.backend = dialect::backendOf(database);
    const QString sql = reportSql(name, tables, filter);
    if (sql.isEmpty())
        return {{}, {}, describe(InputError{InputError::Kind::UnknownReport, name})};
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return {{},
                {},
                QCoreApplication::translate("Reports", "The report %1 cannot run on this catalog: %2")
                    .arg(name, query.lastError().text())};
    if (!organizationUrn.isEmpty())
        query.bindValue(QStringLiteral(":org"), organizationUrn);
    if (!query.exec())
        return {{},
                {},
                QCoreApplication::translate("Reports", "The report %1 failed: %2").arg(name, query.lastError().text())};
    return collectRows(query);
}

QStringList organizationsIn(const QSqlDatabase &database, const TableNames &tables) {
    QStringList selects;
    const QStringList existing = dialect::tableNames(database);
    for (const StreamDef &stream : allStreams())
        if (const QString *table = fieldOf(tables, stream.id); table && existing.contains(*table, Qt::CaseInsensitive))
            selects << QStringLiteral("SELECT %1 AS o FROM %2")
                           .arg(Catalog::quoted(stream.ownerColumn), Catalog::quoted(*table));
    QStringList organizations;
    if (selects.isEmpty())
        return organizations;
    QSqlQuery query(database);
    // UNION: each organization once, sorted byte by byte on both backends.
    if (!query.exec(QStringLiteral("SELECT o FROM (%1) AS owners WHERE o IS NOT NULL ORDER BY %2")
                        .arg(selects.join(QStringLiteral(" UNION ")),
                             dialect::textOrder(dialect::backendOf(database), QStringLiteral("o")))))
        return organizations;
    while (query.next())
        organizations << query.value(0).toString();
    return organizations;
}

QueryResult runReportPerOrganization(const QSqlDatabase &database, const QString &name, const TableNames &tables,
                                     bool includeDark) {
    QueryResult all;
    for (const QString &organization : organizationsIn(database, tables)) {
        QueryResult one = runReport(database, name, tables, organization, includeDark);
        if (!one.ok())
            return one;
        all.columns = QStringList{QStringLiteral("organization")} + one.columns;
        for (QList<QVariant> &row : one.rows) {
            row.prepend(organization);
            all.rows.append(std::move(row));
        }
    }
    if (all.columns.isEmpty()) // no organization: the report's columns, no rows
        return runReport(database, name, tables, {}, includeDark);
    return all;
}

QString execReadOnlyQuery(QSqlQuery &query, const QString &sql) {
    const ReadOnlyStatement check = checkReadOnlyStatement(sql);
    if (!check.reads())
        return readOnlyRefusal(check, sql);
    query.setForwardOnly(true);
    if (!query.exec(check.statement))
        return QCoreApplication::translate("Reports", "The query failed: %1").arg(sqliteMessage(query.lastError()));
    return {};
}

QueryResult runReadOnlyQuery(const QSqlDatabase &database, const QString &sql) {
    QSqlQuery query(database);
    if (const QString error = execReadOnlyQuery(query, sql); !error.isEmpty())
        return {{}, {}, error};
    return collectRows(query);
}

} // namespace pagesight
