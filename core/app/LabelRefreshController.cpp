#include "LabelRefreshController.h"

#include "Credentials.h"
#include "analytics/LabelRefresher.h"
#include "api/TokenProvider.h"
#include "common/Clock.h"
#include "common/Log.h"
#include "source/SourceRepository.h"

#include <QCoreApplication>

namespace pagesight {

namespace {

QString kindTitle(LabelKind kind) {
    switch (kind) {
    case LabelKind::Seniority:
        return QCoreApplication::translate("Labels", "seniorities");
    case LabelKind::Function:
        return QCoreApplication::translate("Labels", "job functions");
    case LabelKind::Industry:
        return QCoreApplication::translate("Labels", "industries");
    case LabelKind::Geo:
        return QCoreApplication::translate("Labels", "places");
    case LabelKind::StaffCountRange:
        return QCoreApplication::translate("Labels", "company sizes");
    }
    return {};
}

} // namespace

QString labelRefreshSummary(const LabelRefreshResult &result) {
    if (result.catalogError.isError())
        return describe(result.catalogError);
    QStringList parts;
    for (auto it = result.stored.cbegin(); it != result.stored.cend(); ++it)
        //: %1 what the names are of (seniorities, industries, …), %2 how many were stored
        parts.append(QCoreApplication::translate("Labels", "%1: %2").arg(kindTitle(it.key())).arg(it.value()));
    QString sentence = parts.isEmpty() ? QCoreApplication::translate("Labels", "No labels were updated.")
                                       : QCoreApplication::translate("Labels", "Labels updated from LinkedIn — %1.")
                                             .arg(parts.join(QStringLiteral(", ")));
    for (const auto &[kind, error] : result.errors)
        //: %1 what could not be fetched (seniorities, industries, …), %2 why, as a sentence
        sentence +=
            QLatin1Char(' ') +
            QCoreApplication::translate("Labels", "Could not fetch the %1: %2").arg(kindTitle(kind), describe(error));
    return sentence;
}

LabelRefreshController::LabelRefreshController(const AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services) {}

LabelRefreshController::~LabelRefreshController() = default;

bool LabelRefreshController::refresh(const QString &sourceId) {
    if (m_running || !m_services.sources || !m_services.catalog || !m_services.sources->source(sourceId))
        return false;
    m_running = true;
    QCoro::connect(m_services.sources->secrets(sourceId), this,
                   [this, sourceId](const SourceSecrets &secrets) { start(sourceId, secrets); });
    return true;
}

void LabelRefreshController::start(const QString &sourceId, const SourceSecrets &secrets) {
    std::optional<SourceConfig> source = m_services.sources->source(sourceId);
    if (!source)
        return fail(tr("The source no longer exists."));
    const Credentials credentials = credentialsFor(*source, secrets, m_services.sampleData);
    if (credentials.error.isError())
        return fail(describe(credentials.error));
    source = credentials.source;
    m_tokens = tokenProviderFor(credentials, m_services.network, m_services.tokenStore);
    LabelRefreshOptions options;
    options.client = source->clientOptions(m_services.clock);
    options.tables = TableNames::of(*source);
    delete m_refresher;
    m_refresher = new LabelRefresher(m_services.network, m_tokens.get(), this);
    connect(m_refresher, &LabelRefresher::finished, this, &LabelRefreshController::done);
    qCInfo(lcApp) << "label refresh with source" << sourceId << "started";
    m_refresher->start(options, m_services.catalog, m_services.writer);
}

void LabelRefreshController::done(const LabelRefreshResult &result) {
    m_running = false;
    qCInfo(lcApp) << "label refresh finished:" << result.total() << "names," << result.errors.size() << "kinds failed";
    emit finished(result.ok(), labelRefreshSummary(result));
}

void LabelRefreshController::fail(const QString &message) {
    m_running = false;
    emit finished(false, message);
}

} // namespace pagesight
