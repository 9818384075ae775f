#include "ExplorerPage.h"

#include "QueryResultModel.h"
#include "SaveFileDialog.h"
#include "SqlHighlighter.h"
#include "StartingPoints.h"
#include "analytics/CsvExport.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogLocation.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QVBoxLayout>

namespace pagesight {

namespace {
QPushButton *makeButton(const QString &objectName, const QString &text, QWidget *parent) {
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    return button;
}
} // namespace

ExplorerPage::ExplorerPage(const AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_askSaveFile(saveFileDialog(this))
    , m_runner(new QueryRunner(services.catalogPath, this, services.catalogPassword))
    , m_model(new QueryResultModel(this)) {
    setObjectName(QStringLiteral("explorerPage"));
    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(makeStartingPoints());
    auto *work = new QSplitter(Qt::Vertical, split);
    work->setChildrenCollapsible(false);
    work->addWidget(makeEditor());
    work->addWidget(makeResults());
    work->setStretchFactor(0, 2);
    work->setStretchFactor(1, 3);
    split->addWidget(work);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    layout->addWidget(split);

    connect(m_runner, &QueryRunner::columnsReady, this, &ExplorerPage::onColumns);
    connect(m_runner, &QueryRunner::rowsReady, this, &ExplorerPage::onRows);
    connect(m_runner, &QueryRunner::finished, this, &ExplorerPage::onFinished);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ExplorerPage::runQuery);
    }
    loadStartingPoints();
    updateEmptyState();
    updateButtons();
}

ExplorerPage::~ExplorerPage() = default;

QWidget *ExplorerPage::makeStartingPoints() {
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Starting points"), panel);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_startingPoints = new QListWidget(panel);
    m_startingPoints->setObjectName(QStringLiteral("startingPointsList"));
    m_startingPoints->setAccessibleName(tr("Starting points"));
    m_startingPoints->setToolTip(tr("Click a report to open its SQL in the editor and run it."));
    m_startingPoints->setWordWrap(true);
    layout->addWidget(m_startingPoints);
    heading->setBuddy(m_startingPoints);
    // A click, Enter, or a double-click (which also clicks): one run for the same report.
    auto open = [this](QListWidgetItem *item) {
        const QString sql = item->data(StartingPointSqlRole).toString();
        if (sql.isEmpty() || (isRunning() && m_lastSql == sql)) // a heading, or already running
            return;
        setQuery(sql);
        runQuery();
    };
    connect(m_startingPoints, &QListWidget::itemClicked, this, open);
    connect(m_startingPoints, &QListWidget::itemActivated, this, open);
    return panel;
}

