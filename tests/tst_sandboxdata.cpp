#include "sandbox/SandboxData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pagesight::sandbox;

namespace {

const QDate today(2024, 12, 31);

GeneratorOptions options(int posts = 300, quint64 seed = 42) {
    GeneratorOptions o;
    o.seed = seed;
    o.posts = posts;
    o.today = today;
    return o;
}

QByteArray serialized(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray allPosts(const SandboxData &data) {
    QJsonArray array;
    for (const SandboxPost &post : data.posts())
        array.append(post.json);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxData : public QObject {
    Q_OBJECT

private slots:
    void sameOptionsGiveSameData();
    void differentSeedGivesDifferentData();
    void dayValuesDoNotDependOnTodayOrHistoryLength();
    void historyBounds();
    void followerGainsAreSometimesNegative();
    void pageViewsAreConsistent();
    void everyContentTypeIsPresent();
    void contentMatchesExpectedType();
    void postsAreSortedAndTimed();
    void postUrnsLookLikeLinkedIns();
    void aboutOneFifthOfPostsHaveNoActivity();
    void commentaryCoversTheHardCases();
    void optionalFieldsAreSometimesMissing();
    void deleteAndTouch();
    void lifetimeShapes();
    void networkSizeAddsUpTheGains();
    void tenThousandPostsAreFast();
};

void TestSandboxData::sameOptionsGiveSameData() {
    const SandboxData a(options());
    const SandboxData b(options());
    QCOMPARE(a.posts().size(), 300);
    QCOMPARE(allPosts(a), allPosts(b));
    QCOMPARE(serialized(a.lifetimeFollowerStatistics()), serialized(b.lifetimeFollowerStatistics()));
    QCOMPARE(serialized(a.lifetimePageStatistics()), serialized(b.lifetimePageStatistics()));
    QCOMPARE(serialized(a.lifetimeShareStatistics()), serialized(b.lifetimeShareStatistics()));
    for (QDate day = today.addDays(-40); day <= today.addDays(-2); day = day.addDays(1)) {
        QCOMPARE(a.followers(day).organicGain, b.followers(day).organicGain);
        QCOMPARE(serialized(a.pageViews(day)), serialized(b.pageViews(day)));
        QCOMPARE(serialized(a.shareStatisticsJson(day)), serialized(b.shareStatisticsJson(day)));
    }
    QCOMPARE(a.networkSize(), b.networkSize());
}

void TestSandboxData::differentSeedGivesDifferentData() {
    const SandboxData a(options(300, 42));
    const SandboxData b(options(300, 43));
    QVERIFY(allPosts(a) != allPosts(b));
    QVERIFY(a.networkSize() != b.networkSize());
    int sameDays = 0;
    for (QDate day = today.addDays(-60); day <= today.addDays(-2); day = day.addDays(1))
        sameDays += serialized(a.pageViews(day)) == serialized(b.pageViews(day)) ? 1 : 0;
    QCOMPARE(sameDays, 0);
}

void TestSandboxData::dayValuesDoNotDependOnTodayOrHistoryLength() {
    GeneratorOptions other = options();
    other.today = today.addMonths(-3);
    other.days = 700;
    other.posts = 10;
    const SandboxData a(options());
    const SandboxData b(other);
    const QDate day(2024, 6, 15);
    QVERIFY(a.hasDay(day) && b.hasDay(day));
    QCOMPARE(a.followers(day).organicGain, b.followers(day).organicGain);
    QCOMPARE(a.followers(day).paidGain, b.followers(day).paidGain);
    QCOMPARE(serialized(a.pageViews(day)), serialized(b.pageViews(day)));
    QCOMPARE(serialized(a.shareStatisticsJson(day)), serialized(b.shareStatisticsJson(day)));
}

void TestSandboxData::historyBounds() {
    GeneratorOptions o = options(0);
    o.days = 30;
    const SandboxData data(o);
    QCOMPARE(data.historyFirstDay(), today.addDays(-30));
    QCOMPARE(data.newestDay(), today.addDays(-2));
    QVERIFY(data.hasDay(today.addDays(-2)));
    QVERIFY(!data.hasDay(today.addDays(-1)));
    QVERIFY(!data.hasDay(today.addDays(-31)));
    // Outside the history: zeros.
    QCOMPARE(data.followers(today.addDays(-1)).organicGain, 0);
    QCOMPARE(data.followers(today.addDays(-31)).paidGain, 0);
    QCOMPARE(data.shares(today.addDays(-1)).impressionCount, 0);
    const QJsonObject views = data.pageViews(today.addDays(-1)).value(QStringLiteral("views")).toObject();
    QCOMPARE(views.value(QStringLiteral("allPageViews")).toObject().value(QStringLiteral("pageViews")).toInt(-1), 0);
    QCOMPARE(SandboxData::dayStartMs(QDate(2023, 11, 1)), Q_INT64_C(1698796800000));
}

void TestSandboxData::followerGainsAreSometimesNegative() {
    const SandboxData data(options(0));
    int negative = 0, positive = 0, paid = 0;
    for (QDate day = data.historyFirstDay(); day <= data.newestDay(); day = day.addDays(1)) {
        const DailyFollowers f = data.followers(day);
        negative += f.organicGain < 0 ? 1 : 0;
        positive += f.organicGain > 0 ? 1 : 0;
        paid += f.paidGain > 0 ? 1 : 0;
        QVERIFY(f.paidGain >= 0);
    }
    QVERIFY2(negative > 3, qPrintable(QString::number(negative)));
    QVERIFY(positive > 300);
    QVERIFY(paid > 10);
}

void TestSandboxData::pageViewsAreConsistent() {
    QCOMPARE(SandboxData::viewMetrics().size(), 27);
    QStringList metrics = SandboxData::viewMetrics();
    QCOMPARE(metrics.removeDuplicates(), 0);
    QVERIFY(SandboxData::viewMetricHasUniques(QStringLiteral("allPageViews")));
    QVERIFY(SandboxData::viewMetricHasUniques(QStringLiteral("mobileOverviewPageViews")));
    QVERIFY(!SandboxData::viewMetricHasUniques(QStringLiteral("aboutPageViews")));
    QVERIFY(!SandboxData::viewMetricHasUniques(QStringLiteral("nonsense")));

    // As LinkedIn answers: pageViews only. The legacy shape adds unique views and clicks.
    const SandboxData current(options(0));
    const QJsonObject today2 = current.pageViews(today.addDays(-2));
    QVERIFY(!today2.contains(QStringLiteral("clicks")));
    for (const QJsonValue &metric : today2.value(QStringLiteral("views")).toObject())
        QCOMPARE(metric.toObject().keys(), QStringList{QStringLiteral("pageViews")});
    GeneratorOptions legacy = options(0);
    legacy.legacyPageStatistics = true;
    const SandboxData data(legacy);
    const QJsonObject legacyViews = data.pageViews(today.addDays(-2)).value(QStringLiteral("views")).toObject();
    for (const QString &metric : SandboxData::viewMetrics()) // the same views either way
        QCOMPARE(legacyViews.value(metric).toObject().value(QStringLiteral("pageViews")),
                 today2.value(QStringLiteral("views"))
                     .toObject()
                     .value(metric)
                     .toObject()
                     .value(QStringLiteral("pageViews")));
    const auto count = [](const QJsonObject &views, const char *metric, const char *field = "pageViews") {
        return views.value(QLatin1String(metric)).toObject().value(QLatin1String(field)).toInteger(-1);
    };
    for (QDate day = today.addDays(-30); day <= today.addDays(-2); day = day.addDays(1)) {
        const QJsonObject stats = data.pageViews(day);
        const QJsonObject views = stats.value(QStringLiteral("views")).toObject();
        QCOMPARE(views.size(), 27);
        QCOMPARE(count(views, "allPageViews"),
                 count(views, "allDesktopPageViews") + count(views, "allMobilePageViews"));
        QCOMPARE(count(views, "overviewPageViews"),
                 count(views, "desktopOverviewPageViews") + count(views, "mobileOverviewPageViews"));
        QVERIFY(count(views, "allPageViews", "uniquePageViews") <= count(views, "allPageViews"));
        QVERIFY(count(views, "allPageViews", "uniquePageViews") > 0);
        QVERIFY(!views.value(QStringLiteral("jobsPageViews")).toObject().contains(QStringLiteral("uniquePageViews")));
        QVERIFY(stats.value(QStringLiteral("clicks")).toObject().contains(QStringLiteral("careersPageClicks")));
    }
}

void TestSandboxData::everyContentTypeIsPresent() {
    const SandboxData data(options(300));
    QHash<QString, int> types;
    int reshares = 0;
    for (const SandboxPost &post : data.posts()) {
        ++types[post.expectedContentType];
        reshares += post.isReshare ? 1 : 0;
    }
    const QStringList expected = {QStringLiteral("TEXT"),        QStringLiteral("MEDIA"),    QStringLiteral("ARTICLE"),
                                  QStringLiteral("MULTI_IMAGE"), QStringLiteral("POLL"),     QStringLiteral("CAROUSEL"),
                                  QStringLiteral("CELEBRATION"), QStringLiteral("REFERENCE")};
    for (const QString &type : expected)
        QVERIFY2(types.value(type) > 0, qPrintable(type));
    QCOMPARE(types.size(), expected.size());
    QVERIFY(reshares > 5);
    QVERIFY(types.value(QStringLiteral("MEDIA")) > types.value(QStringLiteral("CAROUSEL")));

    // Even a tiny organization shows every shape: the first posts cycle through them.
    const SandboxData small(options(11));
    QSet<QString> smallTypes;
    for (const SandboxPost &post : small.posts())
        smallTypes.insert(post.expectedContentType);
    QCOMPARE(smallTypes.size(), 8);
}

void TestSandboxData::contentMatchesExpectedType() {
    const SandboxData data(options(400));
    QSet<QString> mediaKinds;
    for (const SandboxPost &post : data.posts()) {
        const QJsonObject content = post.json.value(QStringLiteral("content")).toObject();
        const QString type = post.expectedContentType;
        if (type == QLatin1String("TEXT")) {
            QVERIFY(!post.json.contains(QStringLiteral("content")));
            QCOMPARE(post.json.contains(QStringLiteral("reshareContext")), post.isReshare);
        } else {
            QCOMPARE(content.size(), 1);
            QVERIFY(!post.isReshare);
        }
        if (post.isReshare) {
            const QJsonObject reshare = post.json.value(QStringLiteral("reshareContext")).toObject();
            QVERIFY(reshare.value(QStringLiteral("parent")).toString().startsWith(QStringLiteral("urn:li:")));
            QVERIFY(reshare.value(QStringLiteral("root")).toString().startsWith(QStringLiteral("urn:li:")));
        }
        if (type == QLatin1String("MEDIA")) {
            const QString id = content.value(QStringLiteral("media")).toObject().value(QStringLiteral("id")).toString();
            mediaKinds.insert(id.section(QLatin1Char(':'), 2, 2));
        } else if (type == QLatin1String("ARTICLE")) {
            QVERIFY(content.value(QStringLiteral("article"))
                        .toObject()
                        .value(QStringLiteral("source"))
                        .toString()
                        .startsWith(QStringLiteral("https://")));
        } else if (type == QLatin1String("MULTI_IMAGE")) {
            QVERIFY(content.value(QStringLiteral("multiImage"))
                        .toObject()
                        .value(QStringLiteral("images"))
                        .toArray()
                        .size() >= 2);
        } else if (type == QLatin1String("POLL")) {
            const QJsonObject poll = content.value(QStringLiteral("poll")).toObject();
            QVERIFY(!poll.value(QStringLiteral("question")).toString().isEmpty());
            QVERIFY(poll.value(QStringLiteral("options")).toArray().size() >= 2);
            QVERIFY(poll.contains(QStringLiteral("settings")));
        } else if (type == QLatin1String("CAROUSEL")) {
            QVERIFY(
                content.value(QStringLiteral("carousel")).toObject().value(QStringLiteral("cards")).toArray().size() >=
                2);
        } else if (type == QLatin1String("CELEBRATION")) {
            QVERIFY(!content.value(QStringLiteral("celebration"))
                         .toObject()
                         .value(QStringLiteral("type"))
                         .toString()
                         .isEmpty());
        } else if (type == QLatin1String("REFERENCE")) {
            QVERIFY(content.value(QStringLiteral("reference"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString()
                        .startsWith(QStringLiteral("urn:li:")));
        }
    }
    QCOMPARE(mediaKinds, (QSet<QString>{QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("document")}));
}

void TestSandboxData::postsAreSortedAndTimed() {
    const SandboxData data(options(500));
    const qint64 todayStart = SandboxData::dayStartMs(today);
    const qint64 historyStart = SandboxData::dayStartMs(data.historyFirstDay());
    for (int i = 0; i < data.posts().size(); ++i) {
        const SandboxPost &post = data.posts()[i];
        if (i > 0)
            QVERIFY(data.posts()[i - 1].lastModifiedAt >= post.lastModifiedAt);
        QVERIFY(post.createdAt <= post.publishedAt);
        QVERIFY(post.publishedAt <= post.lastModifiedAt);
        QVERIFY(post.publishedAt >= historyStart);
        QVERIFY(post.lastModifiedAt < todayStart);
        QCOMPARE(post.json.value(QStringLiteral("lastModifiedAt")).toInteger(), post.lastModifiedAt);
        QCOMPARE(post.json.value(QStringLiteral("publishedAt")).toInteger(), post.publishedAt);
        QCOMPARE(post.json.value(QStringLiteral("createdAt")).toInteger(), post.createdAt);
        QCOMPARE(post.json.value(QStringLiteral("author")).toString(), data.organizationUrn());
    }
    // Spread over the history, not bunched at one end.
    QVERIFY(data.posts().last().publishedAt < historyStart + 5 * 86400000LL);
    QVERIFY(data.posts().first().publishedAt > todayStart - 5 * 86400000LL);
}

void TestSandboxData::postUrnsLookLikeLinkedIns() {
    const SandboxData data(options(500));
    static const QRegularExpression pattern(QStringLiteral("^urn:li:(share|ugcPost):[1-9][0-9]{18}$"));
    QSet<QString> urns;
    int shares = 0;
    for (const SandboxPost &post : data.posts()) {
        QVERIFY2(pattern.match(post.urn).hasMatch(), qPrintable(post.urn));
        QCOMPARE(post.json.value(QStringLiteral("id")).toString(), post.urn);
        urns.insert(post.urn);
        shares += post.urn.startsWith(QStringLiteral("urn:li:share:")) ? 1 : 0;
        QCOMPARE(data.post(post.urn), &post);
    }
    QCOMPARE(urns.size(), 500);
    QVERIFY(shares > 150 && shares < 350);
    QCOMPARE(data.post(QStringLiteral("urn:li:share:1")), nullptr);
}

void TestSandboxData::aboutOneFifthOfPostsHaveNoActivity() {
    const SandboxData data(options(1000));
    int without = 0;
    for (const SandboxPost &post : data.posts()) {
        if (!post.stats) {
            ++without;
            continue;
        }
        const PostStats &s = *post.stats;
        QVERIFY(s.impressionCount > 0);
        QVERIFY(s.uniqueImpressionsCount <= s.impressionCount);
        QVERIFY(s.engagement >= 0 && s.engagement < 1);
        QCOMPARE(s.engagement,
                 double(s.clickCount + s.likeCount + s.commentCount + s.shareCount) / double(s.impressionCount));
    }
    QVERIFY2(without > 140 && without < 260, qPrintable(QString::number(without)));
}

void TestSandboxData::commentaryCoversTheHardCases() {
    const SandboxData data(options(400));
    int missing = 0, nonLatin = 0, escaped = 0, newline = 0, doubleQuote = 0, singleQuote = 0, emoji = 0;
    for (const SandboxPost &post : data.posts()) {
        if (!post.json.contains(QStringLiteral("commentary"))) {
            ++missing;
            continue;
        }
        const QString c = post.json.value(QStringLiteral("commentary")).toString();
        nonLatin +=
            std::any_of(c.begin(), c.end(), [](QChar ch) { return ch.unicode() >= 0x3000 && ch.unicode() < 0xA000; })
                ? 1
                : 0;
        escaped += c.contains(QStringLiteral("\\(")) || c.contains(QStringLiteral("\\#")) ? 1 : 0;
        newline += c.contains(QLatin1Char('\n')) ? 1 : 0;
        doubleQuote += c.contains(QLatin1Char('"')) ? 1 : 0;
        singleQuote += c.contains(QLatin1Char('\'')) ? 1 : 0;
        emoji += std::any_of(c.begin(), c.end(), [](QChar ch) { return ch.isHighSurrogate(); }) ? 1 : 0;
    }
    QVERIFY(missing > 5);
    QVERIFY(nonLatin > 5);
    QVERIFY(escaped > 5);
    QVERIFY(newline > 5);
    QVERIFY(doubleQuote > 5);
    QVERIFY(singleQuote > 5);
    QVERIFY(emoji > 5);
}

void TestSandboxData::optionalFieldsAreSometimesMissing() {
    const SandboxData data(options(400));
    const auto countWith = [&](const std::function<bool(const QJsonObject &)> &has) {
        return std::count_if(data.posts().begin(), data.posts().end(),
                             [&](const SandboxPost &p) { return has(p.json); });
    };
    const auto between = [&](qsizetype n) {
        return n > 0 && n < data.posts().size();
    };
    QVERIFY(between(countWith([](const QJsonObject &j) { return j.contains(QStringLiteral("adContext")); })));
    QVERIFY(between(countWith([](const QJsonObject &j) { return j.contains(QStringLiteral("lifecycleStateInfo")); })));
    QVERIFY(between(countWith([](const QJsonObject &j) { return j.contains(QStringLiteral("contentLandingPage")); })));
    QVERIFY(between(
        countWith([](const QJsonObject &j) { return j.contains(QStringLiteral("contentCallToActionLabel")); })));
    QVERIFY(between(countWith([](const QJsonObject &j) {
        return j.value(QStringLiteral("distribution")).toObject().contains(QStringLiteral("targetEntities"));
    })));
    QVERIFY(between(countWith([](const QJsonObject &j) {
        return j.value(QStringLiteral("content"))
            .toObject()
            .value(QStringLiteral("media"))
            .toObject()
            .contains(QStringLiteral("altText"));
    })));
    QVERIFY(between(countWith([](const QJsonObject &j) {
        return j.value(QStringLiteral("content"))
            .toObject()
            .value(QStringLiteral("article"))
            .toObject()
            .contains(QStringLiteral("thumbnailAltText"));
    })));
    const qsizetype published = countWith([](const QJsonObject &j) {
        return j.value(QStringLiteral("lifecycleState")).toString() == QLatin1String("PUBLISHED");
    });
    QVERIFY(published > data.posts().size() * 9 / 10);
}

void TestSandboxData::deleteAndTouch() {
    SandboxData data(options(50));
    const QString deleted = data.posts()[10].urn;
    const qint64 sharesBefore =
        data.lifetimeShareStatistics()["elements"][0]["totalShareStatistics"]["impressionCount"].toInteger();
    const bool hadStats = data.post(deleted)->stats.has_value();
    const qint64 deletedImpressions = hadStats ? data.post(deleted)->stats->impressionCount : 0;
    data.deletePost(deleted);
    QCOMPARE(data.posts().size(), 49);
    QCOMPARE(data.post(deleted), nullptr);
    QCOMPARE(data.lifetimeShareStatistics()["elements"][0]["totalShareStatistics"]["impressionCount"].toInteger(),
             sharesBefore - deletedImpressions);

    const QString touched = data.posts()[30].urn;
    const QString before = data.post(touched)->json.value(QStringLiteral("commentary")).toString();
    const qint64 now = SandboxData::dayStartMs(today) + 3600000;
    data.touchPost(touched, now);
    QCOMPARE(data.posts().first().urn, touched);
    QCOMPARE(data.post(touched)->lastModifiedAt, now);
    QCOMPARE(data.post(touched)->json.value(QStringLiteral("lastModifiedAt")).toInteger(), now);
    QVERIFY(data.post(touched)->json.value(QStringLiteral("commentary")).toString() != before);
    QCOMPARE(data.post(touched)->json["lifecycleStateInfo"]["isEditedByAuthor"].toBool(), true);
    for (int i = 1; i < data.posts().size(); ++i)
        QVERIFY(data.posts()[i - 1].lastModifiedAt >= data.posts()[i].lastModifiedAt);
    for (const SandboxPost &post : data.posts())
        QCOMPARE(data.post(post.urn), &post);
}

void TestSandboxData::lifetimeShapes() {
    const SandboxData data(options(100));
    const QJsonObject followers = data.lifetimeFollowerStatistics()["elements"][0].toObject();
    const QStringList facets = {QStringLiteral("followerCountsByAssociationType"),
                                QStringLiteral("followerCountsBySeniority"),
                                QStringLiteral("followerCountsByIndustry"),
                                QStringLiteral("followerCountsByFunction"),
                                QStringLiteral("followerCountsByStaffCountRange"),
                                QStringLiteral("followerCountsByGeoCountry"),
                                QStringLiteral("followerCountsByGeo")};
    for (const QString &facet : facets)
        QVERIFY2(!followers.value(facet).toArray().isEmpty(), qPrintable(facet));
    QCOMPARE(followers.size(), facets.size() + 1);
    QCOMPARE(followers.value(QStringLiteral("organizationalEntity")).toString(), data.organizationUrn());
    const QJsonObject seniority = followers["followerCountsBySeniority"][4].toObject();
    QCOMPARE(seniority.value(QStringLiteral("seniority")).toString(), QStringLiteral("urn:li:seniority:5"));
    QVERIFY(seniority["followerCounts"]["organicFollowerCount"].toInteger() > 0);
    QVERIFY(seniority["followerCounts"].toObject().contains(QStringLiteral("paidFollowerCount")));
    qint64 seniorityTotal = 0;
    for (const QJsonValue &v : followers["followerCountsBySeniority"].toArray())
        seniorityTotal += v["followerCounts"]["organicFollowerCount"].toInteger();
    QVERIFY(seniorityTotal <= data.networkSize() && seniorityTotal > data.networkSize() / 2);

    const QJsonObject page = data.lifetimePageStatistics()["elements"][0].toObject();
    QCOMPARE(page.value(QStringLiteral("organization")).toString(), data.organizationUrn());
    QVERIFY(page["pageStatisticsByIndustryV2"][0].toObject().contains(QStringLiteral("industryV2")));
    QCOMPARE(page["pageStatisticsByGeo"][0]["pageStatistics"]["views"].toObject().size(), 1);
    QCOMPARE(page["pageStatisticsBySeniority"][0]["pageStatistics"]["views"].toObject().size(), 27);
    QCOMPARE(page["totalPageStatistics"]["views"].toObject().size(), 27);
    QVERIFY(page["pageStatisticsByTargetedContent"].isArray());
    QVERIFY(page["totalPageStatistics"]["views"]["allPageViews"]["pageViews"].toInteger() > 1000);

    const QJsonObject shares = data.lifetimeShareStatistics()["elements"][0]["totalShareStatistics"].toObject();
    for (const char *field : {"clickCount", "commentCount", "engagement", "impressionCount", "likeCount", "shareCount",
                              "uniqueImpressionsCount", "commentMentionsCount", "shareMentionsCount"})
        QVERIFY2(shares.contains(QLatin1String(field)), field);
}

void TestSandboxData::networkSizeAddsUpTheGains() {
    GeneratorOptions o = options(0);
    const SandboxData data(o);
    o.today = today.addDays(1);
    const SandboxData tomorrow(o);
    // One more day of history (the newest) and one day less at the start.
    const DailyFollowers added = data.followers(today.addDays(-1));
    QCOMPARE(added.organicGain, 0); // not served yet today
    qint64 gainToday =
        tomorrow.followers(today.addDays(-1)).organicGain + tomorrow.followers(today.addDays(-1)).paidGain;
    qint64 lost = data.followers(data.historyFirstDay()).organicGain + data.followers(data.historyFirstDay()).paidGain;
    QCOMPARE(tomorrow.networkSize(), data.networkSize() + gainToday - lost);
}

// How fast they come is measured by ./scripts/bench (a 10,000-post sandbox), not asserted here.
void TestSandboxData::tenThousandPostsAreFast() {
    const SandboxData data(options(10000));
    QCOMPARE(data.posts().size(), 10000);
    QSet<QString> urns;
    for (const SandboxPost &post : data.posts())
        urns.insert(post.urn);
    QCOMPARE(urns.size(), 10000);
}

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandboxdata.moc"
