#pragma once

#include "Catalog.h"

namespace pagesight {

struct RunStreamStats {
    QString streamId;
    QString tableName;
    RunStatus status = RunStatus::Succeeded; // a finished stream: never waiting or running
    qint64 rowsWritten = 0;
    int requests = 0;
    QString message;        // in the language of the run (what older releases and SQL readers see)
    QByteArray messageData; // the same as codes and arguments (RunMessage); empty in older runs
};

struct RunRecord {
    qint64 id = 0;
    QString sourceId; // empty for a sync from flags, or a run recorded before sources had ids
    QString sourceName;
    QString organizationUrn;
    QDateTime startedAt;
    QDateTime finishedAt;
    RunStatus status = RunStatus::Running;
    QString message; // the history reads it in the current language where messageData allows
    QByteArray messageData;
    QList<RunStreamStats> streams;
};

// Who started a run: the saved source (its stable id; empty for a sync from flags) and, for the
// history's captions, its description at the time.
struct RunStart {
    QString sourceId;
    QString sourceName;
    QString organizationUrn;
    QDateTime startedAt; // invalid = the catalog's clock
};

// The run history (_pagesight_runs, _pagesight_run_streams) of one catalog: what each sync did,
// stream by stream. Runs belong to a source by its id, so a renamed source keeps its history and
// two sources with one description never share one. A view over the catalog's connection: make
// one where it is needed; writes need a catalog opened read-write.
class RunHistory {
public:
    explicit RunHistory(Catalog &catalog)
        : m_catalog(catalog) {}

    // The new run's id, or 0 when it could not be recorded.
    qint64 begin(const RunStart &start);
    // Updates finishedAt/status/message of run.id and replaces its per-stream rows.
    [[nodiscard]] CatalogError finish(const RunRecord &run);
    // Newest first; organizationUrn empty = every organization; limit <= 0 = no limit.
    QList<RunRecord> runs(const QString &organizationUrn = {}, int limit = 50) const;
    // One source's runs, newest first.
    QList<RunRecord> runsOfSource(const QString &sourceId, int limit = 50) const;

private:
    QList<RunRecord> select(const QString &where, const QVariantList &values, int limit) const;

    Catalog &m_catalog;
};

} // namespace pagesight
