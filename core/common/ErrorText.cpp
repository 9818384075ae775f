// The one place where error values become sentences. Every sentence says what happened and,
// where there is one, what the person can do about it.
#include "Errors.h"
#include "LinkedInDefaults.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace pagesight {

namespace {
// A class, not a free tr() helper: lupdate files a free function's tr() under the enclosing
// namespace, while these sentences are looked up under "ErrorText". Q_DECLARE_TR_FUNCTIONS makes
// lupdate and the lookup agree on the context.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};

QString withServerMessage(QString sentence, const ApiError &error) {
    if (!error.serverMessage.isEmpty())
        sentence += QLatin1Char(' ') + ErrorText::tr("LinkedIn said: \"%1\"").arg(error.serverMessage);
    return sentence;
}

QString withLinkedInDescription(QString sentence, const AuthError &error) {
    if (!error.description.isEmpty())
        sentence += QLatin1Char(' ') + ErrorText::tr("LinkedIn said: \"%1\"").arg(error.description);
    return sentence;
}
} // namespace

QString describe(const ApiError &error) {
    using K = ApiError::Kind;
    switch (error.kind) {
    case K::None:
        return {};
    case K::Network:
        return ErrorText::tr(
                   "Could not reach LinkedIn (%1): the connection failed or was dropped. Check the network and "
                   "try again.")
            .arg(error.endpoint);
    case K::Timeout:
        return ErrorText::tr("LinkedIn did not answer in time (%1). Try again later.").arg(error.endpoint);
    case K::InvalidResponse:
        return ErrorText::tr(
                   "LinkedIn sent a response that could not be read (%1): it was cut off or is not valid JSON. "
                   "Try again.")
            .arg(error.endpoint);
    case K::EndlessPaging:
        return ErrorText::tr("LinkedIn kept sending pages of %1 that brought nothing new, or more pages than the "
                             "listing can have, so the listing was stopped. What was fetched is kept; the next run "
                             "resumes.")
            .arg(error.endpoint);
    case K::Redirected:
        return ErrorText::tr("The answer for %1 was a redirect (HTTP %2) to %3. LinkedIn's API never redirects, so "
                             "the API base is probably wrong or a proxy is in the way; the redirect was not followed "
                             "and the access token was not sent there.")
            .arg(error.endpoint)
            .arg(error.httpStatus)
            .arg(error.redirectHost.isEmpty() ? ErrorText::tr("another address") : error.redirectHost);
    case K::TooLarge:
        return ErrorText::tr("The answer for %1 was larger than any answer LinkedIn sends, so it was not read. Check "
                             "the API base address.")
            .arg(error.endpoint);
    case K::RunTooLong:
        return ErrorText::tr("The sync took longer than its time limit and was stopped. What was fetched is kept; "
                             "the next run resumes.");
    case K::BadRequest:
        return withServerMessage(ErrorText::tr("LinkedIn rejected the request to %1.").arg(error.endpoint), error);
    case K::Unauthorized:
        return withServerMessage(
            ErrorText::tr("LinkedIn did not accept the access token: it has expired, was revoked or is "
                          "wrong. Re-authorize the source."),
            error);
    case K::Forbidden:
        return withServerMessage(
            ErrorText::tr("LinkedIn refused access to %1. The token needs the scopes "
                          "rw_organization_admin and r_organization_social, and the member must be an "
                          "administrator of the page.")
                .arg(error.endpoint),
            error);
    case K::NotFound:
        // Rest.li answers "No virtual resource found" for a path it does not serve, and a server that
        // is not LinkedIn answers no LinkedIn error body at all: either way the API base is wrong.
        if (error.serverMessage.isEmpty() || error.serverMessage.contains(QLatin1String("No virtual resource")))
            return ErrorText::tr("There is no %1 at this API base. Check the API base address: LinkedIn's is %2.")
                .arg(error.endpoint, QString::fromLatin1(linkedin::kApiBase));
        return withServerMessage(
            ErrorText::tr("LinkedIn found nothing at %1. Check the organization ID.").arg(error.endpoint), error);
    case K::VersionInactive:
        if (error.versionsTried > 0)
            return ErrorText::tr("LinkedIn no longer serves API version %1, and accepted none of the %n newer "
                                 "monthly version(s) Pagesight tried. Check LinkedIn's versioning page and set a "
                                 "version in the source's Advanced settings, or with --api-version.",
                                 nullptr, error.versionsTried)
                .arg(error.apiVersion.isEmpty() ? ErrorText::tr("(unknown)") : error.apiVersion);
        return ErrorText::tr(
                   "LinkedIn no longer serves API version %1, which this source is pinned to. Tick \"Follow "
                   "LinkedIn's current version\" in the source's Advanced settings (or leave --api-version out), "
                   "or choose a newer LinkedIn-Version (YYYYMM).")
            .arg(error.apiVersion.isEmpty() ? ErrorText::tr("(unknown)") : error.apiVersion);
    case K::RateLimited:
        return withServerMessage(ErrorText::tr("LinkedIn is limiting requests (HTTP 429 for %1); the sync will "
                                               "resume from here at the next run.")
                                     .arg(error.endpoint),
                                 error);
    case K::QuotaExhausted:
        return ErrorText::tr("The daily LinkedIn API quota is used up. What was fetched is saved; the sync will resume "
                             "after 00:00 UTC.");
    case K::Server:
        return ErrorText::tr("LinkedIn had a server error (HTTP %1) for %2 and kept failing after several retries. Try "
                             "again later.")
            .arg(error.httpStatus)
            .arg(error.endpoint);
    case K::Cancelled:
        return ErrorText::tr("The sync was cancelled.");
    }
    return {};
}

