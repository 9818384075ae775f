#include "CatalogMigrations.h"

namespace pagesight {

const QList<CatalogMigration> &catalogMigrations() {
    static const QList<CatalogMigration> migrations = {
        {1,
         {
             // The bookmark of a stream for one organization and table, written in the same
             // transaction as the rows it covers.
             QStringLiteral("CREATE TABLE _pagesight_bookmarks ("
                            "organization_urn TEXT NOT NULL, "
                            "stream_id TEXT NOT NULL, "
                            "table_name TEXT NOT NULL, "
                            "value TEXT NOT NULL, "
                            "updated_at TEXT NOT NULL, "
                            "PRIMARY KEY (organization_urn, stream_id, table_name))"),
             QStringLiteral("CREATE TABLE _pagesight_runs ("
                            "id INTEGER PRIMARY KEY, "
                            "source_name TEXT, "
                            "organization_urn TEXT, "
                            "started_at TEXT NOT NULL, "
                            "finished_at TEXT, "
                            "status TEXT NOT NULL, "
                            "message TEXT)"),
             // runs(orgUrn) lists one organization's runs newest first.
             QStringLiteral("CREATE INDEX _pagesight_runs_by_organization "
                            "ON _pagesight_runs (organization_urn, started_at)"),
             QStringLiteral("CREATE TABLE _pagesight_run_streams ("
                            "run_id INTEGER NOT NULL REFERENCES _pagesight_runs (id) ON DELETE CASCADE, "
                            "stream_id TEXT NOT NULL, "
                            "table_name TEXT, "
                            "status TEXT NOT NULL, "
                            "rows_written INTEGER NOT NULL DEFAULT 0, "
                            "requests INTEGER NOT NULL DEFAULT 0, "
                            "message TEXT)"),
             // The foreign key's cascade and runs() look streams up by run.
             QStringLiteral("CREATE INDEX _pagesight_run_streams_by_run ON _pagesight_run_streams (run_id)"),
             QStringLiteral("CREATE TABLE _pagesight_sources ("
                            "id TEXT PRIMARY KEY NOT NULL, "
                            "description TEXT, "
                            "config_json TEXT NOT NULL, "
                            "created_at TEXT NOT NULL, "
                            "updated_at TEXT NOT NULL)"),
         }},
        {2,
         {
             // Names for the URNs of the demographic facets (core/analytics/Labels): the bundled
             // tables, then what a refresh fetched from LinkedIn (source "bundled" / "linkedin").
             QStringLiteral("CREATE TABLE _pagesight_labels ("
                            "key TEXT PRIMARY KEY, "
                            "kind TEXT NOT NULL, "
                            "name TEXT NOT NULL, "
                            "source TEXT NOT NULL, "
                            "updated_at TEXT NOT NULL)"),
         }},
        {3,
         {
             // Pagesight's marker in the file header ("PGST"): a catalog is a new file or one that
             // carries it; another application's database is never taken over.
             QStringLiteral("PRAGMA application_id = %1").arg(kCatalogApplicationId),
         },
         // On PostgreSQL the marker is the _pagesight_catalog table open() creates.
         QStringList{}},
        {4,
         {
             // Runs belong to a source by its stable id, no longer by its description: a renamed
             // source keeps its history and two sources with one description keep two.
             QStringLiteral("ALTER TABLE _pagesight_runs ADD COLUMN source_id TEXT"),
             QStringLiteral("CREATE INDEX _pagesight_runs_by_source ON _pagesight_runs (source_id, started_at)"),
             // Earlier runs go to the source they were shown under: the only source of their
             // organization, or else the one of that organization with their description (the
             // oldest, if several had it). Runs of no saved source keep a NULL id.
             QStringLiteral(
                 "UPDATE _pagesight_runs SET source_id = COALESCE("
                 "(SELECT s.id FROM _pagesight_sources s WHERE s.description = _pagesight_runs.source_name "
                 "AND 'urn:li:organization:' || CASE WHEN json_valid(s.config_json) "
                 "THEN json_extract(s.config_json, '$.organization_id') END = _pagesight_runs.organization_urn "
                 "ORDER BY s.created_at, s.id LIMIT 1), "
                 "(SELECT min(s.id) FROM _pagesight_sources s WHERE 'urn:li:organization:' || "
                 "CASE WHEN json_valid(s.config_json) THEN json_extract(s.config_json, '$.organization_id') END "
                 "= _pagesight_runs.organization_urn HAVING count(*) = 1))"),
         },
         // No PostgreSQL catalog predates source ids: nothing to assign.
         QStringList{
             QStringLiteral("ALTER TABLE _pagesight_runs ADD COLUMN source_id TEXT"),
             QStringLiteral("CREATE INDEX _pagesight_runs_by_source ON _pagesight_runs (source_id, started_at)"),
         }},
        {5,
         {
             // The catalog's retention setting (core/streams/Retention): how many days each stream
             // table keeps. No row for a table: it keeps everything (the default).
             QStringLiteral("CREATE TABLE _pagesight_retention ("
                            "table_name TEXT PRIMARY KEY NOT NULL, "
                            "stream_id TEXT NOT NULL, "
                            "days INTEGER NOT NULL CHECK (days > 0), "
                            "updated_at TEXT NOT NULL)"),
         }},
        {6,
         {
             // What a run and its streams said, as codes and arguments (core/common/RunMessage), so
             // the history reads in the language of whoever looks at it. `message` keeps the
             // sentence in the run's language for older releases and for SQL readers.
             QStringLiteral("ALTER TABLE _pagesight_runs ADD COLUMN message_data TEXT"),
             QStringLiteral("ALTER TABLE _pagesight_run_streams ADD COLUMN message_data TEXT"),
         },
         QStringList{
             QStringLiteral("ALTER TABLE _pagesight_runs ADD COLUMN message_data TEXT"),
             QStringLiteral("ALTER TABLE _pagesight_run_streams ADD COLUMN message_data TEXT"),
             // The streams of a run are read in the order they were written: SQLite's rowid.
             QStringLiteral("ALTER TABLE _pagesight_run_streams ADD COLUMN rowid BIGINT GENERATED ALWAYS AS "
                            "IDENTITY"),
         }},
    };
    return migrations;
}

QStringList CatalogMigration::statementsFor(SqlBackend backend) const {
    if (backend == SqlBackend::Postgres && postgres)
        return *postgres;
    QStringList result;
    for (const QString &statement : statements)
        result << dialect::ddl(backend, statement);
    return result;
}

} // namespace pagesight
