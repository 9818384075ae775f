#include "SourceConfig.h"

#include <QHostAddress>

#include "catalog/Catalog.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace pagesight {

namespace {
QString syncTypeName(SyncType type) {
    return type == SyncType::FullTable ? QStringLiteral("FULL_TABLE") : QStringLiteral("INCREMENTAL");
}

QString triggerName(Trigger::Kind kind) {
    switch (kind) {
    case Trigger::Kind::Manual:
        return QStringLiteral("manual");
    case Trigger::Kind::EveryHours:
        return QStringLiteral("every_hours");
    case Trigger::Kind::Daily:
        return QStringLiteral("daily");
    case Trigger::Kind::Weekly:
        return QStringLiteral("weekly");
    }
    return QStringLiteral("manual");
}

Trigger::Kind triggerKind(const QString &name) {
    if (name == QLatin1String("every_hours"))
        return Trigger::Kind::EveryHours;
    if (name == QLatin1String("daily"))
        return Trigger::Kind::Daily;
    if (name == QLatin1String("weekly"))
        return Trigger::Kind::Weekly;
    return Trigger::Kind::Manual;
}
QString authMethodName(SourceConfig::AuthMethod method) {
    switch (method) {
    case SourceConfig::AuthMethod::OAuth:
        return QStringLiteral("oauth");
    case SourceConfig::AuthMethod::SampleData:
        return QStringLiteral("sample");
    case SourceConfig::AuthMethod::PastedToken:
        break;
    }
    return QStringLiteral("token");
}

SourceConfig::AuthMethod authMethodFromName(const QString &name) {
    if (name == QLatin1String("oauth"))
        return SourceConfig::AuthMethod::OAuth;
    if (name == QLatin1String("sample"))
        return SourceConfig::AuthMethod::SampleData;
    return SourceConfig::AuthMethod::PastedToken;
}
} // namespace

