#include "Credentials.h"

#include "SampleData.h"
#include "source/SourceRepository.h"

namespace pagesight {

Credentials credentialsFor(const SourceConfig &source, const SourceSecrets &secrets, SampleData *sampleData) {
    Credentials credentials;
    if (source.authMethod == SourceConfig::AuthMethod::SampleData) {
        if (!sampleData || !sampleData->ensureRunning()) {
            credentials.error = {InputError::Kind::SampleServerDown, {}};
            return credentials;
        }
        credentials.source = sampleData->resolved(source);
        credentials.tokens.accessToken = sampleData->accessToken();
        credentials.sample = true;
        return credentials;
    }
    if (secrets.accessToken.trimmed().isEmpty()) {
        credentials.error = {InputError::Kind::NoStoredToken, source.description};
        return credentials;
    }
    credentials.source = source;
    credentials.tokens.accessToken = secrets.accessToken.trimmed();
    credentials.tokens.refreshToken = secrets.refreshToken;
    credentials.tokens.accessExpiresAt = source.accessTokenExpiresAt;
    credentials.tokens.refreshExpiresAt = source.refreshTokenExpiresAt;
    credentials.clientSecret = secrets.clientSecret;
    return credentials;
}

std::unique_ptr<TokenProvider> tokenProviderFor(const Credentials &credentials, QNetworkAccessManager *network,
                                                TokenStore *store) {
    if (credentials.sample)
        return std::make_unique<StaticTokenProvider>(credentials.tokens.accessToken);
    return std::make_unique<RefreshingTokenProvider>(network, store, credentials.source.id,
                                                     credentials.source.oauthBaseUrl, credentials.source.clientId,
                                                     credentials.clientSecret, credentials.tokens);
}

} // namespace pagesight
