#pragma once

// Helpers shared by the end-to-end tests: a sandbox, an engine wired to it, and a dump of a
// catalog's stream tables for "same final catalog" comparisons.

#include "api/LinkedInClient.h"
#include "catalog/RunHistory.h"
#include "catalog/SourceStore.h"
#include "common/Clock.h"
#include "sandbox/SandboxServer.h"
#include "source/SourceConfig.h"
#include "sync/SyncEngine.h"

#include <QCoro/QCoroTask>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <memory>

namespace pagesight::testing {

inline const QDate sandboxToday(2026, 11, 28);

inline sandbox::GeneratorOptions generatorOptions(int posts = 150, int days = 400, quint64 seed = 7) {
    sandbox::GeneratorOptions options;
    options.seed = seed;
    options.posts = posts;
    options.days = days;
    options.today = sandboxToday;
    return options;
}

inline SourceConfig sourceFor(const sandbox::SandboxServer &server, const QDate &startDate) {
    SourceConfig source;
    source.id = QStringLiteral("test-source");
    source.description = QStringLiteral("Test source");
    source.organizationId = 12345678;
    source.startDate = startDate;
    source.streams = defaultStreamSelections();
    source.apiBaseUrl = server.apiBaseUrl();
    source.oauthBaseUrl = server.oauthBaseUrl();
    return source;
}

// An engine on the calling thread, talking to the sandbox.
struct EngineRig {
    explicit EngineRig(const QString &catalogPath, TokenProvider *tokens, const QUrl &apiBase,
                       const QDateTime &now = QDateTime(sandboxToday, QTime(10, 0), Qt::UTC))
        : clock(now)
        , catalog(QStringLiteral("rig-") + QUuid::createUuid().toString(QUuid::Id128)) {
        ClientOptions options;
        options.apiBase = apiBase;
        options.backoffBaseMs = 5;
        options.backoffMaxMs = 50;
        options.rateLimitBackoffBaseMs = 5;
        options.timeoutMs = 1500;
        options.clock = &clock;
        client = std::make_unique<LinkedInClient>(&network, tokens, options);
        engine = std::make_unique<SyncEngine>(&catalog, client.get(), &clock);
        openError = catalog.open(catalogPath);
    }

    RunReport run(const SourceConfig &source, SyncOptions options = {}) {
        return QCoro::waitFor(engine->run(source, options));
    }

    FixedClock clock;
    QNetworkAccessManager network;
    Catalog catalog;
    std::unique_ptr<LinkedInClient> client;
    std::unique_ptr<SyncEngine> engine;
    CatalogError openError;
};

// What the dashboard tests add to a synced catalog: a second organization (otherOrg) with its own
// days, posts and snapshots, and an older snapshot of org whose seniority shares are known.
inline QStringList secondOrganizationRows(const QString &org, const QString &otherOrg) {
    return {
        QStringLiteral("INSERT INTO follower_statistics (organization_urn, report_type, date, organic_follower_gain, "
                       "paid_follower_gain, total_followers, follower_counts_by_seniority_json, _synced_at, _run_id) "
                       "SELECT '%1', report_type, date, organic_follower_gain * 2 + 1, paid_follower_gain, "
                       "total_followers + 5, follower_counts_by_seniority_json, _synced_at, _run_id "
                       "FROM follower_statistics")
            .arg(otherOrg),
        QStringLiteral("INSERT INTO organization_posts (id, author, published_at, content_type, commentary, is_dsc, "
                       "_synced_at, _run_id) SELECT id || '0', '%1', published_at, content_type, commentary, is_dsc, "
                       "_synced_at, _run_id FROM organization_posts")
            .arg(otherOrg),
        QStringLiteral("INSERT INTO page_statistics (organization_urn, report_type, date, "
                       "page_statistics_by_seniority_json, _synced_at, _run_id) VALUES ('%1', 'LIFETIME', "
                       "'2026-10-01', '[{\"seniority\":\"urn:li:seniority:5\",\"pageStatistics\":{\"views\":"
                       "{\"allPageViews\":{\"pageViews\":30}}}},{\"seniority\":\"urn:li:seniority:3\","
                       "\"pageStatistics\":{\"views\":{\"allPageViews\":{\"pageViews\":10}}}}]', 'x', 1)")
            .arg(org)};
}

// A JSON array or object written one way (compact, keys sorted): PostgreSQL's JSONB prints
// {"a": 1} where SQLite keeps the text as written, {"a":1}. Any other text as it is.
inline QString sameJson(const QString &text) {
    if (!text.startsWith(QLatin1Char('[')) && !text.startsWith(QLatin1Char('{')))
        return text;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isNull() ? text : QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

// Every stream table, rows sorted, bookkeeping columns (_synced_at, _run_id) left out; JSON
// written one way.
inline QMap<QString, QStringList> dumpTables(const QSqlDatabase &database) {
    QMap<QString, QStringList> dump;
    QSqlQuery tables(database);
    tables.exec(dialect::tablesSql(dialect::backendOf(database))); // SQLite or PostgreSQL
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (table.startsWith(QLatin1String("_pagesight")) || table.startsWith(QLatin1String("sqlite_")))
            continue;
        QSqlQuery rows(database);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList lines;
        while (rows.next()) {
            QStringList cells;
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i).startsWith(QLatin1Char('_')))
                    continue;
                cells.append(rows.value(i).isNull() ? QStringLiteral("<null>") : sameJson(rows.value(i).toString()));
            }
            lines.append(cells.join(QLatin1Char('|')));
        }
        lines.sort();
        dump.insert(table, lines);
    }
    return dump;
}

inline qint64 count(const QSqlDatabase &database, const QString &sql) {
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace pagesight::testing
