#pragma once

#include "catalog/TableSchema.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

namespace pagesight {

enum class SyncType { Incremental, FullTable };
enum class StreamKind {
    DailyStatistics, // time-bound DAY rows + one LIFETIME snapshot row per run day
    Posts,           // posts?q=author, paged
    PostStatistics,  // per-post lifetime share statistics, batched, child of posts
};

// How a column's value is found in a JSON element.
struct ColumnSpec {
    enum class Source {
        Path,     // dotted path to a scalar: "followerGains.organicFollowerGain"
        JsonText, // dotted path to an array/object, stored as compact JSON text
        Computed, // filled by the stream's parser (date, report_type, content_type, …)
    };
    QString name;
    QString sqlType; // TEXT, INTEGER, REAL
    Source source = Source::Path;
    // Dotted path from the element. Where LinkedIn's field name is not settled, alternatives are
    // separated by '|' and the first one present wins: "content.carousel.cards|content.carousel.items".
    QString path;
};

// A stream is data: adding a field is one line in Streams.cpp.
struct StreamDef {
    QString id;          // "follower_statistics" — also the default table name
    QString title;       // "Follower Statistics": English; displayTitle() is what people read
    QString summary;     // a few words on what its table holds (the wizard's list)
    QString description; // a sentence or two (a tooltip)
    QString group;       // "Statistics" or "Posts": English, and the key the wizard groups streams by
    QString parentId;    // post_statistics -> organization_posts
    StreamKind kind = StreamKind::DailyStatistics;
    QString endpoint;             // resource under /rest: "organizationalEntityFollowerStatistics"
    QString entityParam;          // finder parameter naming the organization: "organizationalEntity"
    bool withNetworkSize = false; // follower statistics: LIFETIME row gets total_followers
    QList<ColumnSpec> columns;    // without _synced_at/_run_id
    QStringList primaryKey;
    QString ownerColumn;

    QString defaultTable() const { return id; }
    // The title in the running language: looked up under the context Streams.cpp marks it with.
    QString displayTitle() const;
    QString displaySummary() const;
    QString displayDescription() const;
    // The catalog schema for a user's table name: columns + _synced_at TEXT + _run_id INTEGER.
    TableSchema schema(const QString &tableName) const;
};

// A stream group ("Statistics", "Posts") in the running language.
QString displayGroup(const QString &group);

const QList<StreamDef> &allStreams();
const StreamDef *findStream(const QString &id); // nullptr when there is no such stream
QStringList streamIds();                        // every stream's id, in the registry's order

// "allPageViews" -> "all_page_views": how LinkedIn's field names become column names.
QString snakeCase(const QString &lowerCamel);

} // namespace pagesight
