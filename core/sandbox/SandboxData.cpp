#include "SandboxData.h"

#include "PostGenerator.h"
#include "SandboxFacets.h"
#include "SandboxHash.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace pagesight::sandbox {

using namespace hashing;

namespace {

// Metric ids: the third key of every hash, so two metrics of the same day never share a value.
enum Metric : quint64 {
    ScaleMetric = 1,
    FollowerBaseMetric,
    FollowerOrganic,
    FollowerLoss,
    FollowerLossSize,
    FollowerPaid,
    FollowerPaidSize,
    ViewsTotal,
    ViewsMobileShare,
    ViewsUniqueShare,
    CustomButtonMonth,
    CustomButtonClicks,
    CareerClicks,
    ShareImpressions,
    ShareUnique,
    ShareClicks,
    ShareLikes,
    ShareComments,
    ShareShares,
    ShareUnlikeDay,
    Mentions,
    ViewsSection = 100, // + section * 2 (+1 for the mobile part)
};

constexpr std::array<const char *, 8> sections = {"overview", "about",  "people",   "jobs",
                                                  "careers",  "lifeAt", "insights", "products"};
constexpr std::array<double, 8> sectionShares = {0.52, 0.10, 0.08, 0.10, 0.04, 0.05, 0.03, 0.08};
constexpr int metricCount = 3 + 3 * int(sections.size());
constexpr int uniqueMetricCount = 6; // all*, then overview, desktopOverview, mobileOverview

// One day of page views: pageViews per metric in viewMetrics() order, uniques for the first six.
struct DayViews {
    std::array<qint64, metricCount> views{};
    std::array<qint64, uniqueMetricCount> uniques{};
};

double weekdayFactor(const QDate &day) {
    switch (day.dayOfWeek()) {
    case 6:
        return 0.45;
    case 7:
        return 0.40;
    case 2:
    case 3:
        return 1.12;
    default:
        return 1.0;
    }
}

// Slow growth and a yearly wave over calendar time: the same for every window and every "today".
double trend(const QDate &day) {
    const double years = double(day.toJulianDay() - 2458850) / 365.25; // since 2020-01-01
    return std::max(0.3, 1.0 + 0.10 * years + 0.12 * std::sin(6.283185307 * day.dayOfYear() / 365.25));
}

QString capitalized(const char *name) {
    QString s = QLatin1String(name);
    s[0] = s[0].toUpper();
    return s;
}

DayViews computeViews(quint64 seed, double scale, const QDate &day) {
    DayViews out;
    const quint64 jd = quint64(day.toJulianDay());
    const double expected = 40.0 * scale * weekdayFactor(day) * trend(day) * (0.5 + unit(seed, jd, ViewsTotal));
    const double mobileShare = 0.3 + 0.15 * unit(seed, jd, ViewsMobileShare);
    qint64 allDesktop = 0, allMobile = 0;
    for (size_t s = 0; s < sections.size(); ++s) {
        const double part = expected * sectionShares[s];
        const qint64 desktop = roundToInt(part * (1 - mobileShare) * (0.5 + unit(seed, jd, ViewsSection + s * 2)));
        const qint64 mobile = roundToInt(part * mobileShare * (0.5 + unit(seed, jd, ViewsSection + s * 2 + 1)));
        out.views[3 + 3 * s] = desktop + mobile;
        out.views[4 + 3 * s] = desktop;
        out.views[5 + 3 * s] = mobile;
        allDesktop += desktop;
        allMobile += mobile;
    }
    out.views[0] = allDesktop + allMobile;
    out.views[1] = allDesktop;
    out.views[2] = allMobile;
    const double uniqueShare = 0.55 + 0.3 * unit(seed, jd, ViewsUniqueShare);
    // uniques: all, allDesktop, allMobile, overview, desktopOverview, mobileOverview
    const std::array<int, uniqueMetricCount> uniqueOf = {0, 1, 2, 3, 4, 5};
    for (int i = 0; i < uniqueMetricCount; ++i)
        out.uniques[i] = roundToInt(double(out.views[uniqueOf[i]]) * uniqueShare);
    return out;
}

QJsonObject viewsJson(const std::array<qint64, metricCount> &views, const DayViews *withUniques) {
    QJsonObject json;
    const QStringList &names = SandboxData::viewMetrics();
    for (int i = 0; i < metricCount; ++i) {
        QJsonObject metric{{QStringLiteral("pageViews"), views[i]}};
        if (withUniques && i < uniqueMetricCount)
            metric.insert(QStringLiteral("uniquePageViews"), withUniques->uniques[i]);
        json.insert(names[i], metric);
    }
    return json;
}

QJsonObject careersClicks(quint64 seed, quint64 jd, quint64 salt, qint64 careersViews) {
    const double rate = 0.05 + 0.1 * unit(seed, jd, CareerClicks + salt);
    const qint64 base = roundToInt(double(careersViews) * rate);
    return QJsonObject{{QStringLiteral("careersPageBannerPromoClicks"), base / 4},
                       {QStringLiteral("careersPageEmployeesClicks"), base / 3},
                       {QStringLiteral("careersPagePromoLinksClicks"), base / 5},
                       {QStringLiteral("careersPageJobsClicks"), base}};
}

} // namespace

