// The dashboards' and insights' models on a catalog synced from the sandbox: each holds exactly the
// numbers the ready-made reports compute (runReport), and the date range and organization filter
// change them as direct SQL says. Every model runs under QAbstractItemModelTester.
#include "SyncTestSupport.h"

#include "analytics/DashboardDemographics.h"
#include "analytics/DashboardFollowerGrowth.h"
#include "analytics/DashboardPosts.h"
#include "analytics/DashboardTopPosts.h"
#include "analytics/InsightsDemographicHistory.h"
#include "analytics/InsightsPostingTime.h"
#include "analytics/Labels.h"
#include "analytics/PeriodComparison.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace pagesight;
using namespace pagesight::testing;

namespace {

const QString otherOrg = QStringLiteral("urn:li:organization:999");

// Keeps a model under the tester for the whole test: every reset is checked.
template<typename Model> struct Tested {
    template<typename... Args>
    explicit Tested(Args &&...args)
        : model(std::forward<Args>(args)...)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest) {}
    Model model;
    QAbstractItemModelTester tester;
};

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &bindings = {}) {
    QSqlQuery query(db);
    query.prepare(sql);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec() || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QVariant cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, column), role);
}

} // namespace

class TestDashboardModels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<Catalog> m_catalog; // the synced catalog, read-only
    std::unique_ptr<Catalog> m_mixed;   // a copy with a second organization and an older snapshot
    QString m_org;

    QSqlDatabase db() const { return m_catalog->reader(); }
    DashboardFilter all() const { return {}; }

private slots:
    void initTestCase();

    void followerGrowthEqualsReport();
    void followerGrowthRange();
    void followerGrowthByOrganization();
    void postEngagementEqualsReport();
    void postEngagementRangeAndOrganization();
    void contentTypeSumsThePosts();
    void demographicsEqualReport_data();
    void demographicsEqualReport();
    void demographicsLabels();
    void demographicHistory();
    void postingTime_data();
    void postingTime();
    void postingTimeAcrossDaylightSaving();
    void periodChange();
    void bestAndWorstPosts();
    void emptyCatalog();
    void parameterNames();
    void note();
};

void TestDashboardModels::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<sandbox::SandboxServer>(generatorOptions(150, 400));
    QVERIFY(m_server->listen());
    const QString path = m_dir.filePath(QStringLiteral("synced.sqlite"));
    {
        StaticTokenProvider tokens(m_server->options().accessToken);
        EngineRig rig(path, &tokens, m_server->apiBaseUrl());
        QVERIFY(!rig.openError.isError());
        const SourceConfig source = sourceFor(*m_server, sandboxToday.addDays(-400));
        m_org = source.organizationUrn();
        QCOMPARE(rig.run(source).status, RunStatus::Succeeded);
        QVERIFY(!installBundledLabels(rig.catalog).isError());

        // The copy: a second organization's days, posts and snapshots, and an older snapshot of the
        // first organization whose seniority shares are known.
        const QString mixedPath = m_dir.filePath(QStringLiteral("mixed.sqlite"));
        QSqlQuery query(rig.catalog.reader());
        QVERIFY2(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(mixedPath)), qPrintable(query.lastError().text()));
    }
    m_catalog = std::make_unique<Catalog>(QStringLiteral("dashboard-models"));
    QVERIFY(!m_catalog->open(path, Catalog::Mode::ReadOnly).isError());

    m_mixed = std::make_unique<Catalog>(QStringLiteral("dashboard-models-mixed"));
    QVERIFY(!m_mixed->open(m_dir.filePath(QStringLiteral("mixed.sqlite"))).isError());
    QSqlQuery query(m_mixed->reader());
    const QStringList statements = secondOrganizationRows(m_org, otherOrg);
    for (const QString &statement : statements)
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
}

void TestDashboardModels::followerGrowthEqualsReport() {
    Tested<FollowerGrowthModel> t;
    t.model.reload(db(), all());
    QVERIFY2(t.model.error().isEmpty(), qPrintable(t.model.error()));
    const QueryResult report = runReport(db(), QStringLiteral("follower-growth"));
    QVERIFY(report.ok());
    QVERIFY(report.rows.size() > 300);
    QCOMPARE(t.model.rowCount(), report.rows.size());
    // The report is newest first; the model oldest first.
    for (int i = 0; i < report.rows.size(); ++i) {
        const QList<QVariant> &expected = report.rows.at(report.rows.size() - 1 - i);
        QCOMPARE(cell(t.model, i, FollowerGrowthModel::Date).toDate().toString(Qt::ISODate), expected.at(0).toString());
        for (int column = FollowerGrowthModel::Organic; column <= FollowerGrowthModel::OrganicPct; ++column)
            QCOMPARE(cell(t.model, i, column), expected.at(column));
    }
    const qint64 sum = scalar(db(), QStringLiteral("SELECT SUM(organic_follower_gain + paid_follower_gain) FROM "
                                                   "follower_statistics WHERE report_type = 'DAY'"));
    QCOMPARE(cell(t.model, t.model.rowCount() - 1, FollowerGrowthModel::Cumulative).toLongLong(), sum);
    QCOMPARE(t.model.totalGained(), sum);
    QCOMPARE(t.model.totalFollowers(), m_server->data().networkSize());
    QCOMPARE(t.model.snapshotDate(), sandboxToday);
    QVERIFY(cell(t.model, 0, 0, Qt::ToolTipRole)
                .toString()
                .contains(QLocale().toString(cell(t.model, 0, FollowerGrowthModel::Organic).toLongLong())));
}

