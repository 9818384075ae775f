// What `pagesight report` and `pagesight query` print: CSV that an RFC 4180 reader gets the same
// values back from, JSON that parses back to them (null for NULL), and an aligned table.
#include "cli/CliOutput.h"

#include "analytics/CsvExport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <optional>

using namespace pagesight;
using namespace pagesight::cli;

namespace {

// A strict RFC 4180 reader: records end with CRLF, fields are separated by commas, a field that
// holds a comma, quote, CR or LF is quoted with its quotes doubled. nullopt on anything else
// (a bare quote inside an unquoted field, text after a closing quote, a bare CR or LF outside quotes,
// a missing final CRLF).
std::optional<QList<QStringList>> readCsv(const QString &text) {
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == QLatin1Char('"') && field.isEmpty()) {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt; // unterminated
                if (text[i] == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            if (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\r'))
                return std::nullopt;
            continue;
        }
        const QChar c = text[i];
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            ++i;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= n || text[i + 1] != QLatin1Char('\n'))
                return std::nullopt;
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            i += 2;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('"')) {
            return std::nullopt;
        } else {
            field += c;
            ++i;
        }
    }
    if (!record.isEmpty() || !field.isEmpty())
        return std::nullopt; // the last record lacks its CRLF
    return records;
}

QueryResult oneCell(const QVariant &value) {
    QueryResult result;
    result.columns = {QStringLiteral("v")};
    result.rows = {{value}};
    return result;
}

// Column order that is not alphabetical, values of every kind the catalog returns.
QueryResult mixedResult() {
    QueryResult result;
    result.columns = {QStringLiteral("post_id"), QStringLiteral("preview, \"quoted\""), QStringLiteral("impressions"),
                      QStringLiteral("engagement_rate_pct"), QStringLiteral("note")};
    result.rows = {
        {QStringLiteral("urn:li:share:1"), QStringLiteral("Hello, \"world\"\r\nsecond line…"), qlonglong(5000), 12.35,
         QVariant()},
        {QStringLiteral("urn:li:ugcPost:2"), QStringLiteral("Ünïcödé 日本語 😀"), qlonglong(0), 0.0, QStringLiteral("")},
        {QStringLiteral("urn:li:share:3"), QVariant(), qlonglong(-3), 4.82, QStringLiteral("a\nb\rc")},
        {QStringLiteral("urn:li:share:4"), QStringLiteral(" spaces kept "), qlonglong(9007199254740993LL), 0.1,
         QStringLiteral("\"")},
    };
    return result;
}

// The text a cell should have in CSV and table output: NULL is empty. (CSV prints a double as the
// shortest text that reads back the same; for mixedResult's doubles that is this text too.)
QString expectedText(const QVariant &value) {
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace

class TestCliOutput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parseFormat_data();
    void parseFormat();
    void formatDispatches();

    void csvReaderSelfCheck();
    void csvField_data();
    void csvField();
    void csvRoundTrip();
    void csvOfNoRows();
    void csvMatchesTheExplorersExport();

    void jsonRoundTrip();
    void jsonKeysInColumnOrder();
    void jsonOfNoRows();

    void tableAligns();
    void tableAlignsWhenFirstCellIsEmpty();
    void tableClips_data();
    void tableClips();
    void tableClipKeepsCharactersWhole();
};

void TestCliOutput::parseFormat_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format"); // -1: refused
    QTest::newRow("table") << "table" << int(Format::Table);
    QTest::newRow("csv") << "csv" << int(Format::Csv);
    QTest::newRow("json") << "json" << int(Format::Json);
    QTest::newRow("xml") << "xml" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("with space") << "csv " << -1;
}

void TestCliOutput::parseFormat() {
    QFETCH(QString, text);
    QFETCH(int, format);
    const std::optional<Format> parsed = cli::parseFormat(text);
    if (format < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(int(*parsed), format);
    }
}

void TestCliOutput::formatDispatches() {
    const QueryResult result = mixedResult();
    QCOMPARE(format(result, Format::Csv), toCsv(result));
    QCOMPARE(format(result, Format::Json), toJson(result));
    QCOMPARE(format(result, Format::Table), toTable(result));
}

