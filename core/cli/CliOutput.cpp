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

int fail(const QString &message, int code) {
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

std::optional<Format> parseFormat(const QString &text) {
    if (text == QLatin1String("table"))
        return Format::Table;
    if (text == QLatin1String("csv"))
        return Format::Csv;
    if (text == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString toCsv(const QueryResult &result, bool neutralise) {
    // The explorer's Export writes the same records: one CSV, whichever way it is made.
    QString out = CsvWriter::recordText(CsvWriter::headerFields(result.columns), neutralise);
    for (const auto &row : result.rows)
        out += CsvWriter::recordText(row, neutralise);
    return out;
}

namespace {
// One row as a JSON object, written by hand because QJsonObject sorts its keys; the query's column
// order is the order a reader expects. Each key and value is still encoded by QJsonDocument.
QByteArray jsonObject(const QStringList &columns, const QList<QVariant> &row) {
    const auto encode = [](const QJsonValue &value) {
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return text.mid(1, text.size() - 2); // without the array's brackets
    };
    QByteArray out = "{";
    for (int i = 0; i < columns.size() && i < row.size(); ++i) {
        out += i == 0 ? "\n        " : ",\n        ";
        out += encode(columns[i]) + ": " +
               encode(row[i].isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(row[i]));
    }
    return out + "\n    }";
}
} // namespace

QString toJson(const QueryResult &result) {
    QByteArray out = "[";
    for (qsizetype r = 0; r < result.rows.size(); ++r)
        out += (r == 0 ? "\n    " : ",\n    ") + jsonObject(result.columns, result.rows[r]);
    out += result.rows.isEmpty() ? "]\n" : "\n]\n";
    return QString::fromUtf8(out);
}

namespace {
// One line of a cell, at most maxWidth characters: longer text is cut with "…".
QString clipCell(QString text, int maxWidth) {
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (text.size() > maxWidth) {
        qsizetype keep = qMax(0, maxWidth - 1);
        if (keep > 0 && text.at(keep - 1).isHighSurrogate())
            --keep; // never half of a character
        text = text.left(keep) + QChar(0x2026);
    }
    return text;
}

QString renderLine(const QStringList &cells, const QList<int> &widths) {
    QStringList padded;
    for (int i = 0; i < cells.size() && i < widths.size(); ++i)
        padded.append(cells[i].leftJustified(widths[i]));
    // Trailing padding only: a leading blank (an empty or NULL first cell) is alignment.
    QString text = padded.join(QLatin1String("  "));
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text + QLatin1Char('\n');
}
} // namespace

QString toTable(const QueryResult &result, int maxCellWidth) {
    const auto clip = [maxCellWidth](const QString &text) {
        return clipCell(text, maxCellWidth);
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
        return renderLine(line, widths);
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

QString format(const QueryResult &result, Format format, bool neutralise) {
    switch (format) {
    case Format::Csv:
        return toCsv(result, neutralise);
    case Format::Json:
        return toJson(result);
    case Format::Table:
        break;
    }
    return toTable(result);
}

RowPrinter::RowPrinter(QTextStream &out, Format format, const QStringList &columns, bool neutralise, int alignRows)
    : m_out(out)
    , m_format(format)
    , m_columns(columns)
    , m_neutralise(neutralise)
    , m_alignRows(qMax(1, alignRows)) {
    if (m_format == Format::Csv)
        m_out << CsvWriter::recordText(CsvWriter::headerFields(m_columns), m_neutralise);
    else if (m_format == Format::Json)
        m_out << "[";
}

void RowPrinter::row(const QList<QVariant> &values) {
    switch (m_format) {
    case Format::Csv:
        m_out << CsvWriter::recordText(values, m_neutralise);
        break;
    case Format::Json:
        m_out << (m_rows == 0 ? "\n    " : ",\n    ") << QString::fromUtf8(jsonObject(m_columns, values));
        break;
    case Format::Table:
        if (m_widths.isEmpty()) {
            m_pending.append(values);
            if (m_pending.size() >= m_alignRows)
                flushTable();
        } else {
            // Past the first rows the widths are fixed: a longer cell is cut to fit.
            QStringList cells;
            for (int i = 0; i < values.size() && i < m_widths.size(); ++i)
                cells.append(clipCell(cellText(values[i]), m_widths[i]));
            m_out << renderLine(cells, m_widths);
        }
        break;
    }
    ++m_rows;
    if (m_rows % 1000 == 0)
        m_out.flush();
}

void RowPrinter::flushTable() {
    // The first rows, aligned as toTable aligns them, without its row count (that comes at the end).
    QString text = toTable(QueryResult{m_columns, m_pending, {}});
    text.truncate(text.lastIndexOf(QLatin1Char('('))); // drop "(N rows)\n"
    m_out << text;
    const QStringList lines = text.split(QLatin1Char('\n'));
    // The rule under the header gives each column's width.
    for (const QString &dashes : lines.value(1).split(QLatin1String("  ")))
        m_widths.append(int(dashes.size()));
    m_pending.clear();
}

void RowPrinter::finish() {
    switch (m_format) {
    case Format::Csv:
        break;
    case Format::Json:
        m_out << (m_rows == 0 ? "]\n" : "\n]\n");
        break;
    case Format::Table:
        if (m_widths.isEmpty())
            flushTable();
        m_out << (m_rows == 1 ? QCoreApplication::translate("Cli", "(1 row)")
                              : QCoreApplication::translate("Cli", "(%1 rows)").arg(m_rows))
              << '\n';
        break;
    }
    m_out.flush();
}

} // namespace pagesight::cli
