#pragma once

#include "analytics/QueryRunner.h"
#include "app/AppServices.h"
#include "app/Preferences.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace pagesight {

class QueryResultModel;

// The SQL explorer: an editor, Run (Ctrl+Enter), the result grid with its row count and time,
// the ready-made reports as starting points, and export to CSV. Errors show in a banner under the
// editor, never in a dialog.
//
// Queries run on a QueryRunner: a thread and a read-only connection of their own (query_only on),
// so a slow query keeps the window responsive and no statement can change the catalog; rows show
// as they arrive.
class ExplorerPage : public QWidget {
    Q_OBJECT
public:
    // What each item of the starting points list (startingPointsList) carries.
    enum StartingPointRole { StartingPointSqlRole = Qt::UserRole + 1, StartingPointReportRole };

    explicit ExplorerPage(const AppServices &services, QWidget *parent = nullptr);
    ~ExplorerPage() override;

    QString query() const;
    QueryResultModel *resultModel() const { return m_model; }
    bool isRunning() const { return m_runningId != 0; }
    QString errorText() const; // the banner's sentence; empty when it is hidden
    QString statusText() const;
    // Writes the result grid (all its rows, as the query returned them) to path; the sentence
    // saying what went wrong, or empty. The Export button asks for the path first, in the folder
    // of the last export, and offers the Excel-friendly form (a UTF-8 byte-order mark).
    QString exportCsv(const QString &path, bool byteOrderMark = false);
    void setSaveFileAsker(SaveFileAsker asker) { m_askSaveFile = std::move(asker); }

public slots:
    // A sync finished or the catalog changed: the starting points follow the sources' tables and
    // the last query runs again so the grid shows current rows.
    void reload();
    void setQuery(const QString &sql);
    void runQuery();
    void cancelQuery();
    void exportCsvWithDialog();

signals:
    void queryFinished(const pagesight::QueryOutcome &outcome);

private:
    QWidget *makeStartingPoints();
    QWidget *makeEditor();
    QWidget *makeResults();
    void loadStartingPoints();
    void updateEmptyState();
    void runSql(const QString &sql);
    void showError(const QString &sentence);
    void updateButtons();
    void onColumns(int id, const QStringList &columns);
    void onRows(int id, const QList<QList<QVariant>> &rows);
    void onFinished(int id, const QueryOutcome &outcome);

    AppServices m_services;
    SaveFileAsker m_askSaveFile;
    QueryRunner *m_runner;
    QueryResultModel *m_model;
    QListWidget *m_startingPoints = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_emptyState = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_results = nullptr;
    int m_runningId = 0;
    QString m_lastSql;      // the last query run, run again by reload()
    bool m_resized = false; // columns sized to the first batch of this result
};

} // namespace pagesight