void TestCliOutput::csvReaderSelfCheck() {
    // The reader is test code: make sure it reads what RFC 4180 says and refuses what it forbids.
    const auto records = readCsv(QStringLiteral("a,\"b,\"\"c\"\"\r\nd\",\r\n,x\r\n"));
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b,\"c\"\r\nd"), QString()}));
    QCOMPARE(records->at(1), (QStringList{QString(), QStringLiteral("x")}));
    QVERIFY(!readCsv(QStringLiteral("a\"b\r\n")));
    QVERIFY(!readCsv(QStringLiteral("a,b\n")));
    QVERIFY(!readCsv(QStringLiteral("\"a\"b\r\n")));
    QVERIFY(!readCsv(QStringLiteral("a,b")));
}

void TestCliOutput::csvField_data() {
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("plain") << QVariant(QStringLiteral("plain")) << "plain";
    QTest::newRow("comma") << QVariant(QStringLiteral("a,b")) << "\"a,b\"";
    QTest::newRow("quotes") << QVariant(QStringLiteral("say \"hi\"")) << "\"say \"\"hi\"\"\"";
    QTest::newRow("only a quote") << QVariant(QStringLiteral("\"")) << "\"\"\"\"";
    QTest::newRow("LF") << QVariant(QStringLiteral("line1\nline2")) << "\"line1\nline2\"";
    QTest::newRow("CR") << QVariant(QStringLiteral("cr\rhere")) << "\"cr\rhere\"";
    QTest::newRow("CRLF") << QVariant(QStringLiteral("one\r\ntwo")) << "\"one\r\ntwo\"";
    QTest::newRow("everything") << QVariant(QStringLiteral("a,\"b\"\r\n")) << "\"a,\"\"b\"\"\r\n\"";
    QTest::newRow("unicode") << QVariant(QStringLiteral("Ünïcödé 日本語 😀…")) << QStringLiteral("Ünïcödé 日本語 😀…");
    // CsvWriter's rules (the explorer's Export): blanks at either end are quoted so no reader trims
    // them; the empty string is "" apart from NULL's empty field.
    QTest::newRow("spaces are data") << QVariant(QStringLiteral("  x  ")) << "\"  x  \"";
    QTest::newRow("empty string") << QVariant(QString(QLatin1String(""))) << "\"\"";
    QTest::newRow("NULL") << QVariant() << "";
    QTest::newRow("NULL string") << QVariant(QMetaType::fromType<QString>()) << "";
    QTest::newRow("integer") << QVariant(qlonglong(42)) << "42";
    QTest::newRow("negative") << QVariant(qlonglong(-7)) << "-7";
    QTest::newRow("beyond 2^53") << QVariant(qlonglong(9007199254740993LL)) << "9007199254740993";
    QTest::newRow("rate") << QVariant(12.35) << "12.35";
    QTest::newRow("0.1") << QVariant(0.1) << "0.1";
    QTest::newRow("zero") << QVariant(0.0) << "0";
    QTest::newRow("shortest exact double") << QVariant(0.1 + 0.2) << "0.30000000000000004";
    QTest::newRow("BLOB") << QVariant(QByteArray("\xde\xad\x00", 3)) << "0xdead00";
}

void TestCliOutput::csvField() {
    QFETCH(QVariant, value);
    QFETCH(QString, encoded);
    QCOMPARE(toCsv(oneCell(value)), QStringLiteral("v\r\n") + encoded + QStringLiteral("\r\n"));
}

void TestCliOutput::csvRoundTrip() {
    const QueryResult result = mixedResult();
    const QString csv = toCsv(result);
    const std::optional<QList<QStringList>> records = readCsv(csv);
    QVERIFY2(records, qPrintable(csv));
    QCOMPARE(records->size(), result.rows.size() + 1);
    QCOMPARE(records->first(), result.columns);
    for (int r = 0; r < result.rows.size(); ++r) {
        QStringList expected;
        for (const QVariant &value : result.rows[r])
            expected << expectedText(value);
        QCOMPARE(records->at(r + 1), expected);
    }
}

