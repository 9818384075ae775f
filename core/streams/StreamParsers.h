#pragma once

#include "StreamDef.h"
#include "StreamPlan.h"
#include "common/Errors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pagesight {

struct ParseContext {
    QString organizationUrn;
    QDate snapshotDate; // the UTC day a LIFETIME snapshot is taken (the run's day)
    // Where the parsers count what they could not keep (values left NULL, rows left out); may be null.
    DataWarnings *warnings = nullptr;
};

// An epoch-milliseconds time as LinkedIn may spell it: a number, or a numeric string. Anything else
// (null, text, out of the years 1970–9999) is not a time. Read the same way everywhere.
std::optional<qint64> readEpochMs(const QJsonValue &value);
// Whether a 200 answer has the elements array its finder promises; one without it is an error,
// never an empty success.
bool hasElementsArray(const QJsonObject &response);

// Rows come back in the order of StreamDef::schema() columns, _synced_at and _run_id left null
// for the engine to fill. Missing optional fields give NULL, never a failure; unknown fields are
// ignored (posts keep them in raw_json).

// Time-bound DAY rows from a statistics response ({"elements":[{timeRange, …}]}). A row whose time
// range is impossible (not whole UTC days, starting after the run's day or before 2003) is dropped,
// and so is one outside the window asked for, when one is given; *dropped counts them.
QList<Row> parseDailyRows(const StreamDef &stream, const QJsonObject &response, const ParseContext &context,
                          const DayWindow *asked = nullptr, int *dropped = nullptr);
// The LIFETIME snapshot row from a lifetime response; networkSize fills total_followers.
std::optional<Row> parseLifetimeRow(const StreamDef &stream, const QJsonObject &response, const ParseContext &context,
                                    std::optional<qint64> networkSize = {});
// networkSizes response → firstDegreeSize.
std::optional<qint64> parseNetworkSize(const QJsonObject &response);
// One post element. is_dsc is 1 for a dark (DSC) post: listed with isDsc=true, or marked so in
// adContext; 0 otherwise.
Row parsePost(const StreamDef &stream, const QJsonObject &element, const ParseContext &context,
              bool darkListing = false);

// One page of a posts listing. LinkedIn returns pages shorter than count in the middle of a
// listing (a live page asked for 10 at start 20 brought 8 and a next link at 28), so the page size
// says nothing about the end: the listing goes on while a page has elements and a next link, or
// while start + received < paging.total. The next start is start + received.
struct PostsPage {
    QJsonArray elements;
    bool wellFormed = false;      // an "elements" array was there
    std::optional<int> nextStart; // absent: the listing ends with this page
    qint64 total = 0;             // paging.total, 0 when LinkedIn gives none
};
PostsPage readPostsPage(const QJsonObject &response, int start);

// The posts of a page a listing keeps, as rows, and their ids (for their statistics). Left out:
// posts modified before unchangedBefore (an incremental listing's cutoff), posts without an id,
// posts published (or, without that, created) before startMs, and posts by another author than
// organization, which are counted in foreign. A time that cannot be read never hides a post.
struct PostsToStore {
    QList<Row> rows;
    QStringList ids;
    int foreign = 0;
};
PostsToStore postsToStore(const StreamDef &stream, const QJsonArray &elements, const ParseContext &context,
                          const QString &organization, std::optional<qint64> unchangedBefore, qint64 startMs,
                          bool darkListing);
// TEXT, MEDIA, ARTICLE, MULTI_IMAGE, POLL, CAROUSEL, CELEBRATION, REFERENCE (TEXT when no content).
QString postContentType(const QJsonObject &post);
// Per-post statistics elements → rows keyed by post_urn. With asked, only posts that were asked for
// are kept; an answer under the other URN form of an asked post (urn:li:ugcPost:N for
// urn:li:share:N, or the reverse) is stored under the post asked for. An element naming another
// organization is dropped too; *dropped counts what was left out.
QList<Row> parsePostStatistics(const StreamDef &stream, const QJsonObject &response, const ParseContext &context,
                               const QStringList &asked = {}, int *dropped = nullptr);

} // namespace pagesight
