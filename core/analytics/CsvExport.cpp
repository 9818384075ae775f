#include "CsvExport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace pagesight {

CsvWriter::CsvWriter(QIODevice *device, bool neutralise)
    : m_device(device)
    , m_neutralise(neutralise) {}

namespace {
bool startsAFormula(const QString &text) {
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && triggers.contains(text.front());
}
} // namespace

QString CsvWriter::field(const QVariant &value, bool neutralise) {
    if (value.isNull())
        return {};
    QString text;
    if (value.typeId() == QMetaType::QByteArray)
        text = QStringLiteral("0x") + QString::fromLatin1(value.toByteArray().toHex());
    else
        text = value.toString();
    if (neutralise && value.typeId() == QMetaType::QString && startsAFormula(text))
        text.prepend(QLatin1Char('\''));
    const bool needsQuotes = text.isEmpty() || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             text.front().isSpace() || text.back().isSpace();
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvWriter::recordText(const QList<QVariant> &fields, bool neutralise) {
    QStringList cells;
    cells.reserve(fields.size());
    for (const QVariant &value : fields)
        cells.append(field(value, neutralise));
    return cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QByteArray CsvWriter::record(const QList<QVariant> &fields, bool neutralise) {
    return recordText(fields, neutralise).toUtf8();
}

QList<QVariant> CsvWriter::headerFields(const QStringList &columns) {
    return {columns.cbegin(), columns.cend()};
}

void CsvWriter::writeRecord(const QList<QVariant> &fields) {
    if (!m_ok)
        return;
    const QByteArray bytes = record(fields, m_neutralise);
    m_ok = m_device->write(bytes) == bytes.size();
}

void CsvWriter::writeHeader(const QStringList &columns) {
    writeRecord(headerFields(columns));
}

QString exportCsv(const QString &path, const QStringList &columns, const QList<QList<QVariant>> &rows, bool neutralise,
                  bool byteOrderMark) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("CsvExport", "Could not write %1: %2").arg(path, file.errorString());
    if (byteOrderMark)
        file.write("\xEF\xBB\xBF");
    CsvWriter writer(&file, neutralise);
    writer.writeHeader(columns);
    for (const QList<QVariant> &row : rows)
        writer.writeRecord(row);
    if (!writer.ok() || !file.commit())
        return QCoreApplication::translate("CsvExport", "Could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace pagesight