QString describe(const CatalogError &error) {
    using K = CatalogError::Kind;
    switch (error.kind) {
    case K::None:
        return {};
    case K::CannotOpen:
        if (error.path.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive)) // a team catalog's URL
            return ErrorText::tr("Cannot open the catalog %1 on its PostgreSQL server: %2 Check the address, that "
                                 "the server runs, and the password (PGPASSWORD, ~/.pgpass or the keychain).")
                .arg(error.path, error.detail.trimmed());
        return ErrorText::tr("Cannot open the catalog %1: the folder does not exist or is not writable.")
            .arg(error.path);
    case K::Missing:
        return ErrorText::tr("There is no catalog at %1. Nothing was created.").arg(error.path);
    case K::NotADatabase:
        return ErrorText::tr(
                   "The file %1 is not a Pagesight catalog (it is damaged or not an SQLite database). Nothing "
                   "was changed.")
            .arg(error.path);
    case K::Locked:
        return ErrorText::tr("The catalog %1 is in use by another program. Close it and try again.").arg(error.path);
    case K::InvalidName:
        return ErrorText::tr(
                   "\"%1\" is not a valid table name: use letters, digits and underscores, starting with a letter "
                   "or underscore, at most 63 characters.")
            .arg(error.detail);
    case K::SchemaMismatch:
        return ErrorText::tr("The table %1 exists but has different columns. Choose another table name.")
            .arg(error.detail);
    case K::Query:
        return ErrorText::tr("The catalog could not be updated: %1").arg(error.detail);
    case K::Busy: {
        const QString startedAt = error.detail.section(QLatin1Char(' '), 0, 0);
        const QString pid = error.detail.section(QLatin1Char(' '), 1, 1);
        return ErrorText::tr("Another sync of %1 is running (started at %2 by process %3). Wait for it to finish, "
                             "or leave --no-wait out to wait for it.")
            .arg(error.path, startedAt.isEmpty() ? ErrorText::tr("an unknown time") : startedAt,
                 pid.isEmpty() ? QStringLiteral("?") : pid);
    }
    case K::ForeignFile:
        if (error.path.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive)) // a team catalog's URL
            return ErrorText::tr("The schema of %1 holds another application's tables, not a Pagesight catalog. It "
                                 "was left unchanged; choose another schema (…&schema=name).")
                .arg(error.path);
        return ErrorText::tr("The file %1 is not a Pagesight catalog: it is another application's database. It was "
                             "left unchanged; choose another file name for the catalog.")
            .arg(error.path);
    case K::NewerCatalog:
        return ErrorText::tr("The catalog %1 was written by a newer Pagesight (catalog version %2; this one knows up "
                             "to version %3). It was left unchanged; update Pagesight to open it.")
            .arg(error.path, error.detail.section(QLatin1Char(' '), 0, 0),
                 error.detail.section(QLatin1Char(' '), 1, 1));
    case K::ReadOnly:
        return ErrorText::tr(
                   "Only statements that read (SELECT, WITH) can run on this catalog; this one would change it: %1")
            .arg(error.detail);
    }
    return {};
}

