#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

#include <functional>

class QSqlDatabase;
class QSqlQuery;

namespace pagesight {

struct ColumnInfo;

// One page of a catalog table's rows, for the catalog browser: the database does the paging
// (LIMIT/OFFSET), the sorting (ORDER BY the quoted column, then rowid so pages never overlap) and
// the filtering (rows where any column contains the text: a bound LIKE per column), so a table of
// any size shows at once.
//
// It reads through the named connection (the GUI thread's catalog) and keeps no handle to it.
class TablePageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int defaultPageSize = 200;

    explicit TablePageModel(QObject *parent = nullptr);

    void setConnectionName(const QString &connectionName);
    // Shows the first page of table, unsorted and unfiltered; an empty name shows nothing. columns
    // are the table's (tableColumns), read once by the caller that shows them too.
    void setTable(const QString &table, const QList<ColumnInfo> &columns);
    void setPageSize(int rows);
    void setPage(int page);                                                   // clamped to [0, pageCount - 1]
    void setFilter(const QString &text);                                      // back to the first page
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override; // -1: the table's order
    void refresh(); // reads the counts and the same page again (a sync may have added rows)

    QString table() const { return m_table; }
    QStringList columns() const { return m_columns; }
    QString filter() const { return m_filter; }
    int page() const { return m_page; }
    int pageSize() const { return m_pageSize; }
    int pageCount() const; // at least 1
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    qint64 totalRows() const { return m_total; }       // the whole table
    qint64 matchingRows() const { return m_matching; } // with the filter (= totalRows without one)
    qint64 firstRowNumber() const;                     // 1-based number of the first row shown; 0 = none
    QString error() const { return m_error; }
    QList<QVariant> rowValues(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded(); // after every read: page, counts or error changed

private:
    // What a change may have altered: a page turn or a sort leaves the counts as they were.
    enum class Recount { None, Matching, All };
    void load(Recount recount, const std::function<void()> &change);
    void count(Recount recount, const QSqlDatabase &database);
    void bindFilter(QSqlQuery &query) const; // the LIKE pattern for each column of whereClause()
    void fail(const QSqlQuery &query);
    QString whereClause() const;

    QString m_connectionName;
    QString m_table;
    QStringList m_columns;
    // What keeps the order of rows stable from page to page, after the user's sort: SQLite's rowid,
    // else the primary key, else every column.
    QStringList m_tieBreak;
    QString m_filter;
    int m_pageSize = defaultPageSize;
    int m_page = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_total = 0;
    qint64 m_matching = 0;
    bool m_counted = false; // m_total and m_matching were read for the current table
    QList<QList<QVariant>> m_rows;
    QString m_error;
};

} // namespace pagesight
