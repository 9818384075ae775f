#include "Reports.h"

#include "ReadOnlySql.h"
#include "catalog/Catalog.h"
#include "source/SourceConfig.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pagesight {

namespace {

struct DemographicFacet {
    QString report; // report name
    QString column; // first result column
    QString facet;  // page_statistics column holding the facet array
    QString key;    // the key of each facet item
};

const QList<DemographicFacet> &demographicFacets() {
    static const QList<DemographicFacet> facets = {
        {QStringLiteral("visitor-demographics"), QStringLiteral("seniority"),
         QStringLiteral("page_statistics_by_seniority_json"), QStringLiteral("seniority")},
        {QStringLiteral("visitor-demographics-function"), QStringLiteral("function"),
         QStringLiteral("page_statistics_by_function_json"), QStringLiteral("function")},
        {QStringLiteral("visitor-demographics-industry"), QStringLiteral("industry"),
         QStringLiteral("page_statistics_by_industry_v2_json"), QStringLiteral("industryV2")},
        {QStringLiteral("visitor-demographics-country"), QStringLiteral("country"),
         QStringLiteral("page_statistics_by_geo_country_json"), QStringLiteral("geo")},
        {QStringLiteral("visitor-demographics-region"), QStringLiteral("region"),
         QStringLiteral("page_statistics_by_geo_json"), QStringLiteral("geo")},
        {QStringLiteral("visitor-demographics-company-size"), QStringLiteral("company_size"),
         QStringLiteral("page_statistics_by_staff_count_range_json"), QStringLiteral("staffCountRange")},
    };
    return facets;
}

QString postEngagementSql(const TableNames &t, bool byOrg) {
    return QStringLiteral(R"(SELECT
    p.id AS post_id,
    substr(p.commentary, 1, 50) || '…' AS post_preview,
    strftime('%Y-%m-%d %H:%M:%S', p.published_at / 1000, 'unixepoch') AS published_date,
    p.content_type AS content_type,
    COALESCE(s.impression_count, 0) AS impressions,
    COALESCE(s.unique_impressions_count, 0) AS unique_impressions,
    COALESCE(s.click_count, 0) AS clicks,
    COALESCE(s.like_count, 0) AS likes,
    COALESCE(s.comment_count, 0) AS comments,
    COALESCE(s.share_count, 0) AS shares,
    ROUND(COALESCE(s.engagement, 0) * 100, 2) AS engagement_rate_pct,
    COALESCE(s.like_count, 0) + COALESCE(s.comment_count, 0) + COALESCE(s.share_count, 0) AS total_engagements
FROM %1 AS p
LEFT JOIN %2 AS s ON s.post_urn = p.id
%3ORDER BY impressions DESC, p.published_at DESC, p.id)")
        .arg(Catalog::quoted(t.organizationPosts), Catalog::quoted(t.postStatistics),
             byOrg ? QStringLiteral("WHERE p.author = :org\n") : QString());
}

QString followerGrowthSql(const TableNames &t, bool byOrg) {
    // The moving average covers the 7 calendar days ending that day (RANGE over julianday), so a
    // missing day does not stretch the window.
    return QStringLiteral(R"(WITH daily AS (
    SELECT date AS report_date,
           SUM(COALESCE(organic_follower_gain, 0)) AS organic_gained,
           SUM(COALESCE(paid_follower_gain, 0)) AS paid_gained
    FROM %1
    WHERE report_type = 'DAY'%2
    GROUP BY date
)
SELECT
    report_date,
    organic_gained,
    paid_gained,
    organic_gained + paid_gained AS total_gained,
    SUM(organic_gained + paid_gained) OVER (ORDER BY report_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
        AS cumulative_growth,
    ROUND(AVG(organic_gained + paid_gained) OVER (ORDER BY julianday(report_date) RANGE BETWEEN 6 PRECEDING AND
        CURRENT ROW), 1) AS seven_day_moving_avg,
    CASE WHEN organic_gained + paid_gained = 0 THEN NULL
         ELSE ROUND(organic_gained * 100.0 / (organic_gained + paid_gained), 1) END AS organic_pct
FROM daily
ORDER BY report_date DESC)")
        .arg(Catalog::quoted(t.followerStatistics), byOrg ? QStringLiteral(" AND organization_urn = :org") : QString());
}

QString demographicsSql(const DemographicFacet &f, const TableNames &t, bool byOrg) {
    // The newest snapshot of each organization (one when filtered), summed by facet value, as the
    // follower-growth report sums every organization's days.
    return QStringLiteral(R"(WITH latest AS (
    SELECT facet FROM (
        SELECT %2 AS facet,
               ROW_NUMBER() OVER (PARTITION BY organization_urn ORDER BY date DESC) AS newest
        FROM %1
        WHERE report_type = 'LIFETIME'%3
    )
    WHERE newest = 1
),
items AS (
    SELECT json_extract(j.value, '$.%4') AS %5,
           SUM(json_extract(j.value, '$.pageStatistics.views.allPageViews.pageViews')) AS total_views,
           SUM(json_extract(j.value, '$.pageStatistics.views.allPageViews.uniquePageViews')) AS unique_views
    FROM latest, json_each(latest.facet) AS j
    GROUP BY 1
)
SELECT %5, total_views, unique_views,
       ROUND(total_views * 100.0 / NULLIF((SELECT SUM(total_views) FROM items), 0), 1) AS pct_of_total
FROM items
ORDER BY total_views DESC, %5)")
        .arg(Catalog::quoted(t.pageStatistics), f.facet,
             byOrg ? QStringLiteral(" AND organization_urn = :org") : QString(), f.key, f.column);
}

} // namespace

