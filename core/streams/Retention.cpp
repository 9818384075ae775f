#include "Retention.h"

#include "StreamDef.h"
#include "catalog/SqlDialect.h"
#include "common/Log.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pagesight {

namespace {

// "<condition on the row's day>" with one placeholder, :cutoff, and its value for the rule.
std::pair<QString, QVariant> ageCondition(const RetentionRule &rule, const QDate &todayUtc) {
    const QDate cutoff = retentionCutoff(rule, todayUtc);
    const StreamDef *stream = findStream(rule.streamId);
    switch (stream ? stream->kind : StreamKind::PostStatistics) {
    case StreamKind::DailyStatistics:
        return {QStringLiteral("\"date\" < :cutoff"), cutoff.toString(Qt::ISODate)};
    case StreamKind::Posts:
        return {QStringLiteral("COALESCE(published_at, created_at) < :cutoff"),
                QDateTime(cutoff, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()};
    case StreamKind::PostStatistics:
        break;
    }
    return {QStringLiteral("substr(_synced_at, 1, 10) < :cutoff"), cutoff.toString(Qt::ISODate)};
}

QString whereOlder(const RetentionRule &rule, const QDate &todayUtc, const QString &organizationUrn) {
    QString where = ageCondition(rule, todayUtc).first;
    if (!organizationUrn.isEmpty())
        where +=
            QStringLiteral(" AND %1 = :org").arg(Catalog::quoted(streamTable(rule.streamId, rule.table).ownerColumn));
    return where;
}

void bind(QSqlQuery &query, const RetentionRule &rule, const QDate &todayUtc, const QString &organizationUrn) {
    query.bindValue(QStringLiteral(":cutoff"), ageCondition(rule, todayUtc).second);
    if (!organizationUrn.isEmpty())
        query.bindValue(QStringLiteral(":org"), organizationUrn);
}

bool isValid(const RetentionRule &rule) {
    return findStream(rule.streamId) && !Catalog::validateTableName(rule.table).isError() && rule.days > 0 &&
           rule.days <= RetentionRule::kMaxDays;
}

bool tableExists(const QSqlDatabase &db, const QString &table) {
    return dialect::tableNames(db).contains(table, Qt::CaseInsensitive);
}

} // namespace

std::optional<int> parseRetentionDays(const QString &text) {
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const int days = text.toInt();
    return days >= 1 && days <= RetentionRule::kMaxDays ? std::optional<int>(days) : std::nullopt;
}

QString streamOfTableName(const QString &table) {
    QString best;
    for (const StreamDef &stream : allStreams())
        if (table.endsWith(stream.defaultTable()) && stream.id.size() > best.size())
            best = stream.id;
    return best;
}

QList<RetentionRule> retentionRules(const QSqlDatabase &db) {
    QList<RetentionRule> rules;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT table_name, stream_id, days FROM _pagesight_retention ORDER BY table_name")))
        return rules;
    while (query.next())
        rules.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return rules;
}

CatalogError writeRetentionRules(const QSqlDatabase &db, const QList<RetentionRule> &rules, const QString &now) {
    for (const RetentionRule &rule : rules)
        if (!isValid(rule))
            return {CatalogError::Kind::InvalidName, rule.table, {}};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM _pagesight_retention")))
        return {CatalogError::Kind::Query, query.lastError().text(), {}};
    for (const RetentionRule &rule : rules) {
        query.prepare(QStringLiteral(
            "INSERT INTO _pagesight_retention (table_name, stream_id, days, updated_at) VALUES (?, ?, ?, ?)"));
        query.addBindValue(rule.table);
        query.addBindValue(rule.streamId);
        query.addBindValue(rule.days);
        query.addBindValue(now);
        if (!query.exec())
            return {CatalogError::Kind::Query, query.lastError().text(), {}};
    }
    return {};
}

CatalogError saveRetentionRules(Catalog &catalog, const QList<RetentionRule> &rules) {
    const QString now = catalog.now().toString(Qt::ISODateWithMs);
    return catalog.write(QStringLiteral("set the retention period"),
                         [&](const QSqlDatabase &db) { return writeRetentionRules(db, rules, now); });
}

QDate retentionCutoff(const RetentionRule &rule, const QDate &todayUtc) {
    return todayUtc.addDays(-rule.days);
}

qint64 rowsOlderThan(const QSqlDatabase &db, const RetentionRule &rule, const QDate &todayUtc,
                     const QString &organizationUrn) {
    if (!isValid(rule))
        return -1;
    if (!tableExists(db, rule.table))
        return 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                      .arg(Catalog::quoted(rule.table), whereOlder(rule, todayUtc, organizationUrn)));
    bind(query, rule, todayUtc, organizationUrn);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

PurgeResult purgeOlderThan(Catalog &catalog, const QList<RetentionRule> &rules, const QDate &todayUtc,
                           const QString &organizationUrn) {
    PurgeResult result;
    for (const RetentionRule &rule : rules)
        if (!isValid(rule)) {
            result.error = {CatalogError::Kind::InvalidName, rule.table, catalog.path()};
            return result;
        }
    QList<std::pair<QString, qint64>> removed;
    result.error =
        catalog.write(QStringLiteral("remove rows older than the retention period"), [&](const QSqlDatabase &db) {
            for (const RetentionRule &rule : rules) {
                if (!tableExists(db, rule.table))
                    continue;
                QSqlQuery query(db);
                query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2")
                                  .arg(Catalog::quoted(rule.table), whereOlder(rule, todayUtc, organizationUrn)));
                bind(query, rule, todayUtc, organizationUrn);
                if (!query.exec())
                    return CatalogError{CatalogError::Kind::Query, query.lastError().text(), {}};
                removed.append({rule.table, query.numRowsAffected()});
            }
            return CatalogError{};
        });
    if (!result.error.isError()) {
        result.removed = removed;
        qCInfo(lcStreams) << "retention removed" << result.total() << "rows";
    }
    return result;
}

} // namespace pagesight