SandboxData::SandboxData(const GeneratorOptions &options)
    : m_options(options)
    , m_today(options.today.isValid() ? options.today : QDateTime::currentDateTimeUtc().date()) {
    m_scale = 0.6 + 2.4 * unit(m_options.seed, 0, ScaleMetric);
    m_followerBase = 1500 + roundToInt(20000.0 * m_scale * unit(m_options.seed, 0, FollowerBaseMetric));
    m_networkSize = m_followerBase;
    for (QDate day = historyFirstDay(); day <= newestDay(); day = day.addDays(1)) {
        const DailyFollowers f = followers(day);
        m_networkSize += f.organicGain + f.paidGain;
    }
    m_posts = generatePosts(PostGeneratorInput{m_options, m_today, m_scale});
    rebuildIndex();
}

QString SandboxData::organizationUrn() const {
    return QStringLiteral("urn:li:organization:") + QString::number(m_options.organizationId);
}

qint64 SandboxData::networkSize() const {
    return m_networkSize;
}

QDate SandboxData::historyFirstDay() const {
    return m_today.addDays(-m_options.days);
}

QDate SandboxData::newestDay() const {
    return m_today.addDays(-2);
}

qint64 SandboxData::dayStartMs(const QDate &day) {
    return day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
}

const QStringList &SandboxData::viewMetrics() {
    static const QStringList names = [] {
        QStringList out = {QStringLiteral("allPageViews"), QStringLiteral("allDesktopPageViews"),
                           QStringLiteral("allMobilePageViews")};
        for (const char *section : sections) {
            out.append(QLatin1String(section) + QStringLiteral("PageViews"));
            out.append(QStringLiteral("desktop") + capitalized(section) + QStringLiteral("PageViews"));
            out.append(QStringLiteral("mobile") + capitalized(section) + QStringLiteral("PageViews"));
        }
        return out;
    }();
    return names;
}

bool SandboxData::viewMetricHasUniques(const QString &metric) {
    const qsizetype index = viewMetrics().indexOf(metric);
    return index >= 0 && index < uniqueMetricCount;
}

const SandboxPost *SandboxData::post(const QString &urn) const {
    const auto it = m_index.constFind(urn);
    return it == m_index.constEnd() ? nullptr : &m_posts[*it];
}

void SandboxData::deletePost(const QString &urn) {
    const auto it = m_index.constFind(urn);
    if (it == m_index.constEnd())
        return;
    m_posts.removeAt(*it);
    rebuildIndex();
}

