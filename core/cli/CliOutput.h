#pragma once

#include "analytics/Reports.h"

#include <QString>

namespace pagesight::cli {

enum class Format { Table, Csv, Json };

std::optional<Format> parseFormat(const QString &text);
// CSV as CsvWriter writes it (RFC 4180, CRLF; NULL an empty field, the empty string ""), as the
// explorer's Export does.
QString toCsv(const QueryResult &result);
// A JSON array of objects, one per row, keys in column order; NULL is null.
QString toJson(const QueryResult &result);
// Aligned columns for a terminal; long cells are cut with "…".
QString toTable(const QueryResult &result, int maxCellWidth = 40);
QString format(const QueryResult &result, Format format);

} // namespace pagesight::cli