QWidget *ExplorerPage::makeEditor() {
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_emptyState = new QLabel(panel);
    m_emptyState->setObjectName(QStringLiteral("explorerEmptyState"));
    m_emptyState->setAccessibleName(tr("The catalog has no data yet"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(tr("The catalog has no data yet. Add a source on the Sources page (or try the sample "
                             "data) and sync it; then query its tables here."));
    layout->addWidget(m_emptyState);

    m_editor = new QPlainTextEdit(panel);
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setAccessibleName(tr("SQL query"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("SELECT * FROM organization_posts LIMIT 100"));
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    new SqlHighlighter(m_editor->document());
    layout->addWidget(m_editor, 1);

    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("queryErrorLabel"));
    m_error->setAccessibleName(tr("Query error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f1aeb5; "
                                          "border-radius: 4px; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_run = makeButton(QStringLiteral("runQueryButton"), tr("Run"), panel);
    m_run->setToolTip(tr("Run the query (Ctrl+Enter)"));
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_cancel = makeButton(QStringLiteral("cancelQueryButton"), tr("Stop"), panel);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_export = makeButton(QStringLiteral("exportCsvButton"), tr("Export CSV…"), panel);
    m_status = new QLabel(panel);
    m_status->setObjectName(QStringLiteral("queryStatusLabel"));
    m_status->setAccessibleName(tr("Query status"));
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(m_run, &QPushButton::clicked, this, &ExplorerPage::runQuery);
    connect(m_cancel, &QPushButton::clicked, this, &ExplorerPage::cancelQuery);
    connect(m_export, &QPushButton::clicked, this, &ExplorerPage::exportCsvWithDialog);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ExplorerPage::updateButtons);
    return panel;
}

QWidget *ExplorerPage::makeResults() {
    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("queryResultView"));
    m_results->setAccessibleName(tr("Query result"));
    m_results->setModel(m_model);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(false);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_results->horizontalHeader()->setDefaultSectionSize(140);
    return m_results;
}

void ExplorerPage::loadStartingPoints() {
    m_startingPoints->clear();
    const SqlBackend backend = isServerCatalog(m_services.catalogPath) ? SqlBackend::Postgres : SqlBackend::Sqlite;
    for (const StartingPoint &point : startingPoints(m_services.sources, backend)) {
        auto *item = new QListWidgetItem(point.title, m_startingPoints);
        if (point.isHeading()) { // names the organization the reports under it follow
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setFlags(Qt::ItemIsEnabled);
            item->setToolTip(point.detail);
            continue;
        }
        item->setData(StartingPointSqlRole, point.sql);
        item->setData(StartingPointReportRole, point.report);
        item->setToolTip(point.sql);
    }
}

void ExplorerPage::updateEmptyState() {
    bool empty = !isServerCatalog(m_services.catalogPath) && !QFileInfo::exists(m_services.catalogPath);
    if (!empty && m_services.catalog && m_services.catalog->isOpen())
        empty = m_services.catalog->userTables().isEmpty();
    m_emptyState->setVisible(empty);
}

QString ExplorerPage::query() const {
    return m_editor->toPlainText();
}

QString ExplorerPage::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ExplorerPage::statusText() const {
    return m_status->text();
}

void ExplorerPage::setQuery(const QString &sql) {
    // Through the cursor, not setPlainText: Ctrl+Z brings the previous query back.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(sql);
    m_editor->moveCursor(QTextCursor::Start);
}

void ExplorerPage::runQuery() {
    runSql(query());
}

void ExplorerPage::runSql(const QString &sql) {
    if (sql.trimmed().isEmpty()) {
        showError(tr("Write a query first, or pick a starting point on the left."));
        return;
    }
    showError({});
    m_lastSql = sql;
    m_model->clear();
    m_resized = false;
    m_runningId = m_runner->run(sql);
    m_status->setText(tr("Running…"));
    updateButtons();
}

void ExplorerPage::cancelQuery() {
    if (!isRunning())
        return;
    m_runner->cancel();
}

void ExplorerPage::reload() {
    loadStartingPoints();
    updateEmptyState();
    // The last query, not the editor's draft: the grid shows what it showed, with current rows.
    if (!m_lastSql.isEmpty() && !isRunning())
        runSql(m_lastSql);
}

void ExplorerPage::showError(const QString &sentence) {
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}

void ExplorerPage::updateButtons() {
    m_run->setEnabled(!isRunning() && !query().trimmed().isEmpty());
    m_cancel->setEnabled(isRunning());
    m_export->setEnabled(!isRunning() && !m_model->columns().isEmpty());
}

void ExplorerPage::onColumns(int id, const QStringList &columns) {
    if (id != m_runningId)
        return;
    m_model->setColumns(columns);
}

void ExplorerPage::onRows(int id, const QList<QList<QVariant>> &rows) {
    if (id != m_runningId)
        return;
    m_model->appendRows(rows);
    if (!m_resized) {
        m_resized = true;
        m_results->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_results->setColumnWidth(c, qMin(m_results->columnWidth(c), 360));
    }
    m_status->setText(tr("Running… %Ln row(s) so far", nullptr, m_model->rowCount()));
}

void ExplorerPage::onFinished(int id, const QueryOutcome &outcome) {
    if (id != m_runningId)
        return;
    m_runningId = 0;
    const QLocale locale;
    if (!outcome.error.isEmpty()) {
        showError(outcome.error);
        m_status->clear();
    } else if (outcome.cancelled) {
        m_status->setText(tr("Stopped after %Ln row(s)", nullptr, m_model->rowCount()));
    } else {
        m_status->setText(
            tr("%Ln row(s) in %1 ms", nullptr, m_model->rowCount()).arg(locale.toString(outcome.elapsedMs)));
        if (m_model->columns().isEmpty() == false && !m_resized) {
            m_results->resizeColumnsToContents(); // an empty result: headers only
            m_resized = true;
        }
    }
    updateButtons();
    emit queryFinished(outcome);
}

QString ExplorerPage::exportCsv(const QString &path, bool byteOrderMark) {
    return pagesight::exportCsv(path, m_model->columns(), m_model->rows(), true, byteOrderMark);
}

void ExplorerPage::exportCsvWithDialog() {
    Preferences preferences(m_services.settings);
    const QString plain = tr("CSV files (*.csv)");
    const QString excel = tr("CSV for Excel, with a UTF-8 byte-order mark (*.csv)");
    QString selected = preferences.excelFriendlyCsv() ? excel : plain;
    const QString path =
        m_askSaveFile(tr("Export the result as CSV"), preferences.exportPath(QStringLiteral("query-result.csv")),
                      QStringList{plain, excel}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const bool byteOrderMark = selected == excel;
    const QString error = exportCsv(path, byteOrderMark);
    showError(error);
    if (error.isEmpty()) {
        preferences.rememberExport(path, byteOrderMark);
        m_status->setText(tr("Exported %Ln row(s) to %1", nullptr, m_model->rowCount()).arg(path));
    }
}

} // namespace pagesight
