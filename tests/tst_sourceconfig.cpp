// SourceConfig: what the wizard and the CLI accept as an organization ID, an API version and a
// source, and that a source survives its JSON form unchanged (docs/SPEC.md §1, §5).
#include "source/SourceConfig.h"

#include "catalog/Catalog.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace pagesight;

namespace {

constexpr qint64 noId = -1; // "nullopt" in the _data table

const QDate today(2026, 3, 15);

SourceConfig validConfig() {
    SourceConfig config;
    config.id = QStringLiteral("0b5f2f0c-3c1e-4a53-9d1b-2f7c8f5d9e10");
    config.description = QStringLiteral("Acme company page");
    config.organizationId = 12345678;
    config.startDate = QDate(2025, 6, 1);
    config.streams = defaultStreamSelections();
    config.apiVersion = QStringLiteral("202602"); // released before the tests' "today"
    return config;
}

StreamSelection streamAt(const SourceConfig &config, const QString &streamId) {
    const StreamSelection *s = config.selection(streamId);
    return s ? *s : StreamSelection{};
}

} // namespace

Q_DECLARE_METATYPE(pagesight::SourceConfig)

class TestSourceConfig : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parseOrganizationId_data();
    void parseOrganizationId();
    void isValidApiVersion_data();
    void isValidApiVersion();
    void validate_data();
    void validate();
    void organizationUrnAndSelection();
    void jsonRoundTripKeepsEveryField();
    void jsonRoundTripOfDefaults();
    void fromJsonFillsDefaults();
    void fromJsonRejectsMissingOrganization_data();
    void fromJsonRejectsMissingOrganization();
    void defaultStreamSelections_data();
    void defaultStreamSelections();
    void defaultApiVersionIsRecent();
    void oldDefaultLookbackMovesToSevenDays();
};

// LinkedIn sunsets a LinkedIn-Version about a year after release: a release whose built-in default
// is more than 9 months old ships a version close to its end. This test starts failing on the day
// that happens, to say "move linkedin::kApiVersion forward" before users meet 426s.
void TestSourceConfig::defaultApiVersionIsRecent() {
    const QString version = QString::fromLatin1(linkedin::kApiVersion);
    QVERIFY(pagesight::isValidApiVersion(version));
    const QDate released(version.left(4).toInt(), version.mid(4, 2).toInt(), 1);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const int monthsOld = (today.year() - released.year()) * 12 + today.month() - released.month();
    QVERIFY2(monthsOld <= 9, qPrintable(QStringLiteral("linkedin::kApiVersion %1 is %2 months old: move it to a "
                                                       "recent LinkedIn-Version in core/common/LinkedInDefaults.h")
                                            .arg(version)
                                            .arg(monthsOld)));
    QCOMPARE(SourceConfig().apiVersion, version);
    QVERIFY(SourceConfig().followApiVersion);
}

void TestSourceConfig::oldDefaultLookbackMovesToSevenDays() {
    QCOMPARE(SourceConfig().lookbackDays, 7);
    QJsonObject json = SourceConfig{}.toJson();
    json.insert(QStringLiteral("organization_id"), QStringLiteral("5"));
    json.insert(QStringLiteral("lookback_days"), 3); // what 0.1 saved for every source
    QCOMPARE(SourceConfig::fromJson(json)->lookbackDays, 7);
    json.insert(QStringLiteral("lookback_days"), 14);
    QCOMPARE(SourceConfig::fromJson(json)->lookbackDays, 14);
    json.remove(QStringLiteral("follow_api_version")); // 0.1 sources follow LinkedIn
    QVERIFY(SourceConfig::fromJson(json)->followApiVersion);
    json.insert(QStringLiteral("follow_api_version"), false);
    QVERIFY(!SourceConfig::fromJson(json)->followApiVersion);
}

