// bench_catalog: the catalog's write path on a wide table, moved here from the unit tests (a
// speed is a figure to watch, not a pass/fail on a loaded machine). 10,000 rows of 50 columns
// are upserted into a fresh SQLite file, then upserted again (every row updated in place); each
// is timed, the median of three runs printed. Run by ./scripts/bench.
#include "WideTable.h"
#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace pagesight;

namespace {

constexpr int kRows = 10000;
constexpr int kColumns = 50;
constexpr int kRuns = 3;

Bookmark bookmark(int value) {
    return {QStringLiteral("urn:li:organization:1"), QStringLiteral("wide"), QStringLiteral("bench"),
            QString::number(value)};
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const TableSchema schema = testing::wideSchema(kColumns);
    const QList<Row> rows = testing::wideRows(kRows, kColumns);
    QList<double> inserts;
    QList<double> updates;
    for (int run = 0; run < kRuns; ++run) {
        QTemporaryDir dir;
        Catalog catalog(QStringLiteral("bench-%1").arg(run));
        if (!dir.isValid() || catalog.open(dir.filePath(QStringLiteral("bench.sqlite"))).isError() ||
            catalog.ensureTable(schema).isError()) {
            out << "the catalog could not be opened\n";
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (catalog.upsert(schema, rows, bookmark(1)).isError())
            return 1;
        inserts << double(timer.restart());
        if (catalog.upsert(schema, rows, bookmark(2)).isError())
            return 1;
        updates << double(timer.elapsed());
        if (catalog.rowCount(schema.name) != kRows)
            return 1;
    }
    out << QStringLiteral("catalog upsert, %1 rows x %2 columns: insert %3 ms, update %4 ms, median of %5 "
                          "(target < 3000 ms each)\n")
               .arg(kRows)
               .arg(kColumns)
               .arg(median(inserts))
               .arg(median(updates))
               .arg(kRuns);
    return 0;
}
