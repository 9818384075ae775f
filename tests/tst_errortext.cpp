// ErrorText: every error value becomes one sentence a person can act on, and the sentence carries
// the fields that make it actionable (version, endpoint, LinkedIn's message, the bad input).
#include "common/Errors.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace pagesight;

namespace {

// The last enumerator of each kind. Iterating stops here; a kind added after it must extend the
// loop (the tests below check that the next value past it gives no sentence).
constexpr int lastApiKind = int(ApiError::Kind::Cancelled);
constexpr int lastCatalogKind = int(CatalogError::Kind::Missing);
constexpr int lastInputKind = int(InputError::Kind::CatalogUrlPassword);

// A sentence: starts with a capital letter or a quote, ends with a full stop (or a quoted message)
// unless it ends with a detail it was given, no unfilled %N placeholder.
void verifySentence(const QString &text, const QByteArray &what, const QString &detail = {}) {
    QVERIFY2(!text.trimmed().isEmpty(), what + " gives no sentence");
    QVERIFY2(text.front().isUpper() || text.front() == QLatin1Char('"'), what + ": " + text.toUtf8());
    QVERIFY2(text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('"')) ||
                 (!detail.isEmpty() && text.endsWith(detail)),
             what + ": " + text.toUtf8());
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    QVERIFY2(!placeholder.match(text).hasMatch(), what + " has an unfilled placeholder: " + text.toUtf8());
}

} // namespace

class TestErrorText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noneGivesNothing();
    void everyApiKindHasASentence();
    void everyCatalogKindHasASentence();
    void everyInputKindHasASentence();
    void versionInactiveNamesVersionAndWhereToChangeIt();
    void versionInactiveWithoutVersion();
    void quotaSaysMidnightUtc();
    void serverMessageQuoted_data();
    void serverMessageQuoted();
    void notFoundNamesTheRealCause();
    void endpointAndStatusNamed_data();
    void endpointAndStatusNamed();
    void placeholdersInFieldsAreNotExpanded();
    void inputValueNamed_data();
    void inputValueNamed();
    void catalogFieldsNamed_data();
    void catalogFieldsNamed();
};

void TestErrorText::noneGivesNothing() {
    QVERIFY(describe(ApiError{}).isEmpty());
    QVERIFY(describe(CatalogError{}).isEmpty());
    QVERIFY(describe(InputError{}).isEmpty());
    QVERIFY(!ApiError{}.isError());
    QVERIFY(!CatalogError{}.isError());
    QVERIFY(!InputError{}.isError());
}

void TestErrorText::everyApiKindHasASentence() {
    QSet<QString> seen;
    for (int k = 1; k <= lastApiKind; ++k) {
        ApiError error;
        error.kind = ApiError::Kind(k);
        error.httpStatus = 503;
        error.endpoint = QStringLiteral("posts");
        error.apiVersion = QStringLiteral("202401");
        QVERIFY(error.isError());
        const QString text = describe(error);
        verifySentence(text, "ApiError kind " + QByteArray::number(k));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!seen.contains(text), qPrintable(QStringLiteral("kind %1 repeats another kind's sentence").arg(k)));
        seen.insert(text);
    }
    QVERIFY2(describe(ApiError{ApiError::Kind(lastApiKind + 1)}).isEmpty(),
             "ApiError has a kind past Cancelled: extend lastApiKind");
}

void TestErrorText::everyCatalogKindHasASentence() {
    for (int k = 1; k <= lastCatalogKind; ++k) {
        const CatalogError error{CatalogError::Kind(k), QStringLiteral("detail"), QStringLiteral("catalogs/c.sqlite")};
        QVERIFY(error.isError());
        // Query and ReadOnly end with the driver's text or the refused statement.
        verifySentence(describe(error), "CatalogError kind " + QByteArray::number(k), error.detail);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(describe(CatalogError{CatalogError::Kind(lastCatalogKind + 1)}).isEmpty(),
             "CatalogError has a kind past ReadOnly: extend lastCatalogKind");
}

void TestErrorText::everyInputKindHasASentence() {
    QSet<QString> seen;
    for (int k = 1; k <= lastInputKind; ++k) {
        const InputError error{InputError::Kind(k), QStringLiteral("xyz")};
        QVERIFY(error.isError());
        const QString text = describe(error);
        verifySentence(text, "InputError kind " + QByteArray::number(k));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!seen.contains(text), qPrintable(QStringLiteral("kind %1 repeats another kind's sentence").arg(k)));
        seen.insert(text);
    }
    QVERIFY2(describe(InputError{InputError::Kind(lastInputKind + 1), {}}).isEmpty(),
             "InputError has a kind past CatalogUrlPassword: extend lastInputKind");
}

