#pragma once

#include "StreamDef.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace pagesight {

struct ParseContext {
    QString organizationUrn;
    QDate snapshotDate; // the UTC day a LIFETIME snapshot is taken (the run's day)
};

// Rows come back in the order of StreamDef::schema() columns, _synced_at and _run_id left null
// for the engine to fill. Missing optional fields give NULL, never a failure; unknown fields are
// ignored (posts keep them in raw_json).

// Time-bound DAY rows from a statistics response ({"elements":[{timeRange, …}]}).
QList<Row> parseDailyRows(const StreamDef &stream, const QJsonObject &response, const ParseContext &context);
// The LIFETIME snapshot row from a lifetime response; networkSize fills total_followers.
std::optional<Row> parseLifetimeRow(const StreamDef &stream, const QJsonObject &response, const ParseContext &context,
                                    std::optional<qint64> networkSize = {});
// networkSizes response → firstDegreeSize.
std::optional<qint64> parseNetworkSize(const QJsonObject &response);
// One post element.
Row parsePost(const StreamDef &stream, const QJsonObject &element, const ParseContext &context);
// TEXT, MEDIA, ARTICLE, MULTI_IMAGE, POLL, CAROUSEL, CELEBRATION, REFERENCE (TEXT when no content).
QString postContentType(const QJsonObject &post);
// Per-post statistics elements → rows keyed by post_urn.
QList<Row> parsePostStatistics(const StreamDef &stream, const QJsonObject &response, const ParseContext &context);

} // namespace pagesight
