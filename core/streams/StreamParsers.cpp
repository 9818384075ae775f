// JSON → rows. Pure functions: the column list of a StreamDef says where each value lives; only
// the Computed columns are filled here by name. Anything missing becomes NULL.

#include "StreamParsers.h"

#include "common/Log.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

#include <cmath>
#include <limits>

namespace pagesight {

namespace {

const QString kDay = QStringLiteral("DAY");
const QString kLifetime = QStringLiteral("LIFETIME");

QJsonValue valueAt(const QJsonObject &element, QStringView dottedPath) {
    QJsonValue current = element;
    for (const QStringView key : dottedPath.split(QLatin1Char('.'))) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(key);
    }
    return current;
}

// The first alternative of "a.b|c.d" that is present and not null.
QJsonValue lookup(const QJsonObject &element, const QString &path) {
    for (const QStringView alternative : QStringView(path).split(QLatin1Char('|'))) {
        const QJsonValue value = valueAt(element, alternative);
        if (!value.isUndefined() && !value.isNull())
            return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString compactJson(const QJsonValue &value) {
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    // A scalar where a structure was expected: keep its JSON spelling rather than lose it.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// LinkedIn (and JSON itself) may spell a count as 12.0; INTEGER columns still get a qint64.
QVariant toInteger(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return qint64(value.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const qint64 exact = value.toInteger(std::numeric_limits<qint64>::min());
        if (exact != std::numeric_limits<qint64>::min())
            return exact;
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::abs(d) > 9.2e18)
            return {};
        return qint64(std::llround(d));
    }
    case QJsonValue::String: {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
        const double d = value.toString().trimmed().toDouble(&ok);
        return ok && std::isfinite(d) && std::abs(d) <= 9.2e18 ? QVariant(qint64(std::llround(d))) : QVariant();
    }
    default:
        return {};
    }
}

QVariant toReal(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Double:
        return std::isfinite(value.toDouble()) ? QVariant(value.toDouble()) : QVariant();
    case QJsonValue::String: {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok); // "NaN" and "inf" read as doubles
        return ok && std::isfinite(d) ? QVariant(d) : QVariant();
    }
    default:
        return {};
    }
}

QVariant toText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
    case QJsonValue::Bool:
    case QJsonValue::Array:
    case QJsonValue::Object:
        return compactJson(value);
    default:
        return {};
    }
}

QVariant columnValue(const ColumnSpec &column, const QJsonObject &element, DataWarnings *warnings) {
    if (column.source == ColumnSpec::Source::Computed)
        return {};
    const QJsonValue value = lookup(element, column.path);
    if (value.isUndefined() || value.isNull())
        return {};
    if (column.source == ColumnSpec::Source::JsonText)
        return compactJson(value);
    const bool integer = column.sqlType == QLatin1String("INTEGER");
    if (!integer && column.sqlType != QLatin1String("REAL"))
        return toText(value);
    const QVariant number = integer ? toInteger(value) : toReal(value);
    // A value LinkedIn sent that no column can hold (2^63, 1e308 as an integer, "NaN"): NULL, and counted.
    if (!number.isValid() && warnings)
        ++warnings->unstorableNumbers[column.name];
    return number;
}

// Every Path/JsonText column from the element; Computed ones, _synced_at and _run_id stay null.
Row extractRow(const StreamDef &stream, const QJsonObject &element, DataWarnings *warnings = nullptr) {
    Row row;
    row.reserve(stream.columns.size() + 2);
    for (const ColumnSpec &column : stream.columns)
        row.append(columnValue(column, element, warnings));
    row.append(QVariant()); // _synced_at
    row.append(QVariant()); // _run_id
    return row;
}

void setColumn(const StreamDef &stream, Row &row, QStringView name, const QVariant &value) {
    for (int i = 0; i < stream.columns.size(); ++i) {
        if (stream.columns[i].name == name) {
            row[i] = value;
            return;
        }
    }
}

QJsonArray elementsOf(const QJsonObject &response) {
    if (response.contains(QLatin1String("elements")))
        return response.value(QLatin1String("elements")).toArray();
    // Tolerate a bare element (a single-entity GET, or a hand-written fixture).
    return response.isEmpty() ? QJsonArray() : QJsonArray{response};
}

