#include "SourcesPage.h"
#include "AccessibleButton.h"

#include "DeleteSourceDialog.h"
#include "RunHistoryModel.h"
#include "SourceDetailPane.h"
#include "SourceListModel.h"
#include "app/SampleData.h"
#include "app/Scheduler.h"
#include "app/SourceText.h"
#include "app/SyncController.h"
#include "catalog/RunHistory.h"
#include "common/Clock.h"
#include "source/SourceRepository.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace pagesight {

namespace {

QCoro::Task<TokenStore::Result> storeSecrets(SourceRepository *repository, QString sourceId, SourceSecrets secrets) {
    // An edit that did not touch the authorization hands back no secrets: keep the stored ones.
    if (secrets.isEmpty())
        co_return TokenStore::Result{};
    co_return co_await repository->saveSecrets(sourceId, secrets);
}

QLabel *makeHeading(const QString &text, qreal scale, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Centres a fixed-width widget without an alignment flag: a widget laid out with an alignment gets
// its size hint, and wrapped text then loses the height it needs for that width.
QHBoxLayout *centered(QWidget *widget) {
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(widget);
    row->addStretch(1);
    return row;
}

} // namespace

SourcesPage::SourcesPage(const AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_openWizard(runSetupWizard)
    , m_controller(services.syncs)
    , m_scheduler(services.scheduler)
    , m_sourceModel(new SourceListModel(this))
    , m_historyModel(new RunHistoryModel(this)) {
    setObjectName(QStringLiteral("sourcesPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_states = new QStackedWidget(this);
    m_welcome = makeWelcomePanel();
    m_content = makeContent();
    m_noCatalog = makeNoCatalogPanel();
    m_states->addWidget(m_welcome);
    m_states->addWidget(m_content);
    m_states->addWidget(m_noCatalog);
    layout->addWidget(m_states);

    connect(m_controller, &SyncController::started, this, &SourcesPage::onStarted);
    connect(m_controller, &SyncController::progressChanged, this, &SourcesPage::onProgress);
    connect(m_controller, &SyncController::finished, this, &SourcesPage::onFinished);
    connect(m_controller, &SyncController::sourceChanged, this, &SourcesPage::refresh);
    connect(m_scheduler, &Scheduler::checked, this, &SourcesPage::refresh);
    refresh();
}

SourcesPage::~SourcesPage() = default;

QWidget *SourcesPage::makeWelcomePanel() {
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("welcomePanel"));
    auto *outer = new QVBoxLayout(panel);
    outer->addStretch(1);
    auto *card = new QFrame(panel);
    card->setObjectName(QStringLiteral("welcomeCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setFixedWidth(600);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);
    layout->addWidget(makeHeading(tr("Welcome to Pagesight"), 1.6, card));
    auto *text = new QLabel(tr("Pagesight copies your LinkedIn Organization Page — followers, page views, share "
                               "statistics, posts and how each post did — into a catalog on this computer, and "
                               "turns it into dashboards.\n\nStart by adding a source: your page, the date to "
                               "start from, and a way to sign in."),
                            card);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *buttons = new QHBoxLayout;
    auto *add = makeButton(QStringLiteral("addSourceButton"), tr("Add a LinkedIn source…"), card);
    add->setDefault(true);
    add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    auto *sample = makeButton(QStringLiteral("trySampleDataButton"), tr("Try with sample data"), card);
    sample->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    buttons->addWidget(add);
    buttons->addWidget(sample);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *note = new QLabel(tr("Sample data comes from a simulated LinkedIn API inside Pagesight: no LinkedIn "
                               "account or developer app needed. It is added as a source you can delete later."),
                            card);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    outer->addLayout(centered(card));
    outer->addStretch(2);
    connect(add, &QPushButton::clicked, this, &SourcesPage::addSource);
    connect(sample, &QPushButton::clicked, this, &SourcesPage::trySampleData);
    return panel;
}

QWidget *SourcesPage::makeContent() {
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *header = new QHBoxLayout;
    header->addWidget(makeHeading(tr("Sources"), 1.3, content));
    header->addStretch(1);
    auto *syncAll = makeButton(QStringLiteral("syncAllButton"), tr("Sync all"), content);
    auto *add = makeButton(QStringLiteral("newSourceButton"), tr("Add source…"), content);
    add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    header->addWidget(syncAll);
    header->addWidget(add);
    layout->addLayout(header);
    connect(syncAll, &QPushButton::clicked, m_controller, &SyncController::syncAll);
    connect(add, &QPushButton::clicked, this, &SourcesPage::addSource);

    auto *split = new QSplitter(Qt::Vertical, content);
    split->setChildrenCollapsible(false);
    m_list = new QTableView(split);
    m_list->setObjectName(QStringLiteral("sourcesList"));
    m_list->setAccessibleName(tr("Sources"));
    m_list->setModel(m_sourceModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_list->setMinimumHeight(110);
    QHeaderView *columns = m_list->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(SourceListModel::Streams, QHeaderView::Stretch);
    m_detail = new SourceDetailPane(m_historyModel, split);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SourcesPage::updateDetail);
    connect(m_list, &QTableView::doubleClicked, this, &SourcesPage::editSelected);
    connect(m_detail, &SourceDetailPane::syncRequested, this, &SourcesPage::syncSelected);
    connect(m_detail, &SourceDetailPane::cancelRequested, this, &SourcesPage::cancelSelected);
    connect(m_detail, &SourceDetailPane::editRequested, this, &SourcesPage::editSelected);
    connect(m_detail, &SourceDetailPane::deleteRequested, this, &SourcesPage::deleteSelected);
    connect(m_detail, &SourceDetailPane::reauthorizeRequested, this, &SourcesPage::reauthorizeSelected);
    return content;
}

QWidget *SourcesPage::makeNoCatalogPanel() {
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("noCatalogPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->addStretch(1);
    layout->addWidget(makeHeading(tr("No catalog is open"), 1.3, panel), 0, Qt::AlignHCenter);
    m_noCatalogText = new QLabel(panel);
    m_noCatalogText->setObjectName(QStringLiteral("noCatalogText"));
    m_noCatalogText->setWordWrap(true);
    m_noCatalogText->setFixedWidth(560);
    m_noCatalogText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addLayout(centered(m_noCatalogText));
    auto *open = new QPushButton(tr("Open Another Catalog…"), panel);
    open->setObjectName(QStringLiteral("noCatalogOpenButton"));
    connect(open, &QPushButton::clicked, this, &SourcesPage::openCatalogRequested);
    layout->addWidget(open, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return panel;
}

bool SourcesPage::hasCatalog() const {
    return !m_catalogProblem && m_services.catalog && m_services.catalog->isOpen() && m_services.sources;
}

void SourcesPage::setCatalogProblem(const QString &message) {
    m_catalogProblem = true;
    m_noCatalogText->setText(tr("%1\n\nTo go on, open another catalog (a file, or a team's catalog on a "
                                "PostgreSQL server), or start Pagesight again once this one is free or repaired.")
                                 .arg(message));
    refresh();
}

QString SourcesPage::selectedSourceId() const {
    if (!m_list)
        return {};
    return m_sourceModel->index(m_list->currentIndex().row(), 0).data(SourceListModel::SourceIdRole).toString();
}

void SourcesPage::selectSource(const QString &sourceId) {
    const int row = m_sourceModel->rowOf(sourceId);
    if (row >= 0)
        m_list->selectRow(row);
}

void SourcesPage::refresh() {
    if (!hasCatalog()) {
        m_sources.clear();
        m_sourceModel->setRows({});
        m_states->setCurrentWidget(m_noCatalog);
        return;
    }
    m_sources = m_services.sources->sources();
    QList<SourceRow> rows;
    for (const SourceConfig &source : std::as_const(m_sources)) {
        SourceRow row;
        row.source = source;
        const QList<RunRecord> runs = RunHistory(*m_services.catalog).runsOfSource(source.id, 1);
        if (!runs.isEmpty())
            row.lastRun = runs.first();
        row.nextRun = m_scheduler->nextRun(source);
        if (!m_storedRows.contains(source.id))
            m_storedRows.insert(source.id, m_services.sources->storedRows(source));
        row.storedRows = m_storedRows.value(source.id);
        row.syncing = m_controller->isRunning(source.id);
        rows.append(row);
    }
    const QString selected = m_pendingSelection.isEmpty() ? selectedSourceId() : m_pendingSelection;
    m_sourceModel->setRows(rows);
    m_states->setCurrentWidget(rows.isEmpty() ? m_welcome : m_content);
    const int wanted = m_sourceModel->rowOf(selected);
    if (wanted >= 0)
        m_pendingSelection.clear();
    if (!rows.isEmpty() && (wanted >= 0 ? wanted : 0) != m_list->currentIndex().row())
        m_list->selectRow(wanted >= 0 ? wanted : 0);
    updateDetail();
}

void SourcesPage::updateDetail() {
    const QString id = selectedSourceId();
    const SourceRow *row = m_sourceModel->rowAt(m_sourceModel->rowOf(id));
    m_detail->setSource(row, m_services.clock->nowUtc());
    if (id != m_shownSourceId) {
        m_shownSourceId = id;
        m_detail->setProgress(m_controller->progress(id));
        m_detail->setMessage(m_messages.value(id));
    }
    m_detail->setRunning(row && m_controller->isRunning(id));
    refreshHistory();
}

void SourcesPage::refreshHistory() {
    const SourceRow *row = m_sourceModel->rowAt(m_sourceModel->rowOf(m_shownSourceId));
    m_historyModel->setRuns(row ? RunHistory(*m_services.catalog).runsOfSource(row->source.id, 50)
                                : QList<RunRecord>());
}

void SourcesPage::onStarted(const QString &sourceId) {
    m_historyPending.insert(sourceId);
    m_messages.remove(sourceId);
    if (sourceId == m_shownSourceId) {
        m_detail->setProgress(m_controller->progress(sourceId));
        m_detail->setMessage({});
    }
    refresh();
}

void SourcesPage::onProgress(const QString &sourceId, const StreamProgress &progress) {
    if (sourceId != m_shownSourceId)
        return;
    m_detail->updateProgress(progress);
    // The engine has recorded the run by its first progress: show it as running.
    if (m_historyPending.remove(sourceId))
        refreshHistory();
}

void SourcesPage::onFinished(const QString &sourceId, const RunReport &report) {
    m_historyPending.remove(sourceId);
    m_storedRows.clear(); // the run wrote rows; sources sharing its organization and tables count them too
    QString message = tr("Last sync: %1 — %2").arg(SourceText::runStatus(report.status), report.message);
    if (const QString retention = SourceText::retention(report); !retention.isEmpty())
        message += QLatin1Char(' ') + retention;
    m_messages.insert(sourceId, message);
    if (sourceId == m_shownSourceId)
        m_detail->setMessage(m_messages.value(sourceId));
    refresh();
    emit runFinished(sourceId, report);
}

void SourcesPage::syncSelected() {
    m_controller->sync(selectedSourceId());
}

void SourcesPage::cancelSelected() {
    m_controller->cancel(selectedSourceId());
}

void SourcesPage::addSource() {
    if (!hasCatalog())
        return;
    const std::optional<WizardOutcome> outcome =
        m_openWizard(m_services, SetupWizard::Mode::Create, std::nullopt, window());
    if (!outcome)
        return;
    SourceConfig source = outcome->source;
    if (source.id.isEmpty())
        source.id = SourceRepository::newId();
    saveSource(source, outcome->secrets, outcome->syncNow);
}

void SourcesPage::trySampleData() {
    if (!hasCatalog())
        return;
    // No wizard: everything about the sample source is known, and the point is to see data at once.
    if (!m_services.sampleData || !m_services.sampleData->ensureRunning()) {
        showWarning(tr("Sample Data"), tr("The sample data server could not be started: no port on this computer's "
                                          "loopback interface could be opened."));
        return;
    }
    SourceConfig source = m_services.sampleData->sampleSource(m_services.clock->todayUtc());
    source.id = SourceRepository::newId();
    saveSource(source, {}, true);
}

void SourcesPage::editSelected() {
    const std::optional<SourceConfig> source = m_services.sources->source(selectedSourceId());
    if (!source || m_controller->isRunning(source->id))
        return;
    const std::optional<WizardOutcome> outcome = m_openWizard(m_services, SetupWizard::Mode::Edit, source, window());
    if (!outcome)
        return;
    SourceConfig edited = outcome->source;
    edited.id = source->id;
    if (!edited.lastFullSyncAt.isValid())
        edited.lastFullSyncAt = source->lastFullSyncAt;
    saveSource(edited, outcome->secrets, outcome->syncNow);
}

void SourcesPage::reauthorizeSelected() {
    const std::optional<SourceConfig> source = m_services.sources->source(selectedSourceId());
    if (!source || m_controller->isRunning(source->id))
        return;
    const std::optional<WizardOutcome> outcome =
        m_openWizard(m_services, SetupWizard::Mode::Reauthorize, source, window());
    if (!outcome)
        return;
    SourceConfig updated = outcome->source;
    updated.id = source->id;
    updated.lastFullSyncAt = source->lastFullSyncAt;
    updated.needsReauthorization = false;
    saveSource(updated, outcome->secrets, outcome->syncNow);
}

void SourcesPage::deleteSelected() {
    const std::optional<SourceConfig> source = m_services.sources->source(selectedSourceId());
    if (!source || m_controller->isRunning(source->id))
        return;
    DeleteSourceDialog dialog(*source, m_services.sources->removalPlan(source->id), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = source->id;
    m_detail->setEnabled(false);
    QCoro::connect(m_services.sources->remove(id, dialog.deletion()), this, [this, id](const CatalogError &error) {
        m_detail->setEnabled(true);
        if (error.isError())
            showWarning(tr("Source Not Deleted"), describe(error));
        m_messages.remove(id);
        m_storedRows.clear(); // its organization's rows may have gone from tables others use
        refresh();
        emit sourcesChanged();
    });
}

void SourcesPage::saveSource(const SourceConfig &source, const SourceSecrets &secrets, bool syncNow) {
    const QString id = source.id;
    QCoro::connect(m_services.sources->save(source), this, [this, id, secrets, syncNow](const CatalogError &error) {
        if (error.isError()) {
            showWarning(tr("Source Not Saved"), describe(error));
            return;
        }
        m_pendingSelection = id;
        m_storedRows.remove(id); // its tables may have changed
        refresh();
        emit sourcesChanged();
        storeSecretsThenSync(id, secrets, syncNow);
    });
}

void SourcesPage::storeSecretsThenSync(const QString &id, const SourceSecrets &secrets, bool syncNow) {
    QCoro::connect(
        storeSecrets(m_services.sources, id, secrets), this, [this, id, syncNow](const TokenStore::Result &result) {
            if (!result.ok) {
                showWarning(tr("Token Not Stored"), tr("The source was saved, but its token could not be stored in the "
                                                       "keychain: %1")
                                                        .arg(result.error));
                return;
            }
            if (syncNow)
                m_controller->sync(id);
        });
}

void SourcesPage::showWarning(const QString &title, const QString &text) {
    // Not exec(): this may run in a coroutine's continuation, and tests need no one to click.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, window());
    box->setObjectName(QStringLiteral("sourcesWarning"));
    box->button(QMessageBox::Ok)->setText(tr("OK")); // Qt's own catalogue is not loaded
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pagesight
