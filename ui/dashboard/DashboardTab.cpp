#include "DashboardTab.h"

#include "ChartCanvas.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace pagesight {

DashboardTab::DashboardTab(const QString &emptyStateName, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(m_stack)) {
    m_empty->setObjectName(emptyStateName);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(40);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void DashboardTab::setContent(QWidget *content) {
    m_scroll = new QScrollArea(m_stack);
    m_scroll->setObjectName(objectName().isEmpty() ? QStringLiteral("dashboardScrollArea")
                                                   : objectName() + QStringLiteral("ScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    m_stack->addWidget(m_scroll);
}

QWidget *DashboardTab::pictureWidget() const {
    return isEmptyStateShown() || !m_scroll ? static_cast<QWidget *>(m_stack) : m_scroll->widget();
}

void DashboardTab::showEmpty(const QString &text) {
    m_empty->setText(text);
    m_stack->setCurrentIndex(0);
}

void DashboardTab::showContent() {
    m_stack->setCurrentIndex(1);
}

bool DashboardTab::isEmptyStateShown() const {
    return m_stack->currentIndex() == 0;
}

QString DashboardTab::emptyStateText() const {
    return isEmptyStateShown() ? m_empty->text() : QString();
}

QString DashboardTab::noRowsText(const QString &what, const DashboardFilter &filter) {
    const QLocale locale;
    if (!filter.hasRange())
        return tr("No %1 in the catalog yet. Sync the source on the Sources page.").arg(what);
    return tr("No %1 between %2 and %3. Choose a longer period, or sync the source on the Sources page.")
        .arg(what, locale.toString(filter.from, QLocale::ShortFormat),
             locale.toString(filter.to.isValid() ? filter.to : QDate::currentDate(), QLocale::ShortFormat));
}

QString DashboardTab::comparedFigure(const QString &label, const QString &value, const PeriodFigure &figure,
                                     const QString &previousValue) {
    const QString html = QStringLiteral("%1 <b>%2</b>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    if (!figure.previous)
        return html;
    // Up is green and down red, with an arrow for those who do not see the colours.
    const PeriodFigure::Trend trend = figure.trend();
    const char *colour = trend == PeriodFigure::Trend::Up     ? "#1a7f37"
                         : trend == PeriodFigure::Trend::Down ? "#c62828"
                                                              : "gray";
    const QString arrow = trend == PeriodFigure::Trend::Up     ? QStringLiteral("\u25B2")
                          : trend == PeriodFigure::Trend::Down ? QStringLiteral("\u25BC")
                                                               : QStringLiteral("\u25B6");
    return html + QStringLiteral(" <span style=\"color:%1\">%2&nbsp;%3</span> <span style=\"color:gray\">(%4)</span>")
                      .arg(QLatin1String(colour), arrow, changeText(figure).toHtmlEscaped(),
                           tr("before: %1").arg(previousValue).toHtmlEscaped());
}

QString DashboardTab::comparisonNote(const DashboardFilter &filter, bool comparable) {
    const auto previous = previousPeriod(filter);
    if (!previous) // all time: nothing before it
        return {};
    const QLocale locale;
    const QString period = tr("%1 to %2")
                               .arg(locale.toString(previous->first, QLocale::ShortFormat),
                                    locale.toString(previous->second, QLocale::ShortFormat));
    return QStringLiteral("<span style=\"color:gray\">%1</span>")
        .arg((comparable ? tr("Changes are against the previous period of the same length (%1).").arg(period)
                         : tr("No comparison: the catalog does not hold the whole previous period (%1).").arg(period))
                 .toHtmlEscaped());
}

namespace {
// Item views draw numbers without thousands separators (QAbstractItemView passes its locale with
// OmitGroupSeparator), so 20270 views sat beside "20,270" in the summary. The dashboards' tables
// group them as the rest of the app does.
class GroupedNumberDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override {
        QLocale grouped = locale;
        grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
        return QStyledItemDelegate::displayText(value, grouped);
    }
};
} // namespace

QTableView *DashboardTab::makeTable(const QString &objectName, const QString &accessibleName, bool fitColumns,
                                    int minRows) {
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setItemDelegate(new GroupedNumberDelegate(table));
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                            minRows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() +
                            table->horizontalScrollBar()->sizeHint().height());
    if (fitColumns) // a few rows: every header and number whole
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QSplitter *DashboardTab::chartOverTable(ChartCanvas *chart, QTableView *table, QWidget *parent) {
    return chartOverWidget(chart, table, parent);
}

QSplitter *DashboardTab::chartOverWidget(ChartCanvas *chart, QWidget *below, QWidget *parent) {
    auto *splitter = new QSplitter(Qt::Vertical, parent);
    splitter->addWidget(chart);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 400}); // the chart first: a table scrolls, a squeezed chart elides its labels
    return splitter;
}

QLabel *DashboardTab::makeSummary(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

ChartCanvas *DashboardTab::makeChart(const QString &objectName, const QString &title, QWidget *parent) {
    auto *chart = new ChartCanvas(parent);
    chart->setObjectName(objectName);
    chart->setAccessibleName(title);
    chart->setTitle(title);
    return chart;
}

} // namespace pagesight