QVariant organizationOf(const StreamDef &stream, const QJsonObject &element, const ParseContext &context) {
    if (!context.organizationUrn.isEmpty())
        return context.organizationUrn;
    const QJsonValue fromElement = element.value(stream.entityParam);
    return fromElement.isString() ? QVariant(fromElement.toString()) : QVariant();
}

QString utcDay(qint64 epochMs) {
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).date().toString(Qt::ISODate);
}

// The lifetime response of share statistics is the organization's aggregate: the element that
// names no share or ugcPost.
QJsonObject lifetimeElement(const QJsonArray &elements) {
    for (const QJsonValue &value : elements) {
        const QJsonObject element = value.toObject();
        if (!element.contains(QLatin1String("share")) && !element.contains(QLatin1String("ugcPost")))
            return element;
    }
    return elements.isEmpty() ? QJsonObject() : elements.first().toObject();
}

QString upperSnake(const QString &lowerCamel) {
    QString out;
    for (const QChar c : lowerCamel) {
        if (c.isUpper() && !out.isEmpty())
            out.append(QLatin1Char('_'));
        out.append(c.toUpper());
    }
    return out;
}

} // namespace

std::optional<qint64> readEpochMs(const QJsonValue &value) {
    static const qint64 latest = QDate(9999, 12, 31).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    if (!value.isDouble() && !value.isString())
        return std::nullopt;
    const QVariant ms = toInteger(value);
    if (!ms.isValid() || ms.toLongLong() < 0 || ms.toLongLong() > latest)
        return std::nullopt;
    return ms.toLongLong();
}

bool hasElementsArray(const QJsonObject &response) {
    return response.value(QLatin1String("elements")).isArray();
}

namespace {

constexpr qint64 kDayMs = 86400000;
// LinkedIn was founded in 2003: a statistics day before that is a corrupt value, not history.
const qint64 kEarliestDayMs = QDate(2003, 1, 1).startOfDay(Qt::UTC).toMSecsSinceEpoch();

// Why a DAY element cannot be stored, or nothing when it can.
const char *impossibleDay(const QJsonObject &element, const ParseContext &context, const DayWindow *asked) {
    const QVariant start = toInteger(valueAt(element, u"timeRange.start"));
    if (!start.isValid())
        return "no timeRange.start"; // date is part of the primary key
    const qint64 startMs = start.toLongLong();
    const QVariant end = toInteger(valueAt(element, u"timeRange.end"));
    if (startMs % kDayMs != 0 || (end.isValid() && (end.toLongLong() <= startMs || end.toLongLong() % kDayMs != 0)))
        return "not whole UTC days";
    if (startMs < kEarliestDayMs)
        return "before 2003";
    if (context.snapshotDate.isValid() && startMs > context.snapshotDate.startOfDay(Qt::UTC).toMSecsSinceEpoch())
        return "in the future";
    if (asked && !asked->isEmpty() && (startMs < asked->startMs() || startMs >= asked->endMs()))
        return "outside the window asked for";
    return nullptr;
}

} // namespace

QList<Row> parseDailyRows(const StreamDef &stream, const QJsonObject &response, const ParseContext &context,
                          const DayWindow *asked, int *dropped) {
    QList<Row> rows;
    const QJsonArray elements = elementsOf(response);
    rows.reserve(elements.size());
    for (const QJsonValue &value : elements) {
        const QJsonObject element = value.toObject();
        if (const char *reason = impossibleDay(element, context, asked)) {
            qCInfo(lcStreams).noquote() << stream.id << "dropped a DAY row:" << reason
                                        << valueAt(element, u"timeRange.start").toVariant().toString();
            if (dropped)
                ++*dropped;
            if (context.warnings)
                ++context.warnings->strayDays;
            continue;
        }
        const QVariant start = toInteger(valueAt(element, u"timeRange.start"));
        Row row = extractRow(stream, element, context.warnings);
        setColumn(stream, row, u"organization_urn", organizationOf(stream, element, context));
        setColumn(stream, row, u"report_type", kDay);
        setColumn(stream, row, u"date", utcDay(start.toLongLong()));
        rows.append(row);
    }
    return rows;
}

