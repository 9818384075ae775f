#pragma once

#include "analytics/Reports.h"
#include "app/AppServices.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace pagesight {

class ColumnListModel;
class DataModelDiagram;
class TableListModel;
class TablePageModel;

// The catalog browser: every table with its row count and last sync (the bookkeeping _pagesight_*
// tables apart and dimmed); for the selected one its columns and types (primary key marked) and
// its rows, a page at a time, sortable by a click on a column header and filtered by a text found
// in any column; and a "Data model" tab drawing how the stream tables join.
//
// It reads through the GUI thread's catalog connection (services.catalog): counting and paging
// are single indexed-or-bounded queries, so nothing here waits long.
class CatalogBrowserPage : public QWidget {
    Q_OBJECT
public:
    explicit CatalogBrowserPage(const AppServices &services, QWidget *parent = nullptr);
    ~CatalogBrowserPage() override;

    TableListModel *tableModel() const { return m_tables; }
    ColumnListModel *columnModel() const { return m_columns; }
    TablePageModel *rowModel() const { return m_rows; }
    DataModelDiagram *diagram() const { return m_diagram; }
    QString selectedTable() const;
    void selectTable(const QString &name);
    bool isEmptyState() const;
    QString pageText() const;   // "Rows 1–200 of 10,000"
    QString filterText() const; // "37 of 10,000 rows contain “x”"; empty without a filter
    void showDataModel();

public slots:
    // A sync finished or the catalog changed: counts, last syncs and the rows shown are read again
    // (the same table, page, sort and filter).
    void reload();
    void nextPage();
    void previousPage();

private:
    QWidget *makeEmptyPanel();
    QWidget *makeTablesTab();
    QWidget *makeRowsTab();
    void onTableSelected();
    void onHeaderClicked(int section);
    void applyFilter();
    void updatePager();
    TableNames tableNames() const;

    AppServices m_services;
    TableListModel *m_tables;
    ColumnListModel *m_columns;
    TablePageModel *m_rows;
    QTimer *m_filterDelay;
    QStackedWidget *m_states = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    QTableView *m_tableList = nullptr;
    QTableView *m_columnView = nullptr;
    QTableView *m_rowView = nullptr;
    QLabel *m_tableHeading = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    DataModelDiagram *m_diagram = nullptr;
};

} // namespace pagesight
