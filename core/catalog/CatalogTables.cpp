// User tables: creating and evolving them, INCREMENTAL upserts and the FULL_TABLE staging swap.
#include "Catalog.h"

#include "CatalogSql.h"
#include "SqlDialect.h"
#include "common/Log.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

namespace pagesight {

using namespace catalogsql;

namespace {
QString quotedList(const QStringList &names) {
    QStringList result;
    result.reserve(names.size());
    for (const QString &name : names)
        result << Catalog::quoted(name);
    return result.join(QLatin1String(", "));
}

QStringList columnNames(const TableSchema &schema) {
    QStringList names;
    names.reserve(schema.columns.size());
    for (const ColumnDef &column : schema.columns)
        names << column.name;
    return names;
}

bool isKeyColumn(const TableSchema &schema, const QString &column) {
    return schema.primaryKey.contains(column, Qt::CaseInsensitive);
}

QString createTableSql(SqlBackend backend, const QString &tableName, const TableSchema &schema) {
    QStringList definitions;
    for (const ColumnDef &column : schema.columns) {
        QString definition =
            Catalog::quoted(column.name) + QLatin1Char(' ') + dialect::columnType(backend, column.sqlType, column.name);
        // SQLite lets NULL into a non-INTEGER primary key, and NULLs never conflict: such a row
        // would be duplicated by every upsert instead of replaced.
        if (isKeyColumn(schema, column.name))
            definition += QLatin1String(" NOT NULL");
        definitions << definition;
    }
    if (!schema.primaryKey.isEmpty())
        definitions << QStringLiteral("PRIMARY KEY (%1)").arg(quotedList(schema.primaryKey));
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)")
        .arg(Catalog::quoted(tableName), definitions.join(QLatin1String(", ")));
}

// ON CONFLICT(pk) DO UPDATE SET every other column, so a re-fetched row replaces the old one.
QString conflictClause(const TableSchema &schema) {
    if (schema.primaryKey.isEmpty())
        return {};
    QStringList updates;
    for (const ColumnDef &column : schema.columns) {
        if (isKeyColumn(schema, column.name))
            continue;
        const QString name = Catalog::quoted(column.name);
        updates << name + QLatin1String(" = excluded.") + name;
    }
    return QStringLiteral(" ON CONFLICT (%1) DO %2")
        .arg(quotedList(schema.primaryKey),
             updates.isEmpty() ? QStringLiteral("NOTHING") : QLatin1String("UPDATE SET ") + updates.join(u", "));
}

CatalogError withPath(CatalogError error, const QString &path) {
    error.path = path;
    return error;
}
} // namespace

QString catalogsql::upsertSql(const QString &tableName, const TableSchema &schema, int rows) {
    const QString row =
        QLatin1Char('(') + QStringList(schema.columns.size(), QStringLiteral("?")).join(u", ") + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
               .arg(Catalog::quoted(tableName), quotedList(columnNames(schema)),
                    QStringList(rows, row).join(QLatin1String(", "))) +
           conflictClause(schema);
}

CatalogError Catalog::ensureTable(const TableSchema &schema) {
    if (CatalogError error = checkWritable(QStringLiteral("create table %1").arg(schema.name)); error.isError())
        return error;
    if (CatalogError error = validateSchema(schema); error.isError())
        return withPath(error, m_path);
    WriteTransaction transaction(m_db, m_path);
    if (transaction.beginError().isError())
        return transaction.beginError();
    if (CatalogError error = ensureTableInTransaction(schema); error.isError())
        return error;
    return transaction.commit();
}

