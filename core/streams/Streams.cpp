// The five streams as data (docs/SPEC.md §3). Column order here is the table's column order;
// a new field is one line. Titles and groups stay English here (the group is also a key); they are
// marked for lupdate under "Streams" and translated where shown (StreamDef::displayTitle()).

#include "StreamDef.h"

#include <QCoreApplication>

namespace pagesight {

namespace {

using Source = ColumnSpec::Source;

const QString kText = QStringLiteral("TEXT");
const QString kInteger = QStringLiteral("INTEGER");
const QString kReal = QStringLiteral("REAL");

ColumnSpec text(const QString &name, const QString &path) {
    return {name, kText, Source::Path, path};
}
ColumnSpec integer(const QString &name, const QString &path) {
    return {name, kInteger, Source::Path, path};
}
ColumnSpec real(const QString &name, const QString &path) {
    return {name, kReal, Source::Path, path};
}
// An array or object kept as compact JSON text.
ColumnSpec json(const QString &name, const QString &path) {
    return {name, kText, Source::JsonText, path};
}
// Filled by the parser from the context or from several fields (see StreamParsers.cpp).
ColumnSpec computed(const QString &name, const QString &sqlType) {
    return {name, sqlType, Source::Computed, {}};
}

// The key shared by the three daily statistics tables: one DAY row per day, one LIFETIME row per
// snapshot day.
QList<ColumnSpec> dailyKeyColumns() {
    return {
        computed(QStringLiteral("organization_urn"), kText),
        computed(QStringLiteral("report_type"), kText),
        computed(QStringLiteral("date"), kText),
        integer(QStringLiteral("time_range_start"), QStringLiteral("timeRange.start")),
        integer(QStringLiteral("time_range_end"), QStringLiteral("timeRange.end")),
    };
}

const QStringList kDailyKey = {QStringLiteral("organization_urn"), QStringLiteral("report_type"),
                               QStringLiteral("date")};

StreamDef followerStatistics() {
    StreamDef s;
    s.id = QStringLiteral("follower_statistics");
    s.title = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Follower Statistics"));
    s.summary = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Daily follower gains; followers by demographics"));
    s.description = QStringLiteral(
        QT_TRANSLATE_NOOP("Streams", "Daily new followers (organic and paid), total followers, and followers "
                                     "by country, region, function, industry, seniority and company size."));
    s.group = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Statistics"));
    s.kind = StreamKind::DailyStatistics;
    s.endpoint = QStringLiteral("organizationalEntityFollowerStatistics");
    s.entityParam = QStringLiteral("organizationalEntity");
    s.withNetworkSize = true;
    s.columns = dailyKeyColumns();
    s.columns << integer(QStringLiteral("organic_follower_gain"), QStringLiteral("followerGains.organicFollowerGain"))
              << integer(QStringLiteral("paid_follower_gain"), QStringLiteral("followerGains.paidFollowerGain"))
              << computed(QStringLiteral("total_followers"), kInteger)
              << json(QStringLiteral("follower_counts_by_association_type_json"),
                      QStringLiteral("followerCountsByAssociationType"))
              << json(QStringLiteral("follower_counts_by_geo_country_json"),
                      QStringLiteral("followerCountsByGeoCountry"))
              << json(QStringLiteral("follower_counts_by_function_json"), QStringLiteral("followerCountsByFunction"))
              << json(QStringLiteral("follower_counts_by_industry_json"), QStringLiteral("followerCountsByIndustry"))
              << json(QStringLiteral("follower_counts_by_geo_json"), QStringLiteral("followerCountsByGeo"))
              << json(QStringLiteral("follower_counts_by_seniority_json"), QStringLiteral("followerCountsBySeniority"))
              << json(QStringLiteral("follower_counts_by_staff_count_range_json"),
                      QStringLiteral("followerCountsByStaffCountRange"));
    s.primaryKey = kDailyKey;
    s.ownerColumn = QStringLiteral("organization_urn");
    return s;
}

// totalPageStatistics.views keys (docs/LINKEDIN-API.md §2). The order follows docs/SPEC.md §3, which
// ends the list with the insights metrics, so products come before insights.
const QStringList kPageViewMetrics = {
    QStringLiteral("allPageViews"),
    QStringLiteral("allDesktopPageViews"),
    QStringLiteral("allMobilePageViews"),
    QStringLiteral("overviewPageViews"),
    QStringLiteral("desktopOverviewPageViews"),
    QStringLiteral("mobileOverviewPageViews"),
    QStringLiteral("aboutPageViews"),
    QStringLiteral("desktopAboutPageViews"),
    QStringLiteral("mobileAboutPageViews"),
    QStringLiteral("peoplePageViews"),
    QStringLiteral("desktopPeoplePageViews"),
    QStringLiteral("mobilePeoplePageViews"),
    QStringLiteral("jobsPageViews"),
    QStringLiteral("desktopJobsPageViews"),
    QStringLiteral("mobileJobsPageViews"),
    QStringLiteral("careersPageViews"),
    QStringLiteral("desktopCareersPageViews"),
    QStringLiteral("mobileCareersPageViews"),
    QStringLiteral("lifeAtPageViews"),
    QStringLiteral("desktopLifeAtPageViews"),
    QStringLiteral("mobileLifeAtPageViews"),
    QStringLiteral("productsPageViews"),
    QStringLiteral("desktopProductsPageViews"),
    QStringLiteral("mobileProductsPageViews"),
    QStringLiteral("insightsPageViews"),
    QStringLiteral("desktopInsightsPageViews"),
    QStringLiteral("mobileInsightsPageViews"),
};

StreamDef pageStatistics() {
    StreamDef s;
    s.id = QStringLiteral("page_statistics");
    s.title = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Page Statistics"));
    s.summary = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Daily page views and clicks; visitors by demographics"));
    s.description = QStringLiteral(
        QT_TRANSLATE_NOOP("Streams", "Daily page views by section and device, button clicks, and visitors by "
                                     "country, region, function, industry, seniority and company size."));
    s.group = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Statistics"));
    s.kind = StreamKind::DailyStatistics;
    s.endpoint = QStringLiteral("organizationPageStatistics");
    s.entityParam = QStringLiteral("organization");
    s.columns = dailyKeyColumns();
    // Each metric is {"pageViews": n, "uniquePageViews": n?}: two columns per metric.
    for (const QString &metric : kPageViewMetrics) {
        const QString base = QStringLiteral("totalPageStatistics.views.") + metric;
        s.columns << integer(snakeCase(metric), base + QStringLiteral(".pageViews"))
                  << integer(snakeCase(metric) + QStringLiteral("_unique"), base + QStringLiteral(".uniquePageViews"));
    }
    s.columns << json(QStringLiteral("desktop_custom_button_click_counts_json"),
                      QStringLiteral("totalPageStatistics.clicks.desktopCustomButtonClickCounts"))
              << json(QStringLiteral("mobile_custom_button_click_counts_json"),
                      QStringLiteral("totalPageStatistics.clicks.mobileCustomButtonClickCounts"))
              << json(QStringLiteral("page_statistics_by_geo_country_json"),
                      QStringLiteral("pageStatisticsByGeoCountry"))
              << json(QStringLiteral("page_statistics_by_function_json"), QStringLiteral("pageStatisticsByFunction"))
              << json(QStringLiteral("page_statistics_by_industry_v2_json"),
                      QStringLiteral("pageStatisticsByIndustryV2"))
              << json(QStringLiteral("page_statistics_by_geo_json"), QStringLiteral("pageStatisticsByGeo"))
              << json(QStringLiteral("page_statistics_by_seniority_json"), QStringLiteral("pageStatisticsBySeniority"))
              << json(QStringLiteral("page_statistics_by_staff_count_range_json"),
                      QStringLiteral("pageStatisticsByStaffCountRange"))
              << json(QStringLiteral("page_statistics_by_targeted_content_json"),
                      QStringLiteral("pageStatisticsByTargetedContent"));
    s.primaryKey = kDailyKey;
    s.ownerColumn = QStringLiteral("organization_urn");
    return s;
}

// The counters of totalShareStatistics, shared by share_statistics and post_statistics.
QList<ColumnSpec> shareCounterColumns() {
    return {
        integer(QStringLiteral("click_count"), QStringLiteral("totalShareStatistics.clickCount")),
        integer(QStringLiteral("comment_count"), QStringLiteral("totalShareStatistics.commentCount")),
        real(QStringLiteral("engagement"), QStringLiteral("totalShareStatistics.engagement")),
        integer(QStringLiteral("impression_count"), QStringLiteral("totalShareStatistics.impressionCount")),
        integer(QStringLiteral("like_count"), QStringLiteral("totalShareStatistics.likeCount")),
        integer(QStringLiteral("share_count"), QStringLiteral("totalShareStatistics.shareCount")),
        integer(QStringLiteral("unique_impressions_count"),
                QStringLiteral("totalShareStatistics.uniqueImpressionsCount")),
    };
}

StreamDef shareStatistics() {
    StreamDef s;
    s.id = QStringLiteral("share_statistics");
    s.title = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Share Statistics"));
    s.summary = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Daily impressions and engagement of all posts"));
    s.description = QStringLiteral(
        QT_TRANSLATE_NOOP("Streams", "Daily impressions, clicks, reactions, comments, shares and engagement "
                                     "of all the page's posts together."));
    s.group = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Statistics"));
    s.kind = StreamKind::DailyStatistics;
    s.endpoint = QStringLiteral("organizationalEntityShareStatistics");
    s.entityParam = QStringLiteral("organizationalEntity");
    s.columns = dailyKeyColumns() + shareCounterColumns();
    s.columns << integer(QStringLiteral("comment_mentions_count"),
                         QStringLiteral("totalShareStatistics.commentMentionsCount"))
              << integer(QStringLiteral("share_mentions_count"),
                         QStringLiteral("totalShareStatistics.shareMentionsCount"));
    s.primaryKey = kDailyKey;
    s.ownerColumn = QStringLiteral("organization_urn");
    return s;
}

StreamDef organizationPosts() {
    StreamDef s;
    s.id = QStringLiteral("organization_posts");
    s.title = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Organization Posts"));
    s.summary = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Every post: text, content, visibility, dates"));
    s.description =
        QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Every post of the page: its text, content type, media, article or "
                                                    "poll, visibility and dates."));
    s.group = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Posts"));
    s.kind = StreamKind::Posts;
    s.endpoint = QStringLiteral("posts");
    s.entityParam = QStringLiteral("author");
    s.columns = {
        text(QStringLiteral("id"), QStringLiteral("id")),
        text(QStringLiteral("author"), QStringLiteral("author")),
        integer(QStringLiteral("created_at"), QStringLiteral("createdAt")),
        integer(QStringLiteral("published_at"), QStringLiteral("publishedAt")),
        integer(QStringLiteral("last_modified_at"), QStringLiteral("lastModifiedAt")),
        text(QStringLiteral("lifecycle_state"), QStringLiteral("lifecycleState")),
        text(QStringLiteral("commentary"), QStringLiteral("commentary")),
        computed(QStringLiteral("content_type"), kText),
        json(QStringLiteral("content_json"), QStringLiteral("content")),
        text(QStringLiteral("media_id"), QStringLiteral("content.media.id")),
        text(QStringLiteral("media_title"), QStringLiteral("content.media.title")),
        text(QStringLiteral("media_alt_text"), QStringLiteral("content.media.altText")),
        text(QStringLiteral("article_title"), QStringLiteral("content.article.title")),
        text(QStringLiteral("article_description"), QStringLiteral("content.article.description")),
        text(QStringLiteral("article_source"), QStringLiteral("content.article.source")),
        text(QStringLiteral("article_thumbnail"), QStringLiteral("content.article.thumbnail")),
        text(QStringLiteral("article_thumbnail_alt_text"), QStringLiteral("content.article.thumbnailAltText")),
        text(QStringLiteral("poll_question"), QStringLiteral("content.poll.question")),
        json(QStringLiteral("poll_options_json"), QStringLiteral("content.poll.options")),
        json(QStringLiteral("multi_image_images_json"), QStringLiteral("content.multiImage.images")),
        // Carousel Ads API: the carousel holds "cards"; "items" tolerated in case a version renames it.
        json(QStringLiteral("carousel_items_json"), QStringLiteral("content.carousel.cards|content.carousel.items")),
        text(QStringLiteral("celebration_type"), QStringLiteral("content.celebration.type")),
        // Celebration API documents "text" (little format); "message" tolerated.
        text(QStringLiteral("celebration_message"),
             QStringLiteral("content.celebration.text|content.celebration.message")),
        json(QStringLiteral("reference_json"), QStringLiteral("content.reference")),
        text(QStringLiteral("content_call_to_action_label"), QStringLiteral("contentCallToActionLabel")),
        text(QStringLiteral("content_landing_page"), QStringLiteral("contentLandingPage")),
        text(QStringLiteral("visibility"), QStringLiteral("visibility")),
        text(QStringLiteral("feed_distribution"), QStringLiteral("distribution.feedDistribution")),
        json(QStringLiteral("target_entities_json"), QStringLiteral("distribution.targetEntities")),
        json(QStringLiteral("third_party_distribution_channels_json"),
             QStringLiteral("distribution.thirdPartyDistributionChannels")),
        json(QStringLiteral("ad_context_json"), QStringLiteral("adContext")),
        integer(QStringLiteral("is_dsc"), QStringLiteral("adContext.isDsc")),
        text(QStringLiteral("dsc_status"), QStringLiteral("adContext.dscStatus")),
        text(QStringLiteral("dsc_name"), QStringLiteral("adContext.dscName")),
        text(QStringLiteral("dsc_ad_type"), QStringLiteral("adContext.dscAdType")),
        text(QStringLiteral("dsc_ad_account"), QStringLiteral("adContext.dscAdAccount")),
        text(QStringLiteral("reshare_parent"), QStringLiteral("reshareContext.parent")),
        text(QStringLiteral("reshare_root"), QStringLiteral("reshareContext.root")),
        integer(QStringLiteral("is_reshare_disabled_by_author"), QStringLiteral("isReshareDisabledByAuthor")),
        // Neither location is confirmed by a sample; both are read.
        text(QStringLiteral("content_status"), QStringLiteral("lifecycleStateInfo.contentStatus|contentStatus")),
        integer(QStringLiteral("is_edited_by_author"), QStringLiteral("lifecycleStateInfo.isEditedByAuthor")),
        text(QStringLiteral("review_status"), QStringLiteral("lifecycleStateInfo.reviewStatus|reviewStatus")),
        computed(QStringLiteral("raw_json"), kText),
    };
    s.primaryKey = {QStringLiteral("id")};
    s.ownerColumn = QStringLiteral("author");
    return s;
}

