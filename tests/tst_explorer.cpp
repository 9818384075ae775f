// The SQL explorer on a catalog synced from the sandbox: the reports run through it return the
// spec's columns and runReport's rows; every statement that could change the catalog is refused
// with a sentence and leaves the file (and its -wal) byte-for-byte as it was; big results arrive
// in batches; the grid exports to CSV that reads back the same.
#include "CsvTestSupport.h"
#include "PostgresTestSupport.h"
#include "SyncTestSupport.h"

#include "analytics/CsvExport.h"
#include "analytics/DashboardModel.h"
#include "analytics/QueryRunner.h"
#include "analytics/ReadOnlySql.h"
#include "analytics/Reports.h"
#include "analytics/SqlLexer.h"
#include "explorer/ExplorerPage.h"
#include "explorer/QueryResultModel.h"
#include "explorer/SqlHighlighter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

namespace {
QByteArray fileHash(const QString &path) {
    QFile file(path);
    if (!file.exists())
        return QByteArrayLiteral("<absent>");
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Set PAGESIGHT_SCREENSHOT_DIR to keep pictures of the page as the tests leave it.
void grab(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name);
}

// The columns docs/SPEC.md §4 lists, written out here rather than taken from reportDefinitions().
QStringList specColumns(const QString &report) {
    if (report == QLatin1String("post-engagement"))
        return QStringLiteral("post_id, post_preview, published_date, content_type, impressions, unique_impressions, "
                              "clicks, likes, comments, shares, engagement_rate_pct, total_engagements")
            .split(QStringLiteral(", "));
    if (report == QLatin1String("follower-growth"))
        return QStringLiteral("report_date, organic_gained, paid_gained, total_gained, cumulative_growth, "
                              "seven_day_moving_avg, organic_pct")
            .split(QStringLiteral(", "));
    return QStringLiteral("seniority, total_views, unique_views, pct_of_total").split(QStringLiteral(", "));
}
} // namespace

// Statements that would change the catalog, or run more than one: the explorer refuses each.
static QList<std::pair<QString, QString>> forbiddenSql(const QTemporaryDir &dir) {
    return {
        {QStringLiteral("DELETE"), QStringLiteral("DELETE FROM organization_posts")},
        {QStringLiteral("DROP"), QStringLiteral("DROP TABLE post_statistics")},
        {QStringLiteral("UPDATE"), QStringLiteral("UPDATE post_statistics SET impression_count = 0")},
        {QStringLiteral("INSERT"), QStringLiteral("INSERT INTO organization_posts (id) VALUES ('urn:li:share:666')")},
        {QStringLiteral("REPLACE"), QStringLiteral("REPLACE INTO organization_posts (id) VALUES ('urn:li:share:666')")},
        {QStringLiteral("ATTACH"), QStringLiteral("ATTACH DATABASE '%1' AS other").arg(dir.filePath("other.sqlite"))},
        {QStringLiteral("PRAGMA writable_schema"), QStringLiteral("PRAGMA writable_schema = ON")},
        {QStringLiteral("PRAGMA query_only off"), QStringLiteral("PRAGMA query_only = OFF")},
        {QStringLiteral("CREATE"), QStringLiteral("CREATE TABLE evil (x)")},
        {QStringLiteral("CREATE TEMP"), QStringLiteral("CREATE TEMP TABLE evil (x)")},
        {QStringLiteral("ALTER"), QStringLiteral("ALTER TABLE organization_posts RENAME TO gone")},
        {QStringLiteral("VACUUM INTO"), QStringLiteral("VACUUM INTO '%1'").arg(dir.filePath("copy.sqlite"))},
        {QStringLiteral("SELECT; DROP"), QStringLiteral("SELECT 1; DROP TABLE organization_posts")},
        {QStringLiteral("SELECT; PRAGMA writable_schema"), QStringLiteral("SELECT 1; PRAGMA writable_schema = 1")},
        {QStringLiteral("WITH … DELETE"), QStringLiteral("WITH x AS (SELECT 1) DELETE FROM organization_posts")},
        {QStringLiteral("WITH … INSERT"),
         QStringLiteral("WITH x AS (SELECT 1) INSERT INTO organization_posts (id) SELECT 'z' FROM x")},
        {QStringLiteral("comment hides DELETE"), QStringLiteral("/* SELECT */ DELETE FROM organization_posts")},
        {QStringLiteral("line comment hides DROP"),
         QStringLiteral("-- SELECT * FROM organization_posts\nDROP TABLE organization_posts")},
        {QStringLiteral("string hides ;"), QStringLiteral("SELECT ';' AS x; DELETE FROM organization_posts")},
        {QStringLiteral("transaction"), QStringLiteral("BEGIN; DELETE FROM organization_posts; COMMIT")},
        {QStringLiteral("two reads"), QStringLiteral("SELECT 1; SELECT 2")},
    };
}

