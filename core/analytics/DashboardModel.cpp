#include "DashboardModel.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pagesight {

QString DashboardFilter::rangeCondition(const QString &dateExpression) const {
    QString condition;
    if (from.isValid())
        condition += QStringLiteral(" AND %1 >= :from").arg(dateExpression);
    if (to.isValid())
        condition += QStringLiteral(" AND %1 < :until").arg(dateExpression);
    return condition;
}

void DashboardFilter::bind(QVariantMap *bindings) const {
    if (!organizationUrn.isEmpty())
        bindings->insert(QStringLiteral(":org"), organizationUrn);
    if (from.isValid())
        bindings->insert(QStringLiteral(":from"), from.toString(Qt::ISODate));
    // The day after the last: a 'YYYY-MM-DD HH:MM:SS' of the last day sorts below it.
    if (to.isValid())
        bindings->insert(QStringLiteral(":until"), to.addDays(1).toString(Qt::ISODate));
    if (from.isValid())
        bindings->insert(QStringLiteral(":fromMs"), QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    if (to.isValid())
        bindings->insert(QStringLiteral(":untilMs"),
                         QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

int DashboardModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : rows();
}

QueryResult DashboardModel::query(const QSqlDatabase &database, const QString &sql, const QVariantMap &bindings) {
    QSqlQuery query(database);
    query.setForwardOnly(true);
    QueryResult result;
    if (!query.prepare(sql)) {
        result.error = QCoreApplication::translate("Dashboards", "The dashboard cannot read this catalog: %1")
                           .arg(query.lastError().text());
        m_error = result.error;
        return result;
    }
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        if (sql.contains(it.key()))
            query.bindValue(it.key(), it.value()); // (":from" is in ":fromMs": bound, unused, harmless)
    if (!query.exec()) {
        result.error = QCoreApplication::translate("Dashboards", "The dashboard could not be loaded: %1")
                           .arg(query.lastError().text());
        m_error = result.error;
        return result;
    }
    return collectRows(query);
}

QVariant DashboardModel::alignment(bool number) {
    return number ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                  : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
}

QString postEngagementRowsSql(const DashboardFilter &filter) {
    const QString report =
        reportSql(QStringLiteral("post-engagement"), filter.tables, !filter.organizationUrn.isEmpty());
    if (!filter.hasRange())
        return report;
    // The same tie-breaks as the report (impressions, then newest, then id).
    return QStringLiteral("SELECT * FROM (%1) WHERE 1%2 ORDER BY impressions DESC, published_date DESC, post_id")
        .arg(report, filter.rangeCondition(QStringLiteral("published_date")));
}

QString postFactsSql(const DashboardFilter &filter) {
    // The report's expressions (Reports.cpp, postEngagementSql), so the aggregates are the report's.
    QString where;
    if (!filter.organizationUrn.isEmpty())
        where += QStringLiteral(" AND p.author = :org");
    if (filter.from.isValid())
        where += QStringLiteral(" AND p.published_at >= :fromMs");
    if (filter.to.isValid())
        where += QStringLiteral(" AND p.published_at < :untilMs");
    return QStringLiteral(R"(SELECT p.content_type AS content_type, p.published_at AS published_at,
    COALESCE(s.impression_count, 0) AS impressions,
    ROUND(COALESCE(s.engagement, 0) * 100, 2) AS engagement_rate_pct,
    COALESCE(s.like_count, 0) + COALESCE(s.comment_count, 0) + COALESCE(s.share_count, 0) AS total_engagements
FROM %1 AS p
LEFT JOIN %2 AS s ON s.post_urn = p.id
WHERE 1%3)")
        .arg(Catalog::quoted(filter.tables.organizationPosts), Catalog::quoted(filter.tables.postStatistics), where);
}

} // namespace pagesight