StreamDef postStatistics() {
    StreamDef s;
    s.id = QStringLiteral("post_statistics");
    s.title = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Post Statistics"));
    s.summary = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Lifetime impressions and engagement per post"));
    s.description =
        QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Lifetime impressions, clicks, reactions, comments, shares and "
                                                    "engagement of each post. Needs Organization Posts."));
    s.group = QStringLiteral(QT_TRANSLATE_NOOP("Streams", "Posts"));
    s.parentId = QStringLiteral("organization_posts");
    s.kind = StreamKind::PostStatistics;
    s.endpoint = QStringLiteral("organizationalEntityShareStatistics");
    s.entityParam = QStringLiteral("organizationalEntity");
    s.columns = {
        computed(QStringLiteral("post_urn"), kText),
        computed(QStringLiteral("organization_urn"), kText),
        text(QStringLiteral("share"), QStringLiteral("share")),
        text(QStringLiteral("ugc_post"), QStringLiteral("ugcPost")),
    };
    s.columns += shareCounterColumns();
    s.primaryKey = {QStringLiteral("post_urn")};
    s.ownerColumn = QStringLiteral("organization_urn");
    return s;
}

} // namespace

QString snakeCase(const QString &lowerCamel) {
    QString out;
    out.reserve(lowerCamel.size() + 8);
    for (const QChar c : lowerCamel) {
        if (c.isUpper()) {
            if (!out.isEmpty())
                out.append(QLatin1Char('_'));
            out.append(c.toLower());
        } else {
            out.append(c);
        }
    }
    return out;
}