class TestExplorer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Catalog> m_gui; // the GUI thread's read-write connection, as in the app
    AppServices m_services;

    QString fingerprint() const {
        return QString::fromLatin1(fileHash(m_path) + '/' + fileHash(m_path + QStringLiteral("-wal")));
    }
    // Runs sql through the page as a person would and waits for the outcome.
    QueryOutcome run(ExplorerPage &page, const QString &sql) {
        QSignalSpy finished(&page, &ExplorerPage::queryFinished);
        page.setQuery(sql);
        page.runQuery();
        if (!finished.wait(20000))
            return {QStringLiteral("timed out"), 0, 0, false};
        return finished.first().first().value<QueryOutcome>();
    }

private slots:
    // On a PostgreSQL catalog each statement runs in a read-only transaction that is rolled back: a
    // data-modifying WITH is refused, even after a statement turned the session's read-only
    // default off, and the rows stay.
    void postgresCatalogCannotBeChanged() {
        PAGESIGHT_NEED_POSTGRES();
        testing::TestSchema schema;
        {
            Catalog writer(QStringLiteral("explorer-pg-writer"));
            QVERIFY(!writer.open(schema.url()).isError());
            const TableSchema posts{
                QStringLiteral("notes"), {{QStringLiteral("id"), QStringLiteral("TEXT")}}, {QStringLiteral("id")}, {}};
            QVERIFY(!writer.ensureTable(posts).isError());
            QVERIFY(!writer.upsert(posts, {{QStringLiteral("a")}, {QStringLiteral("b")}}).isError());
        }
        QueryRunner runner(schema.url());
        const auto run = [&runner](const QString &sql) {
            QSignalSpy finished(&runner, &QueryRunner::finished);
            QSignalSpy rows(&runner, &QueryRunner::rowsReady);
            runner.run(sql);
            if (!finished.wait(20000))
                return QStringLiteral("no answer");
            const QueryOutcome outcome = finished.constFirst().at(1).value<QueryOutcome>();
            if (!outcome.error.isEmpty())
                return QStringLiteral("error: ") + outcome.error;
            return rows.isEmpty()
                       ? QString()
                       : rows.constFirst().at(1).value<QList<QList<QVariant>>>().value(0).value(0).toString();
        };
        QCOMPARE(run(QStringLiteral("SELECT count(*) FROM notes")), QStringLiteral("2"));
        run(QStringLiteral("SELECT set_config('default_transaction_read_only', 'off', false)"));
        for (const QString &sql :
             {QStringLiteral("WITH gone AS (DELETE FROM notes RETURNING id) SELECT count(*) FROM gone"),
              QStringLiteral("WITH added AS (INSERT INTO notes (id) VALUES ('c') RETURNING id) SELECT * FROM added"),
              QStringLiteral("SELECT nextval('no_such_sequence')")}) {
            const QString result = run(sql);
            QVERIFY2(result.startsWith(QLatin1String("error: ")), qPrintable(sql + QStringLiteral(" → ") + result));
        }
        // The whole list the SQLite catalog refuses, on the server's table.
        for (const auto &[name, sql] : forbiddenSql(m_dir)) {
            QString onNotes = sql;
            onNotes.replace(QLatin1String("organization_posts"), QLatin1String("notes"))
                .replace(QLatin1String("post_statistics"), QLatin1String("notes"));
            const QString result = run(onNotes);
            QVERIFY2(result.startsWith(QLatin1String("error: ")), qPrintable(name + QStringLiteral(" → ") + result));
        }
        QCOMPARE(run(QStringLiteral("SELECT count(*) FROM notes")), QStringLiteral("2"));
    }

    void initTestCase();
    void statementCheck_data();
    void statementCheck();
    void lexerReadsAsSQLiteDoes();
    void highlighterColoursWhatTheLexerReads();
    void reportsThroughExplorer_data();
    void reportsThroughExplorer();
    void startingPointRunsReport();
    void forbiddenStatements_data();
    void forbiddenStatements();
    void connectionIsQueryOnly();
    void errorsShowInline();
    void ctrlEnterRuns();
    void tenThousandRowsInBatches();
    void stopEndsALongQuery();
    void csvExportRoundTrip();
    void reloadRunsLastQueryAgain();
    void missingCatalogSaysSo();
};

