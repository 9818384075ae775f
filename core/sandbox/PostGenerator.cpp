#include "PostGenerator.h"

#include "SandboxHash.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace pagesight::sandbox {

using namespace hashing;

namespace {

enum class Kind { Text, Image, Video, Document, Article, MultiImage, Poll, Carousel, Celebration, Reference, Reshare };
constexpr int kindCount = int(Kind::Reshare) + 1;

// After the first posts (one of each kind, so even a small organization shows every shape), kinds
// follow these weights (percent).
constexpr int kindWeights[kindCount] = {20, 20, 9, 4, 15, 8, 5, 3, 3, 3, 10};

constexpr quint64 postSeedMetric = 0x506f7374; // "Post"

// Commentary in LinkedIn's Little Text format, as the API returns it: reserved characters
// ( ) [ ] { } < > @ | # * _ ~ \ are backslash-escaped unless they form a mention or a hashtag
// template. {ORG} and {ID} are replaced by the organization's name and id.
const char *const commentaries[] = {
    "We're hiring! Join our data team in Lisbon 🚀\n\nApply via the link in the comments.",
    "Nous sommes ravis d'annoncer notre partenariat avec « Données & Cie » : une étape clé pour l'équipe ! 🎉",
    "我们很高兴地宣布：{ORG} 亚太区办公室正式开业！🎊 欢迎来访。",
    "5 lessons from our \"Data Week\" \\(2024 edition\\):\n1. Measure what matters\n2. Ship small\n3. Ask \"why\" "
    "twice",
    "Thanks to everyone who joined yesterday's webinar! Replay below 👇 {hashtag|\\#|analytics} {hashtag|\\#|SQL}",
    "Congratulations to @[{ORG}](urn:li:organization:{ID}) on ten years of helping teams decide with data 🥂",
    "Größer, schneller, übersichtlicher: unser neues Dashboard ist da. Schaut's euch an 👉 "
    "https://example.com/dashboard",
    "¿Sabías que el 73 % de los analistas dedica más tiempo a preparar datos que a analizarlos? 📊",
    "Q3 results: revenue up 12 %, churn down 3 pts \\[unaudited\\] \\*details in the report\\* \\#growth",
    "It's 'launch day' — thank you all ❤️\n\n\nMore soon \\(promise\\).",
    "新しいレポート機能をリリースしました。詳しくはこちら 👉 https://example.com/ja",
    "Team offsite 👩🏽‍💻🧑‍🤝‍🧑🏳️‍🌈 — the best ideas came after the 3rd coffee ☕",
    "Short and sweet.",
    "Reminder: our office is closed on Monday \\<public holiday\\> — support stays online \\~24/7 via chat.",
    "Read the story on our blog: \"How we cut reporting time by half\" — with 'real' numbers. "
    "https://example.com/blog/reporting",
    "Line one of a post written on Windows\r\nLine two after a CRLF",
    "Ça y est : la version 2.0 est en ligne ! Merci à nos 1 200 bêta-testeurs 🙏 \\#produit \\#SaaS",
    "Our CEO on \"what's next\" for the industry \\| full interview below",
};

const char *const reshareCommentaries[] = {
    "Worth a read 👇",
    "Proud to see our customers say this 👏",
    "Great analysis by our partners — \"data first\", always.",
};

const char *const mediaTitles[] = {"Product demo — spring release", "Équipe « Data » au complet", "年次報告書 2024",
                                   "The \"one chart\" rule", "Behind the scenes at the Lisbon office"};
const char *const altTexts[] = {"Bar chart of monthly active users rising from 1,200 to 4,800",
                                "Photo of the team at the offsite, smiling in front of a whiteboard",
                                "Diagramme circulaire des sources de trafic",
                                "Screenshot of the new dashboard with a dark theme"};
const char *const articleTitles[] = {"How we cut reporting time by half", "Le guide complet des tableaux de bord",
                                     "10 SQL patterns every analyst should know", "データ活用の最前線",
                                     "Why \"vanity metrics\" still matter"};
const char *const articleDescriptions[] = {"A practical walkthrough with real numbers.",
                                           "Tout ce qu'il faut savoir pour démarrer, en 12 minutes.",
                                           "From window functions to recursive CTEs."};
struct Poll {
    const char *question;
    const char *options[4];
};
const Poll polls[] = {
    {"Which chart do you reach for first?", {"Bar chart", "Line chart", "Scatter plot", "Tables forever 🙃"}},
    {"¿Cuántas horas a la semana dedicas a informes?", {"Menos de 2", "De 2 a 5", "De 5 a 10", "Más de 10"}},
    {"How often do you sync your \"source of truth\"?", {"Hourly", "Daily", "Weekly", "What's a sync?"}},
};
const char *const pollDurations[] = {"ONE_DAY", "THREE_DAYS", "SEVEN_DAYS", "FOURTEEN_DAYS"};
const char *const celebrationTypes[] = {"LAUNCH_A_PROJECT", "CELEBRATE_AN_ANNIVERSARY", "WELCOME_A_TEAMMATE",
                                        "CELEBRATE_AN_AWARD", "CELEBRATE_A_MILESTONE"};
const char *const celebrationMessages[] = {"10 years together 🎂", "Welcome aboard, Ana!",
                                           "Gewonnen: Data Award 2024 🏆"};
const char *const callToActions[] = {"LEARN_MORE", "SIGN_UP", "REGISTER", "APPLY", "DOWNLOAD"};
const char *const dscNames[] = {"Spring campaign — video", "Recrutement Q2", "Webinar promo (EMEA)"};

// The pools are decoded once (a thread-safe static), so posts share the strings instead of each
// decoding its own copy.
QString text(const char *utf8) {
    static const QHash<const char *, QString> decoded = [] {
        QHash<const char *, QString> table;
        const auto add = [&table](const auto &pool) {
            for (const char *entry : pool)
                table.insert(entry, QString::fromUtf8(entry));
        };
        add(commentaries);
        add(reshareCommentaries);
        add(mediaTitles);
        add(altTexts);
        add(articleTitles);
        add(articleDescriptions);
        add(celebrationMessages);
        add(dscNames);
        for (const Poll &poll : polls) {
            table.insert(poll.question, QString::fromUtf8(poll.question));
            add(poll.options);
        }
        return table;
    }();
    const auto it = decoded.constFind(utf8);
    return it == decoded.constEnd() ? QString::fromUtf8(utf8) : *it;
}

// Most posts carry the same small objects; one shared instance each keeps 10,000 posts small
// (Qt's JSON containers are reference-counted).
const QJsonObject &sharedObject(const char *which) {
    static const QJsonObject mainFeed{{QStringLiteral("feedDistribution"), QStringLiteral("MAIN_FEED")},
                                      {QStringLiteral("thirdPartyDistributionChannels"), QJsonArray()}};
    static const QJsonObject notEdited{{QStringLiteral("isEditedByAuthor"), false}};
    static const QJsonObject edited{{QStringLiteral("isEditedByAuthor"), true}};
    return qstrcmp(which, "mainFeed") == 0 ? mainFeed : qstrcmp(which, "edited") == 0 ? edited : notEdited;
}

// A media asset id shaped like LinkedIn's ("D4E10AQE71V5w_-aalA"): a prefix and base64url text.
QString assetUrn(Stream &s, const char *type, const char *prefix) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    QString id = QLatin1String(prefix);
    quint64 bits = s.next();
    for (int i = 0; i < 12; ++i, bits >>= 5)
        id.append(QLatin1Char(alphabet[bits % 64]));
    return QStringLiteral("urn:li:") + QLatin1String(type) + QLatin1Char(':') + id;
}

