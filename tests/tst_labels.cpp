// The label tables: bundled names, the catalog's table over them, and (tst_labelrefresh) the refresh
// from LinkedIn's standardized-data endpoints.
#include "analytics/Labels.h"
#include "catalog/Catalog.h"
#include "common/Clock.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pagesight;

class TestLabels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void kindNamesRoundTrip();
    void kindOfKey_data();
    void kindOfKey();
    void bundledTablesAreComplete();
    void bundledResolve_data();
    void bundledResolve();
    void unknownKeyIsItsOwnName();
    void installWritesEveryBundledLabel();
    void installDoesNotOverwriteRefreshed();
    void installUpdatesOlderBundledNames();
    void storeReplacesAndResolverPrefersCatalog();
    void readOnlyCatalogIsRefusedAndResolvesBundled();
    void unmigratedCatalogResolvesBundled();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    QString scalar(Catalog &catalog, const QString &sql, const QString &key = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC)};
};

void TestLabels::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestLabels::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLabels::cleanup() {
    m_dir.reset();
}

QString TestLabels::scalar(Catalog &catalog, const QString &sql, const QString &key) const {
    QSqlQuery query(catalog.reader());
    query.prepare(sql);
    if (!key.isNull())
        query.addBindValue(key);
    if (!query.exec() || !query.next())
        return QStringLiteral("<none>");
    return query.value(0).toString();
}

void TestLabels::kindNamesRoundTrip() {
    for (LabelKind kind :
         {LabelKind::Seniority, LabelKind::Function, LabelKind::Industry, LabelKind::Geo, LabelKind::StaffCountRange})
        QCOMPARE(labelKindFromName(labelKindName(kind)), std::optional<LabelKind>(kind));
    QCOMPARE(labelKindName(LabelKind::StaffCountRange), QStringLiteral("staff_count_range"));
    QVERIFY(!labelKindFromName(QStringLiteral("country")));
    QVERIFY(!labelKindFromName(QString()));
}

void TestLabels::kindOfKey_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("kind"); // -1: none
    QTest::newRow("seniority") << QStringLiteral("urn:li:seniority:5") << int(LabelKind::Seniority);
    QTest::newRow("function") << QStringLiteral("urn:li:function:26") << int(LabelKind::Function);
    QTest::newRow("industry") << QStringLiteral("urn:li:industry:1594") << int(LabelKind::Industry);
    QTest::newRow("geo") << QStringLiteral("urn:li:geo:90000084") << int(LabelKind::Geo);
    QTest::newRow("size") << QStringLiteral("SIZE_51_TO_200") << int(LabelKind::StaffCountRange);
    QTest::newRow("organization") << QStringLiteral("urn:li:organization:1") << -1;
    QTest::newRow("bare prefix") << QStringLiteral("urn:li:geo:") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestLabels::kindOfKey() {
    QFETCH(QString, key);
    QFETCH(int, kind);
    const std::optional<LabelKind> found = labelKindOfKey(key);
    QCOMPARE(found ? int(*found) : -1, kind);
}

void TestLabels::bundledTablesAreComplete() {
    // Every facet value the dashboards can meet has a bundled name, and every bundled key belongs
    // to the kind its file says.
    QHash<LabelKind, int> counts;
    QSet<QString> keys;
    for (const Label &label : bundledLabels()) {
        QVERIFY2(!label.name.isEmpty(), qPrintable(label.key));
        QCOMPARE(labelKindOfKey(label.key), std::optional<LabelKind>(label.kind));
        QVERIFY2(!keys.contains(label.key), qPrintable(label.key + QStringLiteral(" twice")));
        keys.insert(label.key);
        ++counts[label.kind];
    }
    QCOMPARE(counts.value(LabelKind::Seniority), 10);
    QCOMPARE(counts.value(LabelKind::Function), 26);
    QCOMPARE(counts.value(LabelKind::StaffCountRange), 9);
    QVERIFY(counts.value(LabelKind::Industry) >= 16);
    QVERIFY(counts.value(LabelKind::Geo) >= 26);
    for (int id = 1; id <= 10; ++id)
        QVERIFY(keys.contains(QStringLiteral("urn:li:seniority:%1").arg(id)));
    for (int id = 1; id <= 26; ++id)
        QVERIFY(keys.contains(QStringLiteral("urn:li:function:%1").arg(id)));
}