void TestExplorer::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        sandbox::SandboxServer server(generatorOptions());
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(m_path, &tokens, server.apiBaseUrl());
        QVERIFY(!rig.openError.isError());
        const RunReport report = rig.run(sourceFor(server, sandboxToday.addDays(-300)));
        QCOMPARE(report.status, RunStatus::Succeeded);
    }
    m_gui = std::make_unique<Catalog>(QStringLiteral("tst_explorer_gui"));
    const CatalogError opened = m_gui->open(m_path);
    QVERIFY2(!opened.isError(), qPrintable(describe(opened)));
    QVERIFY(count(m_gui->reader(), QStringLiteral("SELECT count(*) FROM organization_posts")) > 50);
    m_services.catalog = m_gui.get();
    m_services.catalogPath = m_path;
}

void TestExplorer::statementCheck_data() {
    using V = ReadOnlyStatement::Verdict;
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("verdict");
    QTest::newRow("select") << "SELECT 1" << int(V::Reads);
    QTest::newRow("trailing ;") << "SELECT 1;  " << int(V::Reads);
    QTest::newRow("; in a string") << "SELECT 'a; DROP TABLE x'" << int(V::Reads);
    QTest::newRow("; in an identifier") << "SELECT 1 AS \"x; DELETE\"" << int(V::Reads);
    QTest::newRow("; in a comment") << "SELECT 1 -- ; DROP TABLE x" << int(V::Reads);
    QTest::newRow("; in a block comment") << "SELECT 1 /* ; DELETE FROM x; */" << int(V::Reads);
    QTest::newRow("WITH … SELECT") << "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n"
                                   << int(V::Reads);
    QTest::newRow("EXPLAIN QUERY PLAN") << "EXPLAIN QUERY PLAN SELECT 1" << int(V::Reads);
    QTest::newRow("VALUES") << "values (1)" << int(V::Reads);
    QTest::newRow("empty") << " -- nothing\n ; " << int(V::Empty);
    QTest::newRow("two selects") << "SELECT 1; SELECT 2" << int(V::Multiple);
    QTest::newRow("WITH … DELETE") << "WITH x AS (SELECT 1) DELETE FROM t" << int(V::Writes);
    QTest::newRow("WITH two CTEs … UPDATE")
        << "WITH a AS (SELECT 1), \"b\" AS MATERIALIZED (SELECT 2) UPDATE t SET x = 1" << int(V::Writes);
    QTest::newRow("comment hides DELETE") << "/* SELECT */ DELETE FROM t" << int(V::Writes);
    QTest::newRow("line comment hides DROP") << "-- SELECT\nDROP TABLE t" << int(V::Writes);
    QTest::newRow("write after a read") << "SELECT 1; DROP TABLE t" << int(V::Writes);
    QTest::newRow("write after a string") << "SELECT ';'; DELETE FROM t" << int(V::Writes);
    QTest::newRow("EXPLAIN DELETE") << "EXPLAIN DELETE FROM t" << int(V::Writes);
    QTest::newRow("PRAGMA table_info") << "PRAGMA table_info(t)" << int(V::Reads);
    QTest::newRow("PRAGMA main.index_list") << "pragma main.index_list('t');" << int(V::Reads);
    QTest::newRow("PRAGMA table_info, then more") << "PRAGMA table_info(t) x" << int(V::Writes);
    QTest::newRow("PRAGMA x + table_info") << "PRAGMA x + table_info(t)" << int(V::Writes);
    QTest::newRow("PRAGMA writes") << "PRAGMA journal_mode = DELETE" << int(V::Writes);
    QTest::newRow("PRAGMA reads a setting") << "PRAGMA query_only" << int(V::Writes);
    QTest::newRow("a typo") << "SELEC * FROM t" << int(V::Unknown);
    QTest::newRow("no keyword") << "organization_posts" << int(V::Unknown);
}

