// The catalog browser on a catalog synced from the sandbox: the table list's counts and last sync
// against direct SQL, the columns against PRAGMA table_info, and the rows' paging, sorting and
// filtering against queries and counts made here independently. Every model runs under
// QAbstractItemModelTester.
#include "PostgresTestSupport.h"
#include "SyncTestSupport.h"

#include "auth/TokenStore.h"
#include "catalog/CatalogBrowserPage.h"
#include "catalog/DataModelDiagram.h"
#include "catalog/TableListModel.h"
#include "catalog/TablePageModel.h"
#include "source/SourceRepository.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

class TestCatalogBrowser : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_gui;
    AppServices m_services;
    QDateTime m_runFinished;

    QSqlDatabase db() const { return m_gui->reader(); }
    QStringList column(const QString &sql) const {
        QStringList values;
        QSqlQuery query(db());
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }
    static QStringList shownColumn(const TablePageModel *model, int column) {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values.append(model->rowValues(row).value(column).toString());
        return values;
    }
    // Rows of table where any column, as text, contains needle (case-insensitively): counted in
    // C++, not with LIKE.
    qint64 rowsContaining(const QString &table, const QString &needle) const {
        QSqlQuery query(db());
        query.exec(QStringLiteral("SELECT * FROM %1").arg(Catalog::quoted(table)));
        qint64 matching = 0;
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                if (!query.isNull(i) && query.value(i).toString().contains(needle, Qt::CaseInsensitive)) {
                    ++matching;
                    break;
                }
            }
        }
        return matching;
    }
    static void grab(QWidget *widget, const QString &name) {
        const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name);
    }

private slots:
    void initTestCase();
    void tableListMatchesCatalog();
    void columnsOfTable();
    void pagingThroughPosts();
    void sortByHeaderClick();
    void filterCountsMatches_data();
    void filterCountsMatches();
    void reloadKeepsPlace();
    void diagramShowsJoins();
    void diagramTextsFitTheirPlaces();
    void emptyCatalogSaysSo();
    void teamCatalogPagesSortsAndFilters();
};

// A team catalog on PostgreSQL, browsed as the file is: the tables and their counts, every post
// once across the pages (a server table has no rowid to keep their order), a sort that holds
// across pages, and a filter that ignores case as SQLite's LIKE does.
void TestCatalogBrowser::teamCatalogPagesSortsAndFilters() {
    PAGESIGHT_NEED_POSTGRES();
    const TestSchema schema;
    {
        sandbox::SandboxServer server(generatorOptions(450, 120));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(schema.url(), &tokens, server.apiBaseUrl());
        QVERIFY2(!rig.openError.isError(), qPrintable(rig.openError.detail));
        QCOMPARE(rig.run(sourceFor(server, sandboxToday.addDays(-110))).status, RunStatus::Succeeded);
    }
    Catalog gui(QStringLiteral("tst_catalogbrowser_team"));
    QVERIFY(!gui.open(schema.url(), Catalog::Mode::ReadOnly).isError());
    AppServices services;
    services.catalog = &gui;
    services.catalogPath = schema.url();
    const auto ids = [&gui](const QString &sql) {
        QStringList values;
        QSqlQuery query(gui.reader());
        query.exec(sql);
        while (query.next())
            values << query.value(0).toString();
        return values;
    };

    CatalogBrowserPage page(services);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.rowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const TableListModel *tables = page.tableModel();
    QStringList listed;
    for (int row = 0; row < tables->rowCount(); ++row)
        listed << tables->index(row, 0).data().toString();
    QVERIFY2(listed.contains(QStringLiteral("organization_posts")), qPrintable(listed.join(u',')));

    page.selectTable(QStringLiteral("organization_posts"));
    const TablePageModel *model = page.rowModel();
    const qint64 total = count(gui.reader(), QStringLiteral("SELECT count(*) FROM organization_posts"));
    QVERIFY(total > 400);
    QCOMPARE(model->totalRows(), total);
    const int idColumn = int(model->columns().indexOf(QStringLiteral("id")));
    QStringList seen;
    for (int p = 0; p < model->pageCount(); ++p) {
        if (p > 0)
            page.nextPage();
        QCOMPARE(model->page(), p);
        seen += shownColumn(model, idColumn);
    }
    QCOMPARE(seen, ids(QStringLiteral("SELECT id FROM organization_posts ORDER BY id"))); // the key orders them

    // Sorted by publication, newest first: the order holds across pages.
    auto *view = page.findChild<QTableView *>(QStringLiteral("rowsView"));
    const int published = int(model->columns().indexOf(QStringLiteral("published_at")));
    QHeaderView *header = view->horizontalHeader();
    view->scrollTo(model->index(0, published));
    const QPoint at(header->sectionViewportPosition(published) + header->sectionSize(published) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(shownColumn(model, idColumn),
             ids(QStringLiteral("SELECT id FROM organization_posts ORDER BY published_at DESC NULLS LAST, id "
                                "LIMIT 200")));

    // The filter ignores case, as on a file.
    auto *edit = page.findChild<QLineEdit *>(QStringLiteral("rowFilterEdit"));
    QSignalSpy loaded(page.rowModel(), &TablePageModel::loaded);
    QTest::keyClicks(edit, QStringLiteral("UGCPOST"));
    QVERIFY(loaded.wait(3000));
    QSqlQuery all(gui.reader());
    all.exec(QStringLiteral("SELECT * FROM organization_posts"));
    qint64 expected = 0;
    while (all.next()) {
        for (int i = 0; i < all.record().count(); ++i)
            if (!all.isNull(i) && all.value(i).toString().contains(QLatin1String("ugcpost"), Qt::CaseInsensitive)) {
                ++expected;
                break;
            }
    }
    QVERIFY(expected > 0);
    QCOMPARE(model->matchingRows(), expected);
    QVERIFY(model->error().isEmpty());
}

void TestCatalogBrowser::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        sandbox::SandboxServer server(generatorOptions(520, 400));
        QVERIFY(server.listen());
        StaticTokenProvider tokens(server.options().accessToken);
        EngineRig rig(path, &tokens, server.apiBaseUrl());
        QVERIFY(!rig.openError.isError());
        const RunReport report = rig.run(sourceFor(server, sandboxToday.addDays(-390)));
        QCOMPARE(report.status, RunStatus::Succeeded);
        m_runFinished = report.finishedAt;
    }
    m_gui = std::make_unique<Catalog>(QStringLiteral("tst_catalogbrowser_gui"));
    const CatalogError opened = m_gui->open(path);
    QVERIFY2(!opened.isError(), qPrintable(describe(opened)));
    QVERIFY2(m_gui->rowCount(QStringLiteral("organization_posts")) > 400, "enough posts for three pages of 200");
    m_services.catalog = m_gui.get();
    m_services.catalogPath = path;
}