// Activity ids carry their creation time in the high bits (ms << 22): 19 digits for any date
// after 2005, as LinkedIn's do.
QString activityNumber(qint64 timeMs, Stream &s) {
    return QString::number((timeMs << 22) | qint64(s.next() & 0x3FFFFF));
}

Kind pickKind(int index, Stream &s) {
    if (index < kindCount)
        return Kind(index);
    int roll = int(s.range(0, 99));
    for (int k = 0; k < kindCount; ++k) {
        roll -= kindWeights[k];
        if (roll < 0)
            return Kind(k);
    }
    return Kind::Text;
}

QString contentTypeOf(Kind kind) {
    switch (kind) {
    case Kind::Image:
    case Kind::Video:
    case Kind::Document:
        return QStringLiteral("MEDIA");
    case Kind::Article:
        return QStringLiteral("ARTICLE");
    case Kind::MultiImage:
        return QStringLiteral("MULTI_IMAGE");
    case Kind::Poll:
        return QStringLiteral("POLL");
    case Kind::Carousel:
        return QStringLiteral("CAROUSEL");
    case Kind::Celebration:
        return QStringLiteral("CELEBRATION");
    case Kind::Reference:
        return QStringLiteral("REFERENCE");
    case Kind::Text:
    case Kind::Reshare:
        break;
    }
    return QStringLiteral("TEXT"); // no content: text only, or a reshare
}