// One lexer for the read-only check, the highlighter and the dashboards' parameters.
void TestExplorer::lexerReadsAsSQLiteDoes() {
    using K = SqlToken::Kind;
    const QString sql = QStringLiteral("SELECT 'it''s; :no', \"a\"\"b\", [x;y], 1.5e3, 0x1F, :org, x$y; -- c :no\n"
                                       "(/* open :no");
    QList<K> kinds;
    QStringList texts;
    for (const SqlToken &token : sqlTokens(sql)) {
        kinds.append(token.kind);
        texts.append(sql.mid(token.begin, token.end - token.begin));
    }
    const QList<K> expected = {K::Word,  K::String, K::Other,     K::QuotedName, K::Other,     K::QuotedName,
                               K::Other, K::Number, K::Other,     K::Number,     K::Other,     K::Parameter,
                               K::Other, K::Word,   K::Semicolon, K::Comment,    K::OpenParen, K::Comment};
    QCOMPARE(kinds, expected);
    QCOMPARE(texts.at(1), QStringLiteral("'it''s; :no'"));
    QCOMPARE(texts.at(5), QStringLiteral("[x;y]"));
    QCOMPARE(texts.at(7), QStringLiteral("1.5e3"));
    QCOMPARE(texts.at(11), QStringLiteral(":org"));
    QCOMPARE(texts.at(13), QStringLiteral("x$y"));
    QVERIFY(sqlTokens(sql).constLast().closed == false); // the open comment runs to the end
    QCOMPARE(sqlParameterNames(sql), QSet<QString>{QStringLiteral(":org")});
}

void TestExplorer::highlighterColoursWhatTheLexerReads() {
    QTextDocument document;
    SqlHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("select 'from' /* a\nwhere */ 42"));
    highlighter.rehighlight();
    const auto formatAt = [&document](int blockNumber, int position) {
        const QTextBlock block = document.findBlockByNumber(blockNumber);
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            if (position >= range.start && position < range.start + range.length)
                return range.format;
        return QTextCharFormat();
    };
    QCOMPARE(formatAt(0, 0).fontWeight(), int(QFont::Bold));  // select: a keyword
    QVERIFY(formatAt(0, 8).fontWeight() != int(QFont::Bold)); // from, inside a string: not one
    QVERIFY(formatAt(0, 15).fontItalic());                    // the comment
    QVERIFY(formatAt(1, 0).fontItalic());                     // where, still inside it
    QVERIFY(!formatAt(1, 9).fontItalic());                    // 42, after it
    QVERIFY(formatAt(1, 9).foreground().style() != Qt::NoBrush);
}