void TestCatalogBrowser::tableListMatchesCatalog() {
    CatalogBrowserPage page(m_services);
    QAbstractItemModelTester tester(page.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!page.isEmptyState());
    const TableListModel *model = page.tableModel();
    const QStringList streams = column(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '\\_pagesight%' ESCAPE '\\' "
        "AND name NOT LIKE 'sqlite%' ORDER BY name"));
    QCOMPARE(streams.size(), 5);
    for (int row = 0; row < streams.size(); ++row) {
        const QString name = model->index(row, TableListModel::Name).data().toString();
        QCOMPARE(name, streams[row]); // stream tables first, by name
        QCOMPARE(model->index(row, 0).data(TableListModel::BookkeepingRole).toBool(), false);
        const qint64 rows = count(db(), QStringLiteral("SELECT count(*) FROM ") + Catalog::quoted(name));
        QCOMPARE(model->index(row, 0).data(TableListModel::RowCountRole).toLongLong(), rows);
        QCOMPARE(model->index(row, TableListModel::Rows).data().toString(), QLocale().toString(rows));
        QCOMPARE(model->tables()[row].lastSync, m_runFinished.toUTC());
        QCOMPARE(model->index(row, TableListModel::LastSync).data().toString(),
                 QLocale().toString(m_runFinished.toLocalTime(), QLocale::ShortFormat));
    }
    // Then the bookkeeping tables, the labels among them; no staging table.
    QStringList bookkeeping;
    for (int row = streams.size(); row < model->rowCount(); ++row) {
        QVERIFY(model->index(row, 0).data(TableListModel::BookkeepingRole).toBool());
        bookkeeping.append(model->index(row, 0).data().toString());
    }
    QVERIFY2(bookkeeping.contains(QStringLiteral("_pagesight_runs")), qPrintable(bookkeeping.join(',')));
    QVERIFY2(bookkeeping.contains(QStringLiteral("_pagesight_labels")), qPrintable(bookkeeping.join(',')));
    QVERIFY(std::none_of(bookkeeping.cbegin(), bookkeeping.cend(),
                         [](const QString &n) { return n.startsWith(QLatin1String("_pagesight_staging")); }));
    QCOMPARE(model->rowCount(), streams.size() + bookkeeping.size());
}

