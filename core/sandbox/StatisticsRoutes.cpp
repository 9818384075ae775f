// The three statistics finders: organizationalEntityFollowerStatistics,
// organizationPageStatistics and organizationalEntityShareStatistics (docs/LINKEDIN-API.md §1–§3).
#include "RestRoutes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QVariantMap>

#include <functional>

namespace pagesight::sandbox {

namespace {

constexpr qint64 dayMs = 86400000;
constexpr int maxPostsPerList = 100;

const QString intervalsName = QStringLiteral("timeIntervals");

struct TimeWindow {
    qint64 startMs = 0;
    std::optional<qint64> endMs; // absent: up to the newest day served
    QString granularity;
};

HttpResponse invalidIntervals(const QString &detail = {}) {
    // LinkedIn's own text for a value it cannot read; the detail, when there is one, says which
    // rule the window broke.
    if (detail.isEmpty())
        return rest::invalidParameter(intervalsName);
    return HttpResponse::linkedInError(400, QStringLiteral("Invalid timeIntervals parameter: ") + detail);
}

std::optional<qint64> toMs(const QVariant &value) {
    if (value.userType() != QMetaType::QString)
        return std::nullopt;
    bool ok = false;
    const qint64 ms = value.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(ms) : std::nullopt;
}

// Reads timeIntervals in either encoding: the Rest.li object
//   timeIntervals=(timeRange:(start:…,end:…),timeGranularityType:DAY)
// or the dotted form LinkedIn's Postman collection uses
//   timeIntervals.timeGranularityType=DAY&timeIntervals.timeRange.start=…&timeIntervals.timeRange.end=…
// Returns an error answer, or sets *window (left empty when the call is a lifetime one).
std::optional<HttpResponse> readTimeIntervals(const QueryParams &query, std::optional<TimeWindow> *window) {
    const bool object = query.contains(intervalsName);
    const bool dotted = query.hasPrefix(intervalsName + QLatin1Char('.'));
    if (!object && !dotted)
        return std::nullopt;
    if (object && dotted)
        return invalidIntervals();

    QVariant start, end, granularity;
    if (object) {
        if (query.count(intervalsName) != 1)
            return invalidIntervals();
        const std::optional<QVariant> value = parseRestliValue(query.raw(intervalsName));
        if (!value || value->userType() != QMetaType::QVariantMap)
            return invalidIntervals();
        const QVariantMap fields = value->toMap();
        const QVariant range = fields.value(QStringLiteral("timeRange"));
        if (range.userType() != QMetaType::QVariantMap)
            return invalidIntervals();
        const QVariantMap rangeFields = range.toMap();
        for (const QString &key : fields.keys()) {
            if (key != QLatin1String("timeRange") && key != QLatin1String("timeGranularityType"))
                return invalidIntervals();
        }
        for (const QString &key : rangeFields.keys()) {
            if (key != QLatin1String("start") && key != QLatin1String("end"))
                return invalidIntervals();
        }
        start = rangeFields.value(QStringLiteral("start"));
        end = rangeFields.value(QStringLiteral("end"));
        granularity = fields.value(QStringLiteral("timeGranularityType"));
    } else {
        const QString granularityName = intervalsName + QStringLiteral(".timeGranularityType");
        const QString startName = intervalsName + QStringLiteral(".timeRange.start");
        const QString endName = intervalsName + QStringLiteral(".timeRange.end");
        for (const QString &name : query.names()) {
            if (!name.startsWith(intervalsName))
                continue;
            if ((name != granularityName && name != startName && name != endName) || query.count(name) != 1)
                return invalidIntervals();
        }
        if (query.contains(startName))
            start = query.value(startName);
        if (query.contains(endName))
            end = query.value(endName);
        if (query.contains(granularityName))
            granularity = query.value(granularityName);
    }

    TimeWindow result;
    const std::optional<qint64> startMs = toMs(start);
    if (!startMs || granularity.userType() != QMetaType::QString)
        return invalidIntervals();
    result.startMs = *startMs;
    if (end.isValid()) {
        result.endMs = toMs(end);
        if (!result.endMs)
            return invalidIntervals();
    }
    result.granularity = granularity.toString();
    *window = result;
    return std::nullopt;
}

// The checks LinkedIn makes on a DAY window; today is the sandbox's UTC date.
std::optional<HttpResponse> checkWindow(const TimeWindow &window, const QDate &today) {
    if (window.granularity == QLatin1String("MONTH") || window.granularity == QLatin1String("WEEK"))
        return invalidIntervals(QStringLiteral("timeGranularityType %1 is not served by the Pagesight sandbox, "
                                               "which serves DAY only")
                                    .arg(window.granularity));
    if (window.granularity != QLatin1String("DAY"))
        return invalidIntervals();
    if (window.endMs && window.startMs >= *window.endMs)
        return invalidIntervals(QStringLiteral("timeRange.start must be earlier than timeRange.end"));
    if (window.endMs && *window.endMs - window.startMs < dayMs)
        return invalidIntervals(QStringLiteral("the time range is shorter than one whole day"));
    if (window.startMs % dayMs != 0 || (window.endMs && *window.endMs % dayMs != 0))
        return invalidIntervals(QStringLiteral("timeRange.start and timeRange.end must be at 00:00 UTC "
                                               "(whole days) for DAY granularity"));
    const QDate earliest = today.addMonths(-12);
    if (window.startMs < SandboxData::dayStartMs(earliest))
        return invalidIntervals(QStringLiteral("timeRange.start must be at most 12 months before the request date "
                                               "(UTC); the earliest day is %1")
                                    .arg(earliest.toString(Qt::ISODate)));
    return std::nullopt;
}

QDate dayOf(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

// The days of the window LinkedIn has data for: whole days from start, at most up to today − 2,
// never before the organization's history. Other days are absent, not zero.
QList<QDate> servedDays(const TimeWindow &window, const SandboxData &data, bool emptyOrganization) {
    QList<QDate> days;
    if (emptyOrganization)
        return days;
    const QDate first = std::max(dayOf(window.startMs), data.historyFirstDay());
    const QDate last = window.endMs ? std::min(dayOf(*window.endMs).addDays(-1), data.newestDay()) : data.newestDay();
    for (QDate day = first; day <= last; day = day.addDays(1))
        days.append(day);
    return days;
}

QJsonObject timeRangeJson(const QDate &day) {
    const qint64 start = SandboxData::dayStartMs(day);
    return QJsonObject{{QStringLiteral("start"), start}, {QStringLiteral("end"), start + dayMs}};
}

// ServerOptions::strayDailyRows: rows outside the window asked for, or with impossible ranges, shaped
// like the day element the endpoint serves (made by elementFor from a time range).
void appendStrayRows(
    QJsonArray &elements, const ServerOptions &options, const SandboxData &data,
    const std::function<QJsonObject(const QJsonObject &timeRange, const QDate &valuesOf)> &elementFor) {
    if (!options.strayDailyRows)
        return;
    const QDate valuesOf = data.newestDay();
    elements.append(elementFor(timeRangeJson(QDate(2016, 3, 1)), valuesOf));
    elements.append(elementFor(timeRangeJson(QDate(2001, 6, 1)), valuesOf));
    elements.append(elementFor(timeRangeJson(data.today().addDays(30)), valuesOf));
    const qint64 odd = SandboxData::dayStartMs(valuesOf) + 3600000;
    elements.append(
        elementFor(QJsonObject{{QStringLiteral("start"), odd}, {QStringLiteral("end"), odd + dayMs}}, valuesOf));
}

// The finder checks shared by the three endpoints: q, the organization, the window.
struct StatisticsQuery {
    rest::Organization organization;
    std::optional<TimeWindow> window;
};

std::optional<HttpResponse> readStatisticsQuery(const RestCall &call, const QString &finder, StatisticsQuery *out) {
    if (!call.query.contains(QStringLiteral("q")))
        return rest::missingParameter(QStringLiteral("q"));
    if (call.query.value(QStringLiteral("q")) != finder)
        return rest::invalidParameter(QStringLiteral("q"),
                                      QStringLiteral("the finder of this resource is '%1'").arg(finder));
    if (auto error = rest::organizationParam(call, finder, &out->organization))
        return error;
    if (auto error = readTimeIntervals(call.query, &out->window))
        return error;
    if (out->window) {
        if (auto error = checkWindow(*out->window, call.data.today()))
            return error;
    }
    return std::nullopt;
}

QJsonObject zeroViews() {
    QJsonObject views;
    for (const QString &metric : SandboxData::viewMetrics())
        views.insert(metric, QJsonObject{{QStringLiteral("pageViews"), 0}});
    return views;
}

std::optional<QStringList> readPostList(const RestCall &call, const QString &name, const QString &urnPrefix,
                                        HttpResponse *error) {
    if (!call.query.contains(name))
        return QStringList();
    const std::optional<QVariant> value = parseRestliValue(call.query.raw(name));
    if (!value || value->userType() != QMetaType::QVariantList) {
        *error = rest::invalidParameter(name);
        return std::nullopt;
    }
    QStringList urns;
    for (const QVariant &item : value->toList()) {
        const QString urn = item.toString();
        if (item.userType() != QMetaType::QString || !urn.startsWith(urnPrefix) ||
            urn.mid(urnPrefix.size()).toLongLong() <= 0) {
            *error = rest::invalidParameter(name, QStringLiteral("'%1' is not a %2… URN").arg(urn, urnPrefix));
            return std::nullopt;
        }
        if (!urns.contains(urn))
            urns.append(urn);
    }
    if (value->toList().size() > maxPostsPerList) {
        *error = rest::invalidParameter(
            name,
            QStringLiteral("at most %1 URNs per request, %2 given").arg(maxPostsPerList).arg(value->toList().size()));
        return std::nullopt;
    }
    return urns;
}

// Per-post lifetime statistics: one element per requested post that has activity; posts without
// activity (and unknown or deleted ones) are absent.
HttpResponse postStatistics(const RestCall &call, const rest::Organization &organization, bool timeBound) {
    if (timeBound)
        return invalidIntervals(QStringLiteral("statistics of individual posts are lifetime only; "
                                               "omit timeIntervals with shares or ugcPosts"));
    HttpResponse error;
    const std::optional<QStringList> shares =
        readPostList(call, QStringLiteral("shares"), QStringLiteral("urn:li:share:"), &error);
    if (!shares)
        return error;
    const std::optional<QStringList> ugcPosts =
        readPostList(call, QStringLiteral("ugcPosts"), QStringLiteral("urn:li:ugcPost:"), &error);
    if (!ugcPosts)
        return error;

    QJsonArray elements;
    int answered = 0;
    const auto add = [&](const QString &field, const QStringList &urns) {
        for (const QString &urn : urns) {
            const SandboxPost *post = organization.empty ? nullptr : call.data.post(urn);
            if (!post || !post->stats)
                continue;
            // Optionally every third post is answered under its other URN form.
            const bool other = call.options.statisticsInOtherUrnForm && answered++ % 3 == 2;
            const bool share = field == QLatin1String("share");
            const QString numeric = urn.mid(urn.lastIndexOf(QLatin1Char(':')) + 1);
            const QString answeredField = other ? (share ? QStringLiteral("ugcPost") : QStringLiteral("share")) : field;
            const QString answeredUrn =
                other ? (share ? QStringLiteral("urn:li:ugcPost:") : QStringLiteral("urn:li:share:")) + numeric : urn;
            elements.append(
                QJsonObject{{answeredField, answeredUrn},
                            {QStringLiteral("organizationalEntity"), organization.urn},
                            {QStringLiteral("totalShareStatistics"), SandboxData::postStatisticsJson(*post->stats)}});
        }
    };
    add(QStringLiteral("share"), *shares);
    add(QStringLiteral("ugcPost"), *ugcPosts);
    return HttpResponse::json(200, rest::pagedBody(elements));
}

} // namespace

HttpResponse followerStatisticsRoute(const RestCall &call) {
    StatisticsQuery query;
    if (auto error = readStatisticsQuery(call, QStringLiteral("organizationalEntity"), &query))
        return *error;
    const rest::Organization &org = query.organization;
    if (!query.window) {
        if (!org.empty)
            return HttpResponse::json(200, call.data.lifetimeFollowerStatistics());
        QJsonObject element{{QStringLiteral("organizationalEntity"), org.urn}};
        for (const char *facet :
             {"AssociationType", "Seniority", "Industry", "Function", "StaffCountRange", "GeoCountry", "Geo"})
            element.insert(QStringLiteral("followerCountsBy") + QLatin1String(facet), QJsonArray());
        return HttpResponse::json(200, rest::pagedBody(QJsonArray{element}));
    }
    QJsonArray elements;
    for (const QDate &day : servedDays(*query.window, call.data, org.empty)) {
        elements.append(QJsonObject{{QStringLiteral("followerGains"), call.data.followerGainsJson(day)},
                                    {QStringLiteral("organizationalEntity"), org.urn},
                                    {QStringLiteral("timeRange"), timeRangeJson(day)}});
    }
    appendStrayRows(elements, call.options, call.data, [&](const QJsonObject &range, const QDate &valuesOf) {
        return QJsonObject{{QStringLiteral("followerGains"), call.data.followerGainsJson(valuesOf)},
                           {QStringLiteral("organizationalEntity"), org.urn},
                           {QStringLiteral("timeRange"), range}};
    });
    return HttpResponse::json(200, rest::pagedBody(elements));
}

HttpResponse pageStatisticsRoute(const RestCall &call) {
    StatisticsQuery query;
    if (auto error = readStatisticsQuery(call, QStringLiteral("organization"), &query))
        return *error;
    const rest::Organization &org = query.organization;
    if (!query.window) {
        if (!org.empty)
            return HttpResponse::json(200, call.data.lifetimePageStatistics());
        QJsonObject element{
            {QStringLiteral("organization"), org.urn},
            {QStringLiteral("totalPageStatistics"), QJsonObject{{QStringLiteral("views"), zeroViews()}}}};
        for (const char *facet :
             {"Seniority", "GeoCountry", "IndustryV2", "StaffCountRange", "Function", "Geo", "TargetedContent"})
            element.insert(QStringLiteral("pageStatisticsBy") + QLatin1String(facet), QJsonArray());
        return HttpResponse::json(200, rest::pagedBody(QJsonArray{element}));
    }
    QJsonArray elements;
    for (const QDate &day : servedDays(*query.window, call.data, org.empty)) {
        elements.append(QJsonObject{{QStringLiteral("timeRange"), timeRangeJson(day)},
                                    {QStringLiteral("totalPageStatistics"), call.data.pageViews(day)},
                                    {QStringLiteral("organization"), org.urn}});
    }
    appendStrayRows(elements, call.options, call.data, [&](const QJsonObject &range, const QDate &valuesOf) {
        return QJsonObject{{QStringLiteral("timeRange"), range},
                           {QStringLiteral("totalPageStatistics"), call.data.pageViews(valuesOf)},
                           {QStringLiteral("organization"), org.urn}};
    });
    return HttpResponse::json(200, rest::pagedBody(elements));
}

HttpResponse shareStatisticsRoute(const RestCall &call) {
    StatisticsQuery query;
    if (auto error = readStatisticsQuery(call, QStringLiteral("organizationalEntity"), &query))
        return *error;
    const rest::Organization &org = query.organization;
    if (call.query.contains(QStringLiteral("shares")) || call.query.contains(QStringLiteral("ugcPosts")))
        return postStatistics(call, org, query.window.has_value());
    if (!query.window) {
        if (!org.empty)
            return HttpResponse::json(200, call.data.lifetimeShareStatistics());
        QJsonObject zeros = SandboxData::postStatisticsJson({});
        zeros.insert(QStringLiteral("commentMentionsCount"), 0);
        zeros.insert(QStringLiteral("shareMentionsCount"), 0);
        return HttpResponse::json(
            200, rest::pagedBody(QJsonArray{QJsonObject{{QStringLiteral("organizationalEntity"), org.urn},
                                                        {QStringLiteral("totalShareStatistics"), zeros}}}));
    }
    QJsonArray elements;
    for (const QDate &day : servedDays(*query.window, call.data, org.empty)) {
        elements.append(QJsonObject{{QStringLiteral("timeRange"), timeRangeJson(day)},
                                    {QStringLiteral("totalShareStatistics"), call.data.shareStatisticsJson(day)},
                                    {QStringLiteral("organizationalEntity"), org.urn}});
    }
    appendStrayRows(elements, call.options, call.data, [&](const QJsonObject &range, const QDate &valuesOf) {
        return QJsonObject{{QStringLiteral("timeRange"), range},
                           {QStringLiteral("totalShareStatistics"), call.data.shareStatisticsJson(valuesOf)},
                           {QStringLiteral("organizationalEntity"), org.urn}};
    });
    return HttpResponse::json(200, rest::pagedBody(elements));
}

} // namespace pagesight::sandbox