TableNames TableNames::withPrefix(const QString &prefix) {
    TableNames names;
    for (QString *name : {&names.followerStatistics, &names.pageStatistics, &names.shareStatistics,
                          &names.organizationPosts, &names.postStatistics})
        name->prepend(prefix);
    return names;
}

TableNames TableNames::of(const SourceConfig &source) {
    TableNames names;
    const QList<std::pair<QString, QString *>> byStream = {
        {QStringLiteral("follower_statistics"), &names.followerStatistics},
        {QStringLiteral("page_statistics"), &names.pageStatistics},
        {QStringLiteral("share_statistics"), &names.shareStatistics},
        {QStringLiteral("organization_posts"), &names.organizationPosts},
        {QStringLiteral("post_statistics"), &names.postStatistics}};
    for (const auto &[stream, name] : byStream)
        if (const StreamSelection *selection = source.selection(stream); selection && !selection->tableName.isEmpty())
            *name = selection->tableName;
    return names;
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
        const QStringList titles = {
            QStringLiteral(QT_TRANSLATE_NOOP("Reports", "Visitor demographics by seniority")),
            QStringLiteral(QT_TRANSLATE_NOOP("Reports", "Visitor demographics by function")),
            QStringLiteral(QT_TRANSLATE_NOOP("Reports", "Visitor demographics by industry")),
            QStringLiteral(QT_TRANSLATE_NOOP("Reports", "Visitor demographics by country")),
            QStringLiteral(QT_TRANSLATE_NOOP("Reports", "Visitor demographics by region")),
            QStringLiteral(QT_TRANSLATE_NOOP("Reports", "Visitor demographics by company size"))};
        for (int i = 0; i < demographicFacets().size(); ++i) {
            const DemographicFacet &f = demographicFacets()[i];
            list.append({f.report,
                         titles[i],
                         {f.column, QStringLiteral("total_views"), QStringLiteral("unique_views"),
                          QStringLiteral("pct_of_total")}});
        }
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

QString reportSql(const QString &name, const TableNames &tables, bool filterByOrganization) {
    if (name == QLatin1String("post-engagement"))
        return postEngagementSql(tables, filterByOrganization);
    if (name == QLatin1String("follower-growth"))
        return followerGrowthSql(tables, filterByOrganization);
    for (const DemographicFacet &f : demographicFacets())
        if (f.report == name)
            return demographicsSql(f, tables, filterByOrganization);
    return {};
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
                      const QString &organizationUrn) {
    const QString sql = reportSql(name, tables, !organizationUrn.isEmpty());
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

QueryResult runReadOnlyQuery(const QSqlDatabase &database, const QString &sql) {
    const ReadOnlyStatement check = checkReadOnlyStatement(sql);
    if (!check.reads())
        return {{}, {}, readOnlyRefusal(check, sql)};
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(check.statement))
        return {{}, {}, QCoreApplication::translate("Reports", "The query failed: %1").arg(query.lastError().text())};
    return collectRows(query);
}

} // namespace pagesight
