#include "SourceDetailPane.h"
#include "AccessibleButton.h"

#include "RunHistoryModel.h"
#include "app/SourceText.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMetaEnum>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pagesight {

namespace {

constexpr int tokenWarningDays = 10;

// A coloured strip with an icon and a sentence; the colours read as a warning in light and dark
// palettes alike.
QFrame *makeBanner(const QString &objectName, QStyle::StandardPixmap icon, const QString &background, QLabel **text,
                   QWidget *parent) {
    auto *banner = new QFrame(parent);
    banner->setObjectName(objectName);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid #c8a400; border-radius: 4px; }"
                                         "QFrame#%1 QLabel { color: #1f1a00; }")
                              .arg(objectName, background));
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *iconLabel = new QLabel(banner);
    iconLabel->setPixmap(banner->style()->standardIcon(icon).pixmap(20, 20));
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    *text = new QLabel(banner);
    (*text)->setWordWrap(true);
    (*text)->setObjectName(objectName + QStringLiteral("Text"));
    layout->addWidget(*text, 1);
    banner->hide();
    return banner;
}

} // namespace

SourceDetailPane::SourceDetailPane(RunHistoryModel *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history) {
    setObjectName(QStringLiteral("sourceDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sourceTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("sourceSubtitleLabel"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_subtitle);
    m_schedule = new QLabel(this);
    m_schedule->setObjectName(QStringLiteral("scheduleLabel"));
    layout->addWidget(m_schedule);

    m_reauthorizeBanner = makeBanner(QStringLiteral("reauthorizeBanner"), QStyle::SP_MessageBoxCritical,
                                     QStringLiteral("#fde2e1"), &m_reauthorizeText, this);
    m_reauthorizeBanner->setStyleSheet(
        m_reauthorizeBanner->styleSheet().replace(QStringLiteral("#c8a400"), QStringLiteral("#d9534f")));
    layout->addWidget(m_reauthorizeBanner);
    m_tokenBanner = makeBanner(QStringLiteral("tokenExpiryBanner"), QStyle::SP_MessageBoxWarning,
                               QStringLiteral("#fff4c2"), &m_tokenText, this);
    layout->addWidget(m_tokenBanner);

    auto *actions = new QHBoxLayout;
    m_syncButton = makeButton(QStringLiteral("syncButton"), tr("Sync now"), this);
    m_syncButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncButton->setDefault(true);
    m_cancelButton = makeButton(QStringLiteral("cancelButton"), tr("Cancel sync"), this);
    m_cancelButton->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_reauthorizeButton = makeButton(QStringLiteral("reauthorizeButton"), tr("Re-authorize…"), this);
    m_editButton = makeButton(QStringLiteral("editButton"), tr("Edit…"), this);
    m_deleteButton = makeButton(QStringLiteral("deleteButton"), tr("Delete…"), this);
    actions->addWidget(m_syncButton);
    actions->addWidget(m_cancelButton);
    actions->addStretch(1);
    actions->addWidget(m_reauthorizeButton);
    actions->addWidget(m_editButton);
    actions->addWidget(m_deleteButton);
    layout->addLayout(actions);
    connect(m_syncButton, &QPushButton::clicked, this, &SourceDetailPane::syncRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &SourceDetailPane::cancelRequested);
    connect(m_editButton, &QPushButton::clicked, this, &SourceDetailPane::editRequested);
    connect(m_deleteButton, &QPushButton::clicked, this, &SourceDetailPane::deleteRequested);
    connect(m_reauthorizeButton, &QPushButton::clicked, this, &SourceDetailPane::reauthorizeRequested);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("runMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setChildrenCollapsible(false);
    m_progressBox = new QGroupBox(tr("Progress"), columns);
    m_progressBox->setObjectName(QStringLiteral("progressGroup"));
    auto *progressLayout = new QVBoxLayout(m_progressBox);
    m_progressGrid = new QGridLayout;
    m_progressGrid->setColumnStretch(1, 1);
    progressLayout->addLayout(m_progressGrid);
    progressLayout->addStretch(1);

    auto *historyBox = new QGroupBox(tr("Run history"), columns);
    historyBox->setObjectName(QStringLiteral("runHistoryGroup"));
    auto *historyLayout = new QVBoxLayout(historyBox);
    auto *historySplit = new QSplitter(Qt::Vertical, historyBox);
    m_historyView = new QTableView(historySplit);
    m_historyView->setObjectName(QStringLiteral("runHistoryView"));
    m_historyView->setAccessibleName(tr("Run history"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setHighlightSections(false);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(RunHistoryModel::Message, QHeaderView::Stretch);
    m_historyView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_historyView->setWordWrap(false);
    m_runStreams = new QTableWidget(0, 5, historySplit);
    m_runStreams->setObjectName(QStringLiteral("runStreamsView"));
    m_runStreams->setAccessibleName(tr("Streams of the selected run"));
    m_runStreams->setHorizontalHeaderLabels({tr("Stream"), tr("Status"), tr("Rows"), tr("Requests"), tr("Message")});
    m_runStreams->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runStreams->setSelectionMode(QAbstractItemView::NoSelection);
    m_runStreams->verticalHeader()->hide();
    m_runStreams->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runStreams->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_runStreams->horizontalHeader()->setHighlightSections(false);
    m_runStreams->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_runStreams->setWordWrap(false);
    // The stream column ("Estatísticas de compartilhamentos → share_statistics") may be too wide
    // for the pane in a long language, and would push the message column behind a scroll bar: it
    // is capped to leave the other columns and the message's title in view (fitRunStreamColumns),
    // and a cut cell keeps its whole text in the tooltip.
    m_runStreams->viewport()->installEventFilter(this);
    historySplit->setStretchFactor(0, 3);
    historySplit->setStretchFactor(1, 2);
    historyLayout->addWidget(historySplit);
    // No fixed minimum width on the progress box: one would override its grid's (the longest stream
    // title, the bar and the longest state, in the current language), and the splitter would then
    // squeeze the labels and states over the bars.
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 1);
    layout->addWidget(columns, 1);

    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SourceDetailPane::showRunStreams);
    // A refreshed history keeps showing the selected run's streams (or the newest run's).
    connect(m_history, &QAbstractItemModel::modelReset, this, [this] {
        if (m_history->rowCount() > 0)
            m_historyView->selectRow(0);
        showRunStreams();
    });
    connect(m_history, &QAbstractItemModel::dataChanged, this, &SourceDetailPane::showRunStreams);
    setSource(nullptr, {});
}

bool SourceDetailPane::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_runStreams->viewport() && event->type() == QEvent::Resize)
        fitRunStreamColumns();
    return QWidget::eventFilter(watched, event);
}

void SourceDetailPane::fitRunStreamColumns() {
    // Room for the status, rows and requests columns as their contents size them, and for the
    // message column's own title; the stream column may have the rest.
    QHeaderView *header = m_runStreams->horizontalHeader();
    const QAbstractItemView *view = m_runStreams; // sizeHintForColumn() is public there, protected in QTableView
    int taken = header->sectionSizeHint(4);
    for (int column = 1; column < 4; ++column)
        taken += qMax(header->sectionSizeHint(column), view->sizeHintForColumn(column));
    header->setMaximumSectionSize(qMax(header->minimumSectionSize(), m_runStreams->viewport()->width() - taken));
}

QString SourceDetailPane::tokenWarning(const SourceConfig &source, const QDateTime &nowUtc) {
    const QDateTime soon = nowUtc.addDays(tokenWarningDays);
    const auto daysLeft = [&](const QDateTime &at) {
        return int((nowUtc.secsTo(at) + 86399) / 86400);
    };
    const QDateTime access = source.accessTokenExpiresAt;
    const QDateTime refresh = source.refreshTokenExpiresAt;
    // A refresh token that outlives the access token renews it during a run: no need to warn then.
    const bool renewed = refresh.isValid() && refresh > nowUtc && (!access.isValid() || refresh > access);
    QStringList lines;
    if (access.isValid() && access <= soon && !renewed) {
        lines.append(
            access <= nowUtc
                ? tr("The access token expired on %1. Re-authorize to keep syncing.").arg(SourceText::dateTime(access))
                : tr("The access token expires on %1 (in %n day(s)). Re-authorize before then to keep "
                     "syncing.",
                     nullptr, daysLeft(access))
                      .arg(SourceText::dateTime(access)));
    }
    if (refresh.isValid() && refresh <= soon) {
        lines.append(refresh <= nowUtc
                         ? tr("The refresh token expired on %1. Sign in with LinkedIn again to keep syncing.")
                               .arg(SourceText::dateTime(refresh))
                         : tr("The refresh token expires on %1 (in %n day(s)); after that, sign in with LinkedIn "
                              "again.",
                              nullptr, daysLeft(refresh))
                               .arg(SourceText::dateTime(refresh)));
    }
    return lines.join(QLatin1Char('\n'));
}

void SourceDetailPane::setSource(const SourceRow *row, const QDateTime &nowUtc) {
    m_hasSource = row != nullptr;
    if (!row) {
        m_title->setText(tr("No source selected"));
        m_subtitle->clear();
        m_schedule->clear();
        m_reauthorizeBanner->hide();
        m_tokenBanner->hide();
        m_reauthorizeButton->hide();
        setRunning(false);
        return;
    }
    const SourceConfig &source = row->source;
    m_title->setText(source.description.isEmpty() ? tr("(no description)") : source.description);
    const QString organization = SourceText::organization(source);
    m_subtitle->setText(tr("%1 · data from %2 · streams: %3")
                            .arg(organization, QLocale().toString(source.startDate, QLocale::ShortFormat))
                            .arg(source.streams.size()));
    QString schedule = tr("Schedule: %1").arg(SourceText::trigger(source.trigger));
    if (row->nextRun.isValid() && !source.needsReauthorization)
        schedule += QStringLiteral(" · ") + tr("next run %1").arg(SourceText::dateTime(row->nextRun));
    m_schedule->setText(schedule);

    m_reauthorizeText->setText(tr("LinkedIn rejected this source's access token. Re-authorize it to sync again."));
    m_reauthorizeBanner->setVisible(source.needsReauthorization);
    const QString warning = tokenWarning(source, nowUtc);
    m_tokenText->setText(warning);
    m_tokenBanner->setVisible(!warning.isEmpty() && !source.needsReauthorization);
    // Sample data has no token of its own to renew.
    m_reauthorizeButton->setVisible(source.authMethod != SourceConfig::AuthMethod::SampleData &&
                                    (source.needsReauthorization || !warning.isEmpty()));
    setRunning(m_running);
}

void SourceDetailPane::setRunning(bool running) {
    m_running = running;
    m_syncButton->setEnabled(m_hasSource && !running);
    m_cancelButton->setEnabled(m_hasSource && running);
    m_editButton->setEnabled(m_hasSource && !running);
    m_deleteButton->setEnabled(m_hasSource && !running);
    m_reauthorizeButton->setEnabled(m_hasSource && !running);
}

void SourceDetailPane::setMessage(const QString &message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SourceDetailPane::setProgress(const QList<StreamProgress> &streams) {
    qDeleteAll(m_progressWidgets);
    m_progressWidgets.clear();
    m_bars.clear();
    m_states.clear();
    // The state column is as wide as its longest word, so bars do not jump as states change.
    int stateWidth = 0;
    const QMetaEnum states = QMetaEnum::fromType<RunStatus>();
    for (int i = 0; i < states.keyCount(); ++i)
        stateWidth =
            qMax(stateWidth, fontMetrics().horizontalAdvance(SourceText::runStatus(RunStatus(states.value(i)))));
    stateWidth = qMax(stateWidth, fontMetrics().horizontalAdvance(tr("retrying in %1 s (HTTP %2)").arg(99).arg(503)));
    int row = 0;
    for (const StreamProgress &progress : streams) {
        auto *label = new QLabel(SourceText::streamTitle(progress.streamId), m_progressBox);
        auto *bar = new QProgressBar(m_progressBox);
        bar->setObjectName(QStringLiteral("progress_") + progress.streamId);
        bar->setAccessibleName(SourceText::streamTitle(progress.streamId));
        bar->setMinimumWidth(200);
        label->setBuddy(bar);
        auto *state = new QLabel(m_progressBox);
        state->setObjectName(QStringLiteral("state_") + progress.streamId);
        state->setMinimumWidth(stateWidth);
        m_progressGrid->addWidget(label, row, 0);
        m_progressGrid->addWidget(bar, row, 1);
        m_progressGrid->addWidget(state, row, 2);
        m_progressWidgets << label << bar << state;
        m_bars.insert(progress.streamId, bar);
        m_states.insert(progress.streamId, state);
        showProgress(progress);
        ++row;
    }
    m_progressBox->setVisible(!streams.isEmpty());
}

void SourceDetailPane::updateProgress(const StreamProgress &progress) {
    showProgress(progress);
}

void SourceDetailPane::showProgress(const StreamProgress &progress) {
    QProgressBar *bar = m_bars.value(progress.streamId);
    QLabel *state = m_states.value(progress.streamId);
    if (!bar || !state)
        return;
    int maximum = progress.requestsPlanned;
    int value = qMin(progress.requestsDone, maximum);
    if (maximum <= 0) { // nothing planned yet (waiting), or nothing to fetch (finished)
        maximum = 1;
        value = isFinished(progress.state) ? 1 : 0;
    }
    bar->setRange(0, maximum);
    bar->setValue(value);
    // Explicit forms rather than %n: a test and an untranslated locale read the source text.
    const QString rows =
        progress.rowsWritten == 1 ? tr("1 row") : tr("%1 rows").arg(QLocale().toString(progress.rowsWritten));
    const QString text = tr("%1/%2 requests · %3").arg(progress.requestsDone).arg(progress.requestsPlanned).arg(rows);
    // The bar draws the text itself: QProgressBar's format gives % a meaning, so it is escaped.
    bar->setFormat(QString(text).replace(QLatin1Char('%'), QStringLiteral("%%")));
    bar->setToolTip(text);
    // Failed red, partial or cancelled amber (Okabe–Ito vermillion and orange); the style's colour else.
    QPalette colours = QApplication::palette(bar);
    if (progress.state == RunStatus::Failed)
        colours.setColor(QPalette::Highlight, QColor(0xD5, 0x5E, 0x00));
    else if (progress.state == RunStatus::Partial || progress.state == RunStatus::Cancelled)
        colours.setColor(QPalette::Highlight, QColor(0xE6, 0x9F, 0x00));
    bar->setPalette(colours);
    if (progress.retryInSeconds > 0 && !isFinished(progress.state))
        state->setText(progress.retryHttpStatus > 0
                           ? tr("retrying in %1 s (HTTP %2)").arg(progress.retryInSeconds).arg(progress.retryHttpStatus)
                           : tr("retrying in %1 s (no answer)").arg(progress.retryInSeconds));
    else
        state->setText(SourceText::runStatus(progress.state));
}

void SourceDetailPane::showRunStreams() {
    const RunRecord *run = m_history->runAt(m_historyView->currentIndex().row());
    const QList<RunStreamStats> streams = run ? run->streams : QList<RunStreamStats>();
    m_runStreams->setRowCount(int(streams.size()));
    for (int i = 0; i < streams.size(); ++i) {
        const RunStreamStats &stream = streams.at(i);
        const QStringList cells = {tr("%1 → %2").arg(SourceText::streamTitle(stream.streamId), stream.tableName),
                                   SourceText::runStatus(stream.status), QLocale().toString(stream.rowsWritten),
                                   QLocale().toString(stream.requests), stream.message};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == 2 || column == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_runStreams->setItem(i, column, item);
        }
    }
    fitRunStreamColumns(); // the rows' status words may be wider than the column titles
}

} // namespace pagesight