void TestLabels::bundledResolve_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("seniority 1 (doc sample)") << QStringLiteral("urn:li:seniority:1") << QStringLiteral("Unpaid");
    QTest::newRow("seniority 2 (doc sample)") << QStringLiteral("urn:li:seniority:2") << QStringLiteral("Training");
    QTest::newRow("seniority 5") << QStringLiteral("urn:li:seniority:5") << QStringLiteral("Manager");
    QTest::newRow("seniority 10") << QStringLiteral("urn:li:seniority:10") << QStringLiteral("Owner");
    QTest::newRow("function 8") << QStringLiteral("urn:li:function:8") << QStringLiteral("Engineering");
    QTest::newRow("industry 4") << QStringLiteral("urn:li:industry:4") << QStringLiteral("Software Development");
    QTest::newRow("geo US") << QStringLiteral("urn:li:geo:103644278") << QStringLiteral("United States");
    QTest::newRow("geo market") << QStringLiteral("urn:li:geo:90000084") << QStringLiteral("San Francisco Bay Area");
    QTest::newRow("size") << QStringLiteral("SIZE_51_TO_200") << QStringLiteral("51–200 employees");
    QTest::newRow("size 1") << QStringLiteral("SIZE_1") << QStringLiteral("1 employee");
}

void TestLabels::bundledResolve() {
    QFETCH(QString, key);
    QFETCH(QString, name);
    const LabelResolver resolver;
    QVERIFY(resolver.has(key));
    QCOMPARE(resolver.name(key), name);
    QCOMPARE(resolver.size(), int(bundledLabels().size()));
}

void TestLabels::unknownKeyIsItsOwnName() {
    const LabelResolver resolver;
    for (const QString &key : {QStringLiteral("urn:li:seniority:99"), QStringLiteral("urn:li:geo:1"),
                               QStringLiteral("SIZE_UNKNOWN"), QStringLiteral("not a urn"), QString()}) {
        QVERIFY(!resolver.has(key));
        QCOMPARE(resolver.name(key), key);
    }
}