void TestCatalogBrowser::columnsOfTable() {
    CatalogBrowserPage page(m_services);
    QAbstractItemModelTester tester(page.columnModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.selectTable(QStringLiteral("follower_statistics"));
    QCOMPARE(page.selectedTable(), QStringLiteral("follower_statistics"));
    const QStringList expected = column(QStringLiteral("SELECT name FROM pragma_table_info('follower_statistics')"));
    const ColumnListModel *model = page.columnModel();
    QCOMPARE(model->rowCount(), expected.size());
    QStringList key;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, ColumnListModel::Name).data().toString(), expected[row]);
        const QString pk = model->index(row, ColumnListModel::PrimaryKey).data().toString();
        if (!pk.isEmpty())
            key.append(pk + QLatin1Char(' ') + expected[row]);
    }
    key.sort();
    QCOMPARE(key, (QStringList{QStringLiteral("PK 1 organization_urn"), QStringLiteral("PK 2 report_type"),
                               QStringLiteral("PK 3 date")}));
    const int dateRow = int(expected.indexOf(QStringLiteral("total_followers")));
    QCOMPARE(model->index(dateRow, ColumnListModel::Type).data().toString(), QStringLiteral("INTEGER"));
}

void TestCatalogBrowser::pagingThroughPosts() {
    CatalogBrowserPage page(m_services);
    page.show(); // the buttons are clicked
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.rowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.selectTable(QStringLiteral("organization_posts"));
    const TablePageModel *model = page.rowModel();
    const qint64 total = count(db(), QStringLiteral("SELECT count(*) FROM organization_posts"));
    const int idColumn = int(model->columns().indexOf(QStringLiteral("id")));
    QVERIFY(idColumn >= 0);
    QCOMPARE(model->pageSize(), 200);
    QCOMPARE(model->pageCount(), int((total + 199) / 200));
    QCOMPARE(model->rowCount(), 200);
    const QLocale locale;
    QCOMPARE(page.pageText(), QStringLiteral("Rows 1–200 of %1").arg(locale.toString(total)));
    QCOMPARE(shownColumn(model, idColumn),
             column(QStringLiteral("SELECT id FROM organization_posts ORDER BY rowid LIMIT 200")));

    auto *next = page.findChild<QPushButton *>(QStringLiteral("nextPageButton"));
    auto *previous = page.findChild<QPushButton *>(QStringLiteral("previousPageButton"));
    QVERIFY(next && previous);
    QVERIFY(!previous->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(model->page(), 1);
    QCOMPARE(page.pageText(), QStringLiteral("Rows 201–400 of %1").arg(locale.toString(total)));
    QCOMPARE(shownColumn(model, idColumn),
             column(QStringLiteral("SELECT id FROM organization_posts ORDER BY rowid LIMIT 200 OFFSET 200")));
    while (next->isEnabled())
        QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(model->page(), model->pageCount() - 1);
    QCOMPARE(model->rowCount(), int(total - 200 * (model->pageCount() - 1)));
    QCOMPARE(page.pageText(),
             QStringLiteral("Rows %1–%2 of %2")
                 .arg(locale.toString(qint64(200) * (model->pageCount() - 1) + 1), locale.toString(total)));
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(model->page(), model->pageCount() - 2);
    QCOMPARE(model->rowCount(), 200);
}

void TestCatalogBrowser::sortByHeaderClick() {
    CatalogBrowserPage page(m_services);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.rowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.selectTable(QStringLiteral("post_statistics"));
    auto *view = page.findChild<QTableView *>(QStringLiteral("rowsView"));
    QVERIFY(view);
    const TablePageModel *model = page.rowModel();
    const int impressions = int(model->columns().indexOf(QStringLiteral("impression_count")));
    const int urn = int(model->columns().indexOf(QStringLiteral("post_urn")));
    QVERIFY(impressions >= 0 && urn >= 0);
    QHeaderView *header = view->horizontalHeader();
    view->scrollTo(model->index(0, impressions));
    const QPoint at(header->sectionViewportPosition(impressions) + header->sectionSize(impressions) / 2,
                    header->height() / 2);

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(model->sortColumn(), impressions);
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    QCOMPARE(shownColumn(model, urn), column(QStringLiteral("SELECT post_urn FROM post_statistics ORDER BY "
                                                            "impression_count ASC, rowid LIMIT 200")));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sortIndicatorSection(), impressions);
    const QStringList descending = column(QStringLiteral("SELECT post_urn FROM post_statistics ORDER BY "
                                                         "impression_count DESC, rowid LIMIT 200"));
    QCOMPARE(shownColumn(model, urn), descending);
    // The order holds across pages: page 2 goes on where page 1 stopped.
    const qint64 lastOfFirst = model->rowValues(199).value(impressions).toLongLong();
    page.nextPage();
    QVERIFY(model->rowValues(0).value(impressions).toLongLong() <= lastOfFirst);
    QCOMPARE(shownColumn(model, urn), column(QStringLiteral("SELECT post_urn FROM post_statistics ORDER BY "
                                                            "impression_count DESC, rowid LIMIT 200 OFFSET 200")));
    grab(&page, QStringLiteral("catalog-browser-rows.png"));
}

