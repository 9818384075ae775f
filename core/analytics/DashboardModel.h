#pragma once

#include "Reports.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>
#include <QTimeZone>
#include <QVariantMap>

namespace pagesight {

// What every dashboard shows: one organization (or all), a date range and the tables of the chosen
// source. The dashboards and the insights read the same filter, so they always agree.
struct DashboardFilter {
    QString organizationUrn; // empty = every organization in the tables
    QDate from;              // inclusive; invalid = from the first row
    QDate to;                // inclusive; invalid = up to the newest row
    TableNames tables;
    bool includeDark = false; // dark (DSC) posts beside the organic ones; organic only by default
    // Where weekdays and hours are counted (the Insights' posting times). The range stays in UTC
    // days, as LinkedIn's daily statistics are.
    QTimeZone timeZone = QTimeZone::utc();

    // "UTC", or the zone's IANA id ("Europe/Berlin"): how the dashboards name it.
    QString timeZoneName() const;

    bool hasRange() const { return from.isValid() || to.isValid(); }
    // " AND <dateExpression> >= :from AND <dateExpression> < :until" for the bounds that are set;
    // dateExpression is a 'YYYY-MM-DD…' text column. bind() supplies the values.
    QString rangeCondition(const QString &dateExpression) const;
    void bind(QVariantMap *bindings) const; // :org, :from, :until (and :fromMs, :untilMs) as the SQL asks
    // The organization and the range as a report filter (the range on the posts' publication), for
    // a catalog on backend.
    ReportFilter reportFilter(SqlBackend backend) const;
};

// "UTC", or the zone's IANA id ("Europe/Berlin"): how the dashboards name a time zone.
QString timeZoneName(const QTimeZone &timeZone);

// A dashboard's table model: loaded by reload() synchronously from one aggregated query (a few at
// most, never one per row), so a benchmark can time "catalog opened → dashboard drawn" by calling
// reload() and painting. A failed query leaves the model empty and error() says why.
class DashboardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    virtual void reload(const QSqlDatabase &database, const DashboardFilter &filter) = 0;
    QString error() const { return m_error; }

    // Runs sql with the values of bindings whose names are its parameters bound (":from" is not
    // ":fromMs"); the result's error is a dashboard's sentence. query() also keeps it in m_error.
    static QueryResult runQuery(const QSqlDatabase &database, const QString &sql, const QVariantMap &bindings);

    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    virtual int rows() const = 0;
    QueryResult query(const QSqlDatabase &database, const QString &sql, const QVariantMap &bindings);
    // Right-aligned numbers, as in every table of the app.
    static QVariant alignment(bool number);

    QString m_error;
};

// The post-engagement report for the filter: its rows, in its order, for the posts of the
// organization published in the range, written for backend. Aggregates over the posts select
// from it.
QString postEngagementRowsSql(const DashboardFilter &filter, SqlBackend backend);

// The named parameters (":org") of a statement, outside its strings, quoted names and comments.
QSet<QString> sqlParameterNames(const QString &sql);

} // namespace pagesight
