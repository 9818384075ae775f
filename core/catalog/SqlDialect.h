#pragma once

// Where a catalog on PostgreSQL is written differently from one in SQLite: the one place that
// knows both. Everything else writes SQL both take (quoted identifiers, ? placeholders,
// INSERT ... ON CONFLICT ... DO UPDATE, RETURNING) and asks here for the rest.

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace pagesight {

enum class SqlBackend { Sqlite, Postgres };

namespace dialect {

SqlBackend backendOf(const QSqlDatabase &db); // by the connection's driver

// A schema type (TEXT, INTEGER, REAL, NUMERIC, BLOB) as the backend declares it: INTEGER is
// BIGINT and REAL DOUBLE PRECISION on PostgreSQL, whose INTEGER holds 32 bits only, and a TEXT
// column named *_json (LinkedIn's arrays and objects) is JSONB there, for its operators and indexes.
QString columnType(SqlBackend backend, const QString &schemaType, const QString &columnName = {});
// Whether a column declared as found may stay where the schema now asks for expected (a team
// catalog made before its *_json columns were JSONB keeps them as TEXT).
bool compatibleColumnType(const QString &found, const QString &expected);
// A bookkeeping table's DDL, written for SQLite, for the backend.
QString ddl(SqlBackend backend, const QString &sqliteStatement);

// Starts a write transaction. SQLite takes its write lock up front (IMMEDIATE); PostgreSQL locks
// rows as it writes them.
QString beginWrite(SqlBackend backend);

// name: the catalog's tables (in the connection's schema on PostgreSQL), by name.
QString tablesSql(SqlBackend backend);
// 1 when the table bound to ? exists (SQLite ignores case in names, PostgreSQL keeps a quoted one's).
QString tableExistsSql(SqlBackend backend);
// name, declared type, 1-based position in the primary key (0: not a key), 1 when NOT NULL, of the
// table bound to ?, in the table's order.
QString columnsSql(SqlBackend backend);

// The reports' and dashboards' expressions, each giving the same value on both backends (a
// PostgreSQL numeric is cast back, so rows read the same types in both).
QString round(SqlBackend backend, const QString &expression, int decimals); // a double
// SUM as an integer; over: a window ("OVER (…)"), or empty.
QString integerSum(SqlBackend backend, const QString &expression, const QString &over = {});
QString epochMsText(SqlBackend backend, const QString &epochMs); // 'YYYY-MM-DD HH:MM:SS', UTC
// ORDER BY terms that sort alike on both: text byte by byte, as SQLite does (a server sorts by
// its collation, en-US putting "aa" before "Ab"), and NULL last in a descending order (where
// PostgreSQL puts it first).
QString textOrder(SqlBackend backend, const QString &expression);
QString descending(SqlBackend backend, const QString &expression);
QString ascending(SqlBackend backend, const QString &expression); // NULL first, as SQLite
// LIKE as SQLite's, which ignores case (PostgreSQL's ILIKE).
QString likeIgnoringCase(SqlBackend backend);
// The epoch seconds of a 'YYYY-MM-DD HH:MM:SS' text in UTC, as an integer.
QString epochSeconds(SqlBackend backend, const QString &utcText);
QString dayNumber(SqlBackend backend, const QString &isoDate); // whole days, for RANGE windows
// A FROM item over the elements of the JSON array in column, named alias; elementText reads a
// path ("a.b.c") of one element as text, elementInteger as an integer.
QString jsonElements(SqlBackend backend, const QString &column, const QString &alias);
// True where column holds a JSON array jsonElements can read (SQLite: valid JSON; PostgreSQL,
// whose JSONB is valid by its type: an array).
QString isJsonArray(SqlBackend backend, const QString &column);
QString elementText(SqlBackend backend, const QString &alias, const QString &path);
QString elementInteger(SqlBackend backend, const QString &alias, const QString &path);

// The tables of the catalog a connection reads (QSqlDatabase::tables() names a PostgreSQL table
// of another schema than public as "schema.table").
QStringList tableNames(const QSqlDatabase &db);

// A value PostgreSQL would refuse where SQLite converts it: a bool bound to an integer column.
inline QVariant bindable(SqlBackend backend, const QVariant &value) {
    if (backend == SqlBackend::Postgres && value.typeId() == QMetaType::Bool)
        return QVariant(value.toBool() ? 1 : 0);
    return value;
}

} // namespace dialect

// A statement typed by a person (the SQL explorer, `pagesight query`) runs inside one of these. On
// PostgreSQL it is a READ ONLY transaction, rolled back when it ends: a data-modifying WITH is
// refused, and nothing a statement sets (set_config() of the session's read-only default) lasts
// until the next one. SQLite's read-only connection needs none (query_only).
class ReadOnlyTransaction {
public:
    explicit ReadOnlyTransaction(QSqlDatabase db);
    ~ReadOnlyTransaction();
    ReadOnlyTransaction(const ReadOnlyTransaction &) = delete;
    ReadOnlyTransaction &operator=(const ReadOnlyTransaction &) = delete;
    QString error() const { return m_error; } // why it could not begin; empty when it did

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
} // namespace pagesight
