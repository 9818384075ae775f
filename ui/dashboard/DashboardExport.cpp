#include "DashboardExport.h"

#include "analytics/CsvExport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QWidget>

#include <optional>

namespace pagesight {

namespace {

// The heading: the title in bold, the facts under it; returns the height it took.
int paintHeading(QPainter &painter, const DashboardHeading &heading, int width, const QFont &base) {
    QFont title = base;
    if (base.pixelSize() > 0) // the exports give the heading a font in pixels
        title.setPixelSize(base.pixelSize() * 3 / 2);
    else
        title.setPointSizeF(base.pointSizeF() * 1.5);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(Qt::black);
    const QRect titleRect = painter.boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, heading.title);
    painter.drawText(titleRect, Qt::TextWordWrap, heading.title);
    painter.setFont(base);
    painter.setPen(QColor(80, 80, 80));
    const QRect factsRect =
        painter.boundingRect(QRect(0, titleRect.bottom() + 4, width, 1000), Qt::TextWordWrap, heading.lines());
    painter.drawText(factsRect, Qt::TextWordWrap, heading.lines());
    return factsRect.bottom() + 12;
}

QString writeError(const QString &path, const QString &why) {
    return QCoreApplication::translate("DashboardExport", "Could not write %1: %2")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

QString DashboardHeading::lines() const {
    const QLocale locale;
    QStringList facts{organization, period};
    facts.append(dataAsOf.isValid() ? QCoreApplication::translate("DashboardExport", "data as of %1 UTC")
                                          .arg(locale.toString(dataAsOf.toUTC(), QLocale::ShortFormat))
                                    : QCoreApplication::translate("DashboardExport", "data as of: never synced"));
    facts.append(QCoreApplication::translate("DashboardExport", "Pagesight, from LinkedIn's data"));
    return facts.join(QStringLiteral(" · "));
}

std::optional<ExportFormat> exportFormatOf(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString exportPicture(QWidget *dashboard, const DashboardHeading &heading, const QString &path, ExportFormat format) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    // In pixels, so the heading keeps its size beside the widgets whatever the device's resolution.
    QFont font = dashboard->font();
    font.setPixelSize(QFontInfo(font).pixelSize());
    // The widget drawn into an image: sharp at twice (PNG) or three times (PDF) the screen's pixels.
    // Rendered straight onto a PDF, Qt clips scrolled tables wrongly (columns spill into their
    // neighbours), so the PDF holds the picture under a heading of real text.
    const int scale = format == ExportFormat::Png ? 2 : 3;
    QImage picture(dashboard->size() * scale, QImage::Format_ARGB32);
    picture.setDevicePixelRatio(scale);
    picture.fill(dashboard->palette().color(QPalette::Window));
    {
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        dashboard->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    const QSize size = dashboard->size();
    if (format == ExportFormat::Png) {
        constexpr int margin = 16;
        QImage measure(1, 1, QImage::Format_ARGB32);
        int headingHeight = 0;
        {
            QPainter probe(&measure);
            headingHeight = paintHeading(probe, heading, size.width(), font);
        }
        QImage image((size + QSize(2 * margin, headingHeight + 2 * margin)) * scale, QImage::Format_ARGB32);
        image.setDevicePixelRatio(scale);
        image.fill(dashboard->palette().color(QPalette::Window));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(margin, margin);
        paintHeading(painter, heading, size.width(), font);
        painter.drawImage(QPoint(0, headingHeight), picture);
        painter.end();
        if (!image.save(&file, "PNG"))
            return writeError(path, QCoreApplication::translate("DashboardExport", "the image could not be encoded"));
    } else {
        QPdfWriter pdf(&file);
        pdf.setTitle(heading.title + QStringLiteral(" — ") + heading.organization);
        pdf.setCreator(QStringLiteral("Pagesight"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
        pdf.setResolution(144);
        QPainter painter(&pdf);
        if (!painter.isActive())
            return writeError(path, QCoreApplication::translate("DashboardExport", "the PDF could not be started"));
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        // The page at the widget's scale: the dashboard's pixel is the screen's, then fitted.
        const double dpiScale = double(pdf.resolution()) / dashboard->logicalDpiX();
        painter.scale(dpiScale, dpiScale);
        const QSize logical(int(page.width() / dpiScale), int(page.height() / dpiScale));
        const int headingHeight = paintHeading(painter, heading, logical.width(), font);
        const double fit = std::min(
            {1.0, double(logical.width()) / size.width(), double(logical.height() - headingHeight) / size.height()});
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRectF(0, headingHeight, size.width() * fit, size.height() * fit), picture);
        painter.end();
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

QString exportTablesCsv(const QList<std::pair<QString, QAbstractItemModel *>> &tables, const QString &path,
                        bool byteOrderMark, QStringList *written) {
    const QString base = path.left(path.size() - QFileInfo(path).suffix().size() - 1); // without ".csv"
    for (const auto &[name, model] : tables) {
        const QString target =
            tables.size() == 1 ? path : base + QLatin1Char('-') + name + QLatin1Char('.') + QFileInfo(path).suffix();
        QStringList columns;
        for (int column = 0; column < model->columnCount(); ++column)
            columns.append(model->headerData(column, Qt::Horizontal).toString());
        QList<QList<QVariant>> rows;
        rows.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            QList<QVariant> cells;
            for (int column = 0; column < model->columnCount(); ++column) {
                QVariant cell = model->index(row, column).data();
                if (cell.typeId() == QMetaType::QDate)
                    cell = cell.toDate().toString(Qt::ISODate);
                cells.append(cell);
            }
            rows.append(cells);
        }
        if (const QString error = exportCsv(target, columns, rows, true, byteOrderMark); !error.isEmpty())
            return error;
        if (written)
            written->append(target);
    }
    return {};
}

} // namespace pagesight
