#pragma once

#include "analytics/Reports.h"

#include <QList>
#include <QString>

namespace pagesight {

class SourceRepository;

// A query the SQL explorer offers to start from: the ready-made reports (docs/SPEC.md §4) over
// the tables of the user's sources.
struct StartingPoint {
    QString report; // report name, e.g. "post-engagement"
    QString title;  // translated; names the source when sources use different tables
    QString sql;    // a comment line with the title, then the report's SQL
};

// One set per distinct set of table names among the sources (the defaults when there is none).
QList<StartingPoint> startingPoints(const SourceRepository *sources);

} // namespace pagesight