std::optional<qint64> parseOrganizationId(const QString &text) {
    const QString trimmed = text.trimmed();
    static const QRegularExpression plain(QStringLiteral("^\\d{1,19}$"));
    // Not urn:li:organizationBrand: a brand page has its own statistics endpoints, and its id turned
    // into urn:li:organization:N would name another entity.
    static const QRegularExpression urn(QStringLiteral("^urn:li:organization:(\\d{1,19})$"));
    static const QRegularExpression url(
        QStringLiteral("^(?:https?://)?(?:[a-z]{2,3}\\.)?linkedin\\.com/company/(\\d{1,19})(?:[/?#].*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    QString digits;
    if (plain.match(trimmed).hasMatch()) {
        digits = trimmed;
    } else if (const auto m = urn.match(trimmed); m.hasMatch()) {
        digits = m.captured(1);
    } else if (const auto m = url.match(trimmed); m.hasMatch()) {
        digits = m.captured(1);
    } else {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<QString> parseCompanyVanityName(const QString &text) {
    // linkedin.com/company/<name>/ with a name that is not all digits (those are parseOrganizationId's).
    static const QRegularExpression url(
        QStringLiteral(
            "^(?:https?://)?(?:[a-z]{2,3}\\.)?linkedin\\.com/company/([A-Za-z0-9][A-Za-z0-9._~%-]*)(?:[/?#].*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = url.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString name = QUrl::fromPercentEncoding(match.captured(1).toUtf8()).toLower();
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (digits.match(name).hasMatch())
        return std::nullopt;
    return name;
}

bool isValidApiVersion(const QString &version) {
    static const QRegularExpression pattern(QStringLiteral("^20\\d\\d(0[1-9]|1[0-2])(\\.\\d\\d)?$"));
    return pattern.match(version).hasMatch();
}

InputError checkBaseUrl(const QUrl &url, const QString &asTyped) {
    const QString text = asTyped.isEmpty() ? url.toString() : asTyped;
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {InputError::Kind::BaseUrl, text};
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return {InputError::Kind::BaseUrlScheme, text};
    // The access token travels in a header: unencrypted only to this computer (the sandbox, a test).
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (url.scheme() == QLatin1String("http") && !loopback)
        return {InputError::Kind::BaseUrlInsecure, text};
    return {};
}

bool isValidBaseUrl(const QUrl &url) {
    return !checkBaseUrl(url).isError();
}

bool isFutureApiVersion(const QString &version, const QDate &todayUtc) {
    const int month = version.left(6).toInt();
    return month > todayUtc.year() * 100 + todayUtc.month();
}

QList<StreamSelection> defaultStreamSelections(const QString &tablePrefix) {
    QList<StreamSelection> selections;
    for (const StreamDef &stream : allStreams())
        selections.append({stream.id, tablePrefix + stream.defaultTable(), SyncType::Incremental});
    return selections;
}

QString SourceConfig::organizationUrn() const {
    return QStringLiteral("urn:li:organization:%1").arg(organizationId);
}

const StreamSelection *SourceConfig::selection(const QString &streamId) const {
    for (const StreamSelection &s : streams)
        if (s.streamId == streamId)
            return &s;
    return nullptr;
}

InputError SourceConfig::validate(const QDate &todayUtc) const {
    if (organizationId <= 0)
        return {InputError::Kind::OrganizationId, QString::number(organizationId)};
    if (!startDate.isValid())
        return {InputError::Kind::StartDate, QString()};
    if (startDate > todayUtc)
        return {InputError::Kind::StartDateFuture, startDate.toString(Qt::ISODate)};
    if (description.size() > 140)
        return {InputError::Kind::Description, description};
    if (!isValidApiVersion(apiVersion))
        return {InputError::Kind::ApiVersion, apiVersion};
    if (isFutureApiVersion(apiVersion, todayUtc))
        return {InputError::Kind::ApiVersionFuture, apiVersion};
    for (const QUrl &url : {apiBaseUrl, oauthBaseUrl})
        if (const InputError error = checkBaseUrl(url); error.isError())
            return error;
    if (streams.isEmpty())
        return {InputError::Kind::MissingArgument, QStringLiteral("streams")};
    QSet<QString> tables;
    for (const StreamSelection &s : streams) {
        if (!findStream(s.streamId))
            return {InputError::Kind::UnknownStream, s.streamId};
        if (const InputError e = Catalog::validateTableName(s.tableName); e.isError())
            return e;
        if (tables.contains(s.tableName.toLower()))
            return {InputError::Kind::TableNameDuplicate, s.tableName};
        tables.insert(s.tableName.toLower());
    }
    return {};
}

QJsonObject SourceConfig::toJson() const {
    QJsonArray streamArray;
    for (const StreamSelection &s : streams)
        streamArray.append(QJsonObject{{QStringLiteral("stream"), s.streamId},
                                       {QStringLiteral("table"), s.tableName},
                                       {QStringLiteral("sync_type"), syncTypeName(s.syncType)}});
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("description"), description},
        {QStringLiteral("organization_id"), QString::number(organizationId)},
        {QStringLiteral("organization_name"), organizationName},
        {QStringLiteral("start_date"), startDate.toString(Qt::ISODate)},
        {QStringLiteral("streams"), streamArray},
        {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("kind"), triggerName(trigger.kind)},
                                                {QStringLiteral("every_hours"), trigger.everyHours},
                                                {QStringLiteral("at"), trigger.at.toString(QStringLiteral("HH:mm"))},
                                                {QStringLiteral("weekday"), trigger.weekday},
                                                {QStringLiteral("full_sync_every_days"), trigger.fullSyncEveryDays}}},
        {QStringLiteral("api_base_url"), apiBaseUrl.toString()},
        {QStringLiteral("oauth_base_url"), oauthBaseUrl.toString()},
        {QStringLiteral("api_version"), apiVersion},
        {QStringLiteral("follow_api_version"), followApiVersion},
        {QStringLiteral("loopback_port"), int(loopbackPort)},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("lookback_days"), lookbackDays},
        {QStringLiteral("post_statistics_refresh_days"), postStatisticsRefreshDays},
        {QStringLiteral("auth_method"), authMethodName(authMethod)},
        {QStringLiteral("scopes"), scopes},
        {QStringLiteral("use_pkce"), usePkce},
        {QStringLiteral("access_token_expires_at"), accessTokenExpiresAt.toString(Qt::ISODate)},
        {QStringLiteral("refresh_token_expires_at"), refreshTokenExpiresAt.toString(Qt::ISODate)},
        {QStringLiteral("needs_reauthorization"), needsReauthorization},
        {QStringLiteral("last_full_sync_at"), lastFullSyncAt.toString(Qt::ISODate)},
    };
}

std::optional<SourceConfig> SourceConfig::fromJson(const QJsonObject &json) {
    SourceConfig config;
    config.id = json.value(QLatin1String("id")).toString();
    config.description = json.value(QLatin1String("description")).toString();
    const QJsonValue organizationId = json.value(QLatin1String("organization_id"));
    config.organizationId =
        organizationId.isString() ? organizationId.toString().toLongLong() : organizationId.toInteger();
    config.organizationName = json.value(QLatin1String("organization_name")).toString();
    config.startDate = QDate::fromString(json.value(QLatin1String("start_date")).toString(), Qt::ISODate);
    for (const QJsonValue &value : json.value(QLatin1String("streams")).toArray()) {
        const QJsonObject s = value.toObject();
        config.streams.append({s.value(QLatin1String("stream")).toString(), s.value(QLatin1String("table")).toString(),
                               s.value(QLatin1String("sync_type")).toString() == QLatin1String("FULL_TABLE")
                                   ? SyncType::FullTable
                                   : SyncType::Incremental});
    }
    const QJsonObject trigger = json.value(QLatin1String("trigger")).toObject();
    config.trigger.kind = triggerKind(trigger.value(QLatin1String("kind")).toString());
    config.trigger.everyHours = trigger.value(QLatin1String("every_hours")).toInt(24);
    if (const QTime at = QTime::fromString(trigger.value(QLatin1String("at")).toString(), QStringLiteral("HH:mm"));
        at.isValid())
        config.trigger.at = at; // else the default, like every other field
    config.trigger.weekday = trigger.value(QLatin1String("weekday")).toInt(1);
    config.trigger.fullSyncEveryDays = trigger.value(QLatin1String("full_sync_every_days")).toInt();
    config.apiBaseUrl = QUrl(json.value(QLatin1String("api_base_url")).toString(QString::fromLatin1(defaultApiBase)));
    config.oauthBaseUrl =
        QUrl(json.value(QLatin1String("oauth_base_url")).toString(QString::fromLatin1(defaultOAuthBase)));
    config.apiVersion = json.value(QLatin1String("api_version")).toString(QString::fromLatin1(defaultApiVersion));
    config.followApiVersion = json.value(QLatin1String("follow_api_version")).toBool(true);
    config.loopbackPort = quint16(json.value(QLatin1String("loopback_port")).toInt(linkedin::kLoopbackPort));
    config.clientId = json.value(QLatin1String("client_id")).toString();
    config.lookbackDays = json.value(QLatin1String("lookback_days")).toInt(linkedin::kLookbackDays);
    // Sources saved before 0.2 stored the old default of 3 days, which no screen let anyone change;
    // LinkedIn revises recent days for longer than that.
    if (config.lookbackDays == 3)
        config.lookbackDays = linkedin::kLookbackDays;
    config.postStatisticsRefreshDays = json.value(QLatin1String("post_statistics_refresh_days")).toInt(90);
    config.authMethod = authMethodFromName(json.value(QLatin1String("auth_method")).toString());
    config.scopes = json.value(QLatin1String("scopes")).toString(config.scopes);
    config.usePkce = json.value(QLatin1String("use_pkce")).toBool();
    config.accessTokenExpiresAt =
        QDateTime::fromString(json.value(QLatin1String("access_token_expires_at")).toString(), Qt::ISODate);
    config.refreshTokenExpiresAt =
        QDateTime::fromString(json.value(QLatin1String("refresh_token_expires_at")).toString(), Qt::ISODate);
    config.needsReauthorization = json.value(QLatin1String("needs_reauthorization")).toBool();
    config.lastFullSyncAt =
        QDateTime::fromString(json.value(QLatin1String("last_full_sync_at")).toString(), Qt::ISODate);
    if (config.organizationId <= 0)
        return std::nullopt;
    return config;
}

ClientOptions SourceConfig::clientOptions(const Clock *clock, ClientOptions base) const {
    base.apiBase = apiBaseUrl;
    base.apiVersion = apiVersion;
    base.followCurrentVersion = followApiVersion;
    base.clock = clock;
    return base;
}

} // namespace pagesight
