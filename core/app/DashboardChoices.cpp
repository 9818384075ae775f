#include "DashboardChoices.h"

#include "SourceText.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace pagesight {

namespace {

// The prefix every table of the set puts before its default name; nullopt when they differ.
std::optional<QString> commonPrefix(const TableNames &tables) {
    const TableNames defaults;
    std::optional<QString> prefix;
    for (const QString &id : streamIds()) {
        const QString name = tables.table(id);
        const QString standard = defaults.table(id);
        if (name.isEmpty() || !name.endsWith(standard))
            return std::nullopt;
        const QString mine = name.left(name.size() - standard.size());
        if (prefix && *prefix != mine)
            return std::nullopt;
        prefix = mine;
    }
    return prefix;
}

DashboardTableSet tableSet(const TableNames &tables, const SourceConfig &source) {
    DashboardTableSet set;
    set.tables = tables;
    const std::optional<QString> prefix = commonPrefix(tables);
    if (prefix && prefix->isEmpty())
        set.label = QCoreApplication::translate("DashboardsPage", "Standard tables");
    else if (prefix)
        set.label = QCoreApplication::translate("DashboardsPage", "Tables with prefix %1").arg(*prefix);
    else
        set.label = QCoreApplication::translate("DashboardsPage", "Tables of “%1”").arg(source.description);
    QStringList names;
    for (const QString &id : streamIds())
        names << tables.table(id);
    set.detail = names.join(QStringLiteral(", "));
    return set;
}

QSet<QString> streamsOf(const SourceConfig &source) {
    QSet<QString> streams;
    for (const StreamSelection &selection : source.streams)
        streams.insert(selection.streamId);
    return streams;
}

bool isSample(const SourceConfig &source) {
    return source.authMethod == SourceConfig::AuthMethod::SampleData;
}

} // namespace

DashboardChoices dashboardChoices(const QList<SourceConfig> &sources) {
    QList<SourceConfig> ordered = sources;
    std::stable_partition(ordered.begin(), ordered.end(), [](const SourceConfig &s) { return !isSample(s); });

    DashboardChoices choices;
    for (const SourceConfig &source : std::as_const(ordered)) {
        const TableNames tables = TableNames::of(source);
        auto set = std::find_if(choices.tableSets.cbegin(), choices.tableSets.cend(),
                                [&](const DashboardTableSet &c) { return c.tables == tables; });
        const int setIndex = int(set - choices.tableSets.cbegin());
        if (set == choices.tableSets.cend())
            choices.tableSets.append(tableSet(tables, source));

        const int organization = choices.indexOf(source.organizationUrn());
        if (organization < 0)
            choices.organizations.append(
                {source.organizationUrn(), SourceText::organization(source), isSample(source), {}});
        DashboardOrganization &choice =
            choices.organizations[organization < 0 ? choices.organizations.size() - 1 : organization];
        auto in = std::find_if(choice.tableSets.begin(), choice.tableSets.end(),
                               [&](const DashboardOrganization::InTableSet &s) { return s.tableSet == setIndex; });
        const QString sourceName = source.description.isEmpty() ? choice.label : source.description;
        if (in == choice.tableSets.end()) // two sources of one organization and tables: the same rows
            choice.tableSets.append({setIndex, streamsOf(source), sourceName});
        else
            in->streams.unite(streamsOf(source));
    }
    for (DashboardOrganization &choice : choices.organizations)
        std::sort(choice.tableSets.begin(), choice.tableSets.end(),
                  [](const auto &a, const auto &b) { return a.tableSet < b.tableSet; });

    if (choices.organizations.size() > 1) {
        // Every organization at once, per table set: what all of them sync there.
        DashboardOrganization all{{}, QCoreApplication::translate("DashboardsPage", "All organizations"), false, {}};
        for (int set = 0; set < choices.tableSets.size(); ++set) {
            std::optional<QSet<QString>> streams;
            for (const DashboardOrganization &choice : std::as_const(choices.organizations))
                for (const DashboardOrganization::InTableSet &in : choice.tableSets)
                    if (in.tableSet == set && streams)
                        streams->intersect(in.streams);
                    else if (in.tableSet == set)
                        streams = in.streams;
            all.tableSets.append({set, streams.value_or(QSet<QString>()), all.label});
        }
        choices.organizations.prepend(all);
    }
    return choices;
}

int DashboardChoices::preferredOrganization() const {
    const bool anySample = std::any_of(organizations.cbegin(), organizations.cend(),
                                       [](const DashboardOrganization &c) { return c.sample; });
    if (anySample)
        for (int i = 0; i < organizations.size(); ++i)
            if (!organizations.at(i).sample && !organizations.at(i).organizationUrn.isEmpty())
                return i;
    return organizations.isEmpty() ? -1 : 0;
}

int DashboardChoices::indexOf(const QString &organizationUrn) const {
    for (int i = 0; i < organizations.size(); ++i)
        if (organizations.at(i).organizationUrn == organizationUrn)
            return i;
    return -1;
}

} // namespace pagesight
