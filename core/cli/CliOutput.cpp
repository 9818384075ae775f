#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pagesight::cli {

namespace {
QString cellText(const QVariant &value) {
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}
} // namespace

std::optional<Format> parseFormat(const QString &text) {
    if (text == QLatin1String("table"))
        return Format::Table;
    if (text == QLatin1String("csv"))
        return Format::Csv;
    if (text == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString toCsv(const QueryResult &result) {
    const auto field = [](const QString &text) {
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
            !text.contains(QLatin1Char('\r')))
            return text;
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    QString out;
    QStringList header;
    for (const QString &column : result.columns)
        header.append(field(column));
    out += header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const auto &row : result.rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells.append(field(cellText(value)));
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}

QString toJson(const QueryResult &result) {
    QJsonArray rows;
    for (const auto &row : result.rows) {
        QJsonObject object;
        for (int i = 0; i < result.columns.size() && i < row.size(); ++i)
            object.insert(result.columns[i],
                          row[i].isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(row[i]));
        rows.append(object);
    }
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
}

QString toTable(const QueryResult &result, int maxCellWidth) {
    const auto clip = [maxCellWidth](QString text) {
        text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        if (text.size() > maxCellWidth)
            text = text.left(maxCellWidth - 1) + QChar(0x2026);
        return text;
    };
    QList<int> widths;
    for (const QString &column : result.columns)
        widths.append(int(column.size()));
    QList<QStringList> cells;
    for (const auto &row : result.rows) {
        QStringList line;
        for (int i = 0; i < row.size() && i < widths.size(); ++i) {
            line.append(clip(cellText(row[i])));
            widths[i] = qMax(widths[i], int(line.last().size()));
        }
        cells.append(line);
    }
    const auto render = [&widths](const QStringList &line) {
        QStringList padded;
        for (int i = 0; i < line.size(); ++i)
            padded.append(line[i].leftJustified(widths[i]));
        return padded.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    };
    QString out = render(result.columns);
    QStringList rule;
    for (int width : widths)
        rule.append(QString(width, QLatin1Char('-')));
    out += rule.join(QLatin1String("  ")) + QLatin1Char('\n');
    for (const QStringList &line : cells)
        out += render(line);
    out += QStringLiteral("(%1 rows)\n").arg(result.rows.size());
    return out;
}

QString format(const QueryResult &result, Format format) {
    switch (format) {
    case Format::Csv:
        return toCsv(result);
    case Format::Json:
        return toJson(result);
    case Format::Table:
        break;
    }
    return toTable(result);
}

} // namespace pagesight::cli
