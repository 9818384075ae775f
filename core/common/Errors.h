#pragma once

#include <QMap>
#include <QObject>
#include <QString>

#include <chrono>

namespace pagesight {

// Errors are values. Each module reports what went wrong as one of these structs; ErrorText.cpp
// is the one place that turns them into translated sentences a person can act on.

struct ApiError {
    Q_GADGET // for Q_ENUM: the run history stores kinds by name (RunMessage)
        public : enum class Kind {
            None,
            Network,         // connection refused, reset, dropped mid-body, DNS
            Timeout,         // no reply within the per-request timeout
            InvalidResponse, // truncated or invalid JSON, unexpected shape
            EndlessPaging,   // pages that bring nothing new, or more pages than the listing can have
            Redirected,      // a 3xx: LinkedIn's API never redirects, and a token never follows one
            TooLarge,        // an answer larger than any real one (the client's cap)
            RunTooLong,      // the whole sync passed its time limit and was stopped
            BadRequest,      // 400 (LinkedIn's message kept in serverMessage)
            Unauthorized,    // 401 after the one refresh attempt
            Forbidden,       // 403: scope or page role missing
            NotFound,        // 404
            VersionInactive, // 426: LinkedIn-Version no longer active
            RateLimited,     // 429 that did not clear after retries
            QuotaExhausted,  // 429 for the daily quota: resume after 00:00 UTC
            Server,          // 5xx after retries
            Cancelled,       // the run was cancelled
        };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0;
    int serviceErrorCode = 0;
    QString code;          // LinkedIn's "code", e.g. REVOKED_ACCESS_TOKEN
    QString serverMessage; // LinkedIn's "message", untranslated, never contains a token
    QString endpoint;      // the resource path, e.g. "organizationalEntityFollowerStatistics"
    QString apiVersion;    // the LinkedIn-Version that was sent (for 426)
    int versionsTried = 0; // 426: other versions tried after it; 0 when the version is pinned
    QString redirectHost;  // Redirected: where the answer pointed (not followed)

    bool isError() const { return kind != Kind::None; }
    // Whether a later run may succeed without the user changing anything.
    bool isTransient() const {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server || kind == Kind::RateLimited ||
               kind == Kind::QuotaExhausted || kind == Kind::InvalidResponse;
    }
};

// What a sync could not keep as LinkedIn sent it, counted so that the run says so instead of
// staying silent. The rows themselves are kept wherever they can be.
struct DataWarnings {
    QMap<QString, int> unstorableNumbers; // column → values stored as NULL (2^63, 1e308, "NaN", …)
    int postsWithUnreadableDates = 0;     // stored, with NULL dates
    int foreignPosts = 0;                 // posts by another author: not stored
    int strayStatistics = 0;              // per-post statistics nobody asked for: not stored
    int strayDays = 0;                    // DAY rows outside the window or impossible: not stored
    int repairedAnswers = 0;              // answers whose invalid UTF-8 became U+FFFD
    bool isEmpty() const {
        return unstorableNumbers.isEmpty() && postsWithUnreadableDates == 0 && foreignPosts == 0 &&
               strayStatistics == 0 && strayDays == 0 && repairedAnswers == 0;
    }
};

struct CatalogError {
    Q_GADGET
public:
    enum class Kind {
        None,
        CannotOpen,   // path not writable, directory missing
        NotADatabase, // corrupt or not SQLite
        Locked,       // another writer holds the lock
        InvalidName,  // table name fails the identifier rules
        SchemaMismatch,
        Query, // a statement failed
        ReadOnly,
        Busy,         // another sync holds the catalog (detail: "<started at> <pid>")
        ForeignFile,  // an SQLite file of another application: left unchanged
        NewerCatalog, // written by a newer Pagesight (detail: its catalog version)
        Missing,      // no file at path, where a command needs an existing catalog (none is created)
    };
    Q_ENUM(Kind)
    Kind kind = Kind::None;
    QString detail; // driver text or the offending name
    QString path;

    bool isError() const { return kind != Kind::None; }
};

struct InputError {
    enum class Kind {
        None,
        OrganizationId,  // not a number, URN or admin URL
        StartDate,       // not YYYY-MM-DD
        StartDateFuture, // after today
        TableName,       // identifier rules
        TableNameReserved,
        TableNameDuplicate,
        TablePrefix,
        UnknownStream,
        UnknownReport,
        MissingArgument,
        UnknownArgument,
        DuplicateArgument,
        ApiVersion,
        ApiVersionFuture, // a LinkedIn-Version after the current month: not released yet
        BaseUrl,          // not a URL at all
        BaseUrlScheme,    // a URL, but not http or https
        BaseUrlInsecure,  // plain http to a host that is not this computer
        CatalogPath,
        CatalogFolderMissing,
        CatalogNotWritable,
        MissingToken,
        NoStoredToken,    // a source without an access token in the keychain (value: its description)
        SampleServerDown, // the sample data's server could not be started
        InvalidToken,     // control characters or spaces inside: never echoed
        Description,
        RetentionDays,        // not a whole number of days from 1 to RetentionRule::kMaxDays
        StreamTable,          // a table no stream writes
        ConflictingArguments, // two options that cannot go together (value: "--a and --b")
        UnknownDashboard,     // render: not one of the dashboards
        OutputFile,           // render: a file name that ends in none of .png, .pdf, .csv
        Language,             // no translation for it (value: the code)
        TimeZone,             // not an IANA zone id
        DateRange,          // a period that ends before it starts, or a date that is not YYYY-MM-DD (value: the dates)
        PublicCompanyUrl,   // linkedin.com/company/<name>/ of no page the sign-in administers (value: the name)
        CatalogUrl,         // a postgresql:// catalog URL that names no server, database or schema
        CatalogUrlPassword, // a catalog URL with a password in it (value: the URL without it)
    };
    Kind kind = Kind::None;
    QString value; // the offending text

    bool isError() const { return kind != Kind::None; }
};

// What went wrong while signing in with LinkedIn (core/auth/OAuthFlow). LinkedIn's own error
// code and description are kept, untranslated, for the sentence and for support.
struct AuthError {
    enum class Kind {
        None,
        WrongClientSecret,  // token endpoint: 401 invalid_client
        RedirectMismatch,   // token endpoint: invalid_redirect_uri (redirect URL, PKCE verifier or expired code)
        ScopeNotGranted,    // invalid_scope / unauthorized_scope_error: scope or the product is missing
        CancelledInBrowser, // user_cancelled_login, user_cancelled_authorize
        StateMismatch,      // a callback whose state is not the one sent: possibly forged
        PortInUse,          // the loopback port could not be opened
        Timeout,            // no callback (or no token) in time
        Cancelled,          // cancelled in Pagesight
        Network,            // the token endpoint could not be reached
        InvalidResponse,    // the token endpoint answered something without an access token
        Rejected,           // any other LinkedIn error (code and description kept)
    };
    Kind kind = Kind::None;
    QString code;        // LinkedIn's "error", e.g. invalid_client
    QString description; // LinkedIn's "error_description", untranslated; never contains a secret
    QString redirectUri; // the exact redirect URL that must be registered, http://127.0.0.1:<port>/
    int httpStatus = 0;
    int timeoutSeconds = 0;

    bool isError() const { return kind != Kind::None; }
};

// One translated sentence for each error value.
QString describe(const ApiError &error);
QString describe(const CatalogError &error);
QString describe(const InputError &error);
QString describe(const AuthError &error);
QString describe(const DataWarnings &warnings); // empty when there is nothing to say

} // namespace pagesight