QJsonObject mediaContent(Kind kind, Stream &s) {
    QJsonObject media;
    if (kind == Kind::Video) {
        media.insert(QStringLiteral("id"), assetUrn(s, "video", "C4E05AQ"));
    } else if (kind == Kind::Document) {
        media.insert(QStringLiteral("id"), assetUrn(s, "document", "D4D10AQ"));
        media.insert(QStringLiteral("title"), text(s.pick(mediaTitles))); // documents always have a title
    } else {
        media.insert(QStringLiteral("id"), assetUrn(s, "image", "D4E10AQ"));
    }
    if (kind != Kind::Document && s.chance(0.4))
        media.insert(QStringLiteral("title"), text(s.pick(mediaTitles)));
    if (kind == Kind::Image && s.chance(0.6))
        media.insert(QStringLiteral("altText"), text(s.pick(altTexts)));
    return QJsonObject{{QStringLiteral("media"), media}};
}

QJsonObject articleContent(Stream &s, int index) {
    QJsonObject article{{QStringLiteral("source"), QStringLiteral("https://example.com/blog/post-%1").arg(index)},
                        {QStringLiteral("title"), text(s.pick(articleTitles))}};
    if (s.chance(0.7))
        article.insert(QStringLiteral("description"), text(s.pick(articleDescriptions)));
    if (s.chance(0.75)) {
        article.insert(QStringLiteral("thumbnail"), assetUrn(s, "image", "D4E10AQ"));
        if (s.chance(0.5))
            article.insert(QStringLiteral("thumbnailAltText"), text(s.pick(altTexts)));
    }
    return QJsonObject{{QStringLiteral("article"), article}};
}

QJsonObject multiImageContent(Stream &s) {
    QJsonArray images;
    const qint64 count = s.range(2, 6);
    for (qint64 i = 0; i < count; ++i) {
        QJsonObject image{{QStringLiteral("id"), assetUrn(s, "image", "D4E22AQ")}};
        if (s.chance(0.6))
            image.insert(QStringLiteral("altText"), text(s.pick(altTexts)));
        images.append(image);
    }
    return QJsonObject{{QStringLiteral("multiImage"), QJsonObject{{QStringLiteral("images"), images}}}};
}

QJsonObject pollContent(Stream &s) {
    const Poll &poll = s.pick(polls);
    QJsonArray options;
    const qint64 count = s.range(2, 4);
    for (qint64 i = 0; i < count; ++i)
        options.append(QJsonObject{{QStringLiteral("text"), text(poll.options[i])}});
    const QJsonObject settings{{QStringLiteral("duration"), QLatin1String(s.pick(pollDurations))},
                               {QStringLiteral("voteSelectionType"), QStringLiteral("SINGLE_VOTE")},
                               {QStringLiteral("isVoterVisibleToAuthor"), s.chance(0.3)}};
    return QJsonObject{{QStringLiteral("poll"), QJsonObject{{QStringLiteral("question"), text(poll.question)},
                                                            {QStringLiteral("options"), options},
                                                            {QStringLiteral("settings"), settings}}}};
}