void SandboxData::touchPost(const QString &urn, qint64 nowMs) {
    const auto it = m_index.constFind(urn);
    if (it == m_index.constEnd())
        return;
    SandboxPost post = m_posts.takeAt(*it);
    post.lastModifiedAt = std::max(nowMs, post.publishedAt);
    post.json.insert(QStringLiteral("lastModifiedAt"), post.lastModifiedAt);
    post.json.insert(QStringLiteral("commentary"),
                     editedCommentary(post.json.value(QStringLiteral("commentary")).toString()));
    post.json.insert(QStringLiteral("lifecycleStateInfo"), QJsonObject{{QStringLiteral("isEditedByAuthor"), true}});
    const auto position = std::lower_bound(m_posts.begin(), m_posts.end(), post, servedBefore);
    m_posts.insert(position, post);
    rebuildIndex();
}

void SandboxData::rebuildIndex() {
    m_index.clear();
    m_index.reserve(m_posts.size());
    for (int i = 0; i < m_posts.size(); ++i)
        m_index.insert(m_posts[i].urn, i);
}

DailyFollowers SandboxData::followers(const QDate &day) const {
    if (!hasDay(day))
        return {};
    const quint64 seed = m_options.seed;
    const quint64 jd = quint64(day.toJulianDay());
    const double expected = (3.0 + 9.0 * m_scale) * weekdayFactor(day) * trend(day);
    DailyFollowers f;
    f.organicGain = roundToInt(expected * (0.3 + 1.4 * unit(seed, jd, FollowerOrganic)));
    // Some days more members unfollow than follow: the net organic gain is negative.
    if (unit(seed, jd, FollowerLoss) < 0.06)
        f.organicGain = -(1 + roundToInt(4 * unit(seed, jd, FollowerLossSize)));
    if (unit(seed, jd, FollowerPaid) < 0.15)
        f.paidGain = 1 + roundToInt(expected * 0.4 * unit(seed, jd, FollowerPaidSize));
    return f;
}

QJsonObject SandboxData::pageViews(const QDate &day) const {
    const quint64 jd = quint64(day.toJulianDay());
    const DayViews views = hasDay(day) ? computeViews(m_options.seed, m_scale, day) : DayViews{};
    const qint64 careers = views.views[3 + 3 * 4];       // careersPageViews
    const qint64 mobileCareers = views.views[5 + 3 * 4]; // mobileCareersPageViews
    QJsonObject clicks{
        {QStringLiteral("careersPageClicks"), careersClicks(m_options.seed, jd, 0, careers)},
        {QStringLiteral("mobileCareersPageClicks"), careersClicks(m_options.seed, jd, 1, mobileCareers)}};
    // The page had a custom button in some months and not in others: the arrays come and go, as
    // they do for a page whose admins switch the button on and off.
    const quint64 month = quint64(day.year() * 12 + day.month());
    if (hasDay(day) && unit(m_options.seed, month, CustomButtonMonth) < 0.65) {
        const auto button = [&](quint64 salt, double share) {
            const qint64 clicks =
                roundToInt(double(views.views[0]) * share * unit(m_options.seed, jd, CustomButtonClicks + salt));
            return QJsonArray{QJsonObject{{QStringLiteral("customButtonType"), QStringLiteral("VISIT_WEBSITE")},
                                          {QStringLiteral("clicks"), clicks}}};
        };
        clicks.insert(QStringLiteral("desktopCustomButtonClickCounts"), button(0, 0.06));
        clicks.insert(QStringLiteral("mobileCustomButtonClickCounts"), button(1, 0.03));
    }
    // LinkedIn's page statistics carry pageViews only: no uniquePageViews, no clicks.
    if (!m_options.legacyPageStatistics)
        return QJsonObject{{QStringLiteral("views"), viewsJson(views.views, nullptr)}};
    return QJsonObject{{QStringLiteral("views"), viewsJson(views.views, &views)}, {QStringLiteral("clicks"), clicks}};
}

