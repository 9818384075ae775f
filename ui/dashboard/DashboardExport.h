#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

class QAbstractItemModel;
class QWidget;

namespace pagesight {

// What a shared dashboard says above itself, so a slide in a deck stands on its own.
struct DashboardHeading {
    QString title;         // "Follower growth"
    QString organization;  // "Acme Corp (12345678)" or "All organizations"
    QString period;        // "1 Sep 2026 – 30 Nov 2026", or "All time"
    QDateTime dataAsOf;    // the newest sync of its tables; invalid when unknown
    QString lines() const; // the three facts as one line under the title
};

enum class ExportFormat { Png, Pdf, Csv };
// By the path's suffix (case-insensitive); nullopt for any other.
std::optional<ExportFormat> exportFormatOf(const QString &path);

// The dashboard's widget drawn under its heading. PNG at twice the screen's pixels; PDF one A4
// landscape page, the widget scaled to fit (its charts and tables as vectors). The sentence saying
// what went wrong, or empty; a failed export leaves whatever file was there.
QString exportPicture(QWidget *dashboard, const DashboardHeading &heading, const QString &path, ExportFormat format);

// The dashboard's tables as CSV, as the explorer exports (RFC 4180, formula-like text neutralised):
// one table to path; several to path's name with "-<table>" before ".csv". The cells are what the
// table shows (dates as YYYY-MM-DD). Writes the files' paths to written.
QString exportTablesCsv(const QList<std::pair<QString, QAbstractItemModel *>> &tables, const QString &path,
                        bool byteOrderMark, QStringList *written = nullptr);

} // namespace pagesight
