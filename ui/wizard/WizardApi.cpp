#include "WizardApi.h"

#include "app/SampleData.h"

#include <QJsonArray>

namespace pagesight {

WizardApiTarget apiTargetFor(const WizardState &state) {
    WizardApiTarget target;
    target.network = state.services.network;
    target.apiBase = state.source.apiBaseUrl;
    target.apiVersion = state.source.apiVersion;
    target.accessToken = state.secrets.accessToken;
    if (state.source.authMethod == SourceConfig::AuthMethod::SampleData && state.services.sampleData) {
        // The sample server's port changes from one start of the app to the next.
        if (state.services.sampleData->ensureRunning()) {
            target.apiBase = state.services.sampleData->apiBaseUrl();
            if (target.accessToken.isEmpty())
                target.accessToken = state.services.sampleData->accessToken();
        }
    }
    return target;
}

QCoro::Task<ApiResponse> wizardGet(WizardApiTarget target, ApiRequest request) {
    StaticTokenProvider tokens(target.accessToken);
    LinkedInClient client(target.network, &tokens, ClientOptions::interactive(target.apiBase, target.apiVersion));
    co_return co_await client.get(std::move(request));
}

QString organizationNameIn(const QJsonObject &organization) {
    const QString localized = organization.value(QLatin1String("localizedName")).toString();
    if (!localized.isEmpty())
        return localized;
    // name: {"localized": {"en_US": "…"}, "preferredLocale": {…}}: any localization will do.
    const QJsonObject localizations =
        organization.value(QLatin1String("name")).toObject().value(QLatin1String("localized")).toObject();
    for (auto it = localizations.begin(); it != localizations.end(); ++it)
        if (const QString name = it.value().toString(); !name.isEmpty())
            return name;
    return organization.value(QLatin1String("vanityName")).toString();
}

QList<qint64> administeredOrganizationIds(const QJsonObject &acls) {
    QList<qint64> ids;
    for (const QJsonValue &element : acls.value(QLatin1String("elements")).toArray()) {
        const QString urn = element.toObject().value(QLatin1String("organization")).toString();
        if (const std::optional<qint64> id = parseOrganizationId(urn); id && !ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

} // namespace pagesight
