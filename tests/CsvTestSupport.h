#pragma once

// Reads CSV back, for the tests' round trips of what CsvWriter wrote (the app itself never reads
// CSV): an empty unquoted field is NULL (an invalid QVariant), every other field a QString.
// Accepts LF or CRLF record ends, and a byte order mark. A final record end is optional.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace pagesight::testing {

inline QList<QList<QVariant>> parseCsv(const QByteArray &utf8) {
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

} // namespace pagesight::testing
