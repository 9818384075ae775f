#include "DashboardModel.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

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
            query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        result.error = QCoreApplication::translate("Dashboards", "The dashboard could not be loaded: %1")
                           .arg(query.lastError().text());
        m_error = result.error;
        return result;
    }
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

} // namespace pagesight