QString describe(const InputError &error) {
    using K = InputError::Kind;
    switch (error.kind) {
    case K::None:
        return {};
    case K::OrganizationId:
        return ErrorText::tr("\"%1\" is not an organization ID. Enter the number from the page's admin URL "
                             "(linkedin.com/company/12345678/admin/), or a URN such as urn:li:organization:12345678.")
            .arg(error.value);
    case K::StartDate:
        return ErrorText::tr("\"%1\" is not a date. Use the form YYYY-MM-DD, for example 2026-01-31.").arg(error.value);
    case K::StartDateFuture:
        return ErrorText::tr("The start date %1 is in the future. Choose today or an earlier day.").arg(error.value);
    case K::TableName:
        return ErrorText::tr(
                   "\"%1\" is not a valid table name: use letters, digits and underscores, starting with a letter "
                   "or underscore, at most 63 characters.")
            .arg(error.value);
    case K::TableNameReserved:
        return ErrorText::tr("\"%1\" is reserved (names starting with _pagesight or sqlite_, and SQL keywords). Choose "
                             "another table name.")
            .arg(error.value);
    case K::TableNameDuplicate:
        return ErrorText::tr("Two streams would write to the table \"%1\". Give each stream its own table.")
            .arg(error.value);
    case K::TablePrefix:
        return ErrorText::tr(
                   "\"%1\" is not a valid table prefix: use letters, digits and underscores only, starting with a "
                   "letter or underscore.")
            .arg(error.value);
    case K::UnknownStream:
        return ErrorText::tr("\"%1\" is not a stream: pagesight sync --help lists them.").arg(error.value);
    case K::UnknownReport:
        return ErrorText::tr("\"%1\" is not a report. The reports are post-engagement, follower-growth and "
                             "visitor-demographics.")
            .arg(error.value);
    case K::MissingArgument:
        return ErrorText::tr("Missing %1.").arg(error.value);
    case K::UnknownArgument:
        return ErrorText::tr("Unknown argument \"%1\". See --help.").arg(error.value);
    case K::DuplicateArgument:
        return ErrorText::tr("The option %1 is given twice. Give it once.").arg(error.value);
    case K::ApiVersion:
        return ErrorText::tr("\"%1\" is not a LinkedIn API version: use YYYYMM, for example 202601.").arg(error.value);
    case K::ApiVersionFuture:
        return ErrorText::tr("LinkedIn-Version %1 is in the future: LinkedIn has not released it yet. Use this "
                             "month's version or an earlier one.")
            .arg(error.value);
    case K::BaseUrl:
        return ErrorText::tr("\"%1\" is not a URL: write it like https://api.linkedin.com/rest.").arg(error.value);
    case K::BaseUrlScheme:
        return ErrorText::tr("\"%1\" is a URL, but not an http or https one.").arg(error.value);
    case K::BaseUrlInsecure:
        return ErrorText::tr("\"%1\" would send the access token unencrypted: plain http is allowed only to this "
                             "computer (127.0.0.1, ::1, localhost). Use https.")
            .arg(error.value);
    case K::CatalogPath:
        return ErrorText::tr("Cannot write the catalog at %1: the folder does not exist or is not writable.")
            .arg(error.value);
    case K::CatalogFolderMissing:
        return ErrorText::tr("Cannot create the catalog %1: its folder does not exist.").arg(error.value);
    case K::CatalogNotWritable:
        return ErrorText::tr("Cannot write the catalog %1: the file or its folder is read-only.").arg(error.value);
    case K::InvalidToken:
        return ErrorText::tr("The access token contains invalid characters (spaces or control characters inside "
                             "it). Copy it again from LinkedIn.");
    case K::MissingToken:
        return ErrorText::tr(
            "No access token. Set LINKEDIN_ACCESS_TOKEN in the environment, or set the source up in the "
            "app so the token is in the keychain.");
    case K::NoStoredToken:
        return ErrorText::tr("No access token for this source was found in the keychain. Re-authorize the source.");
    case K::SampleServerDown:
        return ErrorText::tr("The sample data server could not be started.");
    case K::Description:
        return ErrorText::tr("The description is longer than 140 characters.");
    case K::RetentionDays:
        return ErrorText::tr("\"%1\" is not a retention period: give a whole number of days from 1 to 36500.")
            .arg(error.value);
    case K::ConflictingArguments:
        return ErrorText::tr("The options %1 cannot be used together; give one of them.").arg(error.value);
    case K::UnknownDashboard:
        return ErrorText::tr("\"%1\" is not a dashboard. Dashboards: follower-growth, post-engagement, "
                             "visitor-demographics, insights.")
            .arg(error.value);
    case K::OutputFile:
        return ErrorText::tr("\"%1\" does not end in .png, .pdf or .csv: name the file the format you want.")
            .arg(error.value);
    case K::Language:
        return ErrorText::tr("There is no translation for \"%1\". Languages: en, pt_BR.").arg(error.value);
    case K::TimeZone:
        return ErrorText::tr("\"%1\" is not a time zone: give an IANA name such as Europe/Berlin, or UTC.")
            .arg(error.value);
    case K::PublicCompanyUrl:
        return ErrorText::tr("\"%1\" is not one of the pages this sign-in administers, so its ID cannot be found "
                             "from its public address. Use the page's admin address "
                             "(linkedin.com/company/12345678/admin/) or its ID.")
            .arg(error.value);
    case K::CatalogUrl:
        return ErrorText::tr("\"%1\" is not a catalog on a PostgreSQL server: write it like "
                             "postgresql://user@host:5432/database, optionally with ?sslmode=require&schema=name (a "
                             "schema in lower-case letters, digits and underscores).")
            .arg(error.value);
    case K::CatalogUrlPassword:
        return ErrorText::tr("The catalog address %1 holds a password, which would then show in lists of running "
                             "programs and in logs. Leave it out: Pagesight takes it from PGPASSWORD, ~/.pgpass or "
                             "the keychain.")
            .arg(error.value);
    case K::DateRange:
        return ErrorText::tr("\"%1\" is not a period: give --from and --to as YYYY-MM-DD, the start on or before "
                             "the end.")
            .arg(error.value);
    case K::StreamTable:
        return ErrorText::tr("\"%1\" is not a stream table: no source writes it and its name ends with no stream's "
                             "name.")
            .arg(error.value);
    }
    return {};
}

