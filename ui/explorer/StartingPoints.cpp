#include "StartingPoints.h"

#include "source/SourceRepository.h"

#include <QCoreApplication>

namespace pagesight {

namespace {
bool sameTables(const TableNames &a, const TableNames &b) {
    return a.followerStatistics == b.followerStatistics && a.pageStatistics == b.pageStatistics &&
           a.shareStatistics == b.shareStatistics && a.organizationPosts == b.organizationPosts &&
           a.postStatistics == b.postStatistics;
}
} // namespace

TableNames tableNamesOf(const QList<std::pair<QString, QString>> &streamTables) {
    TableNames names;
    for (const auto &[streamId, table] : streamTables) {
        for (QString *name : {&names.followerStatistics, &names.pageStatistics, &names.shareStatistics,
                              &names.organizationPosts, &names.postStatistics})
            if (*name == streamId && !table.isEmpty())
                *name = table;
    }
    return names;
}

QList<StartingPoint> startingPoints(const SourceRepository *sources) {
    struct TableSet {
        TableNames tables;
        QString sourceName;
    };
    QList<TableSet> sets;
    if (sources) {
        for (const SourceConfig &source : sources->sources()) {
            QList<std::pair<QString, QString>> streamTables;
            for (const StreamSelection &selection : source.streams)
                streamTables.append({selection.streamId, selection.tableName});
            const TableNames tables = tableNamesOf(streamTables);
            const bool known = std::any_of(sets.cbegin(), sets.cend(),
                                           [&](const TableSet &set) { return sameTables(set.tables, tables); });
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