void TestSourceConfig::parseOrganizationId_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plain id") << "12345678" << qint64(12345678);
    QTest::newRow("one digit") << "7" << qint64(7);
    QTest::newRow("leading zeros") << "00012345" << qint64(12345);
    QTest::newRow("largest qint64") << "9223372036854775807" << qint64(9223372036854775807LL);
    QTest::newRow("leading and trailing spaces") << "  12345678  " << qint64(12345678);
    QTest::newRow("tab and newline around") << "\t12345678\n" << qint64(12345678);

    QTest::newRow("urn") << "urn:li:organization:12345678" << qint64(12345678);
    QTest::newRow("urn with spaces around") << "  urn:li:organization:42 " << qint64(42);
    // A brand (showcase) page is a different entity with its own statistics endpoint
    // (brandPageStatistics): turning it into urn:li:organization:N would query another page.
    // docs/SPEC.md §1: only a number, an organization URN or an admin URL.
    QTest::newRow("urn organizationBrand") << "urn:li:organizationBrand:12345678" << noId;
    QTest::newRow("urn of a person") << "urn:li:person:12345678" << noId;
    QTest::newRow("urn without id") << "urn:li:organization:" << noId;
    QTest::newRow("urn with letters") << "urn:li:organization:12a" << noId;
    QTest::newRow("urn with trailing path") << "urn:li:organization:123/x" << noId;

    QTest::newRow("admin url") << "https://www.linkedin.com/company/12345678/admin/" << qint64(12345678);
    QTest::newRow("admin url deep path") << "https://www.linkedin.com/company/12345678/admin/analytics/visitors/"
                                         << qint64(12345678);
    QTest::newRow("admin url without scheme") << "www.linkedin.com/company/12345678/admin/" << qint64(12345678);
    QTest::newRow("admin url without www") << "https://linkedin.com/company/12345678/admin/" << qint64(12345678);
    QTest::newRow("url without scheme and www") << "linkedin.com/company/12345678" << qint64(12345678);
    QTest::newRow("http url") << "http://www.linkedin.com/company/12345678" << qint64(12345678);
    QTest::newRow("no trailing slash") << "https://www.linkedin.com/company/12345678" << qint64(12345678);
    QTest::newRow("query") << "https://www.linkedin.com/company/12345678/admin/?tab=page" << qint64(12345678);
    QTest::newRow("query right after id") << "https://www.linkedin.com/company/12345678?trk=nav" << qint64(12345678);
    QTest::newRow("fragment") << "https://www.linkedin.com/company/12345678#top" << qint64(12345678);
    QTest::newRow("upper case host") << "HTTPS://WWW.LinkedIn.com/company/12345678/admin/" << qint64(12345678);
    QTest::newRow("country subdomain") << "https://de.linkedin.com/company/12345678/" << qint64(12345678);
    QTest::newRow("url with spaces around") << "  https://www.linkedin.com/company/12345678/admin/ \n"
                                            << qint64(12345678);

    QTest::newRow("vanity name url") << "https://www.linkedin.com/company/acme-corp/" << noId;
    QTest::newRow("id glued to text") << "https://www.linkedin.com/company/12345678admin/" << noId;
    QTest::newRow("showcase url") << "https://www.linkedin.com/showcase/12345678/" << noId;
    QTest::newRow("another site") << "https://www.example.com/company/12345678/admin/" << noId;
    QTest::newRow("linkedin as a suffix") << "https://notlinkedin.com/company/12345678/" << noId;
    QTest::newRow("linkedin as a subdomain") << "https://www.linkedin.com.evil.example/company/12345678/" << noId;
    QTest::newRow("linkedin in the query") << "https://evil.example/?u=linkedin.com/company/12345678" << noId;
    QTest::newRow("ftp scheme") << "ftp://www.linkedin.com/company/12345678/" << noId;

    QTest::newRow("letters") << "abc" << noId;
    QTest::newRow("empty") << "" << noId;
    QTest::newRow("only spaces") << "   " << noId;
    QTest::newRow("inner space") << "12 34" << noId;
    QTest::newRow("negative") << "-12345" << noId;
    QTest::newRow("plus sign") << "+12345" << noId;
    QTest::newRow("zero") << "0" << noId;
    QTest::newRow("zeros") << "0000" << noId;
    QTest::newRow("decimal") << "123.45" << noId;
    QTest::newRow("20 digits") << "12345678901234567890" << noId;
    QTest::newRow("19 digits beyond qint64") << "9999999999999999999" << noId;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663") << noId;
    QTest::newRow("full-width digits") << QStringLiteral("\uFF11\uFF12\uFF13") << noId;
}

