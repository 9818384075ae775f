#pragma once

#include "catalog/SqlDialect.h"

#include "common/Errors.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace pagesight {

struct SourceConfig;

// The user's table names for the five streams (defaults = stream ids).
struct TableNames {
    QString followerStatistics = QStringLiteral("follower_statistics");
    QString pageStatistics = QStringLiteral("page_statistics");
    QString shareStatistics = QStringLiteral("share_statistics");
    QString organizationPosts = QStringLiteral("organization_posts");
    QString postStatistics = QStringLiteral("post_statistics");

    // The name for a stream of allStreams(); empty for a stream the reports do not read.
    QString table(const QString &streamId) const;

    static TableNames withPrefix(const QString &prefix);
    // A source's tables; streams it does not sync keep their default names.
    static TableNames of(const SourceConfig &source);

    bool operator==(const TableNames &) const = default;
};

struct QueryResult {
    QStringList columns;
    QList<QList<QVariant>> rows;
    QString error; // a sentence; empty when the query ran
    bool ok() const { return error.isEmpty(); }
};

// A ready-made report (docs/SPEC.md §4): a name, a title and its SQL. The result columns are
// exactly the spec's, in order.
struct ReportDef {
    QString name;  // "post-engagement"
    QString title; // English, marked for lupdate under "Reports"; displayTitle() is what people read
    QStringList columns;

    QString displayTitle() const; // the title in the running language
};

const QList<ReportDef> &reportDefinitions();
const ReportDef *findReport(const QString &name);

// What a report's SQL filters on; each condition asks for a value bound by its name.
struct ReportFilter {
    bool organization = false;   // :org: the posts' author, the statistics' organization_urn
    bool publishedFrom = false;  // post-engagement only: p.published_at >= :fromMs (epoch ms)
    bool publishedUntil = false; // post-engagement only: p.published_at < :untilMs (epoch ms, excluded)
    // post-engagement only: dark (DSC) posts too. Off, the report is organic posts only (is_dsc 0),
    // as every report and dashboard is by default.
    bool includeDark = false;
    // post-engagement, dashboards only: a last column post_kind, the type as the dashboards group it
    // (docs/SPEC.md §6). The report itself keeps LinkedIn's content_type and exactly its columns.
    bool postKind = false;
    // The catalog's backend: the SQL is written for it (catalog/SqlDialect).
    SqlBackend backend = SqlBackend::Sqlite;
};

// The SQL of a report over the given tables. Without a filter it is the spec's SQL, over every
// organization; filterByOrganization adds the :org condition.
QString reportSql(const QString &name, const TableNames &tables, bool filterByOrganization = false,
                  SqlBackend backend = SqlBackend::Sqlite);
QString reportSql(const QString &name, const TableNames &tables, const ReportFilter &filter);
// The report's SQL for one organization with its URN written in as a literal, for the SQL explorer,
// which binds nothing: the rows runReport gives for that organization.
QString reportSqlForOrganization(const QString &name, const TableNames &tables, const QString &organizationUrn,
                                 SqlBackend backend = SqlBackend::Sqlite);

// The facets LinkedIn breaks page views and followers down by, in the order of their reports.
enum class DemographicFacet { Seniority, Function, Industry, Country, Region, CompanySize };

// Where a facet is read: its visitor-demographics report, and the JSON arrays of the LIFETIME page
// and follower statistics that hold it, with the key of each item.
struct DemographicFacetInfo {
    DemographicFacet facet;
    QString report;          // "visitor-demographics…"
    const char *reportTitle; // English, marked for lupdate under "Reports"
    QString column;          // the report's first result column
    QString pageColumn;      // page_statistics column
    QString pageKey;         // the key of each of its items
    QString followerColumn;  // follower_statistics column
    QString followerKey;
    const char *title; // "Seniority", marked for lupdate under "Dashboards"

    QString displayTitle() const; // title in the running language
};

const QList<DemographicFacetInfo> &demographicFacets();
const DemographicFacetInfo &demographicFacetInfo(DemographicFacet facet);

// The newest LIFETIME row of each organization in a statistics table (only :org's when
// byOrganization): "SELECT <select> FROM (SELECT <columns>, … AS newest FROM <table> …) WHERE
// newest = 1", indented to sit in a WITH clause. columns may rename ("x AS facet"); select reads
// those names, or aggregates them.
QString latestLifetimeSql(const QString &table, const QString &columns, const QString &select, bool byOrganization);

// The columns and every row of a query that has run (forward only).
QueryResult collectRows(QSqlQuery &query);

// Runs a report (bound :org when organizationUrn is not empty); includeDark: dark posts too.
QueryResult runReport(const QSqlDatabase &database, const QString &name, const TableNames &tables = {},
                      const QString &organizationUrn = {}, bool includeDark = false);
// The organizations with rows in the table set (the owner columns of its stream tables), sorted.
QStringList organizationsIn(const QSqlDatabase &database, const TableNames &tables);
// The report once per organization of the table set, an "organization" column (its URN) first and
// the report's own columns after it, unchanged.
QueryResult runReportPerOrganization(const QSqlDatabase &database, const QString &name, const TableNames &tables,
                                     bool includeDark = false);

// Runs one read-only statement (SELECT, WITH, VALUES, EXPLAIN). The connection must be opened
// read-only (Catalog::Mode::ReadOnly): this check gives a clear message, the connection is the lock.
QueryResult runReadOnlyQuery(const QSqlDatabase &database, const QString &sql);
// The same check, then runs the statement on query (forward only) for a caller that reads the rows
// one at a time (pagesight query streams them). The sentence saying why it did not run, or empty.
QString execReadOnlyQuery(QSqlQuery &query, const QString &sql);

} // namespace pagesight