QString describe(const AuthError &error) {
    using K = AuthError::Kind;
    const QString redirect = error.redirectUri.isEmpty()
                                 ? QStringLiteral("http://127.0.0.1:%1/").arg(linkedin::kLoopbackPort)
                                 : error.redirectUri;
    switch (error.kind) {
    case K::None:
        return {};
    case K::WrongClientSecret:
        return withLinkedInDescription(
            ErrorText::tr(
                "LinkedIn did not accept the Client ID and Client Secret. Copy the Primary Client Secret again from "
                "the Auth tab of your app in the LinkedIn Developer Portal. Leave it empty only if LinkedIn enabled "
                "PKCE for your app."),
            error);
    case K::RedirectMismatch:
        return withLinkedInDescription(
            ErrorText::tr(
                "LinkedIn would not finish the sign-in because the redirect URL does not match. On the Auth tab of "
                "your LinkedIn app, add exactly %1 as an authorized redirect URL, then sign in again. LinkedIn gives "
                "the same answer when PKCE is ticked but not enabled for the app.")
                .arg(redirect),
            error);
    case K::ScopeNotGranted:
        return withLinkedInDescription(
            ErrorText::tr(
                "LinkedIn did not grant the permissions Pagesight asked for. Add the Community Management API "
                "product to your LinkedIn app (Products tab) and ask only for the scopes it grants, such as "
                "rw_organization_admin and r_organization_social."),
            error);
    case K::CancelledInBrowser:
        return ErrorText::tr(
            "Sign-in was cancelled in the browser. Sign in again and choose Allow to let Pagesight read the "
            "page's data.");
    case K::StateMismatch:
        return ErrorText::tr(
            "An answer reached Pagesight that did not belong to the sign-in it started (the state did not "
            "match), so it was rejected and no token was requested. Sign in again.");
    case K::PortInUse:
        return ErrorText::tr(
                   "Pagesight cannot receive LinkedIn's answer: port %1 on this computer is in use by another "
                   "program. Close that program, or choose another port under Advanced and register the new "
                   "redirect URL (http://127.0.0.1:<port>/) in your LinkedIn app.")
            .arg(QUrl(redirect).port());
    case K::Timeout: {
        // Whole minutes, as the person thinks of the wait; a test's shorter timeout reads as one.
        const int minutes = std::max(1, (error.timeoutSeconds + 59) / 60);
        const QString wait =
            minutes == 1 ? ErrorText::tr("within a minute") : ErrorText::tr("within %1 minutes").arg(minutes);
        return ErrorText::tr(
                   "No answer came back from LinkedIn %1. If LinkedIn showed an error page, check the Client ID "
                   "and that %2 is registered as a redirect URL in your LinkedIn app, then sign in again.")
            .arg(wait, redirect);
    }
    case K::Cancelled:
        return ErrorText::tr("Sign-in was cancelled.");
    case K::Network:
        return ErrorText::tr(
            "Could not reach LinkedIn to finish signing in: the connection failed or was dropped. Check the "
            "network and sign in again.");
    case K::InvalidResponse:
        return ErrorText::tr("LinkedIn's answer to the sign-in could not be read (HTTP %1). Sign in again.")
            .arg(error.httpStatus);
    case K::Rejected:
        return withLinkedInDescription(ErrorText::tr("LinkedIn refused the sign-in (%1).")
                                           .arg(error.code.isEmpty() ? ErrorText::tr("no reason given") : error.code),
                                       error);
    }
    return {};
}