void TestLabels::installWritesEveryBundledLabel() {
    Catalog catalog(QStringLiteral("install"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    QCOMPARE(catalog.rowCount(QStringLiteral("_pagesight_labels")), 0);
    const CatalogError error = installBundledLabels(catalog, &m_clock);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(catalog.rowCount(QStringLiteral("_pagesight_labels")), qint64(bundledLabels().size()));
    // Twice is the same as once, and the second time writes no row (the app does it at every start).
    const QString changesBefore = scalar(catalog, QStringLiteral("SELECT total_changes()"));
    QVERIFY(!installBundledLabels(catalog, &m_clock).isError());
    QCOMPARE(scalar(catalog, QStringLiteral("SELECT total_changes()")), changesBefore);
    QCOMPARE(catalog.rowCount(QStringLiteral("_pagesight_labels")), qint64(bundledLabels().size()));

    const QList<StoredLabel> stored = storedLabels(catalog.reader());
    QCOMPARE(stored.size(), bundledLabels().size());
    for (const StoredLabel &s : stored) {
        QCOMPARE(s.source, QStringLiteral("bundled"));
        QCOMPARE(s.updatedAt, m_clock.nowUtc());
    }
    QCOMPARE(
        scalar(catalog, QStringLiteral("SELECT kind FROM _pagesight_labels WHERE key = ?"), QStringLiteral("SIZE_1")),
        QStringLiteral("staff_count_range"));
}

void TestLabels::installDoesNotOverwriteRefreshed() {
    Catalog catalog(QStringLiteral("refreshed"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    const QString key = QStringLiteral("urn:li:seniority:5");
    QVERIFY(!storeLabels(catalog, {Label{key, LabelKind::Seniority, QStringLiteral("People Manager")}}, &m_clock)
                 .isError());
    QVERIFY(!installBundledLabels(catalog, &m_clock).isError());
    QCOMPARE(scalar(catalog, QStringLiteral("SELECT name FROM _pagesight_labels WHERE key = ?"), key),
             QStringLiteral("People Manager"));
    QCOMPARE(scalar(catalog, QStringLiteral("SELECT source FROM _pagesight_labels WHERE key = ?"), key),
             QStringLiteral("linkedin"));
    QCOMPARE(LabelResolver(catalog.reader()).name(key), QStringLiteral("People Manager"));
    // The other keys were installed.
    QCOMPARE(catalog.rowCount(QStringLiteral("_pagesight_labels")), qint64(bundledLabels().size()));
}

void TestLabels::installUpdatesOlderBundledNames() {
    // A catalog installed by an older build with a name this build corrected gets the new name.
    Catalog catalog(QStringLiteral("older"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    QVERIFY(!installBundledLabels(catalog, &m_clock).isError());
    QSqlQuery update(catalog.reader());
    QVERIFY(update.exec(QStringLiteral(
        "UPDATE _pagesight_labels SET name = 'Old name', updated_at = 'x' WHERE key = 'urn:li:industry:4'")));
    m_clock.setNow(m_clock.nowUtc().addDays(1));
    QVERIFY(!installBundledLabels(catalog, &m_clock).isError());
    QCOMPARE(scalar(catalog, QStringLiteral("SELECT name FROM _pagesight_labels WHERE key = ?"),
                    QStringLiteral("urn:li:industry:4")),
             QStringLiteral("Software Development"));
    // Unchanged rows keep their time.
    QCOMPARE(scalar(catalog, QStringLiteral("SELECT updated_at FROM _pagesight_labels WHERE key = ?"),
                    QStringLiteral("urn:li:seniority:1")),
             QStringLiteral("2026-11-28T06:00:00.000Z"));
}

void TestLabels::storeReplacesAndResolverPrefersCatalog() {
    Catalog catalog(QStringLiteral("store"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    QVERIFY(!installBundledLabels(catalog, &m_clock).isError());
    const QList<Label> fetched = {
        {QStringLiteral("urn:li:function:6"), LabelKind::Function, QStringLiteral("Sales")},
        {QStringLiteral("urn:li:geo:999"), LabelKind::Geo, QStringLiteral("Somewhere")},
        {QStringLiteral("urn:li:industry:4"), LabelKind::Industry, QStringLiteral("Quoted 'name', \"too\"")},
    };
    const CatalogError error = storeLabels(catalog, fetched, &m_clock);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(catalog.rowCount(QStringLiteral("_pagesight_labels")), qint64(bundledLabels().size()) + 1);

    const LabelResolver resolver(catalog.reader());
    QCOMPARE(resolver.size(), int(bundledLabels().size()) + 1);
    for (const Label &label : fetched) {
        QVERIFY(resolver.has(label.key));
        QCOMPARE(resolver.name(label.key), label.name);
    }
    QCOMPARE(resolver.name(QStringLiteral("urn:li:seniority:5")), QStringLiteral("Manager"));
    QCOMPARE(resolver.name(QStringLiteral("urn:li:geo:1000")), QStringLiteral("urn:li:geo:1000"));
}

void TestLabels::readOnlyCatalogIsRefusedAndResolvesBundled() {
    {
        Catalog writer(QStringLiteral("writer"));
        QVERIFY(!writer.open(catalogPath()).isError());
        QVERIFY(!storeLabels(writer, {Label{QStringLiteral("urn:li:geo:7"), LabelKind::Geo, QStringLiteral("Seven")}},
                             &m_clock)
                     .isError());
    }
    Catalog reader(QStringLiteral("reader"));
    QVERIFY(!reader.open(catalogPath(), Catalog::Mode::ReadOnly).isError());
    QCOMPARE(installBundledLabels(reader).kind, CatalogError::Kind::ReadOnly);
    QCOMPARE(storeLabels(reader, {}).kind, CatalogError::Kind::ReadOnly);
    const LabelResolver resolver(reader.reader());
    QCOMPARE(resolver.name(QStringLiteral("urn:li:geo:7")), QStringLiteral("Seven"));
    QCOMPARE(resolver.name(QStringLiteral("urn:li:seniority:5")), QStringLiteral("Manager"));

    Catalog closed(QStringLiteral("closed"));
    QCOMPARE(installBundledLabels(closed).kind, CatalogError::Kind::Query);
}

void TestLabels::unmigratedCatalogResolvesBundled() {
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(catalogPath());
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE legacy (a INTEGER)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    Catalog reader(QStringLiteral("old"));
    QVERIFY(!reader.open(catalogPath(), Catalog::Mode::ReadOnly).isError());
    QCOMPARE(reader.schemaVersion(), 0);
    const LabelResolver resolver(reader.reader());
    QCOMPARE(resolver.size(), int(bundledLabels().size()));
    QCOMPARE(resolver.name(QStringLiteral("urn:li:seniority:5")), QStringLiteral("Manager"));
    QVERIFY(storedLabels(reader.reader()).isEmpty());
}

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
