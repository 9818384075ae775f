// CSV export of the SQL explorer: exact bytes for known cases, and a round trip (write, parse back,
// compare) through quotes, commas, newlines, Unicode, NULL against the empty string, and numbers.
#include "CsvTestSupport.h"

#include "analytics/CsvExport.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pagesight;
using namespace pagesight::testing;

class TestCsvExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fieldQuoting_data();
    void fieldQuoting();
    void recordBytes();
    void roundTrip();
    void roundTripThroughFile();
    void numbersReadBackTheSame();
    void parseAcceptsLfAndBom();
    void exportToMissingFolderFails();
};

void TestCsvExport::fieldQuoting_data() {
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QVariant(QStringLiteral("abc")) << QStringLiteral("abc");
    QTest::newRow("NULL") << QVariant() << QString();
    QTest::newRow("empty string") << QVariant(QString(QLatin1String(""))) << QStringLiteral("\"\"");
    QTest::newRow("comma") << QVariant(QStringLiteral("a,b")) << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QVariant(QStringLiteral("say \"hi\"")) << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QVariant(QStringLiteral("a\nb")) << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QVariant(QStringLiteral("a\rb")) << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading blank") << QVariant(QStringLiteral(" a")) << QStringLiteral("\" a\"");
    QTest::newRow("Unicode") << QVariant(QStringLiteral("Ünïcode 😀 日本")) << QStringLiteral("Ünïcode 😀 日本");
    QTest::newRow("integer") << QVariant(qint64(9007199254740993LL)) << QStringLiteral("9007199254740993");
    QTest::newRow("negative") << QVariant(-3) << QStringLiteral("-3");
    QTest::newRow("double") << QVariant(12.34) << QStringLiteral("12.34");
    QTest::newRow("blob") << QVariant(QByteArray("\x01\xff", 2)) << QStringLiteral("0x01ff");
    // Text a spreadsheet would run as a formula gets a quote in front (OWASP); numbers never do.
    QTest::newRow("formula =") << QVariant(QStringLiteral("=1+1")) << QStringLiteral("'=1+1");
    QTest::newRow("formula +") << QVariant(QStringLiteral("+33 1 23")) << QStringLiteral("'+33 1 23");
    QTest::newRow("formula - in text") << QVariant(QStringLiteral("-2")) << QStringLiteral("'-2");
    QTest::newRow("formula @") << QVariant(QStringLiteral("@SUM(A1)")) << QStringLiteral("'@SUM(A1)");
    QTest::newRow("formula tab") << QVariant(QStringLiteral("\t=x")) << QStringLiteral("'\t=x");
    QTest::newRow("formula CR") << QVariant(QStringLiteral("\r=x")) << QStringLiteral("\"'\r=x\"");
    QTest::newRow("formula with comma") << QVariant(QStringLiteral("=HYPERLINK(\"x\",\"y\")"))
                                        << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
}

void TestCsvExport::fieldQuoting() {
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(value), expected);
    // --raw-csv: as it is.
    if (expected.startsWith(QLatin1Char('\'')) || expected.startsWith(QLatin1String("\"'")))
        QVERIFY(!CsvWriter::field(value, false).contains(QLatin1String("'=")) &&
                !CsvWriter::field(value, false).startsWith(QLatin1Char('\'')));
}

void TestCsvExport::recordBytes() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeHeader({QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("n")});
    writer.writeRecord({QStringLiteral("urn:li:share:1"), QStringLiteral("Olá, \"mundo\""), 3});
    writer.writeRecord({QVariant(), QString(QLatin1String("")), QVariant()});
    QVERIFY(writer.ok());
    QCOMPARE(buffer.data(), QByteArray("id,text,n\r\n"
                                       "urn:li:share:1,\"Ol\xc3\xa1, \"\"mundo\"\"\",3\r\n"
                                       ",\"\",\r\n"));
}