void TestDashboardModels::followerGrowthRange() {
    Tested<FollowerGrowthModel> t;
    DashboardFilter filter;
    filter.from = sandboxToday.addDays(-30);
    filter.to = sandboxToday.addDays(-10);
    t.model.reload(db(), filter);
    const QVariantMap range{{QStringLiteral(":from"), filter.from.toString(Qt::ISODate)},
                            {QStringLiteral(":to"), filter.to.toString(Qt::ISODate)}};
    QCOMPARE(t.model.rowCount(), 21);
    QCOMPARE(cell(t.model, 0, FollowerGrowthModel::Date).toDate(), filter.from);
    QCOMPARE(cell(t.model, 20, FollowerGrowthModel::Date).toDate(), filter.to);
    const qint64 sum =
        scalar(db(),
               QStringLiteral("SELECT SUM(organic_follower_gain + paid_follower_gain) FROM "
                              "follower_statistics WHERE report_type = 'DAY' AND date BETWEEN :from AND :to"),
               range);
    QCOMPARE(cell(t.model, 20, FollowerGrowthModel::Cumulative).toLongLong(), sum);
    // The moving average looks back before the range, as the report's does.
    const QueryResult report = runReport(db(), QStringLiteral("follower-growth"));
    bool found = false;
    for (const QList<QVariant> &row : report.rows)
        if (row.at(0).toString() == filter.from.toString(Qt::ISODate)) {
            QCOMPARE(cell(t.model, 0, FollowerGrowthModel::MovingAverage), row.at(5));
            found = true;
        }
    QVERIFY(found);
}

void TestDashboardModels::followerGrowthByOrganization() {
    const QSqlDatabase mixed = m_mixed->reader();
    Tested<FollowerGrowthModel> t;
    DashboardFilter filter;
    const QString sumSql = QStringLiteral("SELECT SUM(organic_follower_gain + paid_follower_gain) FROM "
                                          "follower_statistics WHERE report_type = 'DAY'");
    t.model.reload(mixed, filter);
    QCOMPARE(t.model.totalGained(), scalar(mixed, sumSql));
    QCOMPARE(t.model.totalFollowers(), 2 * m_server->data().networkSize() + 5);
    for (const QString &org : {m_org, otherOrg}) {
        filter.organizationUrn = org;
        t.model.reload(mixed, filter);
        const QVariantMap binding{{QStringLiteral(":org"), org}};
        QCOMPARE(t.model.totalGained(),
                 scalar(mixed, sumSql + QStringLiteral(" AND organization_urn = :org"), binding));
        QCOMPARE(t.model.totalFollowers(), m_server->data().networkSize() + (org == otherOrg ? 5 : 0));
        const QueryResult report = runReport(mixed, QStringLiteral("follower-growth"), {}, org);
        QCOMPARE(cell(t.model, t.model.rowCount() - 1, FollowerGrowthModel::Cumulative), report.rows.first().at(4));
    }
    QVERIFY(t.model.totalGained() != scalar(db(), sumSql));
}

void TestDashboardModels::postEngagementEqualsReport() {
    Tested<PostEngagementModel> t;
    t.model.reload(db(), all());
    const QueryResult report = runReport(db(), QStringLiteral("post-engagement"));
    QVERIFY(report.ok());
    QCOMPARE(report.columns, findReport(QStringLiteral("post-engagement"))->columns);
    QCOMPARE(t.model.columnCount(), report.columns.size());
    QCOMPARE(t.model.rowCount(), report.rows.size());
    QVERIFY(t.model.rowCount() > 100);
    // The report's cells as stored (EditRole); shown, a content type reads as words.
    for (int row = 0; row < report.rows.size(); ++row) {
        for (int column = 0; column < report.columns.size(); ++column)
            QCOMPARE(cell(t.model, row, column, Qt::EditRole), report.rows.at(row).at(column));
        QCOMPARE(cell(t.model, row, PostEngagementModel::ContentType).toString(),
                 contentTypeName(t.model.postKind(row)));
        // The kind refines LinkedIn's type, never contradicts it.
        const QString type = report.rows.at(row).at(PostEngagementModel::ContentType).toString();
        const QString kind = t.model.postKind(row);
        QVERIFY2(
            kind == type ||
                (type == QLatin1String("MEDIA") &&
                 QStringList{QStringLiteral("DOCUMENT"), QStringLiteral("IMAGE"), QStringLiteral("VIDEO")}.contains(
                     kind)) ||
                (type == QLatin1String("TEXT") && kind == QLatin1String("RESHARE")),
            qPrintable(type + QStringLiteral(" → ") + kind));
    }
    const QString top = report.rows.first().at(0).toString();
    QCOMPARE(t.model.postUrl(0), QUrl(QStringLiteral("https://www.linkedin.com/feed/update/%1/").arg(top)));
    QCOMPARE(cell(t.model, 0, PostEngagementModel::Impressions, PostEngagementModel::UrlRole).toUrl(),
             t.model.postUrl(0));
}