void TestSourceConfig::parseOrganizationId() {
    QFETCH(QString, text);
    QFETCH(qint64, expected);

    const std::optional<qint64> id = pagesight::parseOrganizationId(text);
    if (expected == noId) {
        QVERIFY2(!id, qPrintable(QStringLiteral("accepted as %1").arg(id.value_or(0))));
    } else {
        QVERIFY2(id, "rejected");
        QCOMPARE(*id, expected);
    }
}

void TestSourceConfig::isValidApiVersion_data() {
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("valid");

    QTest::newRow("YYYYMM") << "202603" << true;
    QTest::newRow("January") << "202601" << true;
    QTest::newRow("December") << "202512" << true;
    QTest::newRow("YYYYMM.RR") << "202603.01" << true;
    QTest::newRow("month 13") << "202613" << false;
    QTest::newRow("month 00") << "202600" << false;
    QTest::newRow("dash") << "2026-03" << false;
    QTest::newRow("five digits") << "20260" << false;
    QTest::newRow("seven digits") << "2026031" << false;
    QTest::newRow("one-digit revision") << "202603.1" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("spaces around") << " 202603 " << false;
    QTest::newRow("not 20xx") << "199903" << false;
}

void TestSourceConfig::isValidApiVersion() {
    QFETCH(QString, version);
    QFETCH(bool, valid);
    QCOMPARE(pagesight::isValidApiVersion(version), valid);
}

