// The app's writes go through a CatalogWriter: the GUI thread keeps running while another
// connection (a sync) holds SQLite's write lock, and every write lands, in order.
#include "catalog/CatalogWriter.h"
#include "catalog/SourceStore.h"
#include "common/Clock.h"

#include <QCoro/QCoroTask>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace pagesight;

class TestCatalogWriter : public QObject {
    Q_OBJECT

private slots:
    void writesWhileASyncHoldsTheLockDoNotBlockTheCaller() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        Catalog sync(QStringLiteral("sync"));
        QVERIFY(!sync.open(path).isError());
        Catalog gui(QStringLiteral("gui"));
        QVERIFY(!gui.open(path, Catalog::Mode::ReadOnly).isError());

        // A sync in the middle of a transaction: the write lock is taken.
        QSqlQuery lock(sync.reader());
        QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));

        SystemClock clock;
        CatalogWriter writer(path, &clock);
        QThread *writerThread = nullptr;
        QCoro::Task<CatalogError> first = writer.write([&writerThread](Catalog &catalog) {
            writerThread = QThread::currentThread();
            return SourceStore(catalog).save(QStringLiteral("s1"), QStringLiteral("First"), QStringLiteral("{}"));
        });
        QCoro::Task<CatalogError> second = writer.write([](Catalog &catalog) {
            return SourceStore(catalog).save(QStringLiteral("s1"), QStringLiteral("Second"), QStringLiteral("{}"));
        });
        // The caller's thread is free: its events run while the writer waits for the lock.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QTRY_VERIFY(ticks >= 5);
        QVERIFY(!first.isReady());
        QVERIFY(SourceStore(gui).sources().isEmpty());

        QVERIFY(lock.exec(QStringLiteral("COMMIT"))); // the sync's page is committed
        const CatalogError firstError = QCoro::waitFor(std::move(first));
        const CatalogError secondError = QCoro::waitFor(std::move(second));
        QVERIFY2(!firstError.isError(), qPrintable(firstError.detail));
        QVERIFY2(!secondError.isError(), qPrintable(secondError.detail));
        QVERIFY(writerThread && writerThread != QThread::currentThread());
        const QList<SourceRecord> sources = SourceStore(gui).sources();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().description, QStringLiteral("Second")); // in the order asked
    }

    void aWriteThatCannotOpenSaysWhy() {
        QTemporaryDir dir;
        SystemClock clock;
        CatalogWriter writer(dir.filePath(QStringLiteral("missing/catalog.sqlite")), &clock);
        const CatalogError error = QCoro::waitFor(writer.write([](Catalog &) { return CatalogError{}; }));
        QCOMPARE(error.kind, CatalogError::Kind::CannotOpen);
    }

    void theWritesAskedForLandBeforeTheWriterIsGone() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            SystemClock clock;
            CatalogWriter writer(path, &clock);
            for (int i = 0; i < 20; ++i) {
                // Never awaited: destroying the writer still runs them.
                [[maybe_unused]] QCoro::Task<CatalogError> write = writer.write([i](Catalog &catalog) {
                    return SourceStore(catalog).save(QStringLiteral("s%1").arg(i), {}, QStringLiteral("{}"));
                });
            }
        }
        Catalog reader(QStringLiteral("reader"));
        QVERIFY(!reader.open(path, Catalog::Mode::ReadOnly).isError());
        QCOMPARE(SourceStore(reader).sources().size(), 20);
    }

    void withoutAThreadItWritesThroughTheGivenCatalog() {
        QTemporaryDir dir;
        Catalog catalog(QStringLiteral("cli"));
        QVERIFY(!catalog.open(dir.filePath(QStringLiteral("catalog.sqlite"))).isError());
        CatalogWriter writer(&catalog);
        QThread *ranOn = nullptr;
        const CatalogError error = QCoro::waitFor(writer.write([&ranOn](Catalog &target) {
            ranOn = QThread::currentThread();
            return SourceStore(target).save(QStringLiteral("s1"), {}, QStringLiteral("{}"));
        }));
        QVERIFY(!error.isError());
        QCOMPARE(ranOn, QThread::currentThread());
        QCOMPARE(SourceStore(catalog).sources().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCatalogWriter)
#include "tst_catalogwriter.moc"
