#include "StreamPlan.h"

#include "api/RestLi.h"

#include <QSet>

#include <algorithm>

namespace pagesight {

namespace {

using Params = QList<QPair<QString, QString>>;

qint64 utcMidnightMs(const QDate &day) {
    return day.isValid() ? day.startOfDay(Qt::UTC).toMSecsSinceEpoch() : 0;
}

// Statistics finders are named after their entity parameter (q=organization&organization=…).
Params finderParams(const StreamDef &stream, const QString &organizationUrn) {
    return {{QStringLiteral("q"), stream.entityParam}, {stream.entityParam, restli::encode(organizationUrn)}};
}

} // namespace

qint64 DayWindow::startMs() const {
    return utcMidnightMs(first);
}
qint64 DayWindow::endMs() const {
    return utcMidnightMs(endExclusive);
}

QDate earliestDailyDay(const QDate &todayUtc, const WindowRules &rules) {
    // QDate::addMonths clamps to the month's last day: Feb 29 minus 12 months is Feb 28.
    return todayUtc.addMonths(-rules.maxMonthsBack);
}

DayWindow planDailyWindow(const QDate &todayUtc, const QDate &startDate, const std::optional<QDate> &lastFetchedDay,
                          const WindowRules &rules) {
    if (!todayUtc.isValid())
        return {};
    // LinkedIn's newest day is today − 2; a DAY interval must be a whole day, so the exclusive end
    // is today − 1 at 00:00 UTC.
    const QDate end = todayUtc.addDays(-1);
    QDate first = earliestDailyDay(todayUtc, rules);
    if (startDate.isValid())
        first = std::max(first, startDate);
    if (lastFetchedDay && lastFetchedDay->isValid()) {
        // LinkedIn revises recent days, so a resumed run fetches the last lookback days again.
        const QDate resume = lastFetchedDay->addDays(1 - std::max(0, rules.lookbackDays));
        first = std::max(first, resume);
    }
    if (first >= end)
        return {};
    return {first, end};
}

ApiRequest timeBoundRequest(const StreamDef &stream, const QString &organizationUrn, const DayWindow &window) {
    Params params = finderParams(stream, organizationUrn);
    const QString timeRange = restli::object({{QStringLiteral("start"), QString::number(window.startMs())},
                                              {QStringLiteral("end"), QString::number(window.endMs())}});
    params.append({QStringLiteral("timeIntervals"),
                   restli::object({{QStringLiteral("timeRange"), timeRange},
                                   {QStringLiteral("timeGranularityType"), QStringLiteral("DAY")}})});
    return {stream.endpoint, restli::query(params)};
}

ApiRequest lifetimeRequest(const StreamDef &stream, const QString &organizationUrn) {
    return {stream.endpoint, restli::query(finderParams(stream, organizationUrn))};
}

ApiRequest networkSizeRequest(const QString &organizationUrn) {
    // The URN is a resource key in the path: Rest.li 2.0 wants it fully encoded.
    return {QStringLiteral("networkSizes/") + restli::encode(organizationUrn),
            QStringLiteral("edgeType=COMPANY_FOLLOWED_BY_MEMBER")};
}

ApiRequest postsPageRequest(const QString &organizationUrn, int start, int count, bool dark) {
    // author must come before q=author: LinkedIn reportedly answers ILLEGAL_ARGUMENT otherwise.
    return {QStringLiteral("posts"),
            restli::query({
                {QStringLiteral("author"), restli::encode(organizationUrn)},
                {QStringLiteral("q"), QStringLiteral("author")},
                {QStringLiteral("isDsc"), dark ? QStringLiteral("true") : QStringLiteral("false")},
                {QStringLiteral("count"), QString::number(count)},
                {QStringLiteral("start"), QString::number(start)},
            })};
}

QList<ApiRequest> postStatisticsRequests(const QString &organizationUrn, const QStringList &postUrns, int batchSize) {
    batchSize = std::max(1, batchSize);
    QStringList shares, ugcPosts;
    QSet<QString> seen;
    for (const QString &urn : postUrns) {
        if (seen.contains(urn))
            continue;
        seen.insert(urn);
        if (urn.startsWith(QLatin1String("urn:li:share:")))
            shares.append(restli::encode(urn));
        else if (urn.startsWith(QLatin1String("urn:li:ugcPost:")))
            ugcPosts.append(restli::encode(urn));
    }

    const QString prefix = QStringLiteral("q=organizationalEntity&organizationalEntity=") +
                           restli::encode(organizationUrn) + QLatin1Char('&');
    QList<ApiRequest> requests;
    const auto addBatches = [&](const QString &param, const QStringList &encoded) {
        // "param=List(" + items joined by "," + ")"
        const int fixedLength = int(prefix.size() + param.size()) + 7;
        QStringList batch;
        int length = fixedLength;
        const auto flush = [&] {
            if (batch.isEmpty())
                return;
            requests.append({QStringLiteral("organizationalEntityShareStatistics"),
                             prefix + param + QLatin1Char('=') + restli::list(batch)});
            batch.clear();
            length = fixedLength;
        };
        for (const QString &item : encoded) {
            const int added = int(item.size()) + (batch.isEmpty() ? 0 : 1);
            if (batch.size() >= batchSize || (!batch.isEmpty() && length + added > kMaxBatchQueryLength))
                flush();
            length += int(item.size()) + (batch.isEmpty() ? 0 : 1);
            batch.append(item);
        }
        flush();
    };
    addBatches(QStringLiteral("shares"), shares);
    addBatches(QStringLiteral("ugcPosts"), ugcPosts);
    return requests;
}

ApiRequest organizationRequest(qint64 organizationId) {
    return {QStringLiteral("organizations/") + QString::number(organizationId), QString()};
}

ApiRequest organizationAclsRequest(int start, int count) {
    return {QStringLiteral("organizationAcls"), restli::query({
                                                    {QStringLiteral("q"), QStringLiteral("roleAssignee")},
                                                    {QStringLiteral("role"), QStringLiteral("ADMINISTRATOR")},
                                                    {QStringLiteral("state"), QStringLiteral("APPROVED")},
                                                    {QStringLiteral("start"), QString::number(start)},
                                                    {QStringLiteral("count"), QString::number(count)},
                                                })};
}

} // namespace pagesight
