// The scheduler: when each trigger's next run falls, that a run missed while the app was closed is
// caught up exactly once, and when the periodic full sync is due. Times are in UTC here, so the
// results do not depend on the machine's time zone.
#include "app/Scheduler.h"
#include "auth/TokenStore.h"
#include "catalog/RunHistory.h"
#include "common/Clock.h"
#include "source/SourceRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;

Q_DECLARE_METATYPE(pagesight::Trigger::Kind)

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

SourceConfig makeSource(const QString &id, qint64 organizationId, Trigger trigger) {
    SourceConfig source;
    source.id = id;
    source.description = id;
    source.organizationId = organizationId;
    source.startDate = QDate(2026, 1, 1);
    source.streams = defaultStreamSelections();
    source.trigger = trigger;
    return source;
}

Trigger daily(QTime at) {
    Trigger trigger;
    trigger.kind = Trigger::Kind::Daily;
    trigger.at = at;
    return trigger;
}

} // namespace

class TestScheduler : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A catalog, a repository over it and a clock, fresh per test.
    struct Rig {
        explicit Rig(const QString &path, const QDateTime &now)
            : clock(now)
            , catalog(QStringLiteral("scheduler-") + QFileInfo(path).baseName())
            , repository(&catalog, &store)
            , scheduler(&repository, &catalog, &clock) {
            openError = catalog.open(path);
            scheduler.setTimeZone(QTimeZone::utc());
        }
        void recordRun(const SourceConfig &source, const QDateTime &startedAt) {
            RunRecord run;
            run.id = RunHistory(catalog).begin({source.id, source.description, source.organizationUrn(), startedAt});
            run.startedAt = startedAt;
            run.finishedAt = startedAt.addSecs(60);
            run.status = RunStatus::Succeeded;
            QVERIFY(run.id > 0);
            QVERIFY(!RunHistory(catalog).finish(run).isError());
        }
        FixedClock clock;
        MemoryTokenStore store;
        Catalog catalog;
        SourceRepository repository;
        Scheduler scheduler;
        CatalogError openError;
    };
    QString newPath() { return m_dir.filePath(QStringLiteral("catalog%1.sqlite").arg(++m_counter)); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void nextRun_data() {
        QTest::addColumn<Trigger::Kind>("kind");
        QTest::addColumn<int>("everyHours");
        QTest::addColumn<QTime>("at");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<QDateTime>("lastRun");
        QTest::addColumn<QDateTime>("expected");

        const QTime six(6, 0), nine(9, 0);
        QTest::newRow("manual: never") << Trigger::Kind::Manual << 24 << six << 1 << utc(2026, 11, 2, 8) << QDateTime();
        QTest::newRow("every 6 h") << Trigger::Kind::EveryHours << 6 << six << 1 << utc(2026, 11, 2, 8, 15)
                                   << utc(2026, 11, 2, 14, 15);
        QTest::newRow("every 6 h across midnight")
            << Trigger::Kind::EveryHours << 6 << six << 1 << utc(2026, 11, 2, 21) << utc(2026, 11, 3, 3);
        QTest::newRow("daily 06:00, last run before the time")
            << Trigger::Kind::Daily << 24 << six << 1 << utc(2026, 11, 2, 5, 30) << utc(2026, 11, 2, 6);
        QTest::newRow("daily 06:00, last run after the time")
            << Trigger::Kind::Daily << 24 << six << 1 << utc(2026, 11, 2, 7) << utc(2026, 11, 3, 6);
        QTest::newRow("daily 06:00, last run at the time")
            << Trigger::Kind::Daily << 24 << six << 1 << utc(2026, 11, 2, 6) << utc(2026, 11, 3, 6);
        QTest::newRow("weekly Monday 09:00 from a Sunday")
            << Trigger::Kind::Weekly << 24 << nine << 1 << utc(2026, 11, 1, 12) << utc(2026, 11, 2, 9);
        QTest::newRow("weekly Monday 09:00 from a Monday morning")
            << Trigger::Kind::Weekly << 24 << nine << 1 << utc(2026, 11, 2, 8) << utc(2026, 11, 2, 9);
        QTest::newRow("weekly Monday 09:00 from a Monday afternoon")
            << Trigger::Kind::Weekly << 24 << nine << 1 << utc(2026, 11, 2, 14) << utc(2026, 11, 9, 9);
        QTest::newRow("weekly Monday 09:00 from a Tuesday")
            << Trigger::Kind::Weekly << 24 << nine << 1 << utc(2026, 11, 3, 9) << utc(2026, 11, 9, 9);
        QTest::newRow("weekly Sunday 09:00 from a Monday")
            << Trigger::Kind::Weekly << 24 << nine << 7 << utc(2026, 11, 2, 9) << utc(2026, 11, 8, 9);
    }

    void nextRun() {
        QFETCH(Trigger::Kind, kind);
        QFETCH(int, everyHours);
        QFETCH(QTime, at);
        QFETCH(int, weekday);
        QFETCH(QDateTime, lastRun);
        QFETCH(QDateTime, expected);
        Trigger trigger;
        trigger.kind = kind;
        trigger.everyHours = everyHours;
        trigger.at = at;
        trigger.weekday = weekday;
        const QDateTime next = Scheduler::nextRun(trigger, lastRun, QTimeZone::utc());
        QCOMPARE(next.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(next.toUTC(), expected);
    }

    void nextRunInAnotherZoneIsWallClock() {
        // 06:00 in Sao Paulo (UTC−3, no DST since 2019) is 09:00 UTC.
        const QTimeZone saoPaulo("America/Sao_Paulo");
        if (!saoPaulo.isValid())
            QSKIP("no time zone database");
        const QDateTime next = Scheduler::nextRun(daily(QTime(6, 0)), utc(2026, 11, 2, 10), saoPaulo);
        QCOMPARE(next.toUTC(), utc(2026, 11, 3, 9));
    }

    void missedRunIsCaughtUpOnceAtStart() {
        // Wednesday 10:00; the daily 06:00 source last ran on Monday: two slots were missed
        // while the app was closed, and one run catches them up.
        Rig rig(newPath(), utc(2026, 11, 4, 10));
        QVERIFY(!rig.openError.isError());
        const SourceConfig missed = makeSource(QStringLiteral("missed"), 1, daily(QTime(6, 0)));
        const SourceConfig upToDate = makeSource(QStringLiteral("up-to-date"), 2, daily(QTime(6, 0)));
        Trigger everyHours;
        everyHours.kind = Trigger::Kind::EveryHours;
        everyHours.everyHours = 12;
        const SourceConfig neverRan = makeSource(QStringLiteral("never-ran"), 3, everyHours);
        const SourceConfig manual = makeSource(QStringLiteral("manual"), 4, Trigger{});
        for (const SourceConfig &source : {missed, upToDate, neverRan, manual})
            QVERIFY(!QCoro::waitFor(rig.repository.save(source)).isError());
        rig.recordRun(missed, utc(2026, 11, 2, 6));
        rig.recordRun(upToDate, utc(2026, 11, 4, 6, 1));
        rig.recordRun(manual, utc(2026, 10, 1, 6));

        QSignalSpy due(&rig.scheduler, &Scheduler::runDue);
        rig.scheduler.start();
        QVERIFY(rig.scheduler.isActive());
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().at(0).toString(), missed.id);
        QCOMPARE(due.first().at(1).toBool(), false);

        // Later checks the same day: nothing more (the caught-up run counts as the last one, even
        // before the engine records it).
        for (int minutes : {1, 30, 300}) {
            rig.clock.setNow(utc(2026, 11, 4, 10).addSecs(minutes * 60));
            rig.scheduler.checkNow();
        }
        QCOMPARE(due.size(), 1);
        QCOMPARE(rig.scheduler.nextRun(missed).toUTC(), utc(2026, 11, 5, 6));

        // The next slots: the never-run source 12 hours after the scheduler first saw it, then both
        // daily sources at 06:00 on Thursday.
        rig.clock.setNow(utc(2026, 11, 4, 21, 59));
        rig.scheduler.checkNow();
        QCOMPARE(due.size(), 1);
        rig.clock.setNow(utc(2026, 11, 4, 22, 0));
        rig.scheduler.checkNow();
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.last().at(0).toString(), neverRan.id);
        rig.clock.setNow(utc(2026, 11, 5, 6, 0).addSecs(20));
        rig.scheduler.checkNow();
        QCOMPARE(due.size(), 4);
        QStringList fired = {due.at(2).at(0).toString(), due.at(3).at(0).toString()};
        fired.sort();
        QCOMPARE(fired, (QStringList{missed.id, upToDate.id}));
        rig.scheduler.stop();
        QVERIFY(!rig.scheduler.isActive());
    }

    void sourceAwaitingReauthorizationIsNotFired() {
        Rig rig(newPath(), utc(2026, 11, 4, 10));
        SourceConfig source = makeSource(QStringLiteral("rejected"), 1, daily(QTime(6, 0)));
        source.needsReauthorization = true;
        QVERIFY(!QCoro::waitFor(rig.repository.save(source)).isError());
        rig.recordRun(source, utc(2026, 11, 1, 6));
        QSignalSpy due(&rig.scheduler, &Scheduler::runDue);
        rig.scheduler.checkNow();
        QCOMPARE(due.size(), 0);
    }

    void fullSyncDue_data() {
        QTest::addColumn<int>("everyDays");
        QTest::addColumn<QDateTime>("lastFullSync");
        QTest::addColumn<bool>("due");
        const QDateTime now = utc(2026, 11, 10, 12);
        QTest::newRow("no periodic full sync") << 0 << QDateTime() << false;
        QTest::newRow("never had one") << 7 << QDateTime() << true;
        QTest::newRow("3 days ago of 7") << 7 << now.addDays(-3) << false;
        QTest::newRow("just under 7 days") << 7 << now.addDays(-7).addSecs(60) << false;
        QTest::newRow("exactly 7 days") << 7 << now.addDays(-7) << true;
        QTest::newRow("8 days ago of 7") << 7 << now.addDays(-8) << true;
        QTest::newRow("29 days ago of 30") << 30 << now.addDays(-29) << false;
    }

    void fullSyncDue() {
        QFETCH(int, everyDays);
        QFETCH(QDateTime, lastFullSync);
        QFETCH(bool, due);
        SourceConfig source = makeSource(QStringLiteral("s"), 1, daily(QTime(6, 0)));
        source.trigger.fullSyncEveryDays = everyDays;
        source.lastFullSyncAt = lastFullSync;
        QCOMPARE(Scheduler::fullSyncDue(source, utc(2026, 11, 10, 12)), due);
    }

    void scheduledRunSaysWhetherItIsFull() {
        Rig rig(newPath(), utc(2026, 11, 10, 12));
        SourceConfig full = makeSource(QStringLiteral("full-due"), 1, daily(QTime(6, 0)));
        full.trigger.fullSyncEveryDays = 7;
        full.lastFullSyncAt = utc(2026, 11, 1, 6);
        SourceConfig incremental = makeSource(QStringLiteral("full-not-due"), 2, daily(QTime(6, 0)));
        incremental.trigger.fullSyncEveryDays = 7;
        incremental.lastFullSyncAt = utc(2026, 11, 8, 6);
        for (const SourceConfig &source : {full, incremental}) {
            QVERIFY(!QCoro::waitFor(rig.repository.save(source)).isError());
            rig.recordRun(source, utc(2026, 11, 9, 6));
        }
        // The date survives the catalog: it is what makes the next full sync due.
        QCOMPARE(rig.repository.source(full.id)->lastFullSyncAt, full.lastFullSyncAt);
        QSignalSpy due(&rig.scheduler, &Scheduler::runDue);
        rig.scheduler.checkNow();
        QCOMPARE(due.size(), 2);
        QHash<QString, bool> fullness;
        for (const QList<QVariant> &signal : due)
            fullness.insert(signal.at(0).toString(), signal.at(1).toBool());
        QCOMPARE(fullness.value(full.id), true);
        QCOMPARE(fullness.value(incremental.id), false);
    }
};

QTEST_MAIN(TestScheduler)
#include "tst_scheduler.moc"