std::optional<Row> parseLifetimeRow(const StreamDef &stream, const QJsonObject &response, const ParseContext &context,
                                    std::optional<qint64> networkSize) {
    const QJsonArray elements = elementsOf(response);
    // Without an element there is nothing to snapshot, unless the follower total is known.
    if (elements.isEmpty() && !(stream.withNetworkSize && networkSize))
        return std::nullopt;
    const QJsonObject element = lifetimeElement(elements);
    Row row = extractRow(stream, element, context.warnings);
    setColumn(stream, row, u"organization_urn", organizationOf(stream, element, context));
    setColumn(stream, row, u"report_type", kLifetime);
    setColumn(stream, row, u"date",
              context.snapshotDate.isValid() ? QVariant(context.snapshotDate.toString(Qt::ISODate)) : QVariant());
    // A lifetime response has no interval; should one appear it does not describe the snapshot.
    setColumn(stream, row, u"time_range_start", QVariant());
    setColumn(stream, row, u"time_range_end", QVariant());
    if (stream.withNetworkSize)
        setColumn(stream, row, u"total_followers", networkSize ? QVariant(*networkSize) : QVariant());
    return row;
}

std::optional<qint64> parseNetworkSize(const QJsonObject &response) {
    const QVariant size = toInteger(response.value(QLatin1String("firstDegreeSize")));
    if (!size.isValid())
        return std::nullopt;
    return size.toLongLong();
}

QString postContentType(const QJsonObject &post) {
    const QJsonObject content = post.value(QLatin1String("content")).toObject();
    static const QList<QPair<QLatin1String, QString>> kinds = {
        {QLatin1String("media"), QStringLiteral("MEDIA")},
        {QLatin1String("article"), QStringLiteral("ARTICLE")},
        {QLatin1String("multiImage"), QStringLiteral("MULTI_IMAGE")},
        {QLatin1String("poll"), QStringLiteral("POLL")},
        {QLatin1String("carousel"), QStringLiteral("CAROUSEL")},
        {QLatin1String("celebration"), QStringLiteral("CELEBRATION")},
        {QLatin1String("reference"), QStringLiteral("REFERENCE")},
    };
    for (const auto &[key, type] : kinds)
        if (content.contains(key))
            return type;
    // A content kind LinkedIn adds later is named after its key rather than passed off as text.
    if (!content.isEmpty())
        return upperSnake(content.begin().key());
    return QStringLiteral("TEXT");
}

Row parsePost(const StreamDef &stream, const QJsonObject &element, const ParseContext &context, bool darkListing) {
    Row row = extractRow(stream, element, nullptr); // the dates are read below, the same way everywhere
    bool unreadableDate = false;
    for (const auto &[column, field] :
         {std::pair{u"created_at", "createdAt"}, std::pair{u"published_at", "publishedAt"},
          std::pair{u"last_modified_at", "lastModifiedAt"}}) {
        const QJsonValue value = element.value(QLatin1String(field));
        const std::optional<qint64> ms = readEpochMs(value);
        unreadableDate = unreadableDate || (!value.isUndefined() && !ms);
        setColumn(stream, row, column, ms ? QVariant(*ms) : QVariant());
    }
    if (unreadableDate && context.warnings)
        ++context.warnings->postsWithUnreadableDates;
    setColumn(stream, row, u"content_type", postContentType(element));
    setColumn(stream, row, u"raw_json", compactJson(element));
    const QVariant marked = toInteger(valueAt(element, u"adContext.isDsc"));
    setColumn(stream, row, u"is_dsc", qint64(darkListing || marked.toLongLong() != 0 ? 1 : 0));
    return row;
}

PostsPage readPostsPage(const QJsonObject &response, int start) {
    PostsPage page;
    const QJsonValue elements = response.value(QLatin1String("elements"));
    page.wellFormed = elements.isArray();
    page.elements = elements.toArray();
    const QJsonObject paging = response.value(QLatin1String("paging")).toObject();
    page.total = qMax<qint64>(0, toInteger(paging.value(QLatin1String("total"))).toLongLong());
    bool hasNext = false;
    for (const QJsonValue &link : paging.value(QLatin1String("links")).toArray())
        hasNext = hasNext || link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next");
    const qint64 next = qint64(start) + page.elements.size();
    // An empty page ends the listing even when it still says next: nothing can follow nothing.
    if (!page.elements.isEmpty() && (hasNext || (page.total > 0 && next < page.total)) &&
        next < std::numeric_limits<int>::max())
        page.nextStart = int(next);
    return page;
}