void TestErrorText::versionInactiveNamesVersionAndWhereToChangeIt() {
    ApiError error;
    error.kind = ApiError::Kind::VersionInactive;
    error.httpStatus = 426;
    error.apiVersion = QStringLiteral("202401");
    const QString text = describe(error);
    QVERIFY2(text.contains(QLatin1String("202401")), qPrintable(text));
    // Where to change it: in the app and on the command line.
    QVERIFY2(text.contains(QLatin1String("Advanced")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("--api-version")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("LinkedIn-Version")), qPrintable(text));
}

void TestErrorText::versionInactiveWithoutVersion() {
    ApiError error;
    error.kind = ApiError::Kind::VersionInactive;
    const QString text = describe(error);
    QVERIFY2(text.contains(QLatin1String("(unknown)")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("version  ")), qPrintable(text));
}

void TestErrorText::quotaSaysMidnightUtc() {
    ApiError error;
    error.kind = ApiError::Kind::QuotaExhausted;
    error.httpStatus = 429;
    const QString text = describe(error);
    QVERIFY2(text.contains(QLatin1String("00:00 UTC")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("saved")), qPrintable(text)); // the rows so far are kept
    QVERIFY(error.isTransient());
}

void TestErrorText::serverMessageQuoted_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("quoted"); // whether this kind shows LinkedIn's message
    using K = ApiError::Kind;
    QTest::newRow("BadRequest") << int(K::BadRequest) << true;
    QTest::newRow("Unauthorized") << int(K::Unauthorized) << true;
    QTest::newRow("Forbidden") << int(K::Forbidden) << true;
    QTest::newRow("NotFound") << int(K::NotFound) << true;
    QTest::newRow("RateLimited") << int(K::RateLimited) << true;
    // Sentences of our own making: the message would add nothing (or is not LinkedIn's).
    QTest::newRow("Network") << int(K::Network) << false;
    QTest::newRow("Timeout") << int(K::Timeout) << false;
    QTest::newRow("QuotaExhausted") << int(K::QuotaExhausted) << false;
    QTest::newRow("Cancelled") << int(K::Cancelled) << false;
}

void TestErrorText::serverMessageQuoted() {
    QFETCH(int, kind);
    QFETCH(bool, quoted);

    ApiError error;
    error.kind = ApiError::Kind(kind);
    error.endpoint = QStringLiteral("organizationPageStatistics");
    error.serverMessage = QStringLiteral("Not enough permissions to access: partnerApiOrganizationPageStatistics");
    const QString text = describe(error);
    const QString expected = QStringLiteral("LinkedIn said: \"%1\"").arg(error.serverMessage);
    QCOMPARE(text.contains(expected), quoted);
    if (quoted)
        QVERIFY2(text.endsWith(expected), qPrintable(text)); // appended after our own sentence

    // Without a message nothing dangles.
    error.serverMessage.clear();
    const QString bare = describe(error);
    QVERIFY2(!bare.contains(QLatin1String("LinkedIn said")), qPrintable(bare));
    QVERIFY2(!bare.endsWith(QLatin1Char(' ')), qPrintable(bare));
}

// A 404 says which is wrong: the API base (Rest.li's "No virtual resource", or no LinkedIn body at
// all) or the organization.
void TestErrorText::notFoundNamesTheRealCause() {
    ApiError error;
    error.kind = ApiError::Kind::NotFound;
    error.endpoint = QStringLiteral("organizationPageStatistics");
    QVERIFY(describe(error).contains(QLatin1String("API base")));
    error.serverMessage = QStringLiteral("No virtual resource found for /rest2/organizationPageStatistics");
    QVERIFY(describe(error).contains(QLatin1String("API base")));
    error.endpoint = QStringLiteral("organizations");
    error.serverMessage = QStringLiteral("Organization 99 does not exist");
    QVERIFY(describe(error).contains(QLatin1String("organization ID")));
}

