#include "CsvExport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace pagesight {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device) {}

QString CsvWriter::field(const QVariant &value) {
    if (value.isNull())
        return {};
    QString text;
    if (value.typeId() == QMetaType::QByteArray)
        text = QStringLiteral("0x") + QString::fromLatin1(value.toByteArray().toHex());
    else
        text = value.toString();
    const bool needsQuotes = text.isEmpty() || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             text.front().isSpace() || text.back().isSpace();
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray CsvWriter::record(const QList<QVariant> &fields) {
    QStringList cells;
    cells.reserve(fields.size());
    for (const QVariant &value : fields)
        cells.append(field(value));
    return cells.join(QLatin1Char(',')).toUtf8() + QByteArrayLiteral("\r\n");
}

void CsvWriter::writeRecord(const QList<QVariant> &fields) {
    if (!m_ok)
        return;
    const QByteArray bytes = record(fields);
    m_ok = m_device->write(bytes) == bytes.size();
}

void CsvWriter::writeHeader(const QStringList &columns) {
    QList<QVariant> fields;
    fields.reserve(columns.size());
    for (const QString &column : columns)
        fields.append(column);
    writeRecord(fields);
}

QString exportCsv(const QString &path, const QStringList &columns, const QList<QList<QVariant>> &rows) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("CsvExport", "Could not write %1: %2").arg(path, file.errorString());
    CsvWriter writer(&file);
    writer.writeHeader(columns);
    for (const QList<QVariant> &row : rows)
        writer.writeRecord(row);
    if (!writer.ok() || !file.commit())
        return QCoreApplication::translate("CsvExport", "Could not write %1: %2").arg(path, file.errorString());
    return {};
}

QList<QList<QVariant>> parseCsv(const QByteArray &utf8) {
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QList<QVariant>> records;
    QList<QVariant> current;
    QString field;
    bool quoted = false;       // the field being read was quoted
    bool inQuotes = false;     // between its quotes now
    bool fieldStarted = false; // anything read for this record since its last separator

    auto endField = [&] {
        current.append(field.isEmpty() && !quoted ? QVariant() : QVariant(field));
        field.clear();
        quoted = false;
    };
    auto endRecord = [&] {
        endField();
        records.append(current);
        current.clear();
        fieldStarted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !quoted) {
            quoted = inQuotes = fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n')) {
            endRecord();
            ++i;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || quoted || !current.isEmpty())
        endRecord();
    return records;
}

} // namespace pagesight
