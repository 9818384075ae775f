#include "Scheduler.h"

#include "catalog/RunHistory.h"
#include "common/Clock.h"
#include "common/Log.h"
#include "source/SourceRepository.h"

namespace pagesight {

Scheduler::Scheduler(SourceRepository *sources, Catalog *catalog, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_catalog(catalog)
    , m_clock(clock) {
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::checkNow);
}

void Scheduler::start() {
    checkNow();
    m_timer.start();
}

void Scheduler::stop() {
    m_timer.stop();
}

QDateTime Scheduler::nextRun(const Trigger &trigger, const QDateTime &lastRun, const QTimeZone &zone) {
    if (!lastRun.isValid())
        return {};
    const QDateTime last = lastRun.toTimeZone(zone);
    switch (trigger.kind) {
    case Trigger::Kind::Manual:
        return {};
    case Trigger::Kind::EveryHours:
        return lastRun.addSecs(qint64(qMax(1, trigger.everyHours)) * 3600);
    case Trigger::Kind::Daily: {
        QDateTime slot(last.date(), trigger.at, zone);
        if (slot <= last)
            slot = QDateTime(last.date().addDays(1), trigger.at, zone);
        return slot;
    }
    case Trigger::Kind::Weekly: {
        const int weekday = qBound(1, trigger.weekday, 7);
        const QDate day = last.date().addDays((weekday - last.date().dayOfWeek() + 7) % 7);
        QDateTime slot(day, trigger.at, zone);
        if (slot <= last)
            slot = QDateTime(day.addDays(7), trigger.at, zone);
        return slot;
    }
    }
    return {};
}

bool Scheduler::fullSyncDue(const SourceConfig &source, const QDateTime &nowUtc) {
    if (source.trigger.fullSyncEveryDays <= 0)
        return false;
    return !source.lastFullSyncAt.isValid() ||
           source.lastFullSyncAt.addDays(source.trigger.fullSyncEveryDays) <= nowUtc;
}

QDateTime Scheduler::lastRun(const SourceConfig &source) const {
    QDateTime last = m_seen.value(source.id);
    if (m_catalog) {
        const QList<RunRecord> runs = RunHistory(*m_catalog).runsOfSource(source.id, 1);
        if (!runs.isEmpty() && (!last.isValid() || runs.first().startedAt > last))
            last = runs.first().startedAt;
    }
    return last;
}

QDateTime Scheduler::nextRun(const SourceConfig &source) const {
    QDateTime last = lastRun(source);
    if (!last.isValid()) // not seen by a check yet: it will count from now
        last = m_clock->nowUtc();
    return nextRun(source.trigger, last, m_zone);
}

void Scheduler::checkNow() {
    const QDateTime now = m_clock->nowUtc();
    const QList<SourceConfig> sources = m_sources->sources();
    for (const SourceConfig &source : sources) {
        // A source LinkedIn refused would only fail again: it waits for the user to re-authorize.
        if (source.trigger.kind == Trigger::Kind::Manual || source.needsReauthorization)
            continue;
        const QDateTime last = lastRun(source);
        if (!last.isValid()) {
            m_seen.insert(source.id, now);
            continue;
        }
        const QDateTime next = nextRun(source.trigger, last, m_zone);
        if (!next.isValid() || next > now)
            continue;
        // Recorded before emitting, so the run counts as the last one even before the engine
        // writes it to the history: the next check does not fire it again.
        m_seen.insert(source.id, now);
        const bool full = fullSyncDue(source, now);
        qCInfo(lcApp) << "scheduled run due for source" << source.id << (full ? "(full sync)" : "");
        emit runDue(source.id, full);
    }
    emit checked();
}

} // namespace pagesight
