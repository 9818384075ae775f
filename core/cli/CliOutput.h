#pragma once

#include "analytics/Reports.h"

#include <QString>

namespace pagesight::cli {

enum class Format { Table, Csv, Json };

std::optional<Format> parseFormat(const QString &text);
// RFC 4180 CSV: every field with a comma, quote, CR or LF is quoted, quotes doubled; NULL is empty.
QString toCsv(const QueryResult &result);
// A JSON array of objects, one per row, keys in column order; NULL is null.
QString toJson(const QueryResult &result);
// Aligned columns for a terminal; long cells are cut with "…".
QString toTable(const QueryResult &result, int maxCellWidth = 40);
QString format(const QueryResult &result, Format format);

} // namespace pagesight::cli