DailyShares SandboxData::shares(const QDate &day) const {
    if (!hasDay(day))
        return {};
    const quint64 seed = m_options.seed;
    const quint64 jd = quint64(day.toJulianDay());
    DailyShares s;
    s.impressionCount =
        roundToInt(500.0 * m_scale * weekdayFactor(day) * trend(day) * (0.4 + 1.2 * unit(seed, jd, ShareImpressions)));
    s.uniqueImpressionsCount = roundToInt(double(s.impressionCount) * (0.55 + 0.2 * unit(seed, jd, ShareUnique)));
    s.clickCount = roundToInt(double(s.impressionCount) * (0.004 + 0.02 * unit(seed, jd, ShareClicks)));
    s.likeCount = roundToInt(double(s.impressionCount) * (0.004 + 0.015 * unit(seed, jd, ShareLikes)));
    s.commentCount = roundToInt(double(s.impressionCount) * 0.002 * unit(seed, jd, ShareComments));
    s.shareCount = roundToInt(double(s.impressionCount) * 0.001 * unit(seed, jd, ShareShares));
    // Unlikes on a quiet day outnumber likes: LinkedIn then reports a negative daily likeCount.
    if (unit(seed, jd, ShareUnlikeDay) < 0.02) {
        s.likeCount = -1 - qint64(3 * unit(seed, jd, ShareUnlikeDay + 1000));
        s.impressionCount /= 10;
        s.uniqueImpressionsCount /= 10;
        s.clickCount /= 10;
    }
    const qint64 engaged = s.clickCount + std::max<qint64>(0, s.likeCount) + s.commentCount + s.shareCount;
    s.engagement = s.impressionCount > 0 ? double(engaged) / double(s.impressionCount) : 0.0;
    return s;
}

QJsonObject SandboxData::followerGainsJson(const QDate &day) const {
    const DailyFollowers f = followers(day);
    return QJsonObject{{QStringLiteral("organicFollowerGain"), f.organicGain},
                       {QStringLiteral("paidFollowerGain"), f.paidGain}};
}

QJsonObject SandboxData::shareStatisticsJson(const QDate &day) const {
    const DailyShares s = shares(day);
    return QJsonObject{{QStringLiteral("clickCount"), s.clickCount},
                       {QStringLiteral("commentCount"), s.commentCount},
                       {QStringLiteral("engagement"), s.engagement},
                       {QStringLiteral("impressionCount"), s.impressionCount},
                       {QStringLiteral("likeCount"), s.likeCount},
                       {QStringLiteral("shareCount"), s.shareCount},
                       {QStringLiteral("uniqueImpressionsCount"), s.uniqueImpressionsCount}};
}

QJsonObject SandboxData::postStatisticsJson(const PostStats &s) {
    return QJsonObject{{QStringLiteral("clickCount"), s.clickCount},
                       {QStringLiteral("commentCount"), s.commentCount},
                       {QStringLiteral("engagement"), s.engagement},
                       {QStringLiteral("impressionCount"), s.impressionCount},
                       {QStringLiteral("likeCount"), s.likeCount},
                       {QStringLiteral("shareCount"), s.shareCount},
                       {QStringLiteral("uniqueImpressionsCount"), s.uniqueImpressionsCount}};
}

