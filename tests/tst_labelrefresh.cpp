// The refresh of the label tables from the standardized-data endpoints, against the in-process
// sandbox: after a sync and a refresh every facet key of the catalog has a name.
#include "SyncTestSupport.h"
#include "analytics/LabelRefresher.h"
#include "analytics/Labels.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pagesight;
using namespace pagesight::testing;

class TestLabelRefresh : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sibling_data();
    void sibling();
    void afterSyncEveryFacetKeyResolves();
    void fallsBackToTheConfiguredBase();
    void pagesThroughGetAll();
    void geoBatchesStayUnderTheQueryLimit();
    void errors_data();
    void errors();
    void readOnlyCatalogIsAnError();
    void refresherObjectFinishesOnce();
    void cancelStoresNothing();
    void cancelCutsALongRetryAfterShort();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    LabelRefreshOptions optionsFor(const sandbox::SandboxServer &server) const;
    LabelRefreshResult refresh(sandbox::SandboxServer &server, Catalog &catalog, const QString &token = {},
                               LabelRefreshOptions options = {});
    // A catalog with follower statistics whose geo facet names the given URNs (no sync needed).
    void writeGeoFacet(Catalog &catalog, const QStringList &urns);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLabelRefresh::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestLabelRefresh::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLabelRefresh::cleanup() {
    m_dir.reset();
}

LabelRefreshOptions TestLabelRefresh::optionsFor(const sandbox::SandboxServer &server) const {
    LabelRefreshOptions options;
    options.client.apiBase = server.apiBaseUrl();
    options.client.backoffBaseMs = 5;
    options.client.backoffMaxMs = 20;
    options.client.maxAttempts = 2;
    options.client.timeoutMs = 2000;
    return options;
}

LabelRefreshResult TestLabelRefresh::refresh(sandbox::SandboxServer &server, Catalog &catalog, const QString &token,
                                             LabelRefreshOptions options) {
    if (options.client.apiBase == ClientOptions().apiBase)
        options = optionsFor(server);
    StaticTokenProvider tokens(token.isEmpty() ? server.options().accessToken : token);
    QNetworkAccessManager network;
    return QCoro::waitFor(refreshLabels(&network, &tokens, options, &catalog));
}

