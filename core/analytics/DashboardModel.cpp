#include "DashboardModel.h"

#include "SqlLexer.h"

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

QString timeZoneName(const QTimeZone &timeZone) {
    static const QList<QByteArray> utcNames = {"UTC", "Etc/UTC", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu"};
    if (!timeZone.isValid() || timeZone == QTimeZone::utc() || utcNames.contains(timeZone.id()))
        return QStringLiteral("UTC"); // a system set to UTC says "Etc/UTC"
    return QString::fromLatin1(timeZone.id());
}

QString DashboardFilter::timeZoneName() const {
    return pagesight::timeZoneName(timeZone);
}

ReportFilter DashboardFilter::reportFilter(SqlBackend backend) const {
    ReportFilter filter;
    filter.backend = backend;
    filter.organization = !organizationUrn.isEmpty();
    filter.publishedFrom = from.isValid();
    filter.publishedUntil = to.isValid();
    filter.includeDark = includeDark;
    return filter;
}

QSet<QString> sqlParameterNames(const QString &sql) {
    QSet<QString> names;
    for (const SqlToken &token : sqlTokens(sql))
        if (token.kind == SqlToken::Kind::Parameter && sql.at(token.begin) == u':')
            names.insert(sql.mid(token.begin, token.end - token.begin));
    return names;
}

int DashboardModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : rows();
}

QueryResult DashboardModel::query(const QSqlDatabase &database, const QString &sql, const QVariantMap &bindings) {
    QueryResult result = runQuery(database, sql, bindings);
    if (!result.ok())
        m_error = result.error;
    return result;
}

QueryResult DashboardModel::runQuery(const QSqlDatabase &database, const QString &sql, const QVariantMap &bindings) {
    QSqlQuery query(database);
    query.setForwardOnly(true);
    QueryResult result;
    if (!query.prepare(sql)) {
        result.error = QCoreApplication::translate("Dashboards", "The dashboard cannot read this catalog: %1")
                           .arg(query.lastError().text());
        return result;
    }
    for (const QString &name : sqlParameterNames(sql)) {
        const auto it = bindings.constFind(name);
        if (it != bindings.cend())
            query.bindValue(name, it.value());
    }
    if (!query.exec()) {
        result.error = QCoreApplication::translate("Dashboards", "The dashboard could not be loaded: %1")
                           .arg(query.lastError().text());
        return result;
    }
    return collectRows(query);
}

QVariant DashboardModel::alignment(bool number) {
    return number ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                  : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
}

QString postEngagementRowsSql(const DashboardFilter &filter, SqlBackend backend) {
    ReportFilter report = filter.reportFilter(backend);
    report.postKind = true; // one column past the report's: how the dashboards group the posts
    return reportSql(QStringLiteral("post-engagement"), filter.tables, report);
}

} // namespace pagesight
