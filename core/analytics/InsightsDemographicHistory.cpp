#include "InsightsDemographicHistory.h"

#include "Labels.h"
#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace pagesight {

DemographicHistoryModel::DemographicHistoryModel(DemographicFacet facet, Audience audience, QObject *parent)
    : DashboardModel(parent)
    , m_facet(facet)
    , m_audience(audience) {}

void DemographicHistoryModel::reload(const QSqlDatabase &database, const DashboardFilter &filter) {
    beginResetModel();
    m_error.clear();
    m_dates.clear();
    m_keys.clear();
    m_labels.clear();
    m_counts.clear();
    m_totals.clear();
    const DemographicFacetInfo &info = demographicFacetInfo(m_facet);
    const bool visitors = m_audience == Audience::Visitors;
    // Followers: organicFollowerCount already holds paid followers (LinkedIn's rule for demographics).
    const SqlBackend backend = dialect::backendOf(database);
    const QString j = QStringLiteral("j");
    const QString value =
        visitors ? dialect::elementInteger(backend, j, QStringLiteral("pageStatistics.views.allPageViews.pageViews"))
                 : QStringLiteral("COALESCE(%1, 0)")
                       .arg(dialect::elementInteger(backend, j, QStringLiteral("followerCounts.organicFollowerCount")));
    QVariantMap bindings;
    filter.bind(&bindings);
    const QueryResult result =
        query(database,
              QStringLiteral(R"(SELECT s.date, %1 AS value, %2
FROM %3 AS s, %4
WHERE s.report_type = 'LIFETIME'%5%6
GROUP BY 1, 2
ORDER BY 1)")
                  .arg(dialect::elementText(backend, j, visitors ? info.pageKey : info.followerKey),
                       dialect::integerSum(backend, value),
                       Catalog::quoted(visitors ? filter.tables.pageStatistics : filter.tables.followerStatistics),
                       dialect::jsonElements(
                           backend,
                           QStringLiteral("s.") + Catalog::quoted(visitors ? info.pageColumn : info.followerColumn), j),
                       filter.organizationUrn.isEmpty() ? QString() : QStringLiteral(" AND s.organization_urn = :org"),
                       filter.rangeCondition(QStringLiteral("s.date"))),
              bindings);

    // Pivot: dates × values, then keep the values largest in the newest snapshot.
    QMap<QDate, QHash<QString, qint64>> byDate;
    for (const QList<QVariant> &row : result.rows)
        byDate[QDate::fromString(row.at(0).toString(), Qt::ISODate)][row.at(1).toString()] += row.at(2).toLongLong();
    if (!byDate.isEmpty()) {
        const QHash<QString, qint64> &newest = byDate.last();
        QSet<QString> everyKey;
        for (const QHash<QString, qint64> &values : std::as_const(byDate))
            for (auto it = values.keyBegin(); it != values.keyEnd(); ++it)
                everyKey.insert(*it);
        QStringList keys = everyKey.values();
        std::sort(keys.begin(), keys.end(), [&newest](const QString &a, const QString &b) {
            const qint64 va = newest.value(a), vb = newest.value(b);
            return va != vb ? va > vb : a < b;
        });
        const bool other = keys.size() > m_maxSeries;
        m_keys = keys.mid(0, other ? m_maxSeries - 1 : m_maxSeries);
        const LabelResolver labels(database);
        for (const QString &key : std::as_const(m_keys))
            m_labels.append(labels.name(key));
        if (other) {
            m_keys.append(QString());
            m_labels.append(QCoreApplication::translate("Dashboards", "Other"));
        }
        QHash<QString, qsizetype> seriesOfKey; // the first series of a key; the rest in "Other", the last
        for (qsizetype series = 0; series < m_keys.size(); ++series)
            if (!seriesOfKey.contains(m_keys.at(series)))
                seriesOfKey.insert(m_keys.at(series), series);
        for (auto it = byDate.cbegin(); it != byDate.cend(); ++it) {
            m_dates.append(it.key());
            QList<qint64> counts(m_keys.size(), 0);
            qint64 total = 0;
            for (auto v = it.value().cbegin(); v != it.value().cend(); ++v) {
                total += v.value();
                counts[seriesOfKey.value(v.key(), m_keys.size() - 1)] += v.value();
            }
            m_counts.append(counts);
            m_totals.append(total);
        }
    }
    endResetModel();
}

int DemographicHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : FirstSeries + int(m_keys.size());
}

QString DemographicHistoryModel::keyOfColumn(int column) const {
    return column >= FirstSeries && column - FirstSeries < m_keys.size() ? m_keys.at(column - FirstSeries) : QString();
}

QVariant DemographicHistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() != Date);
    if (index.column() == Date)
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(m_dates.at(row)) : QVariant();
    const qint64 count = m_counts.at(row).at(index.column() - FirstSeries);
    const qint64 total = m_totals.at(row);
    const QVariant share = total > 0 ? QVariant(qRound(count * 1000.0 / total) / 10.0) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return share;
    case CountRole:
        return count;
    case Qt::ToolTipRole: {
        const QLocale locale;
        return QCoreApplication::translate("Dashboards", "%1, %2: %3 % (%4 of %5)")
            .arg(m_labels.at(index.column() - FirstSeries), locale.toString(m_dates.at(row), QLocale::ShortFormat),
                 locale.toString(share.toDouble(), 'f', 1), locale.toString(count), locale.toString(total));
    }
    default:
        return {};
    }
}

QVariant DemographicHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Date)
        return QCoreApplication::translate("Dashboards", "Snapshot");
    if (section - FirstSeries >= m_labels.size() || section < 0)
        return {};
    return role == Qt::ToolTipRole ? keyOfColumn(section) : m_labels.at(section - FirstSeries);
}

} // namespace pagesight