void TestDashboardModels::postEngagementRangeAndOrganization() {
    const QSqlDatabase mixed = m_mixed->reader();
    Tested<PostEngagementModel> t;
    DashboardFilter filter;
    filter.from = sandboxToday.addDays(-90);
    filter.to = sandboxToday.addDays(-31);
    const qint64 fromMs = QDateTime(filter.from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 untilMs = QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QVariantMap range{{QStringLiteral(":from"), fromMs}, {QStringLiteral(":until"), untilMs}};
    const QString countSql =
        QStringLiteral("SELECT COUNT(*) FROM organization_posts WHERE published_at >= :from AND published_at < :until");
    t.model.reload(mixed, filter);
    const qint64 both = scalar(mixed, countSql, range);
    QVERIFY(both > 0);
    QCOMPARE(t.model.rowCount(), both);
    filter.organizationUrn = otherOrg;
    t.model.reload(mixed, filter);
    QCOMPARE(t.model.rowCount() * 2, both);
    for (int row = 0; row < t.model.rowCount(); ++row) {
        const QString published = cell(t.model, row, PostEngagementModel::PublishedDate).toString();
        QVERIFY2(published >= filter.from.toString(Qt::ISODate) &&
                     published.left(10) <= filter.to.toString(Qt::ISODate),
                 qPrintable(published));
        QVERIFY(cell(t.model, row, PostEngagementModel::PostId).toString().endsWith(QLatin1Char('0')));
        if (row > 0)
            QVERIFY(cell(t.model, row - 1, PostEngagementModel::Impressions).toLongLong() >=
                    cell(t.model, row, PostEngagementModel::Impressions).toLongLong());
    }
}

void TestDashboardModels::contentTypeSumsThePosts() {
    Tested<ContentTypeModel> t;
    t.model.reload(db(), all());
    const QueryResult report = runReport(db(), QStringLiteral("post-engagement"));
    struct Sums {
        qint64 posts = 0, impressions = 0, engagements = 0;
        double rate = 0;
    };
    // Each post's kind, read here from its own columns: documents, images and videos apart (LinkedIn
    // calls them all MEDIA), and a repost with a comment (content_type TEXT) as a repost.
    QHash<QString, QString> kinds;
    QSqlQuery stored(db());
    QVERIFY(stored.exec(QStringLiteral("SELECT id, content_type, media_id, reshare_parent FROM organization_posts")));
    while (stored.next()) {
        const QString type = stored.value(1).toString(), media = stored.value(2).toString();
        QString kind = type;
        if (type == QLatin1String("MEDIA"))
            kind = media.startsWith(QLatin1String("urn:li:document:")) ? QStringLiteral("DOCUMENT")
                   : media.startsWith(QLatin1String("urn:li:video:"))  ? QStringLiteral("VIDEO")
                   : media.startsWith(QLatin1String("urn:li:image:"))  ? QStringLiteral("IMAGE")
                                                                       : type;
        else if (type == QLatin1String("TEXT") && !stored.value(3).isNull())
            kind = QStringLiteral("RESHARE");
        kinds.insert(stored.value(0).toString(), kind);
    }
    QHash<QString, Sums> expected;
    for (const QList<QVariant> &row : report.rows) {
        Sums &sums = expected[kinds.value(row.at(0).toString())];
        ++sums.posts;
        sums.impressions += row.at(4).toLongLong();
        sums.engagements += row.at(11).toLongLong();
        sums.rate += row.at(10).toDouble();
    }
    QCOMPARE(t.model.rowCount(), expected.size());
    for (const char *kind : {"DOCUMENT", "IMAGE", "VIDEO", "RESHARE"}) // the sandbox posts every kind
        QVERIFY2(expected.contains(QLatin1String(kind)), kind);
    for (int row = 0; row < t.model.rowCount(); ++row) {
        const QString type = cell(t.model, row, ContentTypeModel::ContentType, Qt::EditRole).toString();
        QVERIFY2(expected.contains(type), qPrintable(type));
        const Sums &sums = expected.value(type);
        QCOMPARE(cell(t.model, row, ContentTypeModel::Posts).toLongLong(), sums.posts);
        QCOMPARE(cell(t.model, row, ContentTypeModel::Impressions).toLongLong(), sums.impressions);
        QCOMPARE(cell(t.model, row, ContentTypeModel::Engagements).toLongLong(), sums.engagements);
        QCOMPARE(cell(t.model, row, ContentTypeModel::MeanEngagementRatePct).toDouble(),
                 std::round(sums.rate / sums.posts * 100) / 100);
        // The bars' rate is the row's own sums: engagements ÷ impressions, not a mean of rates.
        QCOMPARE(cell(t.model, row, ContentTypeModel::EngagementRatePct).toDouble(),
                 std::round(10000.0 * double(sums.engagements) / double(sums.impressions)) / 100);
        QCOMPARE(cell(t.model, row, ContentTypeModel::ContentType).toString(), contentTypeName(type));
        if (row > 0)
            QVERIFY(cell(t.model, row - 1, ContentTypeModel::Impressions).toLongLong() >= sums.impressions);
    }
    // Each engagement column says what it counts.
    const auto tip = [](const QAbstractItemModel &model, int column) {
        return model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    };
    PostEngagementModel posts;
    QCOMPARE(posts.headerData(PostEngagementModel::EngagementRatePct, Qt::Horizontal).toString(),
             QStringLiteral("Engagement rate (LinkedIn, incl. clicks) %"));
    QVERIFY(tip(posts, PostEngagementModel::EngagementRatePct).contains(QLatin1String("(clicks + likes")));
    QCOMPARE(posts.headerData(PostEngagementModel::TotalEngagements, Qt::Horizontal).toString(),
             QStringLiteral("Reactions, comments and reposts"));
    QVERIFY(tip(posts, PostEngagementModel::TotalEngagements).contains(QLatin1String("Clicks are not in it")));
    QVERIFY(tip(t.model, ContentTypeModel::EngagementRatePct).contains(QStringLiteral("Σ impressions")));

    // From posts already loaded (what the dashboard does): every cell the same as the query's.
    posts.reload(db(), all());
    ContentTypeModel fromPosts;
    fromPosts.reload(posts);
    QCOMPARE(fromPosts.rowCount(), t.model.rowCount());
    for (int row = 0; row < t.model.rowCount(); ++row)
        for (int column = 0; column < ContentTypeModel::ColumnCount; ++column)
            QCOMPARE(cell(fromPosts, row, column, Qt::EditRole), cell(t.model, row, column, Qt::EditRole));
    QVERIFY(tip(t.model, ContentTypeModel::MeanEngagementRatePct).contains(QLatin1String("each post weighing")));
}

void TestDashboardModels::demographicsEqualReport_data() {
    QTest::addColumn<int>("facet");
    for (const DemographicFacetInfo &info : demographicFacets())
        QTest::newRow(qPrintable(info.report)) << int(info.facet);
}

void TestDashboardModels::demographicsEqualReport() {
    QFETCH(int, facet);
    const DemographicFacetInfo &info = demographicFacetInfo(DemographicFacet(facet));
    Tested<DemographicsModel> t;
    t.model.setFacet(info.facet);
    t.model.reload(db(), all());
    QVERIFY2(t.model.error().isEmpty(), qPrintable(t.model.error()));
    const QueryResult report = runReport(db(), info.report);
    QVERIFY(report.ok());
    QVERIFY(!report.rows.isEmpty());
    QVERIFY(t.model.rowCount() >= report.rows.size());
    for (int row = 0; row < report.rows.size(); ++row) {
        QCOMPARE(cell(t.model, row, DemographicsModel::Key), report.rows.at(row).at(0));
        QCOMPARE(cell(t.model, row, DemographicsModel::Views).toLongLong(), report.rows.at(row).at(1).toLongLong());
        QCOMPARE(cell(t.model, row, DemographicsModel::UniqueViews, Qt::EditRole), report.rows.at(row).at(2));
        // LinkedIn sends no unique views: the report leaves them NULL and the table says so.
        QVERIFY(report.rows.at(row).at(2).isNull());
        QCOMPARE(cell(t.model, row, DemographicsModel::UniqueViews).toString(),
                 QStringLiteral("not provided by LinkedIn"));
        QCOMPARE(cell(t.model, row, DemographicsModel::ViewsPct), report.rows.at(row).at(3));
    }
    QCOMPARE(t.model.snapshotDate(), sandboxToday);

    // Followers from the lifetime follower statistics' JSON, read here with QJsonDocument.
    QSqlQuery query(db());
    QVERIFY(query.exec(
        QStringLiteral("SELECT %1 FROM follower_statistics WHERE report_type = 'LIFETIME'").arg(info.followerColumn)));
    QVERIFY(query.next());
    QHash<QString, qint64> followers;
    qint64 total = 0;
    for (const QJsonValue &item : QJsonDocument::fromJson(query.value(0).toByteArray()).array()) {
        const QJsonObject counts = item[QLatin1String("followerCounts")].toObject();
        const qint64 n = counts[QLatin1String("organicFollowerCount")].toInteger() +
                         counts[QLatin1String("paidFollowerCount")].toInteger();
        followers[item[info.followerKey].toString()] += n;
        total += n;
    }
    QVERIFY(!followers.isEmpty());
    QCOMPARE(t.model.totalFollowers(), total);
    int found = 0;
    for (int row = 0; row < t.model.rowCount(); ++row) {
        const QString key = cell(t.model, row, DemographicsModel::Key).toString();
        QCOMPARE(cell(t.model, row, DemographicsModel::Followers).toLongLong(), followers.value(key));
        found += followers.contains(key);
        QCOMPARE(cell(t.model, row, DemographicsModel::FollowersPct).toDouble(),
                 std::round(followers.value(key) * 1000.0 / total) / 10);
    }
    QCOMPARE(found, followers.size()); // no follower value dropped
}

void TestDashboardModels::demographicsLabels() {
    Tested<DemographicsModel> t;
    t.model.reload(db(), all());
    bool sawManager = false;
    const LabelResolver bundled;
    for (int row = 0; row < t.model.rowCount(); ++row) {
        const QString key = cell(t.model, row, DemographicsModel::Key).toString();
        const QString label = cell(t.model, row, DemographicsModel::Label).toString();
        QCOMPARE(label, bundled.name(key));
        QVERIFY(!label.startsWith(QLatin1String("urn:")));
        if (key == QLatin1String("urn:li:seniority:5")) {
            QCOMPARE(label, QStringLiteral("Manager"));
            sawManager = true;
        }
    }
    QVERIFY(sawManager);
    // A value without a label is shown as its URN, not dropped.
    t.model.setFacet(DemographicFacet::Industry);
    t.model.reload(db(), all());
    QCOMPARE(t.model.rowCount(), runReport(db(), QStringLiteral("visitor-demographics-industry")).rows.size());
    // Hovering an industry's bar shows its whole name and its URN: what tells apart two names the
    // chart's axis cuts to the same text.
    for (int row = 0; row < t.model.rowCount(); ++row) {
        const QString tip = cell(t.model, row, 0, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(cell(t.model, row, DemographicsModel::Label).toString()), qPrintable(tip));
        QVERIFY2(tip.contains(cell(t.model, row, DemographicsModel::Key).toString()), qPrintable(tip));
    }

    // A copy with a third organization whose newest snapshot has a seniority no table names.
    const QString unknown = QStringLiteral("urn:li:seniority:99");
    QVERIFY(!bundled.has(unknown));
    const QString copyPath = m_dir.filePath(QStringLiteral("unlabelled.sqlite"));
    QSqlQuery vacuum(m_mixed->reader());
    QVERIFY2(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(copyPath)), qPrintable(vacuum.lastError().text()));
    Catalog copy(QStringLiteral("dashboard-models-unlabelled"));
    QVERIFY(!copy.open(copyPath).isError());
    const QString thirdOrg = QStringLiteral("urn:li:organization:998");
    QSqlQuery insert(copy.reader());
    QVERIFY2(
        insert.exec(QStringLiteral("INSERT INTO page_statistics (organization_urn, report_type, date, "
                                   "page_statistics_by_seniority_json, _synced_at, _run_id) VALUES ('%1', "
                                   "'LIFETIME', '%2', '[{\"seniority\":\"%3\",\"pageStatistics\":{\"views\":"
                                   "{\"allPageViews\":{\"pageViews\":7}}}},{\"seniority\":\"urn:li:seniority:5\","
                                   "\"pageStatistics\":{\"views\":{\"allPageViews\":{\"pageViews\":3}}}}]', 'x', 1)")
                        .arg(thirdOrg, sandboxToday.toString(Qt::ISODate), unknown)),
        qPrintable(insert.lastError().text()));
    t.model.setFacet(DemographicFacet::Seniority);
    for (const QString &org : {QString(), thirdOrg}) {
        DashboardFilter filter;
        filter.organizationUrn = org;
        t.model.reload(copy.reader(), filter);
        QVERIFY2(t.model.error().isEmpty(), qPrintable(t.model.error()));
        QCOMPARE(t.model.rowCount(),
                 runReport(copy.reader(), QStringLiteral("visitor-demographics"), {}, org).rows.size());
        int unknownRow = -1;
        for (int row = 0; row < t.model.rowCount(); ++row)
            if (cell(t.model, row, DemographicsModel::Key).toString() == unknown)
                unknownRow = row;
        QVERIFY2(unknownRow >= 0, qPrintable(org)); // not dropped
        QCOMPARE(cell(t.model, unknownRow, DemographicsModel::Label).toString(), unknown);
        QCOMPARE(cell(t.model, unknownRow, DemographicsModel::Views).toLongLong(), 7);
    }
    QCOMPARE(t.model.rowCount(), 2); // the third organization alone: the unknown value and Manager
}

