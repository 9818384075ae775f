#pragma once
// A wide table for the catalog's write path: tst_catalog checks it, bench/bench_catalog times it.
#include "catalog/Catalog.h"

namespace pagesight::testing {

// "wide": c0 (TEXT, the key) … c<columns-1>, typed TEXT, INTEGER, REAL in turn.
inline TableSchema wideSchema(int columns) {
    TableSchema schema;
    schema.name = QStringLiteral("wide");
    schema.primaryKey = {QStringLiteral("c0")};
    for (int c = 0; c < columns; ++c)
        schema.columns << ColumnDef{QStringLiteral("c%1").arg(c),
                                    c % 3 == 0 ? QStringLiteral("TEXT")
                                               : (c % 3 == 1 ? QStringLiteral("INTEGER") : QStringLiteral("REAL"))};
    return schema;
}

// Rows for wideSchema(columns), each key distinct: "row-<r>-col-0".
inline QList<Row> wideRows(int rows, int columns) {
    QList<Row> result;
    result.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        Row row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            if (c % 3 == 0)
                row << QStringLiteral("row-%1-col-%2").arg(r).arg(c);
            else if (c % 3 == 1)
                row << qint64(r) * c;
            else
                row << r / double(c);
        }
        result << row;
    }
    return result;
}

} // namespace pagesight::testing
