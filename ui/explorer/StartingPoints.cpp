#include "StartingPoints.h"

#include "app/SourceText.h"
#include "source/SourceRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace pagesight {

namespace {

QList<StartingPoint> reports(const TableNames &tables, const QString &organizationUrn, const QString &organization,
                             SqlBackend backend) {
    QList<StartingPoint> points;
    for (const ReportDef &report : reportDefinitions()) {
        const QString title = report.displayTitle();
        const QString sql = organizationUrn.isEmpty()
                                ? QStringLiteral("-- %1\n%2").arg(title, reportSql(report.name, tables, false, backend))
                                : QStringLiteral("-- %1 · %2\n%3")
                                      .arg(title, organization,
                                           reportSqlForOrganization(report.name, tables, organizationUrn, backend));
        points.append({report.name, title, sql, {}});
    }
    return points;
}

} // namespace

QList<StartingPoint> startingPoints(const SourceRepository *sources, SqlBackend backend) {
    QList<SourceConfig> configs = sources ? sources->sources() : QList<SourceConfig>();
    if (configs.isEmpty())
        return reports(TableNames{}, {}, {}, backend);
    std::stable_partition(configs.begin(), configs.end(), [](const SourceConfig &source) {
        return source.authMethod != SourceConfig::AuthMethod::SampleData;
    });
    // One group per organization and table set: two sources that share both read the same rows.
    QList<SourceConfig> groups;
    for (const SourceConfig &source : std::as_const(configs)) {
        const bool known = std::any_of(groups.cbegin(), groups.cend(), [&](const SourceConfig &group) {
            return group.organizationId == source.organizationId && TableNames::of(group) == TableNames::of(source);
        });
        if (!known)
            groups.append(source);
    }
    QList<StartingPoint> points;
    for (const SourceConfig &source : std::as_const(groups)) {
        QString organization = SourceText::organization(source);
        const bool twice = std::count_if(groups.cbegin(), groups.cend(), [&](const SourceConfig &other) {
                               return other.organizationId == source.organizationId;
                           }) > 1;
        if (twice) // the same organization in two table sets: the source tells them apart
            organization = QCoreApplication::translate("ExplorerPage", "%1 · %2").arg(organization, source.description);
        const TableNames tables = TableNames::of(source);
        const QString detail = QCoreApplication::translate("ExplorerPage", "Source “%1”, tables %2, %3, %4, %5 and %6")
                                   .arg(source.description, tables.followerStatistics, tables.pageStatistics,
                                        tables.shareStatistics, tables.organizationPosts, tables.postStatistics);
        points.append({{}, organization, {}, detail});
        points += reports(tables, source.organizationUrn(), organization, backend);
    }
    return points;
}

} // namespace pagesight