QJsonObject carouselContent(Stream &s, int index) {
    QJsonArray cards;
    const qint64 count = s.range(2, 5);
    for (qint64 i = 0; i < count; ++i) {
        QJsonObject media{{QStringLiteral("id"), assetUrn(s, "image", "D4E10AQ")}};
        if (s.chance(0.5))
            media.insert(QStringLiteral("title"), text(s.pick(mediaTitles)));
        cards.append(QJsonObject{{QStringLiteral("media"), media},
                                 {QStringLiteral("landingPage"),
                                  QStringLiteral("https://example.com/campaign/%1/card-%2").arg(index).arg(i)}});
    }
    return QJsonObject{{QStringLiteral("carousel"), QJsonObject{{QStringLiteral("cards"), cards}}}};
}

QJsonObject celebrationContent(Stream &s) {
    QJsonObject celebration{{QStringLiteral("type"), QLatin1String(s.pick(celebrationTypes))}};
    if (s.chance(0.6))
        celebration.insert(QStringLiteral("message"), text(s.pick(celebrationMessages)));
    if (s.chance(0.5))
        celebration.insert(QStringLiteral("image"), assetUrn(s, "image", "D4E10AQ"));
    return QJsonObject{{QStringLiteral("celebration"), celebration}};
}

QString commentaryFor(Kind kind, Stream &s, const GeneratorOptions &options) {
    if (kind == Kind::Reshare) {
        if (s.chance(0.45))
            return {}; // an instant repost: no commentary
        return text(s.pick(reshareCommentaries));
    }
    if (s.chance(kind == Kind::Text ? 0.0 : 0.1))
        return {};
    QString commentary = text(s.pick(commentaries));
    if (s.chance(0.08)) // now and then a long post
        commentary +=
            QStringLiteral("\n\n") + text(s.pick(commentaries)) + QStringLiteral("\n\n") + text(s.pick(commentaries));
    commentary.replace(QStringLiteral("{ORG}"), options.organizationName);
    commentary.replace(QStringLiteral("{ID}"), QString::number(options.organizationId));
    return commentary;
}

std::optional<PostStats> statsFor(Kind kind, Stream &s, double scale) {
    if (s.chance(0.2))
        return std::nullopt; // no activity: LinkedIn leaves the post out of per-post statistics
    const double kindFactor = kind == Kind::Video ? 2.0 : kind == Kind::Text || kind == Kind::Reshare ? 0.7 : 1.0;
    const double u = s.unit();
    PostStats stats;
    stats.impressionCount = 1 + roundToInt(600.0 * scale * kindFactor * (0.2 + 2.5 * u * u));
    const double impressions = double(stats.impressionCount);
    stats.uniqueImpressionsCount = std::max<qint64>(1, roundToInt(impressions * (0.6 + 0.25 * s.unit())));
    stats.clickCount = roundToInt(impressions * (0.005 + 0.04 * s.unit()));
    stats.likeCount = roundToInt(impressions * (0.005 + 0.03 * s.unit()));
    stats.commentCount = roundToInt(impressions * 0.004 * s.unit());
    stats.shareCount = roundToInt(impressions * 0.003 * s.unit());
    const qint64 engaged = stats.clickCount + stats.likeCount + stats.commentCount + stats.shareCount;
    stats.engagement = double(engaged) / impressions;
    return stats;
}

