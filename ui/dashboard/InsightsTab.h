#pragma once

#include "DashboardTab.h"

class QComboBox;
class QLabel;

namespace pagesight {

class ChartCanvas;
class DemographicHistoryModel;
class PostingTimeModel;

// Insights: when posts did best (by weekday and by hour) and how a demographic's share moved
// over the stored snapshots.
class InsightsTab : public DashboardTab {
    Q_OBJECT
public:
    explicit InsightsTab(QWidget *parent = nullptr);

    QString title() const override { return tr("Insights"); }
    QList<std::pair<QString, QString>> tablesNeeded(const TableNames &tables) const override;
    void load(const QSqlDatabase &database, const DashboardFilter &filter) override;
    QList<std::pair<QString, QAbstractItemModel *>> exportTables() const override;
    void reloadChoice(const QSqlDatabase &database, const DashboardFilter &filter) override;

    DemographicHistoryModel *historyModel() const { return m_history; }
    PostingTimeModel *weekdayModel() const { return m_weekdays; }
    PostingTimeModel *hourModel() const { return m_hours; }

private:
    QWidget *makeHistory(QWidget *parent);
    void showOrEmpty(const DashboardFilter &filter);

    DemographicHistoryModel *m_history;
    PostingTimeModel *m_weekdays;
    PostingTimeModel *m_hours;
    QComboBox *m_historyFacet = nullptr;
    QComboBox *m_historyAudience = nullptr;
    QLabel *m_bestTime = nullptr;
    ChartCanvas *m_weekdayChart = nullptr; // titled with the time zone
    ChartCanvas *m_hourChart = nullptr;
};

} // namespace pagesight