QString describe(const DataWarnings &warnings) {
    QStringList sentences;
    if (!warnings.unstorableNumbers.isEmpty()) {
        QStringList fields;
        int total = 0;
        for (auto it = warnings.unstorableNumbers.cbegin(); it != warnings.unstorableNumbers.cend(); ++it) {
            fields.append(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()));
            total += it.value();
        }
        sentences.append(ErrorText::tr("%n value(s) LinkedIn sent could not be stored as numbers and were left empty: "
                                       "%1.",
                                       nullptr, total)
                             .arg(fields.join(QStringLiteral(", "))));
    }
    if (warnings.postsWithUnreadableDates > 0)
        sentences.append(ErrorText::tr("%n post(s) came with dates that could not be read; they were stored with "
                                       "empty dates.",
                                       nullptr, warnings.postsWithUnreadableDates));
    if (warnings.repairedAnswers > 0)
        sentences.append(ErrorText::tr("%n answer(s) held text that was not valid UTF-8; the invalid bytes were "
                                       "replaced with U+FFFD and the rest kept.",
                                       nullptr, warnings.repairedAnswers));
    if (warnings.foreignPosts > 0)
        sentences.append(ErrorText::tr("%n post(s) by another author were left out.", nullptr, warnings.foreignPosts));
    if (warnings.strayStatistics > 0)
        sentences.append(ErrorText::tr("%n statistics row(s) for posts that were not asked for were left out.", nullptr,
                                       warnings.strayStatistics));
    if (warnings.strayDays > 0)
        sentences.append(ErrorText::tr("%n daily row(s) outside the days asked for, or with impossible dates, were "
                                       "left out.",
                                       nullptr, warnings.strayDays));
    return sentences.join(QLatin1Char(' '));
}

} // namespace pagesight
