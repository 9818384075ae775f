#pragma once

#include "analytics/Reports.h"

#include <QString>
#include <QTextStream>

namespace pagesight::cli {

enum class Format { Table, Csv, Json };

// Prints message (a sentence) on stderr and returns code: a command's way out on an error.
int fail(const QString &message, int code);

std::optional<Format> parseFormat(const QString &text);
// CSV as CsvWriter writes it (RFC 4180, CRLF; NULL an empty field, the empty string ""), as the
// explorer's Export does; formula-like text cells neutralised unless neutralise is false.
QString toCsv(const QueryResult &result, bool neutralise = true);
// A JSON array of objects, one per row, keys in column order; NULL is null.
QString toJson(const QueryResult &result);
// Aligned columns for a terminal; long cells are cut with "…".
QString toTable(const QueryResult &result, int maxCellWidth = 40);
QString format(const QueryResult &result, Format format, bool neutralise = true);

// Writes rows as they arrive, in constant memory, in the same formats as format(). A table is
// aligned on its first rows (at most alignRows): later cells are cut to those widths.
class RowPrinter {
public:
    RowPrinter(QTextStream &out, Format format, const QStringList &columns, bool neutralise = true,
               int alignRows = 200);
    void row(const QList<QVariant> &values);
    void finish();

private:
    void flushTable();
    QTextStream &m_out;
    Format m_format;
    QStringList m_columns;
    bool m_neutralise;
    int m_alignRows;
    qint64 m_rows = 0;
    QList<QList<QVariant>> m_pending; // a table's first rows, until the widths are known
    QList<int> m_widths;
};

} // namespace pagesight::cli
