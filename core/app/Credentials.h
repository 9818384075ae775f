#pragma once

#include "api/TokenProvider.h"
#include "auth/RefreshingTokenProvider.h"
#include "common/Errors.h"
#include "source/SourceConfig.h"

#include <memory>

class QNetworkAccessManager;

namespace pagesight {

class SampleData;
class TokenStore;
struct SourceSecrets;

// How one source signs in to LinkedIn, for a sync (app and command line) and a label refresh: the
// one place that turns a source and its secrets (or the sample data) into tokens.
struct Credentials {
    InputError error;    // NoStoredToken or SampleServerDown; nothing else is set then
    SourceConfig source; // as it is reached: a sample source points at the running sample server
    OAuthTokens tokens;  // with the source's expiry dates
    QString clientSecret;
    bool sample = false; // the sample data's token: not a secret, never refreshed nor stored
};

// sampleData may be null when sample sources cannot be served (the error says so).
Credentials credentialsFor(const SourceConfig &source, const SourceSecrets &secrets, SampleData *sampleData);

// A provider for credentials that are not in error: one that refreshes the token (and keeps the
// new ones in store, under the source's keys, when store is given), or the sample's fixed token.
std::unique_ptr<TokenProvider> tokenProviderFor(const Credentials &credentials, QNetworkAccessManager *network,
                                                TokenStore *store);

} // namespace pagesight
