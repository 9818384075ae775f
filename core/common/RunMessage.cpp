#include "RunMessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

#include <algorithm>
#include <climits>

namespace pagesight {

namespace {
class RunMessageText {
    Q_DECLARE_TR_FUNCTIONS(RunMessage)
};

using Code = RunMessage::Code;

// The stored names. They are part of the catalog's format: never rename one.
constexpr std::pair<Code, const char *> kCodeNames[] = {
    {Code::Api, "api"},
    {Code::Catalog, "catalog"},
    {Code::Warnings, "warnings"},
    {Code::Synced, "synced"},
    {Code::WarnedStreams, "warned_streams"},
    {Code::LeftoverStaging, "leftover_staging"},
    {Code::VersionReplaced, "version_replaced"},
};

QString codeName(Code code) {
    for (const auto &[value, name] : kCodeNames)
        if (value == code)
            return QLatin1String(name);
    return {};
}

std::optional<Code> codeFrom(const QString &name) {
    for (const auto &[value, text] : kCodeNames)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

template<typename Enum> QString kindName(Enum kind) {
    return QLatin1String(QMetaEnum::fromType<Enum>().valueToKey(int(kind)));
}

template<typename Enum> std::optional<Enum> kindFrom(const QJsonValue &name) {
    bool ok = false;
    const int value = QMetaEnum::fromType<Enum>().keyToValue(name.toString().toLatin1().constData(), &ok);
    return ok ? std::optional<Enum>(Enum(value)) : std::nullopt;
}

QJsonObject apiJson(const ApiError &error) {
    QJsonObject json{{QStringLiteral("kind"), kindName(error.kind)}};
    const auto put = [&json](const char *key, const QJsonValue &value, bool present) {
        if (present)
            json.insert(QLatin1String(key), value);
    };
    put("http_status", error.httpStatus, error.httpStatus != 0);
    put("service_error_code", error.serviceErrorCode, error.serviceErrorCode != 0);
    put("linkedin_code", error.code, !error.code.isEmpty());
    put("server_message", error.serverMessage, !error.serverMessage.isEmpty());
    put("endpoint", error.endpoint, !error.endpoint.isEmpty());
    put("api_version", error.apiVersion, !error.apiVersion.isEmpty());
    put("versions_tried", error.versionsTried, error.versionsTried != 0);
    put("redirect_host", error.redirectHost, !error.redirectHost.isEmpty());
    return json;
}

std::optional<ApiError> apiFrom(const QJsonObject &json) {
    const std::optional<ApiError::Kind> kind = kindFrom<ApiError::Kind>(json.value(QLatin1String("kind")));
    if (!kind)
        return std::nullopt;
    ApiError error{*kind};
    error.httpStatus = json.value(QLatin1String("http_status")).toInt();
    error.serviceErrorCode = json.value(QLatin1String("service_error_code")).toInt();
    error.code = json.value(QLatin1String("linkedin_code")).toString();
    error.serverMessage = json.value(QLatin1String("server_message")).toString();
    error.endpoint = json.value(QLatin1String("endpoint")).toString();
    error.apiVersion = json.value(QLatin1String("api_version")).toString();
    error.versionsTried = json.value(QLatin1String("versions_tried")).toInt();
    error.redirectHost = json.value(QLatin1String("redirect_host")).toString();
    return error;
}

QJsonObject catalogJson(const CatalogError &error) {
    QJsonObject json{{QStringLiteral("kind"), kindName(error.kind)}};
    if (!error.detail.isEmpty())
        json.insert(QLatin1String("detail"), error.detail);
    if (!error.path.isEmpty())
        json.insert(QLatin1String("path"), error.path);
    return json;
}

std::optional<CatalogError> catalogFrom(const QJsonObject &json) {
    const std::optional<CatalogError::Kind> kind = kindFrom<CatalogError::Kind>(json.value(QLatin1String("kind")));
    if (!kind)
        return std::nullopt;
    return CatalogError{*kind, json.value(QLatin1String("detail")).toString(),
                        json.value(QLatin1String("path")).toString()};
}

// DataWarnings' counters by their stored names.
constexpr std::pair<const char *, int DataWarnings::*> kWarningCounts[] = {
    {"posts_with_unreadable_dates", &DataWarnings::postsWithUnreadableDates},
    {"foreign_posts", &DataWarnings::foreignPosts},
    {"stray_statistics", &DataWarnings::strayStatistics},
    {"stray_days", &DataWarnings::strayDays},
    {"repaired_answers", &DataWarnings::repairedAnswers},
};

QJsonObject warningsJson(const DataWarnings &warnings) {
    QJsonObject json;
    for (const auto &[name, member] : kWarningCounts)
        if (warnings.*member != 0)
            json.insert(QLatin1String(name), warnings.*member);
    if (!warnings.unstorableNumbers.isEmpty()) {
        QJsonObject numbers;
        for (auto it = warnings.unstorableNumbers.cbegin(); it != warnings.unstorableNumbers.cend(); ++it)
            numbers.insert(it.key(), it.value());
        json.insert(QLatin1String("unstorable_numbers"), numbers);
    }
    return json;
}

DataWarnings warningsFrom(const QJsonObject &json) {
    DataWarnings warnings;
    for (const auto &[name, member] : kWarningCounts)
        warnings.*member = json.value(QLatin1String(name)).toInt();
    const QJsonObject numbers = json.value(QLatin1String("unstorable_numbers")).toObject();
    for (auto it = numbers.begin(); it != numbers.end(); ++it)
        warnings.unstorableNumbers.insert(it.key(), it.value().toInt());
    return warnings;
}

int countArgument(qint64 count) {
    return int(std::clamp<qint64>(count, 0, INT_MAX));
}

QString partText(const RunMessage::Part &part) {
    switch (part.code) {
    case Code::Api:
        return describe(part.api);
    case Code::Catalog:
        return describe(part.catalog);
    case Code::Warnings:
        return describe(part.warnings);
    case Code::Synced:
        return RunMessageText::tr("Synced %n row(s).", nullptr, countArgument(part.count));
    case Code::WarnedStreams:
        return RunMessageText::tr("Some of what LinkedIn sent could not be kept as sent: the streams say what.");
    case Code::LeftoverStaging:
        return RunMessageText::tr("Removed %n staging table(s) an interrupted sync had left behind.", nullptr,
                                  countArgument(part.count));
    case Code::VersionReplaced:
        return RunMessageText::tr("LinkedIn no longer serves API version %1; this run used %2, and the source uses it "
                                  "from now on.")
            .arg(part.refusedVersion, part.usedVersion);
    }
    return {};
}
} // namespace

void RunMessage::add(const ApiError &error) {
    Part part{Code::Api};
    part.api = error;
    m_parts.append(part);
}

void RunMessage::add(const CatalogError &error) {
    Part part{Code::Catalog};
    part.catalog = error;
    m_parts.append(part);
}

void RunMessage::add(const DataWarnings &warnings) {
    if (warnings.isEmpty())
        return;
    Part part{Code::Warnings};
    part.warnings = warnings;
    m_parts.append(part);
}

void RunMessage::addSynced(qint64 rows) {
    Part part{Code::Synced};
    part.count = rows;
    m_parts.append(part);
}

void RunMessage::addWarnedStreams() {
    m_parts.append(Part{Code::WarnedStreams});
}

void RunMessage::addLeftoverStaging(int tables) {
    Part part{Code::LeftoverStaging};
    part.count = tables;
    m_parts.append(part);
}

void RunMessage::addVersionReplaced(const QString &refused, const QString &used) {
    Part part{Code::VersionReplaced};
    part.refusedVersion = refused;
    part.usedVersion = used;
    m_parts.append(part);
}

QString RunMessage::text() const {
    QStringList sentences;
    for (const Part &part : m_parts)
        if (const QString sentence = partText(part); !sentence.isEmpty())
            sentences.append(sentence);
    return sentences.join(QLatin1Char(' '));
}

QByteArray RunMessage::toJson() const {
    QJsonArray parts;
    for (const Part &part : m_parts) {
        QJsonObject json{{QStringLiteral("code"), codeName(part.code)}};
        switch (part.code) {
        case Code::Api:
            json.insert(QLatin1String("error"), apiJson(part.api));
            break;
        case Code::Catalog:
            json.insert(QLatin1String("error"), catalogJson(part.catalog));
            break;
        case Code::Warnings:
            json.insert(QLatin1String("warnings"), warningsJson(part.warnings));
            break;
        case Code::Synced:
        case Code::LeftoverStaging:
            json.insert(QLatin1String("count"), part.count);
            break;
        case Code::WarnedStreams:
            break;
        case Code::VersionReplaced:
            json.insert(QLatin1String("refused"), part.refusedVersion);
            json.insert(QLatin1String("used"), part.usedVersion);
            break;
        }
        parts.append(json);
    }
    return QJsonDocument(parts).toJson(QJsonDocument::Compact);
}

std::optional<RunMessage> RunMessage::fromJson(const QByteArray &json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    RunMessage message;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject json = value.toObject();
        const std::optional<Code> code = codeFrom(json.value(QLatin1String("code")).toString());
        if (!code)
            return std::nullopt;
        Part part{*code};
        switch (*code) {
        case Code::Api: {
            const std::optional<ApiError> error = apiFrom(json.value(QLatin1String("error")).toObject());
            if (!error)
                return std::nullopt;
            part.api = *error;
            break;
        }
        case Code::Catalog: {
            const std::optional<CatalogError> error = catalogFrom(json.value(QLatin1String("error")).toObject());
            if (!error)
                return std::nullopt;
            part.catalog = *error;
            break;
        }
        case Code::Warnings:
            part.warnings = warningsFrom(json.value(QLatin1String("warnings")).toObject());
            break;
        case Code::Synced:
        case Code::LeftoverStaging:
            part.count = json.value(QLatin1String("count")).toInteger();
            break;
        case Code::WarnedStreams:
            break;
        case Code::VersionReplaced:
            part.refusedVersion = json.value(QLatin1String("refused")).toString();
            part.usedVersion = json.value(QLatin1String("used")).toString();
            break;
        }
        message.m_parts.append(part);
    }
    return message;
}

QString RunMessage::textOf(const QByteArray &json, const QString &storedText) {
    if (json.isEmpty())
        return storedText;
    const std::optional<RunMessage> message = fromJson(json);
    return message ? message->text() : storedText;
}

} // namespace pagesight