void TestSourceConfig::validate_data() {
    QTest::addColumn<SourceConfig>("config");
    QTest::addColumn<int>("kind"); // InputError::Kind
    QTest::addColumn<QString>("value");

    using K = InputError::Kind;
    const SourceConfig base = validConfig();

    QTest::newRow("valid") << base << int(K::None) << QString();
    {
        SourceConfig c = base;
        c.startDate = today;
        QTest::newRow("start date today") << c << int(K::None) << QString();
    }
    {
        SourceConfig c = base;
        c.startDate = today.addYears(-3); // posts reach further back than the 12-month limit
        QTest::newRow("start date years ago") << c << int(K::None) << QString();
    }
    {
        SourceConfig c = base;
        c.startDate = today.addDays(1);
        QTest::newRow("start date tomorrow") << c << int(K::StartDateFuture) << "2026-03-16";
    }
    {
        SourceConfig c = base;
        c.startDate = QDate();
        QTest::newRow("no start date") << c << int(K::StartDate) << QString();
    }
    {
        SourceConfig c = base;
        c.organizationId = 0;
        QTest::newRow("no organization") << c << int(K::OrganizationId) << "0";
    }
    {
        SourceConfig c = base;
        c.description = QString(140, QLatin1Char('d'));
        QTest::newRow("description of 140") << c << int(K::None) << QString();
    }
    {
        SourceConfig c = base;
        c.description = QString(141, QLatin1Char('d'));
        QTest::newRow("description of 141") << c << int(K::Description) << c.description;
    }
    {
        SourceConfig c = base;
        c.apiVersion = QStringLiteral("2026-03");
        QTest::newRow("bad api version") << c << int(K::ApiVersion) << "2026-03";
    }
    {
        SourceConfig c = base;
        c.apiBaseUrl = QUrl(QStringLiteral("ftp://api.example.com/rest"));
        QTest::newRow("api base ftp") << c << int(K::BaseUrlScheme) << "ftp://api.example.com/rest";
    }
    {
        SourceConfig c = base;
        c.apiBaseUrl = QUrl(QStringLiteral("api.linkedin.com/rest")); // no scheme: a relative path
        QTest::newRow("api base without scheme") << c << int(K::BaseUrl) << "api.linkedin.com/rest";
    }
    {
        SourceConfig c = base;
        c.oauthBaseUrl = QUrl(QStringLiteral("https://"));
        QTest::newRow("oauth base without host") << c << int(K::BaseUrl) << "https://";
    }
    {
        SourceConfig c = base;
        c.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/rest"));
        QTest::newRow("sandbox base url") << c << int(K::None) << QString();
    }
    {
        SourceConfig c = base; // the token would cross the network in the clear
        c.apiBaseUrl = QUrl(QStringLiteral("http://proxy.example.com/rest"));
        QTest::newRow("plain http elsewhere") << c << int(K::BaseUrlInsecure) << "http://proxy.example.com/rest";
    }
    {
        SourceConfig c = base;
        c.apiBaseUrl = QUrl(QStringLiteral("http://[::1]:8080/rest"));
        QTest::newRow("plain http to ::1") << c << int(K::None) << QString();
        c.apiBaseUrl = QUrl(QStringLiteral("http://localhost:8080/rest"));
        QTest::newRow("plain http to localhost") << c << int(K::None) << QString();
    }
    {
        SourceConfig c = base; // today is 2026-03-15
        c.apiVersion = QStringLiteral("202604");
        QTest::newRow("api version in the future") << c << int(K::ApiVersionFuture) << "202604";
        c.apiVersion = QStringLiteral("202603");
        QTest::newRow("api version of this month") << c << int(K::None) << QString();
    }
    {
        SourceConfig c = base;
        c.streams.clear();
        QTest::newRow("no streams") << c << int(K::MissingArgument) << "streams";
    }
    {
        SourceConfig c = base;
        c.streams.append({QStringLiteral("ad_analytics"), QStringLiteral("ads"), SyncType::Incremental});
        QTest::newRow("unknown stream") << c << int(K::UnknownStream) << "ad_analytics";
    }
    const QList<std::tuple<const char *, QString, K>> tableNames = {
        {"table starts with digit", QStringLiteral("1posts"), K::TableName},
        {"table with dash", QStringLiteral("my-posts"), K::TableName},
        {"table with space", QStringLiteral("my posts"), K::TableName},
        {"table empty", QString(), K::TableName},
        {"table non-ascii letter", QStringLiteral("posté"), K::TableName},
        {"table of 64", QStringLiteral("p") + QString(63, QLatin1Char('x')), K::TableName},
        {"table keyword", QStringLiteral("select"), K::TableNameReserved},
        {"table keyword upper case", QStringLiteral("ORDER"), K::TableNameReserved},
        {"table _pagesight", QStringLiteral("_pagesight_runs"), K::TableNameReserved},
        {"table sqlite_", QStringLiteral("sqlite_posts"), K::TableNameReserved},
        {"table of 63", QStringLiteral("p") + QString(62, QLatin1Char('x')), K::None},
        {"table with underscore first", QStringLiteral("_posts_2026"), K::None},
    };
    for (const auto &[tag, name, kind] : tableNames) {
        SourceConfig c = base;
        c.streams[3].tableName = name; // organization_posts
        // The kind comes from Catalog::validateTableName: the same rules the wizard shows.
        QCOMPARE(int(Catalog::validateTableName(name).kind), int(kind));
        QTest::newRow(tag) << c << int(kind) << (kind == K::None ? QString() : name);
    }
    {
        SourceConfig c = base;
        c.streams[0].tableName = QStringLiteral("stats");
        c.streams[1].tableName = QStringLiteral("Stats");
        QTest::newRow("duplicate table names ignoring case") << c << int(K::TableNameDuplicate) << "Stats";
    }
    {
        SourceConfig c = base;
        c.streams[4].tableName = QStringLiteral("organization_posts");
        QTest::newRow("duplicate table names") << c << int(K::TableNameDuplicate) << "organization_posts";
    }
}

void TestSourceConfig::validate() {
    QFETCH(SourceConfig, config);
    QFETCH(int, kind);
    QFETCH(QString, value);

    const InputError error = config.validate(today);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.value, value);
    QCOMPARE(error.isError(), kind != int(InputError::Kind::None));
}