// `pagesight query --format csv` (rows printed as they are read) writes the very bytes the
// explorer's Export CSV writes to a file, for every kind of cell; the Excel form adds only the
// byte-order mark in front.
void TestCliOutput::csvMatchesTheExplorersExport() {
    QueryResult result = mixedResult();
    // Awkward text in every column: a formula, quotes and a line break, NULL, the empty string, accents.
    const QList<QVariant> awkward = {QStringLiteral("=SUM(A1)"), QStringLiteral("a,b \"c\"\nd"), QVariant(), QString(),
                                     QStringLiteral("ação 日本")};
    QList<QVariant> row;
    for (int column = 0; column < result.columns.size(); ++column)
        row.append(awkward.at(column % awkward.size()));
    result.rows.append(row);
    QString printed;
    {
        QTextStream out(&printed);
        RowPrinter printer(out, Format::Csv, result.columns);
        for (const QList<QVariant> &row : std::as_const(result.rows))
            printer.row(row);
        printer.finish();
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QCOMPARE(exportCsv(path, result.columns, result.rows), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QCOMPARE(printed.toUtf8(), exported);
    QCOMPARE(toCsv(result).toUtf8(), exported);
    const QString excel = dir.filePath(QStringLiteral("excel.csv"));
    QCOMPARE(exportCsv(excel, result.columns, result.rows, true, true), QString());
    QFile withMark(excel);
    QVERIFY(withMark.open(QIODevice::ReadOnly));
    QCOMPARE(withMark.readAll(), QByteArray("\xEF\xBB\xBF") + exported);
}

void TestCliOutput::csvOfNoRows() {
    QueryResult result;
    result.columns = {QStringLiteral("a"), QStringLiteral("b")};
    QCOMPARE(toCsv(result), QStringLiteral("a,b\r\n"));
}

void TestCliOutput::jsonRoundTrip() {
    const QueryResult result = mixedResult();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(toJson(result).toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), result.rows.size());
    for (int r = 0; r < result.rows.size(); ++r) {
        const QJsonObject object = rows[r].toObject();
        QStringList keys = object.keys();
        QStringList columns = result.columns;
        keys.sort();
        columns.sort();
        QCOMPARE(keys, columns);
        for (int c = 0; c < result.columns.size(); ++c) {
            const QVariant &value = result.rows[r][c];
            const QJsonValue json = object.value(result.columns[c]);
            const QByteArray where = "row " + QByteArray::number(r) + " " + result.columns[c].toUtf8();
            if (value.isNull()) {
                QVERIFY2(json.isNull(), where); // null, not "" and not absent
            } else if (value.typeId() == QMetaType::QString) {
                QVERIFY2(json.isString(), where);
                QCOMPARE(json.toString(), value.toString());
            } else if (value.typeId() == QMetaType::Double) {
                QVERIFY2(json.isDouble(), where);
                QCOMPARE(json.toDouble(), value.toDouble());
            } else {
                QVERIFY2(json.isDouble(), where); // a JSON number
                QCOMPARE(json.toInteger(), value.toLongLong());
            }
        }
    }
}

void TestCliOutput::jsonKeysInColumnOrder() {
    // The header promises keys in column order (post_id first, as the query says), which is also
    // what a person reading the output expects.
    const QueryResult result = mixedResult();
    const QString json = toJson(result);
    qsizetype objectStart = 0;
    for (int r = 0; r < result.rows.size(); ++r) {
        objectStart = json.indexOf(QLatin1Char('{'), objectStart);
        QVERIFY(objectStart >= 0);
        qsizetype previous = -1;
        for (const QString &column : result.columns) {
            const QString key = QString::fromUtf8(QJsonDocument(QJsonArray{column}).toJson(QJsonDocument::Compact))
                                    .mid(1)
                                    .chopped(1); // the key as JSON text, quotes escaped
            const qsizetype at = json.indexOf(key + QLatin1Char(':'), objectStart);
            QVERIFY2(at > previous, qPrintable(QStringLiteral("row %1: key %2 out of column order in\n%3")
                                                   .arg(r)
                                                   .arg(column, json.mid(objectStart, 300))));
            previous = at;
        }
        objectStart = previous;
    }
}

void TestCliOutput::jsonOfNoRows() {
    QueryResult result;
    result.columns = {QStringLiteral("a")};
    const QJsonDocument doc = QJsonDocument::fromJson(toJson(result).toUtf8());
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 0);
}

