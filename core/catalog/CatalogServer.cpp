// Opening a catalog on a PostgreSQL server: the connection, its schema, and the checks that keep
// Pagesight off another application's tables. The tables, transactions and migrations are the
// ones Catalog.cpp and CatalogTables.cpp run on either backend.
#include "Catalog.h"

#include "CatalogLocation.h"
#include "CatalogSql.h"
#include "common/Log.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace pagesight {

using namespace catalogsql;

namespace {
// Pagesight's marker and version on PostgreSQL, which has no application_id or user_version.
const QString catalogTable = QStringLiteral("_pagesight_catalog");

// The schema's tables before anything is written: none (a new catalog), Pagesight's marker
// with a version this release knows, or else another application's, left alone. marked: the
// marker is there.
CatalogError identifySchema(const QSqlDatabase &db, const QString &url, const QString &schema, bool *marked) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"));
    query.addBindValue(schema);
    if (!query.exec())
        return errorFrom(query.lastError(), url);
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    query.finish();
    if (tables.isEmpty())
        return {};
    *marked = tables.contains(catalogTable);
    if (!*marked)
        return {CatalogError::Kind::ForeignFile,
                QStringLiteral("tables of another application in schema %1").arg(schema), url};
    query.prepare(QStringLiteral("SELECT value FROM %1.%2 WHERE name = 'schema_version'")
                      .arg(Catalog::quoted(schema), Catalog::quoted(catalogTable)));
    if (!query.exec())
        return errorFrom(query.lastError(), url);
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version > Catalog::latestSchemaVersion())
        return {CatalogError::Kind::NewerCatalog,
                QStringLiteral("%1 %2").arg(version).arg(Catalog::latestSchemaVersion()), url};
    return {};
}
bool schemaExists(const QSqlDatabase &db, const QString &schema) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"));
    query.addBindValue(schema);
    return query.exec() && query.next();
}
} // namespace

CatalogError Catalog::checkExists(const QString &location, const QString &password) {
    if (!isServerCatalog(location))
        return QFileInfo(location).isFile() ? CatalogError{} : CatalogError{CatalogError::Kind::Missing, {}, location};
    InputError inputError;
    const std::optional<ServerCatalog> server = parseServerCatalog(location, &inputError);
    if (!server)
        return {CatalogError::Kind::CannotOpen, describe(inputError), inputError.value};
    static QAtomicInteger<int> counter;
    const QString connection = QStringLiteral("pagesight-exists-%1").arg(++counter);
    CatalogError result;
    {
        QSqlDatabase db = addServerConnection(*server, connection, password);
        if (!db.open()) {
            result = errorFrom(db.lastError(), server->url());
            result.kind = CatalogError::Kind::CannotOpen;
        } else {
            bool marked = false; // another application's schema, or a newer catalog, says so too
            result = identifySchema(db, server->url(), server->schema, &marked);
            if (!result.isError() && !marked)
                result = {CatalogError::Kind::Missing, {}, server->url()};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

CatalogError Catalog::openServer(const QString &location) {
    InputError inputError;
    const std::optional<ServerCatalog> server = parseServerCatalog(location, &inputError);
    if (!server)
        return {CatalogError::Kind::CannotOpen, describe(inputError), inputError.value};
    m_path = server->url();
    if (QSqlDatabase::contains(m_connectionName))
        return {CatalogError::Kind::CannotOpen,
                QStringLiteral("the connection name %1 is already in use").arg(m_connectionName), m_path};
    m_db = addServerConnection(*server, m_connectionName, m_password);
    m_ownsConnection = true;
    CatalogError error;
    if (!m_db.isValid()) {
        error = {CatalogError::Kind::CannotOpen,
                 QStringLiteral("the Qt PostgreSQL driver is not available (Debian: libqt6sql6-psql)"), m_path};
    } else {
        if (!m_db.open()) {
            error = errorFrom(m_db.lastError(), m_path);
            error.kind = CatalogError::Kind::CannotOpen;
        }
    }
    const QString schema = quoted(server->schema);
    // libpq prints a server's notices on stderr ("schema already exists, skipping").
    if (!error.isError())
        error = exec(m_db, m_path, QStringLiteral("SET client_min_messages TO warning"));
    bool marked = false;
    if (!error.isError())
        error = identifySchema(m_db, m_path, server->schema, &marked);
    // Created only when missing: CREATE SCHEMA asks for the right to create in the database even
    // when the schema exists, which a team member's account need not have.
    if (!error.isError() && m_mode == Mode::ReadWrite && !schemaExists(m_db, server->schema))
        error = exec(m_db, m_path, QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema));
    if (!error.isError())
        error = exec(m_db, m_path, QStringLiteral("SET search_path TO %1").arg(schema));

    // A statement waits this long for a lock another writer holds, then reports Locked.
    if (!error.isError())
        error = exec(m_db, m_path, QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeout.count()));
    if (!error.isError() && m_mode == Mode::ReadOnly)
        error = exec(m_db, m_path, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    // A new catalog is marked; a marked one is not written to at all here, so an account that may
    // only read it (SELECT, no CREATE or INSERT) opens it as the app does.
    if (!error.isError() && m_mode == Mode::ReadWrite && !marked)
        error = exec(m_db, m_path,
                     QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
                         .arg(catalogTable));
    if (!error.isError() && m_mode == Mode::ReadWrite && !marked)
        error = exec(m_db, m_path,
                     QStringLiteral("INSERT INTO %1 (name, value) VALUES ('application', 'Pagesight') "
                                    "ON CONFLICT (name) DO NOTHING")
                         .arg(catalogTable));
    if (!error.isError() && m_mode == Mode::ReadWrite)
        error = migrate();
    if (error.isError()) {
        qCWarning(lcCatalog) << "cannot open" << m_path << ":" << error.detail;
        error.path = m_path;
        close();
        return error;
    }
    qCInfo(lcCatalog) << "opened" << m_path << (m_mode == Mode::ReadOnly ? "read-only" : "read-write")
                      << "schema version" << schemaVersion();
    return {};
}

} // namespace pagesight