void TestDashboardModels::demographicHistory() {
    const QSqlDatabase mixed = m_mixed->reader();
    Tested<DemographicHistoryModel> t;
    t.model.setMaxSeries(3);
    DashboardFilter filter;
    filter.organizationUrn = m_org;
    t.model.reload(mixed, filter);
    QVERIFY2(t.model.error().isEmpty(), qPrintable(t.model.error()));
    QCOMPARE(t.model.rowCount(), 2);
    QCOMPARE(t.model.columnCount(), 1 + 3);
    QCOMPARE(cell(t.model, 0, DemographicHistoryModel::Date).toDate(), QDate(2026, 10, 1));
    QCOMPARE(cell(t.model, 1, DemographicHistoryModel::Date).toDate(), sandboxToday);
    // The newest snapshot: the two largest values' shares are the report's; "Other" the rest.
    const QueryResult report = runReport(mixed, QStringLiteral("visitor-demographics"), {}, m_org);
    double rest = 100;
    for (int series = 0; series < 2; ++series) {
        const int column = DemographicHistoryModel::FirstSeries + series;
        QCOMPARE(t.model.keyOfColumn(column), report.rows.at(series).at(0).toString());
        QCOMPARE(cell(t.model, 1, column), report.rows.at(series).at(3));
        QCOMPARE(cell(t.model, 1, column, DemographicHistoryModel::CountRole), report.rows.at(series).at(1));
        rest -= report.rows.at(series).at(3).toDouble();
        // The older snapshot: 30 of 40 views for Manager, 10 for Entry.
        const QString key = t.model.keyOfColumn(column);
        const double older = key == QLatin1String("urn:li:seniority:5")   ? 75.0
                             : key == QLatin1String("urn:li:seniority:3") ? 25.0
                                                                          : 0.0;
        QCOMPARE(cell(t.model, 0, column).toDouble(), older);
    }
    QVERIFY(t.model.keyOfColumn(DemographicHistoryModel::FirstSeries + 2).isEmpty());
    QCOMPARE(t.model.headerData(DemographicHistoryModel::FirstSeries + 2, Qt::Horizontal).toString(),
             QStringLiteral("Other"));
    QVERIFY(qAbs(cell(t.model, 1, DemographicHistoryModel::FirstSeries + 2).toDouble() - rest) < 0.25);

    // The range leaves the older snapshot out; followers have one snapshot per organization.
    filter.from = QDate(2026, 11, 1);
    t.model.reload(mixed, filter);
    QCOMPARE(t.model.rowCount(), 1);
    t.model.setAudience(DemographicHistoryModel::Audience::Followers);
    filter.from = {};
    filter.organizationUrn.clear();
    t.model.reload(mixed, filter);
    QCOMPARE(t.model.rowCount(), 1);
    QCOMPARE(cell(t.model, 0, DemographicHistoryModel::Date).toDate(), sandboxToday);
}

