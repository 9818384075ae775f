#pragma once

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

// A ready-made report (connector-spec §4): a name, a title and its SQL. The result columns are
// exactly the spec's, in order.
struct ReportDef {
    QString name;  // "post-engagement"
    QString title; // English, marked for lupdate under "Reports"; displayTitle() is what people read
    QStringList columns;

    QString displayTitle() const; // the title in the running language
};

const QList<ReportDef> &reportDefinitions();
const ReportDef *findReport(const QString &name);
// The SQL of a report over the given tables; organizationUrn empty = all organizations.
QString reportSql(const QString &name, const TableNames &tables, bool filterByOrganization = false);

// The columns and every row of a query that has run (forward only).
QueryResult collectRows(QSqlQuery &query);

// Runs a report (bound :org when organizationUrn is not empty).
QueryResult runReport(const QSqlDatabase &database, const QString &name, const TableNames &tables = {},
                      const QString &organizationUrn = {});

// Runs one read-only statement (SELECT, WITH, VALUES, EXPLAIN). The connection must be opened
// read-only (Catalog::Mode::ReadOnly): this check gives a clear message, the connection is the lock.
QueryResult runReadOnlyQuery(const QSqlDatabase &database, const QString &sql);

} // namespace pagesight