void TestSourceConfig::organizationUrnAndSelection() {
    SourceConfig config = validConfig();
    QCOMPARE(config.organizationUrn(), QStringLiteral("urn:li:organization:12345678"));
    config.organizationId = 9223372036854775807LL;
    QCOMPARE(config.organizationUrn(), QStringLiteral("urn:li:organization:9223372036854775807"));

    config.streams = {{QStringLiteral("organization_posts"), QStringLiteral("posts"), SyncType::FullTable}};
    const StreamSelection *posts = config.selection(QStringLiteral("organization_posts"));
    QVERIFY(posts);
    QCOMPARE(posts->tableName, QStringLiteral("posts"));
    QCOMPARE(posts->syncType, SyncType::FullTable);
    QVERIFY(!config.selection(QStringLiteral("post_statistics")));
}

void TestSourceConfig::jsonRoundTripKeepsEveryField() {
    SourceConfig in;
    in.id = QStringLiteral("5a1d2c3b-0000-4000-8000-00000000abcd");
    in.description = QStringLiteral("Ünïcødé page, \"quoted\" – 日本");
    in.organizationId = 9223372036854775807LL; // as text in JSON, so no double rounding
    in.organizationName = QStringLiteral("Acme, Inc.");
    in.startDate = QDate(2024, 2, 29);
    in.streams = {
        {QStringLiteral("follower_statistics"), QStringLiteral("acme_followers"), SyncType::Incremental},
        {QStringLiteral("organization_posts"), QStringLiteral("acme_posts"), SyncType::FullTable},
        {QStringLiteral("post_statistics"), QStringLiteral("acme_post_stats"), SyncType::FullTable},
    };
    in.trigger.kind = Trigger::Kind::Weekly;
    in.trigger.everyHours = 6;
    in.trigger.at = QTime(21, 45);
    in.trigger.weekday = Qt::Sunday;
    in.trigger.fullSyncEveryDays = 7;
    in.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:9911/rest"));
    in.oauthBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:9911/oauth/v2"));
    in.apiVersion = QStringLiteral("202601.02");
    in.loopbackPort = 65000;
    in.clientId = QStringLiteral("86abcdefghij");
    in.lookbackDays = 5;
    in.postStatisticsRefreshDays = 30;

    // Through text, as the catalog stores it.
    const QByteArray text = QJsonDocument(in.toJson()).toJson(QJsonDocument::Compact);
    const std::optional<SourceConfig> out = SourceConfig::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(out);

    QCOMPARE(out->id, in.id);
    QCOMPARE(out->description, in.description);
    QCOMPARE(out->organizationId, in.organizationId);
    QCOMPARE(out->organizationName, in.organizationName);
    QCOMPARE(out->startDate, in.startDate);
    QCOMPARE(out->streams.size(), in.streams.size());
    for (int i = 0; i < in.streams.size(); ++i) {
        QCOMPARE(out->streams[i].streamId, in.streams[i].streamId);
        QCOMPARE(out->streams[i].tableName, in.streams[i].tableName);
        QCOMPARE(out->streams[i].syncType, in.streams[i].syncType);
    }
    QCOMPARE(out->trigger.kind, in.trigger.kind);
    QCOMPARE(out->trigger.everyHours, in.trigger.everyHours);
    QCOMPARE(out->trigger.at, in.trigger.at);
    QCOMPARE(out->trigger.weekday, in.trigger.weekday);
    QCOMPARE(out->trigger.fullSyncEveryDays, in.trigger.fullSyncEveryDays);
    QCOMPARE(out->apiBaseUrl, in.apiBaseUrl);
    QCOMPARE(out->oauthBaseUrl, in.oauthBaseUrl);
    QCOMPARE(out->apiVersion, in.apiVersion);
    QCOMPARE(out->loopbackPort, in.loopbackPort);
    QCOMPARE(out->clientId, in.clientId);
    QCOMPARE(out->lookbackDays, in.lookbackDays);
    QCOMPARE(out->postStatisticsRefreshDays, in.postStatisticsRefreshDays);

    // And the JSON of the copy is the JSON of the original: nothing was dropped or added.
    QCOMPARE(out->toJson(), in.toJson());
}