void TestDashboardModels::postingTime_data() {
    QTest::addColumn<int>("grouping");
    QTest::newRow("weekday") << int(PostingTimeModel::Grouping::Weekday);
    QTest::newRow("hour") << int(PostingTimeModel::Grouping::Hour);
}

void TestDashboardModels::postingTime() {
    QFETCH(int, grouping);
    const bool weekdays = grouping == int(PostingTimeModel::Grouping::Weekday);
    Tested<PostingTimeModel> t{PostingTimeModel::Grouping(grouping)};
    PostingTimeModel &model = t.model;
    DashboardFilter filter;
    filter.from = sandboxToday.addDays(-200);
    model.reload(db(), filter);
    QCOMPARE(model.rowCount(), weekdays ? 7 : 24);

    // Independently: the report's rows, their UTC publication time read by QDateTime.
    QList<qint64> posts(model.rowCount(), 0);
    QList<double> rates(model.rowCount(), 0), impressions(model.rowCount(), 0);
    for (const QList<QVariant> &row : runReport(db(), QStringLiteral("post-engagement")).rows) {
        QDateTime published = QDateTime::fromString(row.at(2).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        published.setTimeSpec(Qt::UTC);
        if (!published.isValid() || published.date() < filter.from)
            continue;
        const int slot = weekdays ? published.date().dayOfWeek() - 1 : published.time().hour();
        ++posts[slot];
        rates[slot] += row.at(10).toDouble();
        impressions[slot] += row.at(4).toDouble();
    }
    int best = -1;
    for (int slot = 0; slot < model.rowCount(); ++slot) {
        QCOMPARE(cell(model, slot, PostingTimeModel::Posts).toLongLong(), posts.at(slot));
        QCOMPARE(cell(model, slot, PostingTimeModel::Slot, PostingTimeModel::SlotRole).toInt(),
                 weekdays ? slot + 1 : slot);
        QCOMPARE(cell(model, slot, PostingTimeModel::Slot, PostingTimeModel::SparseRole).toBool(), posts.at(slot) < 3);
        if (posts.at(slot) == 0) { // no posts: blank means, not 0
            QVERIFY(!cell(model, slot, PostingTimeModel::MeanEngagementRatePct).isValid());
            QVERIFY(!cell(model, slot, PostingTimeModel::MeanImpressions).isValid());
            continue;
        }
        const double rate = std::round(rates.at(slot) / posts.at(slot) * 100) / 100;
        QCOMPARE(cell(model, slot, PostingTimeModel::MeanEngagementRatePct).toDouble(), rate);
        QCOMPARE(cell(model, slot, PostingTimeModel::MeanImpressions).toDouble(),
                 std::round(impressions.at(slot) / posts.at(slot)));
        if (posts.at(slot) >= 3 && (best < 0 || rate > std::round(rates.at(best) / posts.at(best) * 100) / 100))
            best = slot;
    }
    QVERIFY(best >= 0);
    QCOMPARE(model.bestRow(), best);
    QCOMPARE(cell(model, best, PostingTimeModel::Slot).toString(), model.slotName(best));
    if (weekdays)
        QCOMPARE(model.slotName(0), QLocale().dayName(1));
}

void TestDashboardModels::postingTimeAcrossDaylightSaving() {
    // Berlin's clocks go forward at 01:00 UTC on 2026-03-29 (02:00 CET → 03:00 CEST) and back at
    // 01:00 UTC on 2026-10-25 (03:00 CEST → 02:00 CET). The local hours are written out here, not
    // computed by Qt.
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY2(berlin.isValid(), "no tz database (Debian: tzdata)");
    const auto utc = [](int month, int day, int hour) {
        return QDateTime(QDate(2026, month, day), QTime(hour, 30), Qt::UTC);
    };
    const QList<PostingTimeModel::PostTime> posts = {
        {utc(3, 28, 23), 100, 1.0}, // Saturday 23:30 UTC = Sunday 00:30 CET
        {utc(3, 29, 0), 100, 2.0},  // 01:30 CET
        {utc(3, 29, 1), 100, 3.0},  // 03:30 CEST: the hour 02 does not exist that night
        {utc(10, 25, 0), 100, 4.0}, // 02:30 CEST
        {utc(10, 25, 1), 100, 6.0}, // 02:30 CET: the hour 02 comes twice
    };
    PostingTimeModel hours(PostingTimeModel::Grouping::Hour);
    hours.reload(posts, berlin);
    const QMap<int, int> expectedHours = {{0, 1}, {1, 1}, {2, 2}, {3, 1}};
    for (int hour = 0; hour < 24; ++hour)
        QCOMPARE(cell(hours, hour, PostingTimeModel::Posts).toInt(), expectedHours.value(hour));
    QCOMPARE(cell(hours, 2, PostingTimeModel::MeanEngagementRatePct).toDouble(), 5.0);
    QCOMPARE(hours.headerData(PostingTimeModel::Slot, Qt::Horizontal).toString(),
             QStringLiteral("Hour (Europe/Berlin)"));
    QVERIFY(cell(hours, 2, PostingTimeModel::Slot, Qt::ToolTipRole).toString().contains(u"Europe/Berlin"));

    PostingTimeModel days(PostingTimeModel::Grouping::Weekday);
    days.reload(posts, berlin);
    QCOMPARE(cell(days, 6, PostingTimeModel::Posts).toInt(), 5); // every one on a Sunday in Berlin
    days.reload(posts, QTimeZone::utc());
    QCOMPARE(cell(days, 5, PostingTimeModel::Posts).toInt(), 1); // in UTC, one on the Saturday
    QCOMPARE(cell(days, 6, PostingTimeModel::Posts).toInt(), 4);
    hours.reload(posts, QTimeZone::utc());
    QCOMPARE(cell(hours, 23, PostingTimeModel::Posts).toInt(), 1);
    QCOMPARE(cell(hours, 0, PostingTimeModel::Posts).toInt(), 2);
    QCOMPARE(cell(hours, 1, PostingTimeModel::Posts).toInt(), 2);
    QCOMPARE(hours.headerData(PostingTimeModel::Slot, Qt::Horizontal).toString(), QStringLiteral("Hour (UTC)"));

    // Through the catalog: the filter's zone is the one used.
    DashboardFilter filter;
    filter.timeZone = QTimeZone("Asia/Kolkata"); // +05:30 all year: the half hour moves posts
    Tested<PostingTimeModel> kolkata{PostingTimeModel::Grouping::Hour};
    kolkata.model.reload(db(), filter);
    QList<int> expected(24, 0);
    for (const QList<QVariant> &row : runReport(db(), QStringLiteral("post-engagement")).rows) {
        const QDateTime published = QDateTime::fromString(row.at(2).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (published.isValid()) // + 5 h 30 min, by hand
            ++expected[(published.time().hour() * 60 + published.time().minute() + 330) / 60 % 24];
    }
    for (int hour = 0; hour < 24; ++hour)
        QCOMPARE(cell(kolkata.model, hour, PostingTimeModel::Posts).toInt(), expected.at(hour));
}

void TestDashboardModels::periodChange() {
    DashboardFilter filter;
    filter.from = QDate(2026, 3, 1);
    filter.to = QDate(2026, 3, 31); // 31 days
    const auto previous = previousPeriod(filter);
    QVERIFY(previous);
    QCOMPARE(previous->first, QDate(2026, 1, 29));
    QCOMPARE(previous->second, QDate(2026, 2, 28));
    filter.to = {};
    QVERIFY(!previousPeriod(filter)); // open-ended: nothing to mirror

    const QLocale english(QLocale::English), portuguese(QLocale::Portuguese, QLocale::Brazil);
    QCOMPARE(changeText({1124, 1000.0}, english), QStringLiteral("+12.4 %"));
    QCOMPARE(changeText({1124, 1000.0}, portuguese), QStringLiteral("+12,4 %"));
    QCOMPARE(changeText({-20, -10.0}, english), QStringLiteral("\u2212100.0 %")); // a loss twice as deep
    QCOMPARE(changeText({970, 1000.0}, english), QStringLiteral("\u22123.0 %"));
    QCOMPARE(changeText({12, 0.0}, english), QStringLiteral("new"));
    QCOMPARE(changeText({0, 0.0}, english), QStringLiteral("0.0 %"));
    QCOMPARE(changeText({12, std::nullopt}, english), QString());
    QCOMPARE(PeriodFigure({12, 12.0}).trend(), PeriodFigure::Trend::Flat);
    QCOMPARE(PeriodFigure({-3, -10.0}).trend(), PeriodFigure::Trend::Up);
    QCOMPARE(PeriodFigure({5, std::nullopt}).trend(), PeriodFigure::Trend::Unknown);

    // The previous period's post totals equal the report's rows of those days; none where the
    // catalog holds no older post.
    DashboardFilter month;
    month.from = sandboxToday.addDays(-29);
    month.to = sandboxToday;
    PostTotals expected;
    QDate oldest;
    for (const QList<QVariant> &row : runReport(db(), QStringLiteral("post-engagement")).rows) {
        const QDate day = QDate::fromString(row.at(2).toString().left(10), Qt::ISODate);
        oldest = !oldest.isValid() || day < oldest ? day : oldest;
        if (day >= month.from.addDays(-30) && day < month.from) {
            ++expected.posts;
            expected.impressions += row.at(4).toDouble();
            expected.engagements += row.at(11).toDouble();
        }
    }
    QVERIFY(expected.posts > 0);
    const std::optional<PostTotals> totals = previousPostTotals(db(), month);
    QVERIFY(totals);
    QCOMPARE(totals->posts, expected.posts);
    QCOMPARE(totals->impressions, expected.impressions);
    QCOMPARE(totals->engagements, expected.engagements);
    month.from = oldest;
    month.to = oldest.addDays(9);
    QVERIFY(!previousPostTotals(db(), month));
}

void TestDashboardModels::bestAndWorstPosts() {
    PostEngagementModel posts;
    posts.reload(db(), all());
    TopPostsModel top;
    QAbstractItemModelTester tester(&top, QAbstractItemModelTester::FailureReportingMode::QtTest);
    top.reload(posts);
    // The report's posts seen by at least 100 people, by LinkedIn's rate, here sorted by hand.
    struct Seen {
        QString urn;
        double rate;
        qint64 impressions;
        QString published;
    };
    QList<Seen> seen;
    for (const QList<QVariant> &row : runReport(db(), QStringLiteral("post-engagement")).rows)
        if (row.at(4).toLongLong() >= TopPostsModel::kMinimumImpressions)
            seen.append({row.at(0).toString(), row.at(10).toDouble(), row.at(4).toLongLong(), row.at(2).toString()});
    QVERIFY(seen.size() >= 2 * TopPostsModel::kShown);
    std::sort(seen.begin(), seen.end(), [](const Seen &a, const Seen &b) {
        return a.rate != b.rate                 ? a.rate > b.rate
               : a.impressions != b.impressions ? a.impressions > b.impressions
                                                : a.published > b.published;
    });
    QCOMPARE(top.rowCount(), 2 * TopPostsModel::kShown);
    QCOMPARE(top.topCount(), TopPostsModel::kShown);
    for (int i = 0; i < TopPostsModel::kShown; ++i) {
        QCOMPARE(top.postUrl(i), PostEngagementModel::linkedInPostUrl(seen.at(i).urn));
        QCOMPARE(cell(top, i, TopPostsModel::EngagementRatePct).toDouble(), seen.at(i).rate);
        QVERIFY(cell(top, i, TopPostsModel::Rank, TopPostsModel::TopRole).toBool());
        const int worst = TopPostsModel::kShown + i; // the worst last
        const Seen &expected = seen.at(seen.size() - TopPostsModel::kShown + i);
        QCOMPARE(top.postUrl(worst), PostEngagementModel::linkedInPostUrl(expected.urn));
        QCOMPARE(cell(top, worst, TopPostsModel::Impressions).toLongLong(), expected.impressions);
        QVERIFY(!cell(top, worst, TopPostsModel::Rank, TopPostsModel::TopRole).toBool());
    }
    QCOMPARE(cell(top, 0, TopPostsModel::Rank).toString(), QStringLiteral("Best 1"));
    QCOMPARE(cell(top, top.rowCount() - 1, TopPostsModel::Rank).toString(), QStringLiteral("Worst 1"));
    QCOMPARE(cell(top, 0, TopPostsModel::Link).toString(), top.postUrl(0).toString());
    QVERIFY(!cell(top, 0, TopPostsModel::FirstLine).toString().contains(u'\n'));

    PostEngagementModel none; // no posts: no rows, not a crash

    top.reload(none);
    QCOMPARE(top.rowCount(), 0);
}

void TestDashboardModels::emptyCatalog() {
    Catalog empty(QStringLiteral("dashboard-models-empty"));
    QVERIFY(!empty.open(m_dir.filePath(QStringLiteral("empty.sqlite"))).isError());
    Tested<FollowerGrowthModel> growth;
    Tested<PostEngagementModel> posts;
    Tested<DemographicsModel> demographics;
    Tested<PostingTimeModel> times;
    growth.model.reload(empty.reader(), all());
    posts.model.reload(empty.reader(), all());
    demographics.model.reload(empty.reader(), all());
    times.model.reload(empty.reader(), all());
    QCOMPARE(growth.model.rowCount(), 0);
    QCOMPARE(growth.model.totalFollowers(), -1);
    QVERIFY(!growth.model.error().isEmpty()); // no table: said, not crashed
    QCOMPARE(posts.model.rowCount(), 0);
    QCOMPARE(demographics.model.rowCount(), 0);
    QCOMPARE(times.model.bestRow(), -1);
}

void TestDashboardModels::parameterNames() {
    // Whole names only, and none in strings, quoted names or comments.
    const QString sql = QStringLiteral("SELECT ':x', \"a:b\", [c:d], strftime('%H:%M', t) FROM t -- :e\n"
                                       "WHERE a >= :fromMs AND b = :org /* :f */ AND c < :until_1");
    QCOMPARE(sqlParameterNames(sql),
             (QSet<QString>{QStringLiteral(":fromMs"), QStringLiteral(":org"), QStringLiteral(":until_1")}));
    QVERIFY(sqlParameterNames(QStringLiteral("SELECT 'open :x")).isEmpty());
    QCOMPARE(sqlParameterNames(QStringLiteral("SELECT :a /* open :b")), QSet<QString>{QStringLiteral(":a")});
    // The dashboards' post queries ask for the range in epoch ms only.
    DashboardFilter filter;
    filter.from = sandboxToday.addDays(-7);
    filter.to = sandboxToday;
    QCOMPARE(sqlParameterNames(postEngagementRowsSql(filter, SqlBackend::Sqlite)),
             (QSet<QString>{QStringLiteral(":fromMs"), QStringLiteral(":untilMs")}));
    QVERIFY(sqlParameterNames(postEngagementRowsSql({}, SqlBackend::Sqlite)).isEmpty());
    // The report's SQL, plus the dashboards' post_kind column at the end.
    QVERIFY(postEngagementRowsSql({}, SqlBackend::Sqlite)
                .startsWith(reportSql(QStringLiteral("post-engagement"), TableNames{})
                                .section(QStringLiteral(" AS total_engagements"), 0, 0)));
    QVERIFY(postEngagementRowsSql({}, SqlBackend::Sqlite).contains(QLatin1String("AS post_kind")));
    QVERIFY(!reportSql(QStringLiteral("post-engagement"), TableNames{}).contains(QLatin1String("post_kind")));
}

void TestDashboardModels::note() {
    const QString text = pageAnalyticsDifferenceNote();
    QVERIFY(text.contains(QLatin1String("lifetime")));
    QVERIFY(text.contains(QLatin1String("negative")));
}

QTEST_GUILESS_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