void TestCliOutput::tableAligns() {
    QueryResult result;
    result.columns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("n")};
    result.rows = {
        {qlonglong(1), QStringLiteral("alpha"), QVariant()},
        {qlonglong(22), QStringLiteral("b"), qlonglong(3)},
        {qlonglong(333), QStringLiteral("gamma delta"), qlonglong(40)},
    };
    const QStringList lines = toTable(result).split(QLatin1Char('\n'));
    // header, rule, three rows, "(3 rows)", and the empty string after the final newline
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines[0], QStringLiteral("id   name         n"));
    QCOMPARE(lines[1], QStringLiteral("---  -----------  --"));
    QCOMPARE(lines[2], QStringLiteral("1    alpha"));
    QCOMPARE(lines[3], QStringLiteral("22   b            3"));
    QCOMPARE(lines[4], QStringLiteral("333  gamma delta  40"));
    QCOMPARE(lines[5], QStringLiteral("(3 rows)"));
    QVERIFY(lines[6].isEmpty());
}

void TestCliOutput::tableAlignsWhenFirstCellIsEmpty() {
    // A NULL (or empty) first cell must not pull the rest of its row to the left.
    QueryResult result;
    result.columns = {QStringLiteral("organization"), QStringLiteral("views")};
    result.rows = {
        {QStringLiteral("urn:li:organization:1"), qlonglong(10)},
        {QVariant(), qlonglong(20)},
        {QStringLiteral("  indented"), qlonglong(30)},
    };
    const QStringList lines = toTable(result).split(QLatin1Char('\n'));
    const qsizetype viewsAt = lines[0].indexOf(QLatin1String("views"));
    QCOMPARE(viewsAt, qsizetype(QStringLiteral("urn:li:organization:1").size() + 2));
    QCOMPARE(lines[2].indexOf(QLatin1String("10")), viewsAt);
    QCOMPARE(lines[3].indexOf(QLatin1String("20")), viewsAt);
    QCOMPARE(lines[4].indexOf(QLatin1String("30")), viewsAt);
    QVERIFY(lines[4].startsWith(QLatin1String("  indented")));
}

void TestCliOutput::tableClips_data() {
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("shown");
    QTest::newRow("longer") << "abcdefghijklmnop" << 10 << QStringLiteral("abcdefghi…");
    QTest::newRow("exactly the width") << "abcdefghij" << 10 << "abcdefghij";
    QTest::newRow("shorter") << "abc" << 10 << "abc";
    QTest::newRow("line breaks become spaces") << "a\nb\r\nc" << 10 << "a b  c";
    QTest::newRow("line breaks then clipped") << "line one\nline two" << 10 << QStringLiteral("line one …");
}

void TestCliOutput::tableClips() {
    QFETCH(QString, cell);
    QFETCH(int, width);
    QFETCH(QString, shown);
    QueryResult result;
    result.columns = {QStringLiteral("c")};
    result.rows = {{cell}};
    const QStringList lines = toTable(result, width).split(QLatin1Char('\n'));
    QCOMPARE(lines[2], shown);
    QCOMPARE(lines[1], QString(qMax(1, int(shown.size())), QLatin1Char('-')));
}

void TestCliOutput::tableClipKeepsCharactersWhole() {
    // Emoji are two UTF-16 units: a cut between them would print a broken character.
    QueryResult result;
    result.columns = {QStringLiteral("c")};
    result.rows = {{QString::fromUtf8("😀😀😀😀😀😀😀😀")}};
    for (int width = 2; width <= 9; ++width) {
        const QString table = toTable(result, width);
        QVERIFY2(QStringView(table).isValidUtf16(), qPrintable(QStringLiteral("width %1").arg(width)));
        const QString cell = table.split(QLatin1Char('\n'))[2];
        QVERIFY2(cell.size() <= width, qPrintable(QStringLiteral("width %1: %2").arg(width).arg(cell)));
        QVERIFY2(cell.endsWith(QChar(0x2026)), qPrintable(cell));
    }
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