namespace {
const QStringList columns = {QStringLiteral("id"), QStringLiteral("text, with comma"), QStringLiteral("n"),
                             QStringLiteral("x")};

QList<QList<QVariant>> awkwardRows() {
    return {
        {QStringLiteral("urn:li:share:1"), QStringLiteral("Line one\nline two\r\nline three"), 1, 0.5},
        {QStringLiteral("urn:li:ugcPost:2"), QStringLiteral("\"quoted\", and, commas"), QVariant(), QVariant()},
        {QString(QLatin1String("")), QStringLiteral("Ünïcode 😀 日本語 — ok"), -7, 1e-7},
        {QVariant(), QString(QLatin1String("")), qint64(1) << 53, 123456.789},
        {QStringLiteral(" padded "), QStringLiteral("\"\""), 0, -0.25},
        {QStringLiteral("ends with quote\""), QStringLiteral(","), 42, 3.0},
        {QVariant(), QVariant(), QVariant(), QVariant()},
    };
}

// What each field reads back as: NULL stays NULL, everything else becomes its text.
QList<QVariant> asRead(const QList<QVariant> &row) {
    QList<QVariant> read;
    for (const QVariant &value : row)
        read.append(value.isNull() ? QVariant() : QVariant(value.toString()));
    return read;
}

void compareRows(const QList<QList<QVariant>> &parsed, const QList<QList<QVariant>> &rows) {
    QCOMPARE(parsed.size(), rows.size() + 1);
    QList<QVariant> header;
    for (const QString &column : columns)
        header.append(column);
    QCOMPARE(parsed.first(), header);
    for (int r = 0; r < rows.size(); ++r) {
        const QList<QVariant> expected = asRead(rows[r]);
        QCOMPARE(parsed[r + 1].size(), expected.size());
        for (int c = 0; c < expected.size(); ++c) {
            const QVariant &got = parsed[r + 1][c];
            QVERIFY2(got.isNull() == expected[c].isNull(),
                     qPrintable(QStringLiteral("row %1 column %2: NULL and empty differ").arg(r).arg(c)));
            QCOMPARE(got.toString(), expected[c].toString());
        }
    }
}
} // namespace

void TestCsvExport::roundTrip() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeHeader(columns);
    for (const QList<QVariant> &row : awkwardRows())
        writer.writeRecord(row);
    QVERIFY(writer.ok());
    compareRows(parseCsv(buffer.data()), awkwardRows());
}

void TestCsvExport::roundTripThroughFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QCOMPARE(exportCsv(path, columns, awkwardRows()), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xef\xbb\xbf"));  // no byte order mark
    QVERIFY(bytes.contains("\xf0\x9f\x98\x80")); // the emoji in UTF-8
    compareRows(parseCsv(bytes), awkwardRows());
}

void TestCsvExport::numbersReadBackTheSame() {
    const QList<double> values = {0.1, 1.0 / 3.0, 2.5e-12, 123456789.123, -0.0001, 1e21};
    for (double value : values) {
        const QList<QList<QVariant>> parsed = parseCsv(CsvWriter::record({value}));
        QCOMPARE(parsed.size(), 1);
        bool ok = false;
        QCOMPARE(parsed.first().first().toString().toDouble(&ok), value);
        QVERIFY(ok);
    }
}

void TestCsvExport::parseAcceptsLfAndBom() {
    const QList<QList<QVariant>> parsed = parseCsv(QByteArray("\xef\xbb\xbf"
                                                              "a,b\n1,\"x\ny\"\n,\"\""));
    QCOMPARE(parsed.size(), 3);
    QCOMPARE(parsed[0], (QList<QVariant>{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(parsed[1], (QList<QVariant>{QStringLiteral("1"), QStringLiteral("x\ny")}));
    QVERIFY(parsed[2][0].isNull());
    QVERIFY(!parsed[2][1].isNull());
    QCOMPARE(parsed[2][1].toString(), QString());
}

void TestCsvExport::exportToMissingFolderFails() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/export.csv"));
    const QString error = exportCsv(path, columns, awkwardRows());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