SandboxPost makePost(int index, int total, const PostGeneratorInput &input) {
    const GeneratorOptions &options = input.options;
    Stream s(hash(options.seed, quint64(index), postSeedMetric));
    const Kind kind = pickKind(index, s);

    // Post i falls in the i-th slot of [today − days, today): spread over the history, oldest first.
    const qint64 spanStart = SandboxData::dayStartMs(input.today.addDays(-std::max(options.days, 1)));
    const qint64 spanEnd = SandboxData::dayStartMs(input.today);
    const qint64 slot = std::max<qint64>(1, (spanEnd - spanStart) / std::max(total, 1));

    SandboxPost post;
    post.publishedAt = spanStart + slot * index + s.range(0, slot - 1);
    post.createdAt = post.publishedAt - (s.chance(0.1) ? s.range(3600000, 3 * 86400000LL) : s.range(150, 4000));
    const bool edited = s.chance(0.12);
    post.lastModifiedAt = post.publishedAt + s.range(0, 1500);
    if (edited)
        post.lastModifiedAt = std::min(spanEnd - 1, post.publishedAt + s.range(3600000, 20 * 86400000LL));
    post.lastModifiedAt = std::max(post.lastModifiedAt, post.publishedAt);

    post.urn = (s.chance(0.5) ? QStringLiteral("urn:li:share:") : QStringLiteral("urn:li:ugcPost:")) +
               activityNumber(post.createdAt, s);
    post.expectedContentType = contentTypeOf(kind);
    post.isReshare = kind == Kind::Reshare;

    QJsonObject &json = post.json;
    json.insert(QStringLiteral("id"), post.urn);
    json.insert(QStringLiteral("author"),
                QStringLiteral("urn:li:organization:") + QString::number(options.organizationId));
    const QString commentary = commentaryFor(kind, s, options);
    if (!commentary.isNull())
        json.insert(QStringLiteral("commentary"), commentary);
    json.insert(QStringLiteral("visibility"), QStringLiteral("PUBLIC"));
    json.insert(QStringLiteral("createdAt"), post.createdAt);
    json.insert(QStringLiteral("publishedAt"), post.publishedAt);
    json.insert(QStringLiteral("lastModifiedAt"), post.lastModifiedAt);
    json.insert(QStringLiteral("isReshareDisabledByAuthor"), s.chance(0.05));

    switch (kind) {
    case Kind::Image:
    case Kind::Video:
    case Kind::Document:
        json.insert(QStringLiteral("content"), mediaContent(kind, s));
        break;
    case Kind::Article:
        json.insert(QStringLiteral("content"), articleContent(s, index));
        break;
    case Kind::MultiImage:
        json.insert(QStringLiteral("content"), multiImageContent(s));
        break;
    case Kind::Poll:
        json.insert(QStringLiteral("content"), pollContent(s));
        break;
    case Kind::Carousel:
        json.insert(QStringLiteral("content"), carouselContent(s, index));
        break;
    case Kind::Celebration:
        json.insert(QStringLiteral("content"), celebrationContent(s));
        break;
    case Kind::Reference:
        json.insert(QStringLiteral("content"),
                    QJsonObject{{QStringLiteral("reference"),
                                 QJsonObject{{QStringLiteral("id"),
                                              QStringLiteral("urn:li:event:") + activityNumber(post.createdAt, s)}}}});
        break;
    case Kind::Reshare: {
        const QString parent =
            QStringLiteral("urn:li:share:") + activityNumber(post.createdAt - s.range(3600000, 9 * 86400000LL), s);
        const QString root = s.chance(0.7)
                                 ? parent
                                 : QStringLiteral("urn:li:ugcPost:") +
                                       activityNumber(post.createdAt - s.range(10 * 86400000LL, 60 * 86400000LL), s);
        json.insert(QStringLiteral("reshareContext"),
                    QJsonObject{{QStringLiteral("parent"), parent}, {QStringLiteral("root"), root}});
        break;
    }
    case Kind::Text:
        break;
    }

    // Sponsored-only shapes (carousels) and some other posts are "dark": created for ads, not in
    // the page's feed.
    const bool dark = kind == Kind::Carousel || (kind != Kind::Reshare && kind != Kind::Celebration && s.chance(0.06));
    QJsonObject distribution = sharedObject("mainFeed");
    if (dark)
        distribution.insert(QStringLiteral("feedDistribution"), QStringLiteral("NONE"));
    if (s.chance(0.1)) {
        distribution.insert(
            QStringLiteral("targetEntities"),
            QJsonArray{QJsonObject{{QStringLiteral("geoLocations"), QJsonArray{QStringLiteral("urn:li:geo:103644278")}},
                                   {QStringLiteral("seniorities"), QJsonArray{QStringLiteral("urn:li:seniority:4"),
                                                                              QStringLiteral("urn:li:seniority:5")}}}});
    }
    json.insert(QStringLiteral("distribution"), distribution);
    post.dark = dark;
    if (dark) {
        const char *adType = kind == Kind::Carousel ? "CAROUSEL" : kind == Kind::Video ? "VIDEO" : "STANDARD";
        json.insert(QStringLiteral("adContext"),
                    QJsonObject{{QStringLiteral("isDsc"), true},
                                {QStringLiteral("dscAdType"), QLatin1String(adType)},
                                {QStringLiteral("dscStatus"),
                                 s.chance(0.8) ? QStringLiteral("ACTIVE") : QStringLiteral("ARCHIVED")},
                                {QStringLiteral("dscAdAccount"),
                                 QStringLiteral("urn:li:sponsoredAccount:5%1").arg(s.range(10000000, 99999999))},
                                {QStringLiteral("dscName"), text(s.pick(dscNames))}});
    }
    const bool linkable = kind == Kind::Image || kind == Kind::Video || kind == Kind::Article || dark;
    if (linkable && s.chance(0.3))
        json.insert(QStringLiteral("contentLandingPage"), QStringLiteral("https://example.com/landing/%1").arg(index));
    if (linkable && s.chance(0.2))
        json.insert(QStringLiteral("contentCallToActionLabel"), QLatin1String(s.pick(callToActions)));

    // A video posted in the last days may still be processing.
    const bool processing = kind == Kind::Video && post.publishedAt >= spanEnd - 3 * 86400000LL && s.chance(0.5);
    json.insert(QStringLiteral("lifecycleState"),
                processing ? QStringLiteral("PUBLISH_REQUESTED") : QStringLiteral("PUBLISHED"));
    if (processing) {
        json.insert(QStringLiteral("lifecycleStateInfo"),
                    QJsonObject{{QStringLiteral("contentStatus"), QStringLiteral("PROCESSING")},
                                {QStringLiteral("isEditedByAuthor"), false}});
    } else if (edited || s.chance(0.9)) {
        json.insert(QStringLiteral("lifecycleStateInfo"), sharedObject(edited ? "edited" : "notEdited"));
    }

    post.stats = processing ? std::nullopt : statsFor(kind, s, input.scale);
    return post;
}

} // namespace

