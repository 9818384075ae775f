#include "PostEngagementTab.h"

#include "ChartCanvas.h"
#include "analytics/DashboardPosts.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pagesight {

namespace {
// The most posts drawn as points: a scatter of every post of a 10,000-post page would cost more
// than the 200 ms a dashboard may take, and the largest ones tell the story.
constexpr int maxScatterPoints = 500;
} // namespace

PostEngagementTab::PostEngagementTab(QWidget *parent)
    : DashboardTab(QStringLiteral("postEngagementEmptyState"), parent)
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
    , m_posts(new PostEngagementModel(this))
    , m_sortedPosts(new QSortFilterProxyModel(this))
    , m_types(new ContentTypeModel(this)) {
    m_sortedPosts->setSourceModel(m_posts);
    m_sortedPosts->setSortRole(Qt::EditRole);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_summary = makeSummary(QStringLiteral("postEngagementSummary"), page);
    m_summary->setTextFormat(Qt::RichText);
    ChartCanvas *postsChart =
        makeChart(QStringLiteral("postEngagementChart"), tr("Impressions and engagement rate"), page);
    ChartSpec scatter;
    scatter.x = ChartSpec::XAxis::Values;
    scatter.xColumn = PostEngagementModel::Impressions;
    scatter.series = {{ChartSeries::Kind::Scatter, PostEngagementModel::EngagementRatePct, tr("Posts")}};
    scatter.maxPoints = maxScatterPoints;
    scatter.xTitle = tr("Impressions");
    scatter.yTitle = tr("Engagement rate");
    scatter.valueSuffix = QStringLiteral(" %");
    scatter.valueDecimals = 1;
    postsChart->setModel(m_posts, scatter);
    connect(postsChart, &ChartCanvas::rowActivated, this, &PostEngagementTab::openPost);

    QTableView *posts = makeTable(QStringLiteral("postEngagementTable"), tr("Top posts"));
    posts->setModel(m_sortedPosts);
    posts->setSortingEnabled(true);
    posts->sortByColumn(PostEngagementModel::Impressions, Qt::DescendingOrder);
    posts->setToolTip(tr("Double-click a post to open it on LinkedIn"));
    posts->horizontalHeader()->resizeSection(PostEngagementModel::PostId, 120);
    posts->horizontalHeader()->resizeSection(PostEngagementModel::Preview, 260);
    connect(posts, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openPost(m_sortedPosts->mapToSource(index).row()); });

    ChartCanvas *typesChart =
        makeChart(QStringLiteral("contentTypeChart"), tr("Engagement rate by content type"), page);
    ChartSpec types;
    types.x = ChartSpec::XAxis::Categories;
    types.xColumn = ContentTypeModel::ContentType;
    // The rate of the table's sums first (so bars and table agree), the posts' mean LinkedIn rate second.
    types.series = {
        {ChartSeries::Kind::Bar, ContentTypeModel::EngagementRatePct, tr("Engagement rate"), chartPalette().at(2)},
        {ChartSeries::Kind::Bar, ContentTypeModel::MeanEngagementRatePct, tr("Mean per post"), chartPalette().at(6)}};
    types.horizontal = true;
    types.valueLabels = true;
    types.valueSuffix = QStringLiteral(" %");
    types.valueDecimals = 1;
    typesChart->setModel(m_types, types);
    QTableView *typeTable = makeTable(QStringLiteral("contentTypeTable"), tr("Engagement by content type"), true);
    typeTable->setModel(m_types);

    auto *columns = new QSplitter(Qt::Horizontal, page);
    columns->addWidget(chartOverTable(postsChart, posts, columns));
    columns->addWidget(chartOverTable(typesChart, typeTable, columns));
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    layout->addWidget(m_summary);
    layout->addWidget(columns, 1);
    setContent(page);
}

QList<std::pair<QString, QString>> PostEngagementTab::tablesNeeded(const TableNames &tables) const {
    return {{QStringLiteral("organization_posts"), tables.organizationPosts},
            {QStringLiteral("post_statistics"), tables.postStatistics}};
}

QList<std::pair<QString, QAbstractItemModel *>> PostEngagementTab::exportTables() const {
    return {{QStringLiteral("posts"), m_posts}, {QStringLiteral("content-types"), m_types}};
}

void PostEngagementTab::load(const QSqlDatabase &database, const DashboardFilter &filter) {
    m_posts->reload(database, filter);
    m_types->reload(*m_posts); // from the posts just read: one query for both views
    if (m_posts->rowCount() == 0) {
        showEmpty(m_posts->error().isEmpty() ? noRowsText(tr("posts published"), filter) : m_posts->error());
        return;
    }
    m_summary->setText(headline(database, filter) + QStringLiteral("<br>") +
                       tr("Statistics are each post's lifetime totals. The chart shows the posts with the most "
                          "impressions (at most %1); double-click a post to open it on LinkedIn.")
                           .arg(qMin(m_posts->rowCount(), maxScatterPoints))
                           .toHtmlEscaped());
    showContent();
}

QString PostEngagementTab::headline(const QSqlDatabase &database, const DashboardFilter &filter) const {
    const QLocale locale;
    const PostTotals now = postTotals(m_posts->reportRows());
    const std::optional<PostTotals> before = previousPostTotals(database, filter);
    const auto figure = [&](const QString &label, double PostTotals::*value, qint64 current) {
        PeriodFigure compared{double(current)};
        if (before)
            compared.previous = *before.*value;
        return comparedFigure(label, locale.toString(current), compared,
                              before ? locale.toString(qint64(*before.*value)) : QString());
    };
    PeriodFigure posts{double(now.posts)};
    if (before)
        posts.previous = double(before->posts);
    const QString note = comparisonNote(filter, before.has_value());
    return QStringList{
               comparedFigure(tr("Posts:"), locale.toString(now.posts), posts,
                              before ? locale.toString(before->posts) : QString()),
               figure(tr("Impressions:"), &PostTotals::impressions, qint64(now.impressions)),
               figure(tr("Reactions, comments and reposts:"), &PostTotals::engagements, qint64(now.engagements))}
               .join(QStringLiteral(" &nbsp;·&nbsp; ")) +
           (note.isEmpty() ? QString() : QStringLiteral("<br>") + note);
}

void PostEngagementTab::openPost(int row) {
    const QUrl url = m_posts->postUrl(row);
    if (url.isValid() && m_openUrl)
        m_openUrl(url);
}

} // namespace pagesight
