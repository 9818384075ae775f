#include "SampleData.h"

#include "sandbox/SandboxServer.h"

namespace pagesight {

SampleData::SampleData(QObject *parent)
    : QObject(parent) {}

SampleData::~SampleData() = default;

bool SampleData::ensureRunning() {
    if (m_server)
        return true;
    sandbox::GeneratorOptions options;
    options.seed = 42;
    options.organizationId = organizationId();
    options.organizationName = organizationName();
    options.posts = 240;
    options.days = 400;
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    if (!server->listen())
        return false;
    m_server = std::move(server);
    return true;
}

bool SampleData::isRunning() const {
    return m_server != nullptr;
}

QUrl SampleData::apiBaseUrl() const {
    return m_server ? m_server->apiBaseUrl() : QUrl();
}

QUrl SampleData::oauthBaseUrl() const {
    return m_server ? m_server->oauthBaseUrl() : QUrl();
}

QString SampleData::accessToken() const {
    return m_server ? m_server->options().accessToken : QString();
}

qint64 SampleData::organizationId() const {
    return kSampleOrganizationId;
}

QString SampleData::organizationName() const {
    return tr("Sample organization");
}

SourceConfig SampleData::sampleSource(const QDate &todayUtc) const {
    SourceConfig source;
    source.description = tr("Sample data");
    source.organizationId = organizationId();
    source.organizationName = organizationName();
    source.startDate = todayUtc.addYears(-1);
    source.streams = defaultStreamSelections();
    source.authMethod = SourceConfig::AuthMethod::SampleData;
    if (m_server) {
        source.apiBaseUrl = apiBaseUrl();
        source.oauthBaseUrl = oauthBaseUrl();
    }
    return source;
}

SourceConfig SampleData::resolved(SourceConfig source) {
    if (source.authMethod != SourceConfig::AuthMethod::SampleData || !ensureRunning())
        return source;
    source.apiBaseUrl = apiBaseUrl();
    source.oauthBaseUrl = oauthBaseUrl();
    // A sample source saved by an earlier release named a plausible organization: the sample
    // organization is the only one the sample sandbox serves.
    source.organizationId = organizationId();
    return source;
}

} // namespace pagesight