void TestCatalogBrowser::filterCountsMatches_data() {
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("text");
    QTest::newRow("case-insensitive") << "organization_posts"
                                      << "UGCPOST";
    QTest::newRow("a date") << "follower_statistics"
                            << "2026-03";
    QTest::newRow("percent is literal") << "organization_posts"
                                        << "%";
    QTest::newRow("underscore is literal") << "organization_posts"
                                           << "_";
    QTest::newRow("quote") << "organization_posts"
                           << "'";
    QTest::newRow("nothing matches") << "post_statistics"
                                     << "no such text anywhere";
}

void TestCatalogBrowser::filterCountsMatches() {
    QFETCH(QString, table);
    QFETCH(QString, text);
    CatalogBrowserPage page(m_services);
    QAbstractItemModelTester tester(page.rowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.selectTable(table);
    const qint64 total = count(db(), QStringLiteral("SELECT count(*) FROM ") + Catalog::quoted(table));
    const qint64 expected = rowsContaining(table, text);
    if (text == QLatin1String("%") || text == QLatin1String("_"))
        QVERIFY2(expected < total, "a wildcard taken literally must match fewer rows than all");

    auto *edit = page.findChild<QLineEdit *>(QStringLiteral("rowFilterEdit"));
    QVERIFY(edit);
    QSignalSpy loaded(page.rowModel(), &TablePageModel::loaded);
    QTest::keyClicks(edit, text);
    QVERIFY(loaded.wait(3000)); // once, after the typing pauses
    QCOMPARE(loaded.size(), 1);
    const TablePageModel *model = page.rowModel();
    QCOMPARE(model->filter(), text);
    QCOMPARE(model->totalRows(), total);
    QCOMPARE(model->matchingRows(), expected);
    QCOMPARE(model->rowCount(), int(qMin<qint64>(expected, 200)));
    const QLocale locale;
    QCOMPARE(page.filterText(), CatalogBrowserPage::tr("%Ln row(s) of %1 contain(s) “%2”", nullptr, int(expected))
                                    .arg(locale.toString(total), text));
    QVERIFY(page.filterText().startsWith(locale.toString(expected) + QLatin1Char(' ')));
    // Every row shown contains it somewhere.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QList<QVariant> values = model->rowValues(row);
        QVERIFY(std::any_of(values.cbegin(), values.cend(), [&](const QVariant &v) {
            return !v.isNull() && v.toString().contains(text, Qt::CaseInsensitive);
        }));
    }
}

void TestCatalogBrowser::reloadKeepsPlace() {
    CatalogBrowserPage page(m_services);
    page.selectTable(QStringLiteral("organization_posts"));
    TablePageModel *model = page.rowModel();
    const int published = int(model->columns().indexOf(QStringLiteral("published_at")));
    model->sort(published, Qt::DescendingOrder);
    page.nextPage();
    const qint64 before = model->totalRows();
    QSqlQuery insert(db());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO organization_posts (id) VALUES ('urn:li:share:browser-test')")));
    // A page turn reads the page alone: the counts are read again on a reload (or a new filter).
    page.previousPage();
    page.nextPage();
    QCOMPARE(model->totalRows(), before);
    page.reload();
    QCOMPARE(page.selectedTable(), QStringLiteral("organization_posts"));
    QCOMPARE(model->totalRows(), before + 1);
    QCOMPARE(model->page(), 1);
    QCOMPARE(model->sortColumn(), published);
    const int postsRow = page.tableModel()->rowOfTable(QStringLiteral("organization_posts"));
    QCOMPARE(page.tableModel()->index(postsRow, 0).data(TableListModel::RowCountRole).toLongLong(), before + 1);
    QVERIFY(insert.exec(QStringLiteral("DELETE FROM organization_posts WHERE id = 'urn:li:share:browser-test'")));
}

