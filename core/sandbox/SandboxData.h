#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pagesight::sandbox {

struct GeneratorOptions {
    quint64 seed = 42;
    qint64 organizationId = 12345678;
    QString organizationName = QStringLiteral("Acme Analytics");
    int posts = 120;
    int days = 400;      // how far back the organization's history goes
    QDate today;         // the sandbox's "today" (UTC); invalid = current UTC date
};

struct PostStats {
    qint64 clickCount = 0, commentCount = 0, impressionCount = 0, likeCount = 0, shareCount = 0,
           uniqueImpressionsCount = 0;
    double engagement = 0; // fraction
};

struct SandboxPost {
    QString urn;             // urn:li:share:… or urn:li:ugcPost:…
    QString expectedContentType; // what the product must derive: TEXT, MEDIA, ARTICLE, …
    bool isReshare = false;
    qint64 createdAt = 0, publishedAt = 0, lastModifiedAt = 0;
    QJsonObject json;        // the element exactly as /rest/posts returns it
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
class SandboxData {
public:
    explicit SandboxData(const GeneratorOptions &options = {});

    const GeneratorOptions &options() const { return m_options; }
    QDate today() const { return m_today; }
    QString organizationUrn() const;
    qint64 networkSize() const;

    // Posts, newest lastModifiedAt first (the order /rest/posts serves).
    const QList<SandboxPost> &posts() const { return m_posts; }
    const SandboxPost *post(const QString &urn) const;
    void deletePost(const QString &urn);               // gone from listing and statistics
    void touchPost(const QString &urn, qint64 nowMs);  // an edit: lastModifiedAt = nowMs, commentary changed

    // Daily series for any day (zeros outside the organization's history).
    DailyFollowers followers(const QDate &day) const;
    QJsonObject pageViews(const QDate &day) const;   // totalPageStatistics object for the day
    DailyShares shares(const QDate &day) const;

    // Lifetime responses (whole JSON bodies, as served).
    QJsonObject lifetimeFollowerStatistics() const;
    QJsonObject lifetimePageStatistics() const;
    QJsonObject lifetimeShareStatistics() const;

private:
    GeneratorOptions m_options;
    QDate m_today;
    QList<SandboxPost> m_posts;
    QHash<QString, int> m_index;
};

} // namespace pagesight::sandbox
