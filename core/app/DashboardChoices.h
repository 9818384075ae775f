#pragma once

#include "analytics/Reports.h"
#include "source/SourceConfig.h"

#include <QList>
#include <QSet>
#include <QString>

namespace pagesight {

// A set of stream tables sources write to: the default names, a prefix, or names of one's own.
struct DashboardTableSet {
    TableNames tables;
    QString label;  // "Standard tables", "Tables with prefix set2_", "Tables of “Acme archive”"
    QString detail; // the five table names, for a tooltip
};

// One organization the dashboards can show, once however many sources sync it, or every
// organization at once (an empty URN).
struct DashboardOrganization {
    struct InTableSet {
        int tableSet = 0;      // index into DashboardChoices::tableSets
        QSet<QString> streams; // the streams its sources sync to those tables
        QString sourceName;    // the source named in "… does not sync the stream …"
    };
    QString organizationUrn; // empty = every organization
    QString label;           // "Acme Corp (12345678)", "Sample organization", "All organizations"
    bool sample = false;
    QList<InTableSet> tableSets; // the table sets it is synced to, in DashboardChoices order
};

// What the dashboards' organization and table-set pickers offer for a list of sources.
struct DashboardChoices {
    QList<DashboardTableSet> tableSets;
    // "All organizations" first when there are several, then each organization once: real pages
    // before the sample data, in the order of the sources.
    QList<DashboardOrganization> organizations;

    // The organization to open on: a real page rather than the sample data, and rather than
    // "All organizations" (which would add the sample data in) when sample data is there.
    int preferredOrganization() const;
    int indexOf(const QString &organizationUrn) const; // -1 when no source has it
};

DashboardChoices dashboardChoices(const QList<SourceConfig> &sources);

} // namespace pagesight
