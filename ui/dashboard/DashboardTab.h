#pragma once

#include "analytics/DashboardModel.h"
#include "analytics/PeriodComparison.h"

#include <QWidget>

#include <utility>

class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace pagesight {

class ChartCanvas;

// One dashboard of DashboardsPage: its models, its charts and tables, and how it loads them. The
// page owns the filter bar and the organization choices; it asks a tab which tables it reads
// (tablesNeeded), says why it cannot be drawn when one is missing (showEmpty), and otherwise
// calls load().
//
// A new dashboard is a subclass (see docs/ARCHITECTURE.md, "Adding a dashboard").
class DashboardTab : public QWidget {
    Q_OBJECT
public:
    explicit DashboardTab(const QString &emptyStateName, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    // The (stream id, table) pairs it reads, for the organization's table names.
    virtual QList<std::pair<QString, QString>> tablesNeeded(const TableNames &tables) const = 0;
    // Reloads its models for filter and redraws; shows its empty state when there is nothing.
    virtual void load(const QSqlDatabase &database, const DashboardFilter &filter) = 0;
    // After choiceChanged(): reloads what that choice affects (by default, everything).
    virtual void reloadChoice(const QSqlDatabase &database, const DashboardFilter &filter) { load(database, filter); }
    // Its tables for a CSV export: a short name for the file ("posts") and the model the table shows.
    virtual QList<std::pair<QString, QAbstractItemModel *>> exportTables() const = 0;

    void showEmpty(const QString &text);
    bool isEmptyStateShown() const;
    QString emptyStateText() const; // empty while content is shown
    // What an export draws: the empty state, or the whole content, scrolled out of view or not.
    QWidget *pictureWidget() const;

signals:
    // A choice of its own (a facet, an audience) changed: the page calls reloadChoice() if the tab
    // is loaded (else it loads whole when next shown).
    void choiceChanged();

protected:
    // The dashboard's content, in a vertical scroll area that scrolls only when the window is
    // shorter than the content's least height.
    void setContent(QWidget *content);
    void showContent();
    // "No <what> between <from> and <to>", or in the catalog at all when the filter has no range.
    static QString noRowsText(const QString &what, const DashboardFilter &filter);
    // A headline figure as rich text: "label <b>value</b> ▲ +12.4 % (before: previousValue)", green
    // up and red down; the figure alone without a previous value.
    static QString comparedFigure(const QString &label, const QString &value, const PeriodFigure &figure,
                                  const QString &previousValue);
    // A grey sentence naming the period the changes are against, or saying the catalog lacks it;
    // empty for all time.
    static QString comparisonNote(const DashboardFilter &filter, bool comparable);

    // The parts every dashboard is built from.
    // A table keeps minRows rows in view: when the window is too short for a dashboard's charts and
    // tables at their least, the dashboard scrolls (setContent) rather than squeeze them.
    QTableView *makeTable(const QString &objectName, const QString &accessibleName, bool fitColumns = false,
                          int minRows = 3);
    static QSplitter *chartOverTable(ChartCanvas *chart, QTableView *table, QWidget *parent);
    static QSplitter *chartOverWidget(ChartCanvas *chart, QWidget *below, QWidget *parent);
    static QLabel *makeSummary(const QString &objectName, QWidget *parent);
    static ChartCanvas *makeChart(const QString &objectName, const QString &title, QWidget *parent);

private:
    QStackedWidget *m_stack;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_empty;
};

} // namespace pagesight