CatalogError Catalog::ensureTableInTransaction(const TableSchema &schema) {
    struct ExistingColumn {
        QString type;
        int keyPosition = 0; // 1-based position in the primary key, 0 = not a key column
    };
    QHash<QString, ExistingColumn> existing; // by lower-case name: SQLite ignores case in names
    {
        QSqlQuery info(m_db);
        info.prepare(dialect::columnsSql(backend()));
        info.addBindValue(schema.name);
        if (!info.exec())
            return errorFrom(info.lastError(), m_path);
        while (info.next())
            existing.insert(info.value(0).toString().toLower(), {info.value(1).toString(), info.value(2).toInt()});
    }

    if (existing.isEmpty()) {
        qCInfo(lcCatalog) << "creating table" << schema.name;
        return exec(m_db, m_path, createTableSql(backend(), schema.name, schema));
    }

    const CatalogError mismatch{CatalogError::Kind::SchemaMismatch, schema.name, m_path};
    QStringList existingKey(existing.size());
    for (auto it = existing.cbegin(); it != existing.cend(); ++it)
        if (it->keyPosition > 0 && it->keyPosition <= existingKey.size())
            existingKey[it->keyPosition - 1] = it.key();
    existingKey.removeAll(QString());
    QStringList wantedKey;
    for (const QString &column : schema.primaryKey)
        wantedKey << column.toLower();
    if (existingKey != wantedKey) {
        qCWarning(lcCatalog) << "table" << schema.name << "has the primary key" << existingKey << "not" << wantedKey;
        return mismatch;
    }

    QList<ColumnDef> missing;
    for (const ColumnDef &column : schema.columns) {
        const auto found = existing.constFind(column.name.toLower());
        if (found == existing.cend()) {
            missing << column;
        } else if (!dialect::compatibleColumnType(found->type,
                                                  dialect::columnType(backend(), column.sqlType, column.name))) {
            qCWarning(lcCatalog) << "column" << schema.name << column.name << "is" << found->type << "not"
                                 << column.sqlType;
            return mismatch;
        }
    }
    // Columns a newer stream definition added; older rows read NULL for them. Columns the table
    // has beyond the schema are left alone (the user's, or from an older definition).
    for (const ColumnDef &column : missing) {
        qCInfo(lcCatalog) << "adding column" << column.name << "to" << schema.name;
        const QString sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                .arg(quoted(schema.name), quoted(column.name),
                                     dialect::columnType(backend(), column.sqlType, column.name));
        if (CatalogError error = exec(m_db, m_path, sql); error.isError())
            return error;
    }
    return {};
}

CatalogError Catalog::upsert(const TableSchema &schema, const QList<Row> &rows,
                             const std::optional<Bookmark> &bookmark) {
    if (CatalogError error = checkWritable(QStringLiteral("write to %1").arg(schema.name)); error.isError())
        return error;
    if (CatalogError error = validateSchema(schema); error.isError())
        return withPath(error, m_path);
    QElapsedTimer timer;
    timer.start();
    WriteTransaction transaction(m_db, m_path);
    if (transaction.beginError().isError())
        return transaction.beginError();
    if (CatalogError error = writeRowsInTransaction(schema.name, schema, rows); error.isError())
        return error;
    if (bookmark)
        if (CatalogError error = writeBookmarkInTransaction(*bookmark); error.isError())
            return error;
    if (CatalogError error = transaction.commit(); error.isError())
        return error;
    qCDebug(lcCatalog) << "upserted" << rows.size() << "rows into" << schema.name << "in" << timer.elapsed() << "ms";
    return {};
}

// The checks every staging step starts with: the catalog is writable, the schema is sound and,
// past beginStaging, the table is being staged.
CatalogError Catalog::checkStaging(const TableSchema &schema, const QString &verb, bool mustBeStaged) const {
    if (CatalogError error = checkWritable(verb + QLatin1Char(' ') + schema.name); error.isError())
        return error;
    if (CatalogError error = validateSchema(schema); error.isError())
        return withPath(error, m_path);
    if (mustBeStaged && !tableExists(stagingTableName(schema.name, m_stagingTag)))
        return {CatalogError::Kind::Query, QStringLiteral("%1 is not being staged").arg(schema.name), m_path};
    return {};
}

CatalogError Catalog::beginStaging(const TableSchema &schema) {
    if (CatalogError error = checkStaging(schema, QStringLiteral("stage"), false); error.isError())
        return error;
    const QString staging = stagingTableName(schema.name, m_stagingTag);
    WriteTransaction transaction(m_db, m_path);
    if (transaction.beginError().isError())
        return transaction.beginError();
    // A leftover from a run that was killed: its rows belong to no bookmark, start afresh.
    if (CatalogError error = exec(m_db, m_path, QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(staging)));
        error.isError())
        return error;
    // Same columns and primary key as the real table, so a row fetched twice is staged once.
    if (CatalogError error = exec(m_db, m_path, createTableSql(backend(), staging, schema)); error.isError())
        return error;
    return transaction.commit();
}

CatalogError Catalog::appendStaging(const TableSchema &schema, const QList<Row> &rows) {
    const QString staging = stagingTableName(schema.name, m_stagingTag);
    if (CatalogError error = checkStaging(schema, QStringLiteral("stage"), true); error.isError())
        return error;
    WriteTransaction transaction(m_db, m_path);
    if (transaction.beginError().isError())
        return transaction.beginError();
    if (CatalogError error = writeRowsInTransaction(staging, schema, rows); error.isError())
        return error;
    return transaction.commit();
}

