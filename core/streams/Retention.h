#pragma once

#include "Purge.h"

#include <QDate>

#include <optional>

namespace pagesight {

// How long one stream table keeps its rows: a row about a day more than `days` days before today
// (UTC) goes. The day a row is about: its `date` in the daily statistics tables, a post's
// publication (its creation if it has none), and for post statistics (lifetime totals with no day
// of their own) the day Pagesight last fetched them, `_synced_at`.
struct RetentionRule {
    QString table;
    QString streamId;
    int days = 0;

    static constexpr int kMaxDays = 36500;
    bool operator==(const RetentionRule &) const = default;
};

// A number of days as typed ("365"): nullopt unless a whole number from 1 to kMaxDays.
std::optional<int> parseRetentionDays(const QString &text);
// The stream that writes a table named prefix + its default name (the longest such name); empty
// when the name ends with none.
QString streamOfTableName(const QString &table);

// The catalog's retention setting, by table name; empty when it is off (the default). Read on any
// connection (the GUI's read-only one too).
QList<RetentionRule> retentionRules(const QSqlDatabase &db);
// Replaces the setting (no rules turns it off). Run inside a write (Catalog::write, CatalogWriter).
CatalogError writeRetentionRules(const QSqlDatabase &db, const QList<RetentionRule> &rules, const QString &now);
// The same in a transaction of its own on catalog.
CatalogError saveRetentionRules(Catalog &catalog, const QList<RetentionRule> &rules);

// The first day a rule keeps: today - days.
QDate retentionCutoff(const RetentionRule &rule, const QDate &todayUtc);
// How many rows of the rule's table (of one organization, or all) are older than it; 0 for a
// table that does not exist, -1 when the count failed.
qint64 rowsOlderThan(const QSqlDatabase &db, const RetentionRule &rule, const QDate &todayUtc,
                     const QString &organizationUrn = {});
// Removes the rows older than each rule (of one organization, or all) in one transaction: all of
// it, or on an error nothing. Bookmarks stay, so a sync does not fetch the removed days again.
// Tables that do not exist are skipped.
PurgeResult purgeOlderThan(Catalog &catalog, const QList<RetentionRule> &rules, const QDate &todayUtc,
                           const QString &organizationUrn = {});

} // namespace pagesight
