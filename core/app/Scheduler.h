#pragma once

#include "source/SourceConfig.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

namespace pagesight {

class Catalog;
class Clock;
class SourceRepository;

// Fires the sources' scheduled runs while the app runs. No widgets.
//
// A source's next run is the first slot of its Trigger after its last run (the newest run in the
// history, whatever its outcome, so a failing source is retried at its next slot, not hammered):
// every N hours after the last run; daily at a time; weekly on a day at a time — wall-clock times
// in the scheduler's time zone (local time; tests use UTC). A source that never ran counts from
// the moment the scheduler first saw it. A slot that passed while the app was closed is caught up
// once at start (not once per missed slot), since one incremental run fetches everything missed.
//
// The periodic full sync (Trigger::fullSyncEveryDays) is not a slot of its own: the first run
// after it is due — scheduled or by hand — syncs every stream FULL_TABLE. Its date is kept in
// SourceConfig::lastFullSyncAt (written by SyncController when a full run succeeds), because the
// run history does not say which runs were full.
class Scheduler : public QObject {
    Q_OBJECT
public:
    static constexpr int checkIntervalMs = 30 * 1000;

    Scheduler(SourceRepository *sources, Catalog *catalog, const Clock *clock, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }

    // Catches up missed runs (one check now), then checks every 30 s.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // One check: emits runDue for every source whose next run has come.
    void checkNow();

    // The first slot of trigger strictly after lastRun; invalid for a manual trigger or lastRun.
    static QDateTime nextRun(const Trigger &trigger, const QDateTime &lastRun, const QTimeZone &zone);
    static bool fullSyncDue(const SourceConfig &source, const QDateTime &nowUtc);

    // For display: the source's next run (invalid when manual), from what the scheduler knows now.
    QDateTime nextRun(const SourceConfig &source) const;

signals:
    void runDue(const QString &sourceId, bool fullSync);
    void checked(); // after every check, so views can refresh "next run"

private:
    QDateTime lastRun(const SourceConfig &source) const;

    SourceRepository *m_sources;
    Catalog *m_catalog;
    const Clock *m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimer m_timer;
    // Per source: when this scheduler fired it, or first saw it without a run. Covers the gap
    // between firing a run and the run appearing in the history.
    QHash<QString, QDateTime> m_seen;
};

} // namespace pagesight