void TestErrorText::endpointAndStatusNamed_data() {
    QTest::addColumn<int>("kind");
    using K = ApiError::Kind;
    QTest::newRow("Network") << int(K::Network);
    QTest::newRow("Timeout") << int(K::Timeout);
    QTest::newRow("InvalidResponse") << int(K::InvalidResponse);
    QTest::newRow("BadRequest") << int(K::BadRequest);
    QTest::newRow("Forbidden") << int(K::Forbidden);
    QTest::newRow("NotFound") << int(K::NotFound);
    QTest::newRow("RateLimited") << int(K::RateLimited);
    QTest::newRow("Server") << int(K::Server);
}

void TestErrorText::endpointAndStatusNamed() {
    QFETCH(int, kind);
    ApiError error;
    error.kind = ApiError::Kind(kind);
    error.httpStatus = 502;
    error.endpoint = QStringLiteral("organizationalEntityShareStatistics");
    const QString text = describe(error);
    QVERIFY2(text.contains(error.endpoint), qPrintable(text));
    if (error.kind == ApiError::Kind::Server)
        QVERIFY2(text.contains(QLatin1String("HTTP 502")), qPrintable(text));
}

void TestErrorText::placeholdersInFieldsAreNotExpanded() {
    // Fields are LinkedIn's or the user's text: a "%1" in them must come out as typed, and the
    // serverMessage is shown verbatim (ErrorText does not redact; Errors.h makes it the
    // producer's job that it never holds a token).
    ApiError server;
    server.kind = ApiError::Kind::Server;
    server.httpStatus = 500;
    server.endpoint = QStringLiteral("posts%1%2");
    const QString serverText = describe(server);
    QVERIFY2(serverText.contains(QLatin1String("(HTTP 500)")), qPrintable(serverText));
    QVERIFY2(serverText.contains(QLatin1String("posts%1%2")), qPrintable(serverText));

    ApiError bad;
    bad.kind = ApiError::Kind::BadRequest;
    bad.endpoint = QStringLiteral("posts");
    bad.serverMessage = QStringLiteral("Invalid param %1 at 100%");
    QVERIFY2(describe(bad).endsWith(QLatin1String("LinkedIn said: \"Invalid param %1 at 100%\"")),
             qPrintable(describe(bad)));

    const InputError input{InputError::Kind::OrganizationId, QStringLiteral("%1 and %2")};
    QVERIFY2(describe(input).startsWith(QLatin1String("\"%1 and %2\" is not an organization ID")),
             qPrintable(describe(input)));
}

