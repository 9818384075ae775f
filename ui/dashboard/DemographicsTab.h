#pragma once

#include "DashboardTab.h"

class QComboBox;
class QLabel;

namespace pagesight {

class DemographicsModel;

// Visitor demographics: the share of page views and of followers by a facet chosen on the tab
// (seniority, function, industry, …), from the newest lifetime snapshot.
class DemographicsTab : public DashboardTab {
    Q_OBJECT
public:
    explicit DemographicsTab(QWidget *parent = nullptr);

    QString title() const override { return tr("Visitor demographics"); }
    QList<std::pair<QString, QString>> tablesNeeded(const TableNames &tables) const override;
    void load(const QSqlDatabase &database, const DashboardFilter &filter) override;
    QList<std::pair<QString, QAbstractItemModel *>> exportTables() const override;

    DemographicsModel *model() const { return m_demographics; }

private:
    DemographicsModel *m_demographics;
    QComboBox *m_facet = nullptr;
    QLabel *m_summary = nullptr;
    ChartCanvas *m_chart = nullptr;
};

// Fills a combo box with the demographic facets (their titles, the facet as data).
void fillDemographicFacets(QComboBox *combo);

} // namespace pagesight
