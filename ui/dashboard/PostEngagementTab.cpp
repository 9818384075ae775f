#include "PostEngagementTab.h"

#include "ChartCanvas.h"
#include "analytics/DashboardPosts.h"
#include "analytics/DashboardTopPosts.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
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
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_posts(new PostEngagementModel(this))
    , m_top(new TopPostsModel(this))
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
    columns->addWidget(chartOverWidget(postsChart, makePostTables(columns), columns));
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
    return {{QStringLiteral("posts"), m_posts},
            {QStringLiteral("best-and-worst"), m_top},
            {QStringLiteral("content-types"), m_types}};
}

void PostEngagementTab::load(const QSqlDatabase &database, const DashboardFilter &filter) {
    m_posts->reload(database, filter);
    m_types->reload(*m_posts); // from the posts just read: one query for all three views
    m_top->reload(*m_posts);
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
    // One figure: this period's count beside the previous period's, when the catalog has it.
    const auto figure = [&](const QString &label, double current, std::optional<double> previous) {
        return comparedFigure(label, locale.toString(qint64(current)), PeriodFigure{current, previous},
                              previous ? locale.toString(qint64(*previous)) : QString());
    };
    const auto previous = [&before](auto PostTotals::*value) {
        return before ? std::optional<double>(double(*before.*value)) : std::nullopt;
    };
    const QString note = comparisonNote(filter, before.has_value());
    return QStringList{
               figure(tr("Posts:"), double(now.posts), previous(&PostTotals::posts)),
               figure(tr("Impressions:"), now.impressions, previous(&PostTotals::impressions)),
               figure(tr("Reactions, comments and reposts:"), now.engagements, previous(&PostTotals::engagements))}
               .join(QStringLiteral(" &nbsp;·&nbsp; ")) +
           (note.isEmpty() ? QString() : QStringLiteral("<br>") + note);
}

QWidget *PostEngagementTab::makePostTables(QWidget *parent) {
    auto *tables = new QTabWidget(parent);
    tables->setObjectName(QStringLiteral("postTablesTabs"));
    tables->setDocumentMode(true);
    QTableView *posts = makeTable(QStringLiteral("postEngagementTable"), tr("All posts"));
    posts->setModel(m_sortedPosts);
    posts->setSortingEnabled(true);
    posts->sortByColumn(PostEngagementModel::Impressions, Qt::DescendingOrder);
    posts->setToolTip(tr("Double-click a post to open it on LinkedIn"));
    posts->horizontalHeader()->resizeSection(PostEngagementModel::PostId, 120);
    posts->horizontalHeader()->resizeSection(PostEngagementModel::Preview, 260);
    connect(posts, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openPost(m_sortedPosts->mapToSource(index).row()); });
    QTableView *best = makeTable(QStringLiteral("topPostsTable"), tr("Best and worst posts"));
    best->setModel(m_top);
    best->horizontalHeader()->resizeSection(TopPostsModel::FirstLine, 240);
    best->horizontalHeader()->resizeSection(TopPostsModel::Kind, 100);
    connect(best, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openUrl(m_top->postUrl(index.row())); });
    tables->addTab(posts, tr("All posts"));
    tables->addTab(best, tr("Best and worst %1").arg(TopPostsModel::kShown));

    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_openError = new QLabel(box);
    m_openError->setObjectName(QStringLiteral("openPostErrorLabel"));
    m_openError->setWordWrap(true);
    m_openError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openError->setVisible(false);
    layout->addWidget(tables, 1);
    layout->addWidget(m_openError);
    return box;
}

void PostEngagementTab::openPost(int row) {
    openUrl(m_posts->postUrl(row));
}

void PostEngagementTab::openUrl(const QUrl &url) {
    if (!url.isValid() || !m_openUrl)
        return;
    const bool opened = m_openUrl(url);
    m_openError->setVisible(!opened);
    if (!opened) // a desktop without a browser (or none registered for https)
        m_openError->setText(tr("No web browser could be opened. The post is at %1 (select the address to copy it).")
                                 .arg(url.toString()));
}

QString PostEngagementTab::openErrorText() const {
    return m_openError->isVisible() ? m_openError->text() : QString();
}

} // namespace pagesight
