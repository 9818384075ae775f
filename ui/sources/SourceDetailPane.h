#pragma once

#include "SourceListModel.h"
#include "sync/RunReport.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QGridLayout;
class QGroupBox;
class QFrame;

namespace pagesight {

class RunHistoryModel;

// The selected source on the Sources page: what it is, its token's state, the actions, a progress
// bar per stream and the run history. Shows what it is given and asks the page to act.
class SourceDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit SourceDetailPane(RunHistoryModel *history, QWidget *parent = nullptr);

    // row == nullptr: nothing selected.
    void setSource(const SourceRow *row, const QDateTime &nowUtc);
    void setRunning(bool running);
    void setMessage(const QString &message); // the last run's outcome in this session
    // Rebuilds the bars for these streams (empty: hides the progress box).
    void setProgress(const QList<StreamProgress> &streams);
    void updateProgress(const StreamProgress &progress);
    QProgressBar *progressBar(const QString &streamId) const { return m_bars.value(streamId); }
    QTableView *historyView() const { return m_historyView; }

    // Why a source's token needs attention within the next 10 days; empty when it does not.
    static QString tokenWarning(const SourceConfig &source, const QDateTime &nowUtc);

signals:
    void syncRequested();
    void cancelRequested();
    void editRequested();
    void deleteRequested();
    void reauthorizeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRunStreams();
    void fitRunStreamColumns();
    void showProgress(const StreamProgress &progress);

    RunHistoryModel *m_history;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_schedule;
    QFrame *m_reauthorizeBanner;
    QLabel *m_reauthorizeText;
    QFrame *m_tokenBanner;
    QLabel *m_tokenText;
    QPushButton *m_syncButton;
    QPushButton *m_cancelButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_reauthorizeButton;
    QLabel *m_message;
    QGroupBox *m_progressBox;
    QGridLayout *m_progressGrid;
    QTableView *m_historyView;
    QTableWidget *m_runStreams;
    QHash<QString, QProgressBar *> m_bars;
    QHash<QString, QLabel *> m_states;
    QList<QWidget *> m_progressWidgets;
    bool m_running = false;
    bool m_hasSource = false;
};

} // namespace pagesight
