#pragma once

#include "analytics/Reports.h"

#include <QList>
#include <QString>

namespace pagesight {

class SourceRepository;

// A query the SQL explorer offers to start from: the ready-made reports (docs/SPEC.md §4), for
// each source's organization over its tables. A heading names the organization its reports follow.
struct StartingPoint {
    QString report; // report name, e.g. "post-engagement"; empty for a heading
    QString title;  // translated: the report's title, or the heading's organization
    QString sql;    // a comment line naming the report and organization, then the report's SQL
    QString detail; // a heading's tooltip: the source and its tables
    bool isHeading() const { return report.isEmpty(); }
};

// Without sources, the reports over the default tables and every organization. With sources, a
// heading and the reports per organization and table set (real pages before the sample data),
// each filtered to that organization. The SQL is written for the catalog's backend.
QList<StartingPoint> startingPoints(const SourceRepository *sources, SqlBackend backend);

} // namespace pagesight