void TestExplorer::statementCheck() {
    QFETCH(QString, sql);
    QFETCH(int, verdict);
    const ReadOnlyStatement check = checkReadOnlyStatement(sql);
    QCOMPARE(int(check.verdict), verdict);
    if (check.reads())
        QVERIFY(!check.statement.trimmed().endsWith(QLatin1Char(';')));
    else
        QVERIFY(!readOnlyRefusal(check, sql).isEmpty());
}

void TestExplorer::reportsThroughExplorer_data() {
    QTest::addColumn<QString>("report");
    QTest::newRow("post-engagement") << "post-engagement";
    QTest::newRow("follower-growth") << "follower-growth";
    QTest::newRow("visitor-demographics") << "visitor-demographics";
}

void TestExplorer::reportsThroughExplorer() {
    QFETCH(QString, report);
    ExplorerPage page(m_services);
    QAbstractItemModelTester tester(page.resultModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QueryOutcome outcome = run(page, reportSql(report, TableNames{}));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(page.resultModel()->columns(), specColumns(report));

    const QueryResult expected = runReport(m_gui->reader(), report);
    QVERIFY2(expected.ok(), qPrintable(expected.error));
    QVERIFY(!expected.rows.isEmpty());
    QCOMPARE(outcome.rows, qint64(expected.rows.size()));
    QCOMPARE(page.resultModel()->rowCount(), expected.rows.size());
    QCOMPARE(page.resultModel()->rows(), expected.rows);
    QVERIFY2(page.statusText().contains(QLocale().toString(expected.rows.size())), qPrintable(page.statusText()));
}

void TestExplorer::startingPointRunsReport() {
    ExplorerPage page(m_services);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *list = page.findChild<QListWidget *>(QStringLiteral("startingPointsList"));
    QVERIFY(list);
    QCOMPARE(list->count(), reportDefinitions().size());
    QListWidgetItem *item = list->item(1);
    QCOMPARE(item->data(ExplorerPage::StartingPointReportRole).toString(), QStringLiteral("follower-growth"));
    QSignalSpy finished(&page, &ExplorerPage::queryFinished);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QVERIFY(finished.wait(20000));
    QVERIFY(page.query().contains(QLatin1String("cumulative_growth")));
    const QueryResult expected = runReport(m_gui->reader(), QStringLiteral("follower-growth"));
    QCOMPARE(page.resultModel()->rows(), expected.rows);
    grab(&page, QStringLiteral("explorer-report.png"));
}

void TestExplorer::forbiddenStatements_data() {
    QTest::addColumn<QString>("sql");
    for (const auto &[name, sql] : forbiddenSql(m_dir))
        QTest::newRow(qPrintable(name)) << sql;
}

void TestExplorer::forbiddenStatements() {
    QFETCH(QString, sql);
    const QString before = fingerprint();
    const qint64 posts = m_gui->rowCount(QStringLiteral("organization_posts"));
    {
        ExplorerPage page(m_services);
        const QueryOutcome outcome = run(page, sql);
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(page.errorText(), outcome.error);
        const QString writes = describe(CatalogError{CatalogError::Kind::ReadOnly, {}, {}});
        QVERIFY2(outcome.error.startsWith(writes) || outcome.error.startsWith(QLatin1String("Run one statement")),
                 qPrintable(outcome.error));
        QCOMPARE(page.resultModel()->rowCount(), 0);
    }
    QCOMPARE(fingerprint(), before);
    QCOMPARE(m_gui->rowCount(QStringLiteral("organization_posts")), posts);
    QCOMPARE(m_gui->userTables().size(), 5);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("other.sqlite"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("copy.sqlite"))));
}

