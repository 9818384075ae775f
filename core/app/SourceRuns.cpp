#include "SourceRuns.h"

namespace pagesight {

QList<RunRecord> runsOf(const Catalog &catalog, const SourceConfig &source, const QList<SourceConfig> &allSources,
                        int limit) {
    bool shared = false;
    for (const SourceConfig &other : allSources)
        shared = shared || (other.id != source.id && other.organizationId == source.organizationId);
    if (!shared)
        return catalog.runs(source.organizationUrn(), limit);
    QList<RunRecord> mine;
    for (const RunRecord &run : catalog.runs(source.organizationUrn(), 0)) {
        if (run.sourceName != source.description)
            continue;
        mine.append(run);
        if (limit > 0 && mine.size() == limit)
            break;
    }
    return mine;
}

} // namespace pagesight
