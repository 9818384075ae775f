#pragma once

#include "app/AppServices.h"
#include "streams/Retention.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pagesight {

// Tools → Data Retention…: how many days each stream table keeps its rows (every row, by default).
// The top says what LinkedIn's terms ask and that keeping within them is the user's
// responsibility; each table shows how many of its rows are older than its period now. Saving a
// period that removes rows asks first. The rows go after the next sync (core/sync/SyncRunner).
class RetentionDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { TableColumn, StreamColumn, KeepColumn, OlderColumn, ColumnCount };

    explicit RetentionDialog(const AppServices &services, QWidget *parent = nullptr);

    QList<RetentionRule> rules() const; // as the dialog sets them now
    QString errorText() const;

signals:
    void saved(); // the setting is in the catalog

private:
    struct Row {
        QString table;
        QString streamId;
        QSpinBox *days = nullptr;
    };
    void addRows();
    void addRow(const QString &table, const QString &streamId, int days);
    void updateOlder(int row);
    qint64 olderTotal() const;
    void save();
    void store(const QList<RetentionRule> &rules);
    void showError(const QString &message);

    AppServices m_services;
    QList<Row> m_rows;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace pagesight
