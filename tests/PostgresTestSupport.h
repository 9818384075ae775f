#pragma once

// The team-catalog tests talk to a real PostgreSQL server: the throwaway one
// scripts/with-test-postgres starts (scripts/test runs every test beside it). Each test works in a
// schema of its own, dropped when it ends, so tests running side by side never meet.

#include "catalog/CatalogLocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

namespace pagesight::testing {

// The server's URL, without a password; empty when no test server runs.
inline QString testServerUrl() {
    return qEnvironmentVariable("PAGESIGHT_TEST_POSTGRES");
}

// Under scripts/test and in CI a missing server fails the test instead of skipping it.
inline bool postgresRequired() {
    return qEnvironmentVariable("CI") == QLatin1String("true") ||
           !qEnvironmentVariableIsEmpty("PAGESIGHT_IN_TEST_KEYRING");
}

// The password as a user would hand it over: PGPASSWORD, read by libpq when it connects.
inline void usePasswordFromEnvironment() {
    qputenv("PGPASSWORD", qgetenv("PAGESIGHT_TEST_POSTGRES_PASSWORD"));
}

// A schema of its own on the test server: url() names it; dropped with everything in it at the
// end of the scope.
class TestSchema {
public:
    TestSchema()
        : m_name(QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16)) {}
    ~TestSchema() {
        const QString connection = QStringLiteral("drop-") + m_name;
        {
            const std::optional<ServerCatalog> server = parseServerCatalog(testServerUrl());
            QSqlDatabase db = server ? addServerConnection(*server, connection,
                                                           qEnvironmentVariable("PAGESIGHT_TEST_POSTGRES_PASSWORD"))
                                     : QSqlDatabase();
            if (server && db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SET client_min_messages TO warning"));
                query.exec(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(m_name));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    TestSchema(const TestSchema &) = delete;
    TestSchema &operator=(const TestSchema &) = delete;

    QString name() const { return m_name; }
    QString url() const { return testServerUrl() + QStringLiteral("?schema=") + m_name; }

private:
    QString m_name;
};

} // namespace pagesight::testing

// In a test function: fail (scripts/test, CI) or skip (a developer's direct run) without a server.
#define PAGESIGHT_NEED_POSTGRES()                                                                                      \
    do {                                                                                                               \
        if (pagesight::testing::testServerUrl().isEmpty()) {                                                           \
            const char *hint = "No PostgreSQL test server: run the tests with scripts/with-test-postgres (as "         \
                               "scripts/test does).";                                                                  \
            if (pagesight::testing::postgresRequired())                                                                \
                QFAIL(hint);                                                                                           \
            QSKIP(hint);                                                                                               \
        }                                                                                                              \
        pagesight::testing::usePasswordFromEnvironment();                                                              \
    } while (false)
