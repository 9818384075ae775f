#include "StartingPoints.h"

#include "source/SourceRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace pagesight {

QList<StartingPoint> startingPoints(const SourceRepository *sources) {
    struct TableSet {
        TableNames tables;
        QString sourceName;
    };
    QList<TableSet> sets;
    if (sources) {
        for (const SourceConfig &source : sources->sources()) {
            const TableNames tables = TableNames::of(source);
            const bool known =
                std::any_of(sets.cbegin(), sets.cend(), [&](const TableSet &set) { return set.tables == tables; });
            if (!known)
                sets.append({tables, source.description.isEmpty() ? source.id : source.description});
        }
    }
    if (sets.isEmpty())
        sets.append({TableNames{}, {}});

    QList<StartingPoint> points;
    for (const TableSet &set : sets) {
        for (const ReportDef &report : reportDefinitions()) {
            QString title = report.displayTitle();
            if (sets.size() > 1)
                title = QCoreApplication::translate("ExplorerPage", "%1 (%2)").arg(title, set.sourceName);
            const QString sql = QStringLiteral("-- %1\n%2").arg(title, reportSql(report.name, set.tables));
            points.append({report.name, title, sql});
        }
    }
    return points;
}

} // namespace pagesight