namespace {

// "urn:li:share:7" ↔ "urn:li:ugcPost:7": the same post under its other URN form.
QString otherPostForm(const QString &urn) {
    static const QString share = QStringLiteral("urn:li:share:");
    static const QString ugcPost = QStringLiteral("urn:li:ugcPost:");
    if (urn.startsWith(share))
        return ugcPost + urn.mid(share.size());
    if (urn.startsWith(ugcPost))
        return share + urn.mid(ugcPost.size());
    return {};
}

} // namespace

QList<Row> parsePostStatistics(const StreamDef &stream, const QJsonObject &response, const ParseContext &context,
                               const QStringList &asked, int *dropped) {
    QList<Row> rows;
    const QJsonArray elements = elementsOf(response);
    rows.reserve(elements.size());
    const QSet<QString> askedSet(asked.cbegin(), asked.cend());
    const auto drop = [&](const char *reason, const QString &urn) {
        qCInfo(lcStreams).noquote() << stream.id << "dropped statistics:" << reason << urn;
        if (dropped)
            ++*dropped;
        if (context.warnings)
            ++context.warnings->strayStatistics;
    };
    for (const QJsonValue &value : elements) {
        const QJsonObject element = value.toObject();
        QString postUrn = element.value(QLatin1String("share")).toString();
        if (postUrn.isEmpty())
            postUrn = element.value(QLatin1String("ugcPost")).toString();
        // The organization's aggregate names no post: it belongs to share_statistics, not here.
        if (postUrn.isEmpty())
            continue;
        const QString organization = element.value(stream.entityParam).toString();
        if (!organization.isEmpty() && !context.organizationUrn.isEmpty() && organization != context.organizationUrn) {
            drop("another organization's post", postUrn);
            continue;
        }
        if (!askedSet.isEmpty() && !askedSet.contains(postUrn)) {
            const QString other = otherPostForm(postUrn);
            if (other.isEmpty() || !askedSet.contains(other)) {
                drop("a post that was not asked for", postUrn);
                continue;
            }
            postUrn = other; // answered under the post's other URN form
        }
        Row row = extractRow(stream, element, context.warnings);
        setColumn(stream, row, u"post_urn", postUrn);
        setColumn(stream, row, u"organization_urn", organizationOf(stream, element, context));
        // share and ugc_post name the post asked for, whatever form LinkedIn answered in.
        const bool share = postUrn.startsWith(QLatin1String("urn:li:share:"));
        setColumn(stream, row, u"share", share ? QVariant(postUrn) : QVariant());
        setColumn(stream, row, u"ugc_post", share ? QVariant() : QVariant(postUrn));
        rows.append(row);
    }
    return rows;
}

PostsToStore postsToStore(const StreamDef &stream, const QJsonArray &elements, const ParseContext &context,
                          const QString &organization, std::optional<qint64> unchangedBefore, qint64 startMs,
                          bool darkListing) {
    PostsToStore kept;
    for (const QJsonValue &value : elements) {
        const QJsonObject element = value.toObject();
        const std::optional<qint64> modified = readEpochMs(element.value(QLatin1String("lastModifiedAt")));
        if (unchangedBefore && modified && *modified < *unchangedBefore)
            continue; // unchanged since the last complete listing
        const QString id = element.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue; // nothing to key it by
        const QString author = element.value(QLatin1String("author")).toString();
        if (!author.isEmpty() && author != organization) {
            ++kept.foreign; // not this organization's post: never stored under it
            continue;
        }
        std::optional<qint64> publishedAt = readEpochMs(element.value(QLatin1String("publishedAt")));
        if (!publishedAt)
            publishedAt = readEpochMs(element.value(QLatin1String("createdAt")));
        if (publishedAt && *publishedAt < startMs)
            continue; // before the source's start date: not synced
        kept.rows.append(parsePost(stream, element, context, darkListing));
        kept.ids.append(id);
    }
    return kept;
}

} // namespace pagesight
