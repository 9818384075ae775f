#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

class QIODevice;

namespace pagesight {

// CSV as RFC 4180 writes it, in UTF-8 without a byte order mark: fields separated by ',', records
// ended by CRLF, a field quoted (with '"' doubled) when it holds ',', '"', CR, LF or starts or ends
// with a blank. NULL and the empty string differ: NULL is an empty unquoted field, the empty string
// is "". Numbers are written as Qt prints them (the shortest text that reads back the same double);
// a BLOB as 0x followed by its bytes in hex.
//
// Formula injection (OWASP "CSV Injection"): a text cell that starts with =, +, -, @, a tab or a CR
// is run by spreadsheets as a formula. Such cells get a single quote in front, unless neutralise
// is false (pagesight query --raw-csv, for pipelines). Numbers are never changed: -5 stays -5.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device, bool neutralise = true);

    void writeRecord(const QList<QVariant> &fields);
    void writeHeader(const QStringList &columns);
    bool ok() const { return m_ok; }

    static QString field(const QVariant &value, bool neutralise = true);
    static QString recordText(const QList<QVariant> &fields, bool neutralise = true); // with its CRLF
    static QByteArray record(const QList<QVariant> &fields, bool neutralise = true);  // recordText in UTF-8
    static QList<QVariant> headerFields(const QStringList &columns);                  // the column names as a record

private:
    QIODevice *m_device;
    bool m_neutralise;
    bool m_ok = true;
};

// Writes the header and the rows to path, atomically (QSaveFile): a failed export leaves whatever
// file was there. The sentence saying what went wrong, or empty. byteOrderMark ("Excel-friendly")
// starts the file with UTF-8's EF BB BF, without which Excel reads UTF-8 as the system code page.
QString exportCsv(const QString &path, const QStringList &columns, const QList<QList<QVariant>> &rows,
                  bool neutralise = true, bool byteOrderMark = false);

} // namespace pagesight
