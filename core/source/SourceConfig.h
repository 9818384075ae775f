#pragma once

#include "api/LinkedInClient.h"
#include "common/Errors.h"
#include "common/LinkedInDefaults.h"
#include "streams/StreamDef.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTime>
#include <QUrl>

#include <optional>

namespace pagesight {

struct StreamSelection {
    QString streamId;
    QString tableName;
    SyncType syncType = SyncType::Incremental;
};

struct Trigger {
    enum class Kind { Manual, EveryHours, Daily, Weekly };
    Kind kind = Kind::Manual;
    int everyHours = 24;
    QTime at = QTime(6, 0);
    int weekday = 1;           // Qt::Monday
    int fullSyncEveryDays = 0; // 0 = no periodic full sync on top of incremental runs
};

// A source as the wizard and the CLI set it up: a value type, no secrets (those live in the
// keychain under keys derived from id).
struct SourceConfig {
    static constexpr auto defaultApiBase = linkedin::kApiBase;
    static constexpr auto defaultOAuthBase = linkedin::kOAuthBase;
    static constexpr auto defaultApiVersion = linkedin::kApiVersion;

    QString id; // stable, e.g. a UUID without braces
    QString description;
    qint64 organizationId = 0;
    QString organizationName;
    QDate startDate;
    QList<StreamSelection> streams;
    Trigger trigger;
    QUrl apiBaseUrl = QUrl(QString::fromLatin1(defaultApiBase));
    QUrl oauthBaseUrl = QUrl(QString::fromLatin1(defaultOAuthBase));
    QString apiVersion = QString::fromLatin1(defaultApiVersion);
    // Follow LinkedIn's current version: after a 426 the sync moves apiVersion to the newest
    // version LinkedIn accepts. Off: the version is pinned, and a 426 stops with a warning.
    bool followApiVersion = true;
    quint16 loopbackPort = linkedin::kLoopbackPort;
    QString clientId; // not a secret
    int lookbackDays = linkedin::kLookbackDays;
    int postStatisticsRefreshDays = 90;

    // How the source was authorized, and what is known of its tokens (the tokens themselves are in
    // the keychain).
    enum class AuthMethod { PastedToken, OAuth, SampleData };
    AuthMethod authMethod = AuthMethod::PastedToken;
    QString scopes = QStringLiteral("rw_organization_admin r_organization_social");
    bool usePkce = false;
    QDateTime accessTokenExpiresAt;    // invalid = unknown
    QDateTime refreshTokenExpiresAt;   // invalid = none or unknown
    bool needsReauthorization = false; // LinkedIn rejected the token on the last run
    // When the last periodic full sync (Trigger::fullSyncEveryDays) succeeded; invalid = never. Kept
    // here rather than derived from the run history, which does not record a run's sync type.
    QDateTime lastFullSyncAt;

    QString organizationUrn() const;
    const StreamSelection *selection(const QString &streamId) const;
    // The one way a client for this source is configured (sync, label refresh): base's timeouts and
    // retries, with this source's API base, LinkedIn-Version and version policy.
    ClientOptions clientOptions(const Clock *clock, ClientOptions base = {}) const;

    // Every rule the wizard and the CLI enforce; the first problem found.
    InputError validate(const QDate &todayUtc) const;

    QJsonObject toJson() const;
    static std::optional<SourceConfig> fromJson(const QJsonObject &json);
};

// Accepts 12345678, urn:li:organization:12345678 or an admin URL
// (https://www.linkedin.com/company/12345678/admin/…). Anything else: nullopt.
std::optional<qint64> parseOrganizationId(const QString &text);
// The page name of a public company URL ("linkedin.com/company/acme-analitica/" → "acme-analitica",
// lower case): LinkedIn's vanityName, which only an organization lookup turns into an id.
std::optional<QString> parseCompanyVanityName(const QString &text);
// YYYYMM or YYYYMM.RR
bool isValidApiVersion(const QString &version);
// An http or https URL with a host (the API and OAuth bases); plain http only to this computer.
// asTyped: the text to name in the error (defaults to the URL's own).
InputError checkBaseUrl(const QUrl &url, const QString &asTyped = {});
bool isValidBaseUrl(const QUrl &url);
// A LinkedIn-Version after the current month (LinkedIn has not released it).
bool isFutureApiVersion(const QString &version, const QDate &todayUtc);
// The default streams: all five, default table names (with prefix), INCREMENTAL.
QList<StreamSelection> defaultStreamSelections(const QString &tablePrefix = {});

} // namespace pagesight