CatalogError Catalog::commitStaging(const TableSchema &schema, const QString &ownerValue,
                                    const std::optional<Bookmark> &bookmark) {
    const QString staging = stagingTableName(schema.name, m_stagingTag);
    if (CatalogError error = checkStaging(schema, QStringLiteral("replace"), true); error.isError())
        return error;

    // Everything below is one transaction: a reader on another connection sees the old table until
    // COMMIT and the new one after, and any failure leaves both the table and the staged rows.
    WriteTransaction transaction(m_db, m_path);
    if (transaction.beginError().isError())
        return transaction.beginError();
    if (CatalogError error = ensureTableInTransaction(schema); error.isError())
        return error;

    // Several sources may share a table: only this owner's rows are replaced.
    CatalogError error =
        schema.ownerColumn.isEmpty()
            ? exec(m_db, m_path, QStringLiteral("DELETE FROM %1").arg(quoted(schema.name)))
            : exec(m_db, m_path,
                   QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(quoted(schema.name), quoted(schema.ownerColumn)),
                   {ownerValue});
    if (error.isError())
        return error;

    const QString columns = quotedList(columnNames(schema));
    // "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint of the SELECT.
    const QString copy = QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 WHERE true")
                             .arg(quoted(schema.name), columns, quoted(staging)) +
                         conflictClause(schema);
    if (error = exec(m_db, m_path, copy); error.isError())
        return error;
    if (error = exec(m_db, m_path, QStringLiteral("DROP TABLE %1").arg(quoted(staging))); error.isError())
        return error;
    if (bookmark)
        if (error = writeBookmarkInTransaction(*bookmark); error.isError())
            return error;
    if (error = transaction.commit(); error.isError())
        return error;
    qCInfo(lcCatalog) << "replaced the rows of" << ownerValue << "in" << schema.name;
    return {};
}

int Catalog::dropLeftoverStaging() {
    if (!isOpen() || m_mode == Mode::ReadOnly)
        return 0;
    QStringList leftovers;
    for (const QString &table : tables())
        if (table.startsWith(QLatin1String("_pagesight_staging_"), Qt::CaseInsensitive))
            leftovers << table;
    int dropped = 0;
    for (const QString &table : std::as_const(leftovers)) {
        if (CatalogError error = exec(m_db, m_path, QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(table)));
            error.isError()) {
            qCWarning(lcCatalog) << "cannot drop the leftover staging table" << table << ":" << error.detail;
            continue;
        }
        ++dropped;
    }
    if (dropped > 0)
        qCInfo(lcCatalog) << "dropped" << dropped << "staging tables an interrupted run left behind";
    return dropped;
}

void Catalog::discardStaging(const TableSchema &schema) {
    if (!isOpen() || m_mode == Mode::ReadOnly || validateTableName(schema.name).isError())
        return;
    const QString sql =
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(stagingTableName(schema.name, m_stagingTag)));
    if (CatalogError error = exec(m_db, m_path, sql); error.isError())
        qCWarning(lcCatalog) << "cannot drop the staging table of" << schema.name << ":" << error.detail;
}

CatalogError Catalog::writeBookmarkInTransaction(const Bookmark &bookmark) {
    return exec(m_db, m_path,
                QStringLiteral("INSERT INTO _pagesight_bookmarks "
                               "(organization_urn, stream_id, table_name, value, updated_at) VALUES (?, ?, ?, ?, ?) "
                               "ON CONFLICT (organization_urn, stream_id, table_name) "
                               "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"),
                {keyValue(bookmark.organizationUrn), keyValue(bookmark.streamId), keyValue(bookmark.tableName),
                 keyValue(bookmark.value), timeValue(nowUtc())});
}

QStringList Catalog::postsPublishedSince(const QString &postsTable, const QString &author, qint64 sinceMs) const {
    QStringList ids;
    if (!isOpen() || validateTableName(postsTable).isError())
        return ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE author = ? AND (COALESCE(published_at, created_at) >= ? OR "
                                 "COALESCE(published_at, created_at) IS NULL)")
                      .arg(quoted(postsTable)));
    query.addBindValue(author);
    query.addBindValue(sinceMs);
    if (!query.exec()) {
        qCWarning(lcCatalog) << "cannot list the posts of" << postsTable << ":" << query.lastError().text();
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

CatalogError Catalog::deleteBookmark(const QSqlDatabase &db, const QString &organizationUrn, const QString &streamId,
                                     const QString &table) {
    return catalogsql::exec(
        db, {},
        QStringLiteral("DELETE FROM _pagesight_bookmarks "
                       "WHERE organization_urn = ? AND stream_id = ? AND table_name = ?"),
        {catalogsql::keyValue(organizationUrn), catalogsql::keyValue(streamId), catalogsql::keyValue(table)});
}

CatalogError Catalog::deleteRowsOf(const QSqlDatabase &db, const QString &table, const QString &ownerColumn,
                                   const QString &organizationUrn, qint64 *removed) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(quoted(table), quoted(ownerColumn)));
    query.addBindValue(organizationUrn);
    if (!query.exec())
        return catalogsql::errorFrom(query.lastError(), {});
    if (removed)
        *removed = query.numRowsAffected();
    return {};
}

} // namespace pagesight
