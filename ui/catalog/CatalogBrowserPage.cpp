#include "CatalogBrowserPage.h"

#include "DataModelDiagram.h"
#include "TableListModel.h"
#include "TablePageModel.h"
#include "catalog/Catalog.h"
#include "source/SourceRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pagesight {

namespace {
constexpr int filterDelayMs = 250; // typing a word reads the table once, not once per letter

QPushButton *makeButton(const QString &objectName, const QString &text, QWidget *parent) {
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    return button;
}

QTableView *makeView(const QString &objectName, const QString &accessibleName, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    return view;
}
} // namespace

CatalogBrowserPage::CatalogBrowserPage(const AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_tables(new TableListModel(this))
    , m_columns(new ColumnListModel(this))
    , m_rows(new TablePageModel(this))
    , m_filterDelay(new QTimer(this)) {
    setObjectName(QStringLiteral("catalogBrowserPage"));
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(filterDelayMs);
    connect(m_filterDelay, &QTimer::timeout, this, &CatalogBrowserPage::applyFilter);
    if (services.catalog)
        m_rows->setConnectionName(services.catalog->connectionName());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_states = new QStackedWidget(this);
    m_tabs = new QTabWidget(m_states);
    m_tabs->setObjectName(QStringLiteral("catalogTabs"));
    m_tabs->setAccessibleName(tr("Catalog"));
    m_tabs->addTab(makeTablesTab(), tr("Tables"));
    m_diagram = new DataModelDiagram(m_tabs);
    m_tabs->addTab(m_diagram, tr("Data model"));
    m_states->addWidget(m_tabs);
    m_states->addWidget(makeEmptyPanel());
    layout->addWidget(m_states);

    connect(m_rows, &TablePageModel::loaded, this, &CatalogBrowserPage::updatePager);
    reload();
}

CatalogBrowserPage::~CatalogBrowserPage() = default;

QWidget *CatalogBrowserPage::makeEmptyPanel() {
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("emptyCatalogPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->addStretch(1);
    auto *text = new QLabel(tr("The catalog has no tables yet.\n\nAdd a source on the Sources page (or try the "
                               "sample data) and sync it: its tables, their columns and rows, and how they join "
                               "appear here."),
                            panel);
    text->setObjectName(QStringLiteral("emptyCatalogText"));
    text->setAccessibleName(tr("The catalog has no tables yet"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return panel;
}

QWidget *CatalogBrowserPage::makeTablesTab() {
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    m_tableList = makeView(QStringLiteral("catalogTableList"), tr("Tables"), split);
    m_tableList->setModel(m_tables);
    m_tableList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableList->verticalHeader()->hide();
    m_tableList->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableList->horizontalHeader()->setHighlightSections(false);

    auto *detail = new QWidget(split);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tableHeading = new QLabel(detail);
    m_tableHeading->setObjectName(QStringLiteral("tableHeading"));
    m_tableHeading->setAccessibleName(tr("Selected table"));
    QFont bold = m_tableHeading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_tableHeading->setFont(bold);
    layout->addWidget(m_tableHeading);
    m_detailTabs = new QTabWidget(detail);
    m_detailTabs->setObjectName(QStringLiteral("tableDetailTabs"));
    m_detailTabs->setAccessibleName(tr("Rows and columns of the table"));
    m_detailTabs->addTab(makeRowsTab(), tr("Rows"));
    m_columnView = makeView(QStringLiteral("columnsView"), tr("Columns"), m_detailTabs);
    m_columnView->setModel(m_columns);
    m_columnView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_columnView->horizontalHeader()->setStretchLastSection(true);
    m_detailTabs->addTab(m_columnView, tr("Columns"));
    layout->addWidget(m_detailTabs, 1);
    split->addWidget(m_tableList);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({520, 800}); // the list's last-sync column in view

    connect(m_tableList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogBrowserPage::onTableSelected);
    return split;
}

QWidget *CatalogBrowserPage::makeRowsTab() {
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    auto *filterRow = new QHBoxLayout;
    m_filter = new QLineEdit(panel);
    m_filter->setObjectName(QStringLiteral("rowFilterEdit"));
    m_filter->setAccessibleName(tr("Filter rows"));
    m_filter->setPlaceholderText(tr("Show rows containing…"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel = new QLabel(panel);
    m_filterLabel->setObjectName(QStringLiteral("filterMatchLabel"));
    m_filterLabel->setAccessibleName(tr("Rows matching the filter"));
    filterRow->addWidget(m_filter, 2);
    filterRow->addWidget(m_filterLabel, 3);
    layout->addLayout(filterRow);

    m_rowView = makeView(QStringLiteral("rowsView"), tr("Rows"), panel);
    m_rowView->setModel(m_rows);
    m_rowView->setAlternatingRowColors(true);
    QHeaderView *header = m_rowView->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(false);
    header->setDefaultSectionSize(150);
    header->setToolTip(tr("Click a column to sort by it; click again to reverse the order."));
    layout->addWidget(m_rowView, 1);

    auto *pager = new QHBoxLayout;
    m_previous = makeButton(QStringLiteral("previousPageButton"), tr("Previous"), panel);
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_next = makeButton(QStringLiteral("nextPageButton"), tr("Next"), panel);
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_pageLabel = new QLabel(panel);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setAccessibleName(tr("Rows shown"));
    pager->addWidget(m_previous);
    // Stretched rather than aligned: an aligned label keeps the width of its first text.
    m_pageLabel->setAlignment(Qt::AlignCenter);
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_next);
    layout->addLayout(pager);

    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &CatalogBrowserPage::applyFilter);
    connect(header, &QHeaderView::sectionClicked, this, &CatalogBrowserPage::onHeaderClicked);
    connect(m_previous, &QPushButton::clicked, this, &CatalogBrowserPage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &CatalogBrowserPage::nextPage);
    return panel;
}

TableNames CatalogBrowserPage::tableNames() const {
    // The first source's names: the diagram shows one set of tables.
    const QList<SourceConfig> sources = m_services.sources ? m_services.sources->sources() : QList<SourceConfig>();
    return sources.isEmpty() ? TableNames() : TableNames::of(sources.first());
}

void CatalogBrowserPage::reload() {
    const QString selected = selectedTable();
    QList<TableInfo> tables;
    if (m_services.catalog && m_services.catalog->isOpen())
        tables = catalogTables(m_services.catalog->reader());
    const bool empty = std::none_of(tables.cbegin(), tables.cend(), [](const TableInfo &t) { return !t.bookkeeping; });
    m_states->setCurrentIndex(empty ? 1 : 0);
    m_tables->setTables(tables);
    m_diagram->setTables(tableNames(), tables);
    if (empty) {
        m_rows->setTable({}, {});
        m_columns->setColumns({});
        return;
    }
    const int row = m_tables->rowOfTable(selected);
    if (row >= 0 && selected == m_rows->table()) {
        // The same table: keep the page, sort and filter; read the rows again.
        const QSignalBlocker blocker(m_tableList->selectionModel());
        m_tableList->selectRow(row);
        m_columns->setColumns(tableColumns(m_services.catalog->reader(), selected));
        m_rows->refresh();
    } else {
        m_tableList->selectRow(row >= 0 ? row : 0);
    }
}

QString CatalogBrowserPage::selectedTable() const {
    const QModelIndex current = m_tableList->selectionModel()->currentIndex();
    return current.isValid() ? current.data(TableListModel::TableNameRole).toString() : QString();
}

void CatalogBrowserPage::selectTable(const QString &name) {
    const int row = m_tables->rowOfTable(name);
    if (row >= 0)
        m_tableList->selectRow(row);
}

bool CatalogBrowserPage::isEmptyState() const {
    return m_states->currentIndex() == 1;
}

void CatalogBrowserPage::showDataModel() {
    m_tabs->setCurrentWidget(m_diagram);
}

void CatalogBrowserPage::onTableSelected() {
    const QString table = selectedTable();
    m_tableHeading->setText(table);
    // PRAGMA table_info once, for the column list and the rows alike.
    const QList<ColumnInfo> columns =
        m_services.catalog ? tableColumns(m_services.catalog->reader(), table) : QList<ColumnInfo>{};
    m_columns->setColumns(columns);
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
    }
    m_filterDelay->stop();
    m_rowView->horizontalHeader()->setSortIndicatorShown(false);
    m_rows->setTable(table, columns);
    m_rowView->scrollToTop();
}

void CatalogBrowserPage::onHeaderClicked(int section) {
    QHeaderView *header = m_rowView->horizontalHeader();
    // A first click sorts ascending, the next one descending.
    const Qt::SortOrder order = m_rows->sortColumn() == section && m_rows->sortOrder() == Qt::AscendingOrder
                                    ? Qt::DescendingOrder
                                    : Qt::AscendingOrder;
    m_rows->sort(section, order);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(section, order);
}

void CatalogBrowserPage::applyFilter() {
    m_filterDelay->stop();
    if (m_filter->text() != m_rows->filter())
        m_rows->setFilter(m_filter->text());
}

void CatalogBrowserPage::nextPage() {
    m_rows->setPage(m_rows->page() + 1);
}

void CatalogBrowserPage::previousPage() {
    m_rows->setPage(m_rows->page() - 1);
}

QString CatalogBrowserPage::pageText() const {
    return m_pageLabel->text();
}

QString CatalogBrowserPage::filterText() const {
    return m_filterLabel->text();
}

void CatalogBrowserPage::updatePager() {
    const QLocale locale;
    const qint64 first = m_rows->firstRowNumber();
    if (!m_rows->error().isEmpty())
        m_pageLabel->setText(m_rows->error());
    else if (first == 0)
        m_pageLabel->setText(m_rows->table().isEmpty() ? QString() : tr("No rows"));
    else
        m_pageLabel->setText(tr("Rows %1–%2 of %3")
                                 .arg(locale.toString(first), locale.toString(first + m_rows->rowCount() - 1),
                                      locale.toString(m_rows->matchingRows())));
    if (m_rows->filter().isEmpty())
        m_filterLabel->clear();
    else
        m_filterLabel->setText(tr("%Ln row(s) of %1 contain(s) “%2”", nullptr, int(m_rows->matchingRows()))
                                   .arg(locale.toString(m_rows->totalRows()), m_rows->filter()));
    m_previous->setEnabled(m_rows->page() > 0);
    m_next->setEnabled(m_rows->page() + 1 < m_rows->pageCount());
}

} // namespace pagesight