void TestErrorText::inputValueNamed_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mustContain");
    using K = InputError::Kind;
    QTest::newRow("OrganizationId") << int(K::OrganizationId) << "acme"
                                    << "\"acme\"";
    QTest::newRow("OrganizationId explains") << int(K::OrganizationId) << "acme"
                                             << "urn:li:organization:";
    QTest::newRow("StartDate") << int(K::StartDate) << "31/01/2026"
                               << "\"31/01/2026\"";
    QTest::newRow("StartDate format") << int(K::StartDate) << "31/01/2026"
                                      << "YYYY-MM-DD";
    QTest::newRow("StartDateFuture") << int(K::StartDateFuture) << "2099-01-01"
                                     << "2099-01-01";
    QTest::newRow("TableName") << int(K::TableName) << "my-posts"
                               << "\"my-posts\"";
    QTest::newRow("TableNameReserved") << int(K::TableNameReserved) << "select"
                                       << "\"select\"";
    QTest::newRow("TableNameDuplicate") << int(K::TableNameDuplicate) << "posts"
                                        << "\"posts\"";
    QTest::newRow("TablePrefix") << int(K::TablePrefix) << "9-"
                                 << "\"9-\"";
    QTest::newRow("UnknownStream") << int(K::UnknownStream) << "ads"
                                   << "\"ads\"";
    QTest::newRow("UnknownStream says where the streams are") << int(K::UnknownStream) << "ads"
                                                              << "--help";
    QTest::newRow("UnknownReport") << int(K::UnknownReport) << "top"
                                   << "\"top\"";
    QTest::newRow("UnknownReport lists reports") << int(K::UnknownReport) << "top"
                                                 << "visitor-demographics";
    QTest::newRow("MissingArgument") << int(K::MissingArgument) << "--catalog"
                                     << "--catalog";
    QTest::newRow("UnknownArgument") << int(K::UnknownArgument) << "--frobnicate"
                                     << "\"--frobnicate\"";
    QTest::newRow("ApiVersion") << int(K::ApiVersion) << "2026-03"
                                << "\"2026-03\"";
    QTest::newRow("BaseUrl") << int(K::BaseUrl) << "ftp://x"
                             << "\"ftp://x\"";
    QTest::newRow("CatalogPath") << int(K::CatalogPath) << "/nope/c.sqlite"
                                 << "/nope/c.sqlite";
    QTest::newRow("MissingToken") << int(K::MissingToken) << ""
                                  << "LINKEDIN_ACCESS_TOKEN";
    QTest::newRow("NoStoredToken") << int(K::NoStoredToken) << "Acme"
                                   << "Re-authorize";
    QTest::newRow("SampleServerDown") << int(K::SampleServerDown) << ""
                                      << "sample data";
    QTest::newRow("Description") << int(K::Description) << ""
                                 << "140";
    QTest::newRow("RetentionDays") << int(K::RetentionDays) << "0"
                                   << "\"0\"";
    QTest::newRow("ConflictingArguments") << int(K::ConflictingArguments) << "--a and --b"
                                          << "--a and --b";
    QTest::newRow("StreamTable") << int(K::StreamTable) << "things"
                                 << "\"things\"";
    QTest::newRow("UnknownDashboard") << int(K::UnknownDashboard) << "growth"
                                      << "\"growth\"";
    QTest::newRow("OutputFile") << int(K::OutputFile) << "out.gif"
                                << "\"out.gif\"";
    QTest::newRow("Language") << int(K::Language) << "xx"
                              << "\"xx\"";
    QTest::newRow("TimeZone") << int(K::TimeZone) << "Mars/Olympus"
                              << "\"Mars/Olympus\"";
    QTest::newRow("DateRange") << int(K::DateRange) << "2026-02-30"
                               << "\"2026-02-30\"";
    QTest::newRow("PublicCompanyUrl") << int(K::PublicCompanyUrl) << "acme-analitica"
                                      << "\"acme-analitica\"";
}

void TestErrorText::inputValueNamed() {
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, mustContain);
    const QString text = describe(InputError{InputError::Kind(kind), value});
    QVERIFY2(text.contains(mustContain), qPrintable(text));
}

void TestErrorText::catalogFieldsNamed_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mustContain");
    using K = CatalogError::Kind;
    QTest::newRow("CannotOpen") << int(K::CannotOpen) << "/data/catalog.sqlite";
    QTest::newRow("NotADatabase") << int(K::NotADatabase) << "/data/catalog.sqlite";
    QTest::newRow("NotADatabase changed nothing") << int(K::NotADatabase) << "Nothing was changed";
    QTest::newRow("Locked") << int(K::Locked) << "/data/catalog.sqlite";
    QTest::newRow("InvalidName") << int(K::InvalidName) << "\"the detail\"";
    QTest::newRow("SchemaMismatch") << int(K::SchemaMismatch) << "the detail";
    QTest::newRow("Query") << int(K::Query) << "the detail";
    QTest::newRow("ReadOnly") << int(K::ReadOnly) << "the detail";
}

void TestErrorText::catalogFieldsNamed() {
    QFETCH(int, kind);
    QFETCH(QString, mustContain);
    const QString text = describe(
        CatalogError{CatalogError::Kind(kind), QStringLiteral("the detail"), QStringLiteral("/data/catalog.sqlite")});
    QVERIFY2(text.contains(mustContain), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