void TestSourceConfig::jsonRoundTripOfDefaults() {
    // Every trigger kind survives; the other fields keep their defaults.
    for (const Trigger::Kind kind :
         {Trigger::Kind::Manual, Trigger::Kind::EveryHours, Trigger::Kind::Daily, Trigger::Kind::Weekly}) {
        SourceConfig in = validConfig();
        in.trigger.kind = kind;
        const std::optional<SourceConfig> out = SourceConfig::fromJson(in.toJson());
        QVERIFY(out);
        QCOMPARE(out->trigger.kind, kind);
        QCOMPARE(out->toJson(), in.toJson());
    }
}

void TestSourceConfig::fromJsonFillsDefaults() {
    // A hand-written or older configuration with only the organization: every other field takes
    // the same default a new SourceConfig has.
    const std::optional<SourceConfig> out =
        SourceConfig::fromJson(QJsonObject{{QStringLiteral("organization_id"), QStringLiteral("42")}});
    QVERIFY(out);
    const SourceConfig defaults;
    QCOMPARE(out->organizationId, qint64(42));
    QCOMPARE(out->apiBaseUrl, defaults.apiBaseUrl);
    QCOMPARE(out->oauthBaseUrl, defaults.oauthBaseUrl);
    QCOMPARE(out->apiVersion, defaults.apiVersion);
    QCOMPARE(out->loopbackPort, defaults.loopbackPort);
    QCOMPARE(out->lookbackDays, defaults.lookbackDays);
    QCOMPARE(out->postStatisticsRefreshDays, defaults.postStatisticsRefreshDays);
    QCOMPARE(out->trigger.kind, defaults.trigger.kind);
    QCOMPARE(out->trigger.everyHours, defaults.trigger.everyHours);
    QCOMPARE(out->trigger.weekday, defaults.trigger.weekday);
    QCOMPARE(out->trigger.fullSyncEveryDays, defaults.trigger.fullSyncEveryDays);
    QCOMPARE(out->trigger.at, defaults.trigger.at);
    QVERIFY(out->streams.isEmpty());
}

void TestSourceConfig::fromJsonRejectsMissingOrganization_data() {
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("empty object") << QJsonObject();
    QTest::newRow("zero") << QJsonObject{{QStringLiteral("organization_id"), QStringLiteral("0")}};
    QTest::newRow("negative") << QJsonObject{{QStringLiteral("organization_id"), QStringLiteral("-5")}};
    QTest::newRow("letters") << QJsonObject{{QStringLiteral("organization_id"), QStringLiteral("acme")}};
}

void TestSourceConfig::fromJsonRejectsMissingOrganization() {
    QFETCH(QJsonObject, json);
    QVERIFY(!SourceConfig::fromJson(json));
}

void TestSourceConfig::defaultStreamSelections_data() {
    QTest::addColumn<QString>("prefix");
    QTest::newRow("no prefix") << QString();
    QTest::newRow("prefix") << QStringLiteral("acme_");
}

void TestSourceConfig::defaultStreamSelections() {
    QFETCH(QString, prefix);

    const QList<StreamSelection> selections = pagesight::defaultStreamSelections(prefix);
    const QStringList expectedIds = {QStringLiteral("follower_statistics"), QStringLiteral("page_statistics"),
                                     QStringLiteral("share_statistics"), QStringLiteral("organization_posts"),
                                     QStringLiteral("post_statistics")};
    QCOMPARE(selections.size(), expectedIds.size());
    for (int i = 0; i < expectedIds.size(); ++i) {
        QCOMPARE(selections[i].streamId, expectedIds[i]);
        QCOMPARE(selections[i].tableName, prefix + expectedIds[i]);
        QCOMPARE(selections[i].syncType, SyncType::Incremental);
    }

    // The defaults pass validation as they are.
    SourceConfig config = validConfig();
    config.streams = selections;
    QCOMPARE(int(config.validate(today).kind), int(InputError::Kind::None));
    QCOMPARE(streamAt(config, QStringLiteral("post_statistics")).tableName, prefix + QStringLiteral("post_statistics"));
}

QTEST_GUILESS_MAIN(TestSourceConfig)
#include "tst_sourceconfig.moc"
