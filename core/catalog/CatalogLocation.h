#pragma once

#include "common/Errors.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pagesight {

// A catalog on a PostgreSQL server, from a URL of the form
//   postgresql://user@host:port/dbname?sslmode=require&schema=pagesight
// (postgres:// too; the port defaults to 5432, the schema to "public"). The password is never part
// of it: libpq reads PGPASSWORD and ~/.pgpass, and the app keeps one in the keychain. A URL that
// carries one is refused, so a password never reaches a command line, a log or the settings.
struct ServerCatalog {
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString schema = QStringLiteral("public");
    QString sslMode; // empty: libpq's default (prefer)

    // The URL as shown and stored: every part, never a password.
    QString url() const;
    // The keychain entry of its password: the server, the user and the database.
    QString passwordKey() const;
};

// A connection to the server (not opened yet), registered under connectionName: its host, port,
// user and database, sslmode, a connect timeout, and the password when one is given (else libpq
// reads PGPASSWORD and ~/.pgpass). applicationName shows in the server's pg_stat_activity.
QSqlDatabase addServerConnection(const ServerCatalog &server, const QString &connectionName, const QString &password,
                                 const QString &applicationName = QStringLiteral("pagesight"));

// Whether a --catalog value names a server rather than a file.
bool isServerCatalog(const QString &location);

// The catalog the URL names, or why it names none (InputError::CatalogUrl, or CatalogUrlPassword
// for a URL with a password in it; the value never repeats the password).
std::optional<ServerCatalog> parseServerCatalog(const QString &url, InputError *error = nullptr);

} // namespace pagesight