TableSchema StreamDef::schema(const QString &tableName) const {
    TableSchema schema;
    schema.name = tableName;
    schema.columns.reserve(columns.size() + 2);
    for (const ColumnSpec &column : columns)
        schema.columns.append({column.name, column.sqlType});
    schema.columns.append({QStringLiteral("_synced_at"), kText});
    schema.columns.append({QStringLiteral("_run_id"), kInteger});
    schema.primaryKey = primaryKey;
    schema.ownerColumn = ownerColumn;
    return schema;
}

QString StreamDef::displayTitle() const {
    return QCoreApplication::translate("Streams", title.toUtf8().constData());
}

QString StreamDef::displaySummary() const {
    return QCoreApplication::translate("Streams", summary.toUtf8().constData());
}

QString StreamDef::displayDescription() const {
    return QCoreApplication::translate("Streams", description.toUtf8().constData());
}

QStringList streamIds() {
    QStringList ids;
    for (const StreamDef &stream : allStreams())
        ids.append(stream.id);
    return ids;
}

QString displayGroup(const QString &group) {
    return QCoreApplication::translate("Streams", group.toUtf8().constData());
}

const QList<StreamDef> &allStreams() {
    static const QList<StreamDef> streams = {followerStatistics(), pageStatistics(), shareStatistics(),
                                             organizationPosts(), postStatistics()};
    return streams;
}

const StreamDef *findStream(const QString &id) {
    for (const StreamDef &stream : allStreams())
        if (stream.id == id)
            return &stream;
    return nullptr;
}

} // namespace pagesight