void TestLabelRefresh::writeGeoFacet(Catalog &catalog, const QStringList &urns) {
    QSqlQuery query(catalog.reader());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE follower_statistics (organization_urn TEXT, report_type TEXT, "
                                      "date TEXT, follower_counts_by_geo_json TEXT)")));
    QJsonArray items;
    for (const QString &urn : urns)
        items.append(
            QJsonObject{{QStringLiteral("geo"), urn},
                        {QStringLiteral("followerCounts"), QJsonObject{{QStringLiteral("organicFollowerCount"), 1},
                                                                       {QStringLiteral("paidFollowerCount"), 0}}}});
    query.prepare(QStringLiteral("INSERT INTO follower_statistics VALUES ('urn:li:organization:1', 'LIFETIME', "
                                 "'2026-11-28', ?)"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
    QVERIFY(query.exec());
}

void TestLabelRefresh::sibling_data() {
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("sibling");
    QTest::newRow("linkedin") << "https://api.linkedin.com/rest"
                              << "https://api.linkedin.com/v2";
    QTest::newRow("trailing slash") << "https://api.linkedin.com/rest/"
                                    << "https://api.linkedin.com/v2";
    QTest::newRow("sandbox") << "http://127.0.0.1:8080/rest"
                             << "http://127.0.0.1:8080/v2";
    QTest::newRow("prefix") << "https://proxy.example/li/rest"
                            << "https://proxy.example/li/v2";
    QTest::newRow("v2 already") << "https://api.linkedin.com/v2"
                                << "";
    QTest::newRow("restful") << "https://api.example/restful"
                             << "";
}

void TestLabelRefresh::sibling() {
    QFETCH(QString, base);
    QFETCH(QString, sibling);
    QCOMPARE(standardizedDataSibling(QUrl(base)).toString(), sibling);
}

void TestLabelRefresh::afterSyncEveryFacetKeyResolves() {
    sandbox::SandboxServer server(generatorOptions(20, 40));
    QVERIFY(server.listen());
    StaticTokenProvider tokens(server.options().accessToken);
    EngineRig rig(catalogPath(), &tokens, server.apiBaseUrl());
    QVERIFY(!rig.openError.isError());
    const RunReport report = rig.run(sourceFor(server, sandboxToday.addDays(-30)));
    QCOMPARE(report.exitCode(), 0);

    const QStringList keys = catalogFacetKeys(rig.catalog.reader(), TableNames());
    // The sandbox's facets: 10 seniorities, 26 functions, 16 industries, 26 geo, 9 sizes.
    QCOMPARE(keys.size(), 10 + 26 + 16 + 26 + 9);
    QCOMPARE(catalogFacetKeys(rig.catalog.reader(), TableNames(), LabelKind::Geo).size(), 26);
    // Only the bundled tables: "Support" for function 26 (the sandbox says otherwise).
    QVERIFY(!installBundledLabels(rig.catalog).isError());
    QCOMPARE(LabelResolver(rig.catalog.reader()).name(QStringLiteral("urn:li:function:26")), QStringLiteral("Support"));

    server.clearRequests();
    const LabelRefreshResult result = refresh(server, rig.catalog);
    for (const auto &[kind, error] : result.errors)
        qWarning() << labelKindName(kind) << describe(error);
    QVERIFY(result.ok());
    QCOMPARE(result.stored.value(LabelKind::Seniority), 10);
    QCOMPARE(result.stored.value(LabelKind::Function), 26);
    QCOMPARE(result.stored.value(LabelKind::Industry), 16);
    QCOMPARE(result.stored.value(LabelKind::Geo), 26);
    QVERIFY(!result.stored.contains(LabelKind::StaffCountRange));
    QCOMPARE(result.total(), 78);
    QCOMPARE(result.standardizedDataBase.path(), QStringLiteral("/v2"));
    // One GET_ALL page each (≤ 100) and one geo batch; nothing on /rest.
    QCOMPARE(result.requests, 4);
    QCOMPARE(server.requestCount(QStringLiteral("/v2/")), 4);
    QCOMPARE(server.requestCount(QStringLiteral("/rest/")), 0);
    QCOMPARE(server.requestCount(QStringLiteral("/v2/industryTaxonomyVersions/V2_7/industries")), 1);

    const LabelResolver resolver(rig.catalog.reader());
    for (const QString &key : keys) {
        QVERIFY2(resolver.has(key), qPrintable(key));
        QVERIFY2(resolver.name(key) != key, qPrintable(key));
    }
    QCOMPARE(resolver.name(QStringLiteral("urn:li:seniority:5")), QStringLiteral("Manager"));
    QCOMPARE(resolver.name(QStringLiteral("urn:li:function:26")), QStringLiteral("Customer Success and Support"));
    QCOMPARE(resolver.name(QStringLiteral("urn:li:geo:103644278")), QStringLiteral("United States"));
    QCOMPARE(resolver.name(QStringLiteral("SIZE_51_TO_200")), QStringLiteral("51–200 employees"));

    // The refreshed name survives the next install of the bundled tables (the app does that at start).
    QVERIFY(!installBundledLabels(rig.catalog).isError());
    QCOMPARE(LabelResolver(rig.catalog.reader()).name(QStringLiteral("urn:li:function:26")),
             QStringLiteral("Customer Success and Support"));
    QSqlQuery sources(rig.catalog.reader());
    QVERIFY(sources.exec(QStringLiteral("SELECT source, count(*) FROM _pagesight_labels GROUP BY source ORDER BY 1")));
    QMap<QString, int> bySource;
    while (sources.next())
        bySource.insert(sources.value(0).toString(), sources.value(1).toInt());
    QCOMPARE(bySource.value(QStringLiteral("linkedin")), 78);
}

void TestLabelRefresh::fallsBackToTheConfiguredBase() {
    sandbox::SandboxServer server(generatorOptions(1, 5));
    server.options().standardizedDataBases = {QStringLiteral("/rest")};
    QVERIFY(server.listen());
    Catalog catalog(QStringLiteral("fallback"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    writeGeoFacet(catalog, {QStringLiteral("urn:li:geo:100364837")});

    const LabelRefreshResult result = refresh(server, catalog);
    QVERIFY(result.ok());
    QCOMPARE(result.standardizedDataBase.path(), QStringLiteral("/rest"));
    QCOMPARE(result.total(), 10 + 26 + 16 + 1);
    // /v2 answered 404 once; after that the base that worked is asked first.
    QCOMPARE(server.requestCount(QStringLiteral("/v2/")), 1);
    QCOMPARE(server.requestCount(QStringLiteral("/rest/")), 4);
    for (const sandbox::RecordedRequest &request : server.requests())
        if (request.path.startsWith(QLatin1String("/rest/")))
            QCOMPARE(request.apiVersion, ClientOptions().apiVersion);
    QCOMPARE(LabelResolver(catalog.reader()).name(QStringLiteral("urn:li:geo:100364837")), QStringLiteral("Portugal"));

    // Served nowhere: the 404 is the error of each kind, and the bundled names stay.
    server.options().standardizedDataBases = {};
    const LabelRefreshResult none = refresh(server, catalog);
    QCOMPARE(none.errors.size(), 4);
    for (const auto &[kind, error] : none.errors)
        QCOMPARE(error.kind, ApiError::Kind::NotFound);
    QVERIFY(none.stored.isEmpty());
}

void TestLabelRefresh::pagesThroughGetAll() {
    sandbox::SandboxServer server(generatorOptions(1, 5));
    QVERIFY(server.listen());
    Catalog catalog(QStringLiteral("pages"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    LabelRefreshOptions options = optionsFor(server);
    options.pageSize = 7;
    const LabelRefreshResult result = refresh(server, catalog, {}, options);
    QVERIFY(result.ok());
    QCOMPARE(result.stored.value(LabelKind::Seniority), 10);
    QCOMPARE(result.stored.value(LabelKind::Function), 26);
    QCOMPARE(result.stored.value(LabelKind::Industry), 16);
    QVERIFY(!result.stored.contains(LabelKind::Geo)); // no geo in an empty catalog: no request
    QCOMPARE(server.requestCount(QStringLiteral("/v2/seniorities")), 2);
    QCOMPARE(server.requestCount(QStringLiteral("/v2/functions")), 4);
    QCOMPARE(server.requestCount(QStringLiteral("/v2/industryTaxonomyVersions")), 3);
    QCOMPARE(server.requestCount(QStringLiteral("/v2/geo")), 0);
    QCOMPARE(catalog.rowCount(QStringLiteral("_pagesight_labels")), 52);
}

void TestLabelRefresh::geoBatchesStayUnderTheQueryLimit() {
    sandbox::SandboxServer server(generatorOptions(1, 5));
    QVERIFY(server.listen());
    Catalog catalog(QStringLiteral("geo"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    QStringList urns = {QStringLiteral("urn:li:geo:103644278"), QStringLiteral("urn:li:geo:90000084")};
    for (int i = 0; i < 1000; ++i)
        urns.append(QStringLiteral("urn:li:geo:%1").arg(200000000 + i * 7)); // unknown to LinkedIn
    writeGeoFacet(catalog, urns);

    const LabelRefreshResult result = refresh(server, catalog);
    QVERIFY(result.ok());
    QCOMPARE(result.stored.value(LabelKind::Geo), 2);
    int batches = 0;
    int idsSent = 0;
    for (const sandbox::RecordedRequest &request : server.requests()) {
        if (request.path != QLatin1String("/v2/geo"))
            continue;
        ++batches;
        QVERIFY2(request.query.size() < 4000, qPrintable(QString::number(request.query.size())));
        QCOMPARE(request.method, QStringLiteral("GET"));
        idsSent += int(request.query.count(QLatin1Char(','))); // n - 1 between the ids, one in the locale
    }
    QVERIFY(batches >= 3); // 1002 ids × 10 characters do not fit in one or two 4,000-character queries
    QCOMPARE(idsSent, 1002);
    const LabelResolver resolver(catalog.reader());
    QCOMPARE(resolver.name(QStringLiteral("urn:li:geo:90000084")), QStringLiteral("San Francisco Bay Area"));
    QVERIFY(!resolver.has(QStringLiteral("urn:li:geo:200000000")));
    QCOMPARE(resolver.name(QStringLiteral("urn:li:geo:200000000")), QStringLiteral("urn:li:geo:200000000"));
}

void TestLabelRefresh::errors_data() {
    QTest::addColumn<QString>("faults");
    QTest::addColumn<bool>("wrongToken");
    QTest::addColumn<int>("failedKind");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<int>("storedKinds");
    QTest::addColumn<QString>("sentence"); // a piece of describe()'s sentence
    using K = ApiError::Kind;
    QTest::newRow("401") << QString() << true << int(LabelKind::Seniority) << int(K::Unauthorized) << 0
                         << QStringLiteral("Re-authorize");
    QTest::newRow("500 on functions") << QStringLiteral("500*0@/v2/functions") << false << int(LabelKind::Function)
                                      << int(K::Server) << 3 << QStringLiteral("HTTP 500");
    QTest::newRow("truncated seniorities")
        << QStringLiteral("truncate*0@/v2/seniorities") << false << int(LabelKind::Seniority) << int(K::InvalidResponse)
        << 3 << QStringLiteral("cut off");
    QTest::newRow("geo dropped") << QStringLiteral("drop*0@/v2/geo") << false << int(LabelKind::Geo) << int(K::Network)
                                 << 3 << QStringLiteral("connection");
    QTest::newRow("quota stops") << QStringLiteral("quota*0@/v2/functions") << false << int(LabelKind::Function)
                                 << int(K::QuotaExhausted) << 1 << QStringLiteral("quota");
}

void TestLabelRefresh::errors() {
    QFETCH(QString, faults);
    QFETCH(bool, wrongToken);
    QFETCH(int, failedKind);
    QFETCH(int, errorKind);
    QFETCH(int, storedKinds);
    QFETCH(QString, sentence);
    sandbox::SandboxServer server(generatorOptions(1, 5));
    QVERIFY(server.listen());
    const auto spec = sandbox::FaultSpec::parse(faults);
    QVERIFY(spec);
    server.setFaults(*spec);
    Catalog catalog(QStringLiteral("errors"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    writeGeoFacet(catalog, {QStringLiteral("urn:li:geo:103644278")});
    QVERIFY(!installBundledLabels(catalog).isError());

    const LabelRefreshResult result = refresh(server, catalog, wrongToken ? QStringLiteral("wrong") : QString());
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(int(result.errors.first().first), failedKind);
    QCOMPARE(int(result.errors.first().second.kind), errorKind);
    const QString text = describe(result.errors.first().second);
    QVERIFY2(text.contains(sentence, Qt::CaseInsensitive), qPrintable(text));
    QCOMPARE(int(result.stored.size()), storedKinds);
    QVERIFY(!result.stored.contains(LabelKind(failedKind)));
    // The failed kind keeps its bundled names; the others were replaced by LinkedIn's.
    QSqlQuery query(catalog.reader());
    query.prepare(QStringLiteral("SELECT DISTINCT source FROM _pagesight_labels WHERE kind = ?"));
    query.addBindValue(labelKindName(LabelKind(failedKind)));
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("bundled"));
    QVERIFY(!query.next());
    for (auto it = result.stored.cbegin(); it != result.stored.cend(); ++it) {
        QSqlQuery count(catalog.reader());
        count.prepare(QStringLiteral("SELECT count(*) FROM _pagesight_labels WHERE kind = ? AND source = 'linkedin'"));
        count.addBindValue(labelKindName(it.key()));
        QVERIFY(count.exec() && count.next());
        QCOMPARE(count.value(0).toInt(), it.value());
    }
}

void TestLabelRefresh::readOnlyCatalogIsAnError() {
    sandbox::SandboxServer server(generatorOptions(1, 5));
    QVERIFY(server.listen());
    {
        Catalog writer(QStringLiteral("create"));
        QVERIFY(!writer.open(catalogPath()).isError());
    }
    Catalog reader(QStringLiteral("reader"));
    QVERIFY(!reader.open(catalogPath(), Catalog::Mode::ReadOnly).isError());
    const LabelRefreshResult result = refresh(server, reader);
    QCOMPARE(result.catalogError.kind, CatalogError::Kind::ReadOnly);
    QVERIFY(result.errors.isEmpty());
    QVERIFY(!result.ok());
    QVERIFY(result.stored.isEmpty());
    QVERIFY(!describe(result.catalogError).isEmpty());
    QCOMPARE(reader.rowCount(QStringLiteral("_pagesight_labels")), 0);
    QCOMPARE(result.requests, 0);
    QCOMPARE(server.requestCount(), 0);
}

void TestLabelRefresh::refresherObjectFinishesOnce() {
    sandbox::SandboxServer server(generatorOptions(1, 5));
    QVERIFY(server.listen());
    Catalog catalog(QStringLiteral("object"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    StaticTokenProvider tokens(server.options().accessToken);
    QNetworkAccessManager network;
    LabelRefresher refresher(&network, &tokens);
    QSignalSpy finished(&refresher, &LabelRefresher::finished);
    refresher.start(optionsFor(server), &catalog);
    QVERIFY(refresher.isRunning());
    refresher.start(optionsFor(server), &catalog); // ignored while running
    QVERIFY(finished.wait(10000));
    QCoreApplication::sendPostedEvents(); // a second finished, were one queued, would arrive now
    QCOMPARE(finished.size(), 1);
    QVERIFY(!refresher.isRunning());
    const auto result = finished.first().first().value<LabelRefreshResult>();
    QVERIFY(result.ok());
    QCOMPARE(result.total(), 52);
    QCOMPARE(server.requestCount(QStringLiteral("/v2/")), 3);
}

void TestLabelRefresh::cancelStoresNothing() {
    sandbox::SandboxServer server(generatorOptions(1, 5));
    server.options().latencyMs = 100;
    QVERIFY(server.listen());
    Catalog catalog(QStringLiteral("cancel"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    StaticTokenProvider tokens(server.options().accessToken);
    QNetworkAccessManager network;
    LabelRefresher refresher(&network, &tokens);
    QSignalSpy finished(&refresher, &LabelRefresher::finished);
    refresher.start(optionsFor(server), &catalog);
    refresher.cancel(); // requests in flight end at once: finished() may already have come
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    const auto result = finished.first().first().value<LabelRefreshResult>();
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.last().second.kind, ApiError::Kind::Cancelled);
    QVERIFY(result.stored.isEmpty());
    QCOMPARE(catalog.rowCount(QStringLiteral("_pagesight_labels")), 0);
    QVERIFY(server.requestCount(QStringLiteral("/v2/")) <= 1);
}

// LinkedIn asks for almost two minutes of patience: a cancel (the window closing) does not wait.
void TestLabelRefresh::cancelCutsALongRetryAfterShort() {
    sandbox::SandboxServer server(generatorOptions(1, 5));
    server.options().retryAfterSeconds = 110;
    server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("429ra*0@/v2/")));
    QVERIFY(server.listen());
    Catalog catalog(QStringLiteral("cancel-wait"));
    QVERIFY(!catalog.open(catalogPath()).isError());
    StaticTokenProvider tokens(server.options().accessToken);
    QNetworkAccessManager network;
    LabelRefresher refresher(&network, &tokens);
    QSignalSpy finished(&refresher, &LabelRefresher::finished);
    LabelRefreshOptions options = optionsFor(server);
    options.client.maxRetryAfterSeconds = 120; // waited for, not refused
    refresher.start(options, &catalog);
    QVERIFY(QTest::qWaitFor([&server] { return server.requestCount(QStringLiteral("/v2/")) >= 1; }, 10000));
    QElapsedTimer elapsed;
    elapsed.start();
    refresher.cancel();
    // Not a timing test: waiting out the Retry-After would take 110 s.
    QVERIFY(!finished.isEmpty() || finished.wait(11000));
    QVERIFY2(elapsed.elapsed() < 11000, qPrintable(QString::number(elapsed.elapsed())));
    const auto result = finished.first().first().value<LabelRefreshResult>();
    QCOMPARE(result.errors.last().second.kind, ApiError::Kind::Cancelled);
    QVERIFY(result.stored.isEmpty());
    QCOMPARE(server.requestCount(QStringLiteral("/v2/")), 1); // never retried
}

QTEST_GUILESS_MAIN(TestLabelRefresh)
#include "tst_labelrefresh.moc"