void TestCatalogBrowser::diagramShowsJoins() {
    CatalogBrowserPage page(m_services);
    page.resize(1100, 650);
    page.show();
    page.showDataModel();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const DataModelDiagram *diagram = page.diagram();
    QVERIFY(diagram->isVisible());
    QCOMPARE(diagram->boxes().size(), 5);
    for (const DataModelDiagram::Box &box : diagram->boxes()) {
        QVERIFY2(box.present, qPrintable(box.table));
        QCOMPARE(box.table, box.streamId); // no source: the default names
        QCOMPARE(box.rows, count(db(), QStringLiteral("SELECT count(*) FROM ") + Catalog::quoted(box.table)));
    }
    QVERIFY(diagram->joins().contains(QStringLiteral("post_statistics.post_urn = organization_posts.id")));
    QVERIFY(diagram->accessibleDescription().contains(QLatin1String("post_statistics.post_urn")));
    grab(&page, QStringLiteral("catalog-browser-data-model.png"));
}

void TestCatalogBrowser::diagramTextsFitTheirPlaces() {
    // Every text whole at the smallest and the usual size; a long prefix's names drawn smaller;
    // a name of 63 characters (the longest allowed) elided in the middle, its ends kept.
    DataModelDiagram diagram;
    const QString longest = QStringLiteral("a").repeated(63 - 16) + QStringLiteral("_post_statistics");
    TableNames longNames = TableNames::withPrefix(QStringLiteral("acme_analitica_"));
    for (const QSize &size : {diagram.minimumSizeHint(), diagram.sizeHint(), QSize(1400, 700)}) {
        diagram.setTables(longNames, {});
        diagram.resize(size);
        diagram.grab();
        QVERIFY(diagram.drawnTexts().size() > 20);
        for (const DataModelDiagram::DrawnText &text : diagram.drawnTexts()) {
            QVERIFY2(text.fits, qPrintable(text.text));
            QCOMPARE(text.shown, text.text);
        }
        const auto title = std::find_if(diagram.drawnTexts().cbegin(), diagram.drawnTexts().cend(),
                                        [](const DataModelDiagram::DrawnText &t) {
                                            return t.text == QLatin1String("acme_analitica_follower_statistics");
                                        });
        QVERIFY(title != diagram.drawnTexts().cend());
        QVERIFY2(title->pixelSize < 14, qPrintable(QString::number(title->pixelSize)));
    }
    TableNames names;
    names.postStatistics = longest;
    diagram.setTables(names, {});
    diagram.grab();
    const auto elided = std::find_if(diagram.drawnTexts().cbegin(), diagram.drawnTexts().cend(),
                                     [&](const DataModelDiagram::DrawnText &t) { return t.text == longest; });
    QVERIFY(elided != diagram.drawnTexts().cend());
    QVERIFY(!elided->fits);
    QVERIFY2(elided->shown.contains(QChar(0x2026)) && elided->shown.endsWith(QLatin1String("statistics")),
             qPrintable(elided->shown));
    for (const DataModelDiagram::DrawnText &text : diagram.drawnTexts())
        QVERIFY2(text.fits || text.text == longest, qPrintable(text.text));
}

void TestCatalogBrowser::emptyCatalogSaysSo() {
    // A new catalog with one source whose tables carry a prefix, never synced.
    Catalog catalog(QStringLiteral("tst_catalogbrowser_empty"));
    QVERIFY(!catalog.open(m_dir.filePath(QStringLiteral("empty.sqlite"))).isError());
    MemoryTokenStore secrets;
    SourceRepository sources(&catalog, &secrets);
    SourceConfig source;
    source.id = QStringLiteral("acme");
    source.description = QStringLiteral("Acme");
    source.organizationId = 42;
    source.startDate = sandboxToday.addDays(-30);
    source.streams = defaultStreamSelections(QStringLiteral("acme_"));
    QVERIFY(!QCoro::waitFor(sources.save(source)).isError());
    AppServices services;
    services.catalog = &catalog;
    services.catalogPath = catalog.path();
    services.sources = &sources;

    CatalogBrowserPage page(services);
    page.resize(900, 500);
    page.show();
    QVERIFY(page.isEmptyState());
    auto *panel = page.findChild<QWidget *>(QStringLiteral("emptyCatalogPanel"));
    QVERIFY(panel && panel->isVisible());
    QVERIFY(page.rowModel()->table().isEmpty());
    QVERIFY(
        page.diagram()->joins().contains(QStringLiteral("acme_post_statistics.post_urn = acme_organization_posts.id")));
    for (const DataModelDiagram::Box &box : page.diagram()->boxes())
        QVERIFY(!box.present);
    grab(&page, QStringLiteral("catalog-browser-empty.png"));
}

QTEST_MAIN(TestCatalogBrowser)
#include "tst_catalogbrowser.moc"