QJsonObject SandboxData::lifetimePageStatistics() const {
    const quint64 seed = m_options.seed;
    std::array<qint64, metricCount> totals{};
    for (QDate day = historyFirstDay(); day <= newestDay(); day = day.addDays(1)) {
        const DayViews views = computeViews(seed, m_scale, day);
        for (int i = 0; i < metricCount; ++i)
            totals[i] += views.views[i];
    }
    // Seniority, function and company size carry every view metric; geo and industry only
    // allPageViews (as observed from LinkedIn).
    const auto facet = [&](int facetId, const char *key, const QStringList &values, bool allMetrics) {
        const QList<double> shares = facetShares(seed, 16 + facetId, int(values.size()));
        QJsonArray items;
        for (int i = 0; i < values.size(); ++i) {
            QJsonObject views;
            if (allMetrics) {
                std::array<qint64, metricCount> part{};
                for (int m = 0; m < metricCount; ++m)
                    part[m] = roundToInt(double(totals[m]) * shares[i]);
                views = viewsJson(part, nullptr);
            } else {
                views.insert(QStringLiteral("allPageViews"),
                             QJsonObject{{QStringLiteral("pageViews"), roundToInt(double(totals[0]) * shares[i])}});
            }
            items.append(
                QJsonObject{{QLatin1String(key), values[i]},
                            {QStringLiteral("pageStatistics"), QJsonObject{{QStringLiteral("views"), views}}}});
        }
        return items;
    };
    const QJsonObject element{
        {QStringLiteral("pageStatisticsBySeniority"),
         facet(1, "seniority", urnRange("urn:li:seniority:", 1, 10), true)},
        {QStringLiteral("pageStatisticsByGeoCountry"), facet(2, "geo", geoCountries(), false)},
        {QStringLiteral("pageStatisticsByIndustryV2"), facet(3, "industryV2", industries(), false)},
        {QStringLiteral("pageStatisticsByStaffCountRange"), facet(4, "staffCountRange", staffCountRanges(), true)},
        {QStringLiteral("pageStatisticsByFunction"), facet(5, "function", urnRange("urn:li:function:", 1, 26), true)},
        {QStringLiteral("pageStatisticsByGeo"), facet(6, "geo", geoMarkets(), false)},
        {QStringLiteral("pageStatisticsByTargetedContent"), QJsonArray()},
        {QStringLiteral("totalPageStatistics"), QJsonObject{{QStringLiteral("views"), viewsJson(totals, nullptr)}}},
        {QStringLiteral("organization"), organizationUrn()},
    };
    return QJsonObject{{QStringLiteral("paging"), QJsonObject{{QStringLiteral("start"), 0},
                                                              {QStringLiteral("count"), 10},
                                                              {QStringLiteral("links"), QJsonArray()}}},
                       {QStringLiteral("elements"), QJsonArray{element}}};
}

QJsonObject SandboxData::lifetimeShareStatistics() const {
    PostStats sum;
    for (const SandboxPost &post : m_posts) {
        if (!post.stats)
            continue;
        sum.clickCount += post.stats->clickCount;
        sum.commentCount += post.stats->commentCount;
        sum.impressionCount += post.stats->impressionCount;
        sum.likeCount += post.stats->likeCount;
        sum.shareCount += post.stats->shareCount;
        sum.uniqueImpressionsCount += post.stats->uniqueImpressionsCount;
    }
    const qint64 engaged = sum.clickCount + sum.likeCount + sum.commentCount + sum.shareCount;
    sum.engagement = sum.impressionCount > 0 ? double(engaged) / double(sum.impressionCount) : 0.0;
    QJsonObject stats = postStatisticsJson(sum);
    const double mentions = unit(m_options.seed, 0, Mentions);
    stats.insert(QStringLiteral("commentMentionsCount"), roundToInt(double(m_posts.size()) * 0.3 * mentions));
    stats.insert(QStringLiteral("shareMentionsCount"), roundToInt(double(m_posts.size()) * 0.15 * mentions));
    const QJsonObject element{{QStringLiteral("totalShareStatistics"), stats},
                              {QStringLiteral("organizationalEntity"), organizationUrn()}};
    return QJsonObject{{QStringLiteral("paging"), QJsonObject{{QStringLiteral("start"), 0},
                                                              {QStringLiteral("count"), 10},
                                                              {QStringLiteral("links"), QJsonArray()}}},
                       {QStringLiteral("elements"), QJsonArray{element}}};
}

} // namespace pagesight::sandbox
