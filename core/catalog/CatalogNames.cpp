// Identifier rules: which table and column names the catalog accepts, and how they are quoted.
#include "Catalog.h"

#include <QRegularExpression>
#include <QSet>

namespace pagesight {

namespace {
constexpr int maxIdentifierLength = 63;

// The SQLite keywords (https://sqlite.org/lang_keywords.html). Quoting would make them work, but
// a table called "order" or "select" trips up every hand-written query in the SQL explorer.
const QSet<QString> &sqlKeywords() {
    static const QSet<QString> keywords = [] {
        const QString words = QStringLiteral(
            "abort action add after all alter always analyze and as asc attach autoincrement before begin "
            "between by cascade case cast check collate column commit conflict constraint create cross current "
            "current_date current_time current_timestamp database default deferrable deferred delete desc detach "
            "distinct do drop each else end escape except exclude exclusive exists explain fail filter first "
            "following for foreign from full generated glob group groups having if ignore immediate in index "
            "indexed initially inner insert instead intersect into is isnull join key last left like limit match "
            "materialized natural no not nothing notnull null nulls of offset on or order others outer over "
            "partition plan pragma preceding primary query raise range recursive references regexp reindex "
            "release rename replace restrict returning right rollback row rows savepoint select set table temp "
            "temporary then ties to transaction trigger unbounded union unique update using vacuum values view "
            "virtual when where window with without ");
        const QStringList list = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return keywords;
}

bool isAsciiLetter(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// [A-Za-z_][A-Za-z0-9_]{0,62}, checked by hand so no Unicode letter class sneaks in.
bool isIdentifier(const QString &name) {
    if (name.isEmpty() || name.size() > maxIdentifierLength)
        return false;
    if (!isAsciiLetter(name.front()) && name.front() != QLatin1Char('_'))
        return false;
    for (QChar c : name)
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('_'))
            return false;
    return true;
}

bool isAllowedType(const QString &sqlType) {
    static const QStringList types{QStringLiteral("TEXT"), QStringLiteral("INTEGER"), QStringLiteral("REAL"),
                                   QStringLiteral("NUMERIC"), QStringLiteral("BLOB")};
    return types.contains(sqlType, Qt::CaseInsensitive);
}

CatalogError schemaError(const TableSchema &schema, const QString &problem) {
    return {CatalogError::Kind::Query, QStringLiteral("table %1: %2").arg(schema.name, problem), {}};
}
} // namespace

InputError Catalog::validateTableName(const QString &name) {
    if (!isIdentifier(name))
        return {InputError::Kind::TableName, name};
    const QString lower = name.toLower();
    if (lower.startsWith(QLatin1String("_pagesight")) || lower.startsWith(QLatin1String("sqlite_")) ||
        sqlKeywords().contains(lower))
        return {InputError::Kind::TableNameReserved, name};
    return {};
}

InputError Catalog::validateTablePrefix(const QString &prefix) {
    if (prefix.isEmpty())
        return {};
    // Short enough that prefix + the longest default stream name stays within the table name limit.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,40}$"));
    if (!pattern.match(prefix).hasMatch() || validateTableName(prefix + QStringLiteral("x")).isError())
        return {InputError::Kind::TablePrefix, prefix};
    return {};
}

QString Catalog::quoted(const QString &identifier) {
    QString result = identifier;
    result.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + result + QLatin1Char('"');
}

QString Catalog::stagingTableName(const QString &tableName, const QString &tag) {
    return QStringLiteral("_pagesight_staging_") + (tag.isEmpty() ? QString() : tag + QLatin1Char('_')) + tableName;
}

CatalogError Catalog::validateSchema(const TableSchema &schema) {
    if (validateTableName(schema.name).isError())
        return {CatalogError::Kind::InvalidName, schema.name, {}};
    if (schema.columns.isEmpty())
        return schemaError(schema, QStringLiteral("no columns"));

    // Column names come from stream definitions, not from users, so keywords are fine (they are
    // always quoted); they still must be plain identifiers, and SQLite compares them without case.
    QSet<QString> seen;
    for (const ColumnDef &column : schema.columns) {
        if (!isIdentifier(column.name))
            return schemaError(schema, QStringLiteral("\"%1\" is not a valid column name").arg(column.name));
        if (!isAllowedType(column.sqlType))
            return schemaError(schema,
                               QStringLiteral("column %1 has the type \"%2\"").arg(column.name, column.sqlType));
        const QString key = column.name.toLower();
        if (seen.contains(key))
            return schemaError(schema, QStringLiteral("column %1 appears twice").arg(column.name));
        seen.insert(key);
    }
    for (const QString &key : schema.primaryKey)
        if (!seen.contains(key.toLower()))
            return schemaError(schema, QStringLiteral("primary key column %1 is not a column").arg(key));
    if (!schema.ownerColumn.isEmpty() && !seen.contains(schema.ownerColumn.toLower()))
        return schemaError(schema, QStringLiteral("owner column %1 is not a column").arg(schema.ownerColumn));
    return {};
}

} // namespace pagesight