void TestExplorer::connectionIsQueryOnly() {
    ExplorerPage page(m_services);
    const QueryOutcome outcome = run(page, QStringLiteral("SELECT query_only FROM pragma_query_only"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(page.resultModel()->rows(), (QList<QList<QVariant>>{{1}}));
}

void TestExplorer::errorsShowInline() {
    ExplorerPage page(m_services);
    page.resize(1000, 600);
    page.show();
    QVERIFY(run(page, QStringLiteral("WITH x AS (SELECT 1) DELETE FROM organization_posts")).error.size() > 0);
    grab(&page, QStringLiteral("explorer-refused.png"));
    const QueryOutcome outcome = run(page, QStringLiteral("SELECT * FROM no_such_table"));
    QVERIFY(!outcome.ok());
    QVERIFY2(page.errorText().contains(QLatin1String("no such table")), qPrintable(page.errorText()));
    // SQLite's own words, without the driver's "Unable to execute statement".
    QCOMPARE(page.errorText(), QStringLiteral("The query failed: no such table: no_such_table"));
    auto *banner = page.findChild<QLabel *>(QStringLiteral("queryErrorLabel"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(!QApplication::activeModalWidget());
    // The next good query clears it.
    QVERIFY(run(page, QStringLiteral("SELECT 1")).ok());
    QVERIFY(page.errorText().isEmpty());
    QVERIFY(!banner->isVisible());
    // A typo is named as one, not as a write.
    QVERIFY(!run(page, QStringLiteral("SELEC * FROM organization_posts")).ok());
    QVERIFY2(page.errorText().startsWith(QLatin1String("This is not an SQL statement")) &&
                 page.errorText().contains(QLatin1String("\"SELEC\"")),
             qPrintable(page.errorText()));
    // PRAGMA table_info only reads: it runs, one row per column.
    const QueryOutcome columns = run(page, QStringLiteral("PRAGMA table_info(organization_posts)"));
    QVERIFY2(columns.ok(), qPrintable(columns.error));
    QCOMPARE(columns.rows, qint64(m_gui->reader().record(QStringLiteral("organization_posts")).count()));
}

void TestExplorer::ctrlEnterRuns() {
    ExplorerPage page(m_services);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *editor = page.findChild<QPlainTextEdit *>(QStringLiteral("sqlEditor"));
    QVERIFY(editor);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("SELECT count(*) FROM post_statistics"));
    for (Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        QSignalSpy finished(&page, &ExplorerPage::queryFinished);
        QTest::keyClick(editor, key, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QCOMPARE(page.resultModel()->rows().value(0).value(0).toLongLong(),
                 count(m_gui->reader(), QStringLiteral("SELECT count(*) FROM post_statistics")));
        QCOMPARE(editor->toPlainText(), QStringLiteral("SELECT count(*) FROM post_statistics")); // no newline typed
    }
}

void TestExplorer::tenThousandRowsInBatches() {
    ExplorerPage page(m_services);
    QAbstractItemModelTester tester(page.resultModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(page.resultModel(), &QAbstractItemModel::rowsInserted);
    const QueryOutcome outcome = run(page, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                                          "FROM n WHERE i < 10000) SELECT i, 'row ' || i AS label "
                                                          "FROM n"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.rows, 10000);
    QCOMPARE(page.resultModel()->rowCount(), 10000);
    QCOMPARE(page.resultModel()->rows().last(), (QList<QVariant>{10000, QStringLiteral("row 10000")}));
    QVERIFY2(inserted.size() >= 2, "rows arrive in batches, the first one small");
    QVERIFY2(page.statusText().contains(QLocale().toString(10000)), qPrintable(page.statusText()));
}

void TestExplorer::stopEndsALongQuery() {
    // Five million rows would take seconds to collect: Stop ends it at the next batch, and the
    // window answered all along (the spies below wait in the event loop).
    ExplorerPage page(m_services);
    QSignalSpy inserted(page.resultModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy finished(&page, &ExplorerPage::queryFinished);
    page.setQuery(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000) "
                                 "SELECT i FROM n"));
    page.runQuery();
    QVERIFY(page.isRunning());
    QVERIFY(inserted.wait(10000));
    auto *stop = page.findChild<QPushButton *>(QStringLiteral("cancelQueryButton"));
    QVERIFY(stop && stop->isEnabled());
    stop->click();
    QVERIFY(finished.wait(10000));
    const QueryOutcome outcome = finished.first().first().value<QueryOutcome>();
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.error.isEmpty());
    QVERIFY(page.resultModel()->rowCount() < 5000000);
    QVERIFY(!page.isRunning());
    QVERIFY(!stop->isEnabled());
    QVERIFY2(page.statusText().startsWith(QLatin1String("Stopped")), qPrintable(page.statusText()));
}

void TestExplorer::csvExportRoundTrip() {
    ExplorerPage page(m_services);
    const QueryOutcome outcome =
        run(page, QStringLiteral("SELECT 'a,\"b\"' AS quoted, NULL AS missing, '' AS empty, 'x' || char(10) || "
                                 "'y' AS newline, 'Olá 😀 日本' AS unicode, 42 AS n, 0.25 AS r UNION ALL "
                                 "SELECT id, NULL, '', commentary, author, impression_count, engagement FROM "
                                 "organization_posts JOIN post_statistics ON post_urn = id"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    const QString path = m_dir.filePath(QStringLiteral("result.csv"));
    QCOMPARE(page.exportCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QList<QVariant>> parsed = parseCsv(file.readAll());
    const QueryResultModel *model = page.resultModel();
    QCOMPARE(parsed.size(), model->rowCount() + 1);
    QCOMPARE(parsed.first().size(), 7);
    QCOMPARE(parsed.first().first().toString(), QStringLiteral("quoted"));
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < 7; ++c) {
            const QVariant original = model->rows()[r][c];
            const QVariant read = parsed[r + 1][c];
            QCOMPARE(read.isNull(), original.isNull());
            QCOMPARE(read.toString(), original.toString());
        }
    }
    QCOMPARE(parsed[1][4].toString(), QStringLiteral("Olá 😀 日本"));
}

void TestExplorer::reloadRunsLastQueryAgain() {
    ExplorerPage page(m_services);
    const QString sql = QStringLiteral("SELECT count(*) FROM organization_posts");
    QVERIFY(run(page, sql).ok());
    const qint64 before = page.resultModel()->rows().value(0).value(0).toLongLong();
    QSqlQuery insert(m_gui->reader());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO organization_posts (id) VALUES ('urn:li:share:reload-test')")));
    page.setQuery(QStringLiteral("SELECT 'a draft'"));
    QSignalSpy finished(&page, &ExplorerPage::queryFinished);
    page.reload();
    QVERIFY(finished.wait(20000));
    QCOMPARE(page.resultModel()->rows().value(0).value(0).toLongLong(), before + 1);
    QCOMPARE(page.query(), QStringLiteral("SELECT 'a draft'")); // the draft stays
    QVERIFY(insert.exec(QStringLiteral("DELETE FROM organization_posts WHERE id = 'urn:li:share:reload-test'")));
}

void TestExplorer::missingCatalogSaysSo() {
    AppServices services;
    services.catalogPath = m_dir.filePath(QStringLiteral("not-yet.sqlite"));
    ExplorerPage page(services);
    page.show();
    auto *empty = page.findChild<QLabel *>(QStringLiteral("explorerEmptyState"));
    QVERIFY(empty && empty->isVisible());
    const QueryOutcome outcome = run(page, QStringLiteral("SELECT 1"));
    QVERIFY(!outcome.ok());
    QVERIFY(!page.errorText().isEmpty());
    QVERIFY(!QFile::exists(services.catalogPath)); // reading never creates it
}

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"