bool servedBefore(const SandboxPost &a, const SandboxPost &b) {
    if (a.lastModifiedAt != b.lastModifiedAt)
        return a.lastModifiedAt > b.lastModifiedAt;
    return a.urn > b.urn;
}

QList<SandboxPost> generatePosts(const PostGeneratorInput &input) {
    const int total = std::max(0, input.options.posts);
    QList<SandboxPost> posts;
    posts.reserve(total);
    QSet<QString> urns;
    urns.reserve(total);
    for (int i = 0; i < total; ++i) {
        SandboxPost post = makePost(i, total, input);
        // Two posts in the same millisecond with the same low bits: practically never, but the
        // index needs unique URNs, so nudge the number.
        while (urns.contains(post.urn)) {
            const qsizetype colon = post.urn.lastIndexOf(QLatin1Char(':'));
            post.urn = post.urn.left(colon + 1) + QString::number(post.urn.mid(colon + 1).toLongLong() + 1);
            post.json.insert(QStringLiteral("id"), post.urn);
        }
        urns.insert(post.urn);
        posts.append(std::move(post));
    }
    std::sort(posts.begin(), posts.end(), servedBefore);
    return posts;
}

QString editedCommentary(const QString &commentary) {
    const QString note = QStringLiteral("Update: figures corrected ✏️");
    return commentary.isEmpty() ? note : commentary + QStringLiteral("\n\n") + note;
}

} // namespace pagesight::sandbox
