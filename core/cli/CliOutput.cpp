#include "CliOutput.h"

#include "analytics/CsvExport.h"

#include <QCoreApplication>
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
    // The explorer's Export writes the same records: one CSV, whichever way it is made.
    QString out = CsvWriter::recordText(CsvWriter::headerFields(result.columns));
    for (const auto &row : result.rows)
        out += CsvWriter::recordText(row);
    return out;
}

QString toJson(const QueryResult &result) {
    // Written by hand because QJsonObject sorts its keys; the query's column order is the order a
    // reader expects. Each key and value is still encoded by QJsonDocument.
    const auto encode = [](const QJsonValue &value) {
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return text.mid(1, text.size() - 2); // without the array's brackets
    };
    QByteArray out = "[";
    for (qsizetype r = 0; r < result.rows.size(); ++r) {
        const auto &row = result.rows[r];
        out += r == 0 ? "\n    {" : ",\n    {";
        for (int i = 0; i < result.columns.size() && i < row.size(); ++i) {
            out += i == 0 ? "\n        " : ",\n        ";
            out += encode(result.columns[i]) + ": " +
                   encode(row[i].isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(row[i]));
        }
        out += "\n    }";
    }
    out += result.rows.isEmpty() ? "]\n" : "\n]\n";
    return QString::fromUtf8(out);
}

QString toTable(const QueryResult &result, int maxCellWidth) {
    const auto clip = [maxCellWidth](QString text) {
        text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        if (text.size() > maxCellWidth) {
            qsizetype keep = qMax(0, maxCellWidth - 1);
            if (keep > 0 && text.at(keep - 1).isHighSurrogate())
                --keep; // never half of a character
            text = text.left(keep) + QChar(0x2026);
        }
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
        // Trailing padding only: a leading blank (an empty or NULL first cell) is alignment.
        QString text = padded.join(QLatin1String("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString out = render(result.columns);
    QStringList rule;
    for (int width : widths)
        rule.append(QString(width, QLatin1Char('-')));
    out += rule.join(QLatin1String("  ")) + QLatin1Char('\n');
    for (const QStringList &line : cells)
        out += render(line);
    // Explicit forms rather than %n: the command line reads right without a translation loaded.
    out += (result.rows.size() == 1 ? QCoreApplication::translate("Cli", "(1 row)")
                                    : QCoreApplication::translate("Cli", "(%1 rows)").arg(result.rows.size())) +
           QLatin1Char('\n');
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
