#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pagesight::sandbox {

struct GeneratorOptions {
    quint64 seed = 42;
    qint64 organizationId = 12345678;
    QString organizationName = QStringLiteral("Acme Analytics");
    int posts = 120;
    int days = 400; // how far back the organization's history goes
    QDate today;    // the sandbox's "today" (UTC); invalid = current UTC date
    // Off, as LinkedIn answers today: page statistics carry pageViews only, and the follower
    // demographics paidFollowerCount 0 (LinkedIn rolls paid followers into organicFollowerCount).
    // On: the older shapes some clients were written for (uniquePageViews on the all* and
    // *overview* metrics, clicks, custom-button counts; paid followers in the facets), so a test
    // can prove they are read right when present and not double-counted.
    bool legacyPageStatistics = false;
    bool paidFollowersInFacets = false;
};

struct PostStats {
    qint64 clickCount = 0, commentCount = 0, impressionCount = 0, likeCount = 0, shareCount = 0,
           uniqueImpressionsCount = 0;
    double engagement = 0; // fraction
};

struct SandboxPost {
    QString urn;                 // urn:li:share:… or urn:li:ugcPost:…
    QString expectedContentType; // what the product must derive: TEXT, MEDIA, ARTICLE, …
    bool isReshare = false;
    bool dark = false; // a dark (DSC) post: listed only with isDsc=true
    qint64 createdAt = 0, publishedAt = 0, lastModifiedAt = 0;
    QJsonObject json;               // the element exactly as /rest/posts returns it
    std::optional<PostStats> stats; // absent = no activity (omitted from per-post statistics)
};

struct DailyFollowers {
    qint64 organicGain = 0, paidGain = 0; // organic can be negative
};
struct DailyShares {
    qint64 clickCount = 0, commentCount = 0, impressionCount = 0, likeCount = 0, shareCount = 0,
           uniqueImpressionsCount = 0;
    double engagement = 0;
};

// Deterministic data for one organization: the same options give the same data, and the value of
// a day does not depend on which window asked for it.
//
// How values are made: every daily value is a hash of (seed, calendar day, metric) — splitmix64,
// not a sequential generator — shaped by a weekday factor and a slow trend over calendar time, so
// a date has the same value whatever window, "today" or history length asked for it. Each post
// is built from its own hash stream (seed, index).
//
// History: the organization has daily data for [today − days, today − 2] (historyFirstDay() ..
// newestDay(); today − 2 is the newest day LinkedIn serves). Outside that range the daily
// accessors return zeros, and the server leaves those days OUT of time-bound responses: an absent
// day is simply not in "elements" (there are no zero rows). Inside it every day has an element,
// even when its values happen to be zero.
//
// Posts are spread over [today − days, today) (posts have no 2-day delay), published by the
// organization, ~20 % of them without activity (stats absent), a few of them dark (DSC: made for
// ads, listed only with isDsc=true).
class SandboxData {
public:
    explicit SandboxData(const GeneratorOptions &options = {});

    const GeneratorOptions &options() const { return m_options; }
    QDate today() const { return m_today; }
    QString organizationUrn() const;
    qint64 networkSize() const;

    QDate historyFirstDay() const; // today − days
    QDate newestDay() const;       // today − 2
    bool hasDay(const QDate &day) const { return day >= historyFirstDay() && day <= newestDay(); }
    static qint64 dayStartMs(const QDate &day); // 00:00 UTC of day, epoch ms

    // A second organization the sandbox member also administers: a new page without any data
    // (empty facets, no days, no posts), as LinkedIn answers for one.
    qint64 emptyOrganizationId() const { return m_options.organizationId + 1; }
    QString emptyOrganizationName() const { return m_options.organizationName + QStringLiteral(" Labs"); }

    // The 27 view metrics of totalPageStatistics.views, in a stable order; with
    // legacyPageStatistics, time-bound responses carry uniquePageViews for the all* and *overview*
    // metrics.
    static const QStringList &viewMetrics();
    static bool viewMetricHasUniques(const QString &metric);

    // Posts, organic and dark, newest lastModifiedAt first (the order /rest/posts serves).
    const QList<SandboxPost> &posts() const { return m_posts; }
    const SandboxPost *post(const QString &urn) const;
    void deletePost(const QString &urn);              // gone from listing and statistics
    void touchPost(const QString &urn, qint64 nowMs); // an edit: lastModifiedAt = nowMs, commentary changed

    // Daily series for any day (zeros outside the organization's history).
    DailyFollowers followers(const QDate &day) const;
    QJsonObject pageViews(const QDate &day) const; // totalPageStatistics object for the day
    DailyShares shares(const QDate &day) const;

    // Lifetime responses (whole JSON bodies, as served).
    QJsonObject lifetimeFollowerStatistics() const;
    QJsonObject lifetimePageStatistics() const;
    QJsonObject lifetimeShareStatistics() const;

    // The element parts the server wraps into responses.
    QJsonObject followerGainsJson(const QDate &day) const;   // {organicFollowerGain, paidFollowerGain}
    QJsonObject shareStatisticsJson(const QDate &day) const; // totalShareStatistics of one day
    static QJsonObject postStatisticsJson(const PostStats &stats);
    QJsonObject organizationJson(qint64 id) const; // /rest/organizations/{id}; empty if unknown

private:
    void rebuildIndex();

    GeneratorOptions m_options;
    QDate m_today;
    QList<SandboxPost> m_posts;
    QHash<QString, int> m_index;
    double m_scale = 1;        // organization size, from the seed
    qint64 m_followerBase = 0; // followers before the history starts
    qint64 m_networkSize = 0;
};

} // namespace pagesight::sandbox
