#include "SyncController.h"

#include <QLocale>

#include "Credentials.h"
#include "SampleData.h"
#include "Scheduler.h"
#include "common/Clock.h"
#include "common/Log.h"
#include "source/SourceRepository.h"
#include "sync/SyncRunner.h"

#include <algorithm>

namespace pagesight {

struct SyncController::Run {
    bool fullSync = false;
    bool cancelled = false;       // asked before the runner started (while the keychain answered)
    SyncRunner *runner = nullptr; // a child of the controller, deleted after the run
    std::optional<std::pair<QDateTime, QDateTime>> refreshedExpiry; // access, refresh: LinkedIn renewed them
};

SyncController::SyncController(const AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services) {
    qRegisterMetaType<pagesight::StreamProgress>();
    qRegisterMetaType<pagesight::RunReport>();
}

SyncController::~SyncController() {
    // The runners are children: each one cancels its run and waits for its thread when deleted.
    cancelAll();
}

bool SyncController::sync(const QString &sourceId) {
    const auto source = m_services.sources ? m_services.sources->source(sourceId) : std::nullopt;
    if (!source)
        return false;
    return sync(sourceId, Scheduler::fullSyncDue(*source, m_services.clock->nowUtc()));
}

bool SyncController::sync(const QString &sourceId, bool fullSync) {
    if (isRunning(sourceId) || !m_services.sources)
        return false;
    const std::optional<SourceConfig> source = m_services.sources->source(sourceId);
    if (!source)
        return false;
    auto run = std::make_unique<Run>();
    run->fullSync = fullSync;
    m_runs.emplace(sourceId, std::move(run));

    // Every stream shows as waiting at once, before the keychain and the worker thread answer.
    QList<StreamProgress> streams;
    for (const StreamSelection &selection : source->streams)
        streams.append({selection.streamId, 0, 0, 0, RunStatus::Waiting});
    m_progress.insert(sourceId, streams);
    qCInfo(lcApp) << "sync of source" << sourceId << (fullSync ? "(full)" : "") << "requested";
    emit started(sourceId);

    QCoro::connect(m_services.sources->secrets(sourceId), this,
                   [this, sourceId](const SourceSecrets &secrets) { startRunner(sourceId, secrets); });
    return true;
}

void SyncController::syncAll() {
    if (!m_services.sources)
        return;
    for (const SourceConfig &source : m_services.sources->sources())
        if (!isRunning(source.id))
            sync(source.id);
}

void SyncController::cancel(const QString &sourceId) {
    const auto it = m_runs.find(sourceId);
    if (it == m_runs.end())
        return;
    it->second->cancelled = true;
    if (it->second->runner)
        it->second->runner->cancel();
}

void SyncController::cancelAll() {
    for (const auto &[sourceId, run] : m_runs) {
        run->cancelled = true;
        if (run->runner)
            run->runner->cancel();
    }
}

QList<StreamProgress> SyncController::progress(const QString &sourceId) const {
    return m_progress.value(sourceId);
}

void SyncController::startRunner(const QString &sourceId, const SourceSecrets &secrets) {
    const auto it = m_runs.find(sourceId);
    if (it == m_runs.end())
        return;
    Run &run = *it->second;
    const QDateTime now = m_services.clock->nowUtc();
    if (run.cancelled)
        return finish(sourceId,
                      RunReport::withoutRun(RunStatus::Cancelled, describe(ApiError{ApiError::Kind::Cancelled}), now));
    const std::optional<SourceConfig> source = m_services.sources->source(sourceId);
    if (!source)
        return finish(sourceId, RunReport::withoutRun(RunStatus::Failed, tr("The source no longer exists."), now));

    const Credentials credentials = credentialsFor(*source, secrets, m_services.sampleData);
    if (credentials.error.isError()) {
        RunReport report = RunReport::withoutRun(RunStatus::Failed, describe(credentials.error), now);
        report.needsReauthorization = credentials.error.kind == InputError::Kind::NoStoredToken;
        return finish(sourceId, report);
    }
    SyncJob job;
    job.source = credentials.source;
    job.tokens = credentials.tokens;
    job.clientSecret = credentials.clientSecret;
    job.catalogPath = m_services.catalogPath;
    job.catalogPassword = m_services.catalogPassword;
    job.options.forceFullTable = run.fullSync;
    job.options.runName = source->description;

    run.runner = new SyncRunner(m_services.tokenStore, this);
    connect(run.runner, &SyncRunner::progress, this,
            [this, sourceId](const StreamProgress &progress) { updateProgress(sourceId, progress); });
    connect(run.runner, &SyncRunner::finished, this,
            [this, sourceId](const RunReport &report) { finish(sourceId, report); });
    connect(run.runner, &SyncRunner::waitingForLock, this, [this, sourceId](qint64 pid, const QDateTime &startedAt) {
        emit waiting(sourceId, tr("Waiting for the sync started at %1 by process %2 to finish…")
                                   .arg(QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat))
                                   .arg(pid));
    });
    connect(run.runner, &SyncRunner::tokensRefreshed, this,
            [this, sourceId](const QDateTime &access, const QDateTime &refresh) {
                if (const auto found = m_runs.find(sourceId); found != m_runs.end())
                    found->second->refreshedExpiry = std::make_pair(access, refresh);
            });
    run.runner->start(job, m_services.clock);
}

void SyncController::updateProgress(const QString &sourceId, const StreamProgress &progress) {
    QList<StreamProgress> &streams = m_progress[sourceId];
    auto it = std::find_if(streams.begin(), streams.end(),
                           [&](const StreamProgress &p) { return p.streamId == progress.streamId; });
    if (it == streams.end())
        streams.append(progress);
    else
        *it = progress;
    emit progressChanged(sourceId, progress);
}

void SyncController::finish(const QString &sourceId, const RunReport &report) {
    const auto it = m_runs.find(sourceId);
    if (it == m_runs.end())
        return;
    const std::unique_ptr<Run> run = std::move(it->second);
    m_runs.erase(it);
    if (run->runner)
        run->runner->deleteLater();

    // Streams the engine never reached (no token, no catalog) end with the run's status.
    QList<StreamProgress> &streams = m_progress[sourceId];
    for (StreamProgress &stream : streams) {
        if (isFinished(stream.state))
            continue;
        stream.state = report.status;
        stream.requestsPlanned = stream.requestsDone;
        emit progressChanged(sourceId, stream);
    }

    if (std::optional<SourceConfig> source = m_services.sources->source(sourceId)) {
        const bool tokenAccepted = !report.needsReauthorization &&
                                   (report.status == RunStatus::Succeeded || report.status == RunStatus::Partial);
        bool changed = false;
        if (report.needsReauthorization != source->needsReauthorization &&
            (report.needsReauthorization || tokenAccepted)) {
            source->needsReauthorization = report.needsReauthorization;
            changed = true;
        }
        if (run->refreshedExpiry) { // the warnings follow the renewed tokens, not the old dates
            source->accessTokenExpiresAt = run->refreshedExpiry->first;
            if (run->refreshedExpiry->second.isValid())
                source->refreshTokenExpiresAt = run->refreshedExpiry->second;
            changed = true;
        }
        if (run->fullSync && report.status == RunStatus::Succeeded) {
            source->lastFullSyncAt = report.finishedAt.isValid() ? report.finishedAt : m_services.clock->nowUtc();
            changed = true;
        }
        // LinkedIn refused the version and the source follows LinkedIn: keep the one that worked.
        if (!report.apiVersionReplaced.isEmpty() && source->followApiVersion && !report.apiVersion.isEmpty() &&
            source->apiVersion != report.apiVersion) {
            source->apiVersion = report.apiVersion;
            changed = true;
        }
        if (changed) {
            // Through the writer: the run is reported once the source says what it learned.
            QCoro::connect(m_services.sources->save(*source), this,
                           [this, sourceId, report](const CatalogError &error) {
                               if (error.isError())
                                   qCWarning(lcApp) << "could not save source" << sourceId << ":" << describe(error);
                               else
                                   emit sourceChanged(sourceId);
                               reportFinished(sourceId, report);
                           });
            return;
        }
    }
    reportFinished(sourceId, report);
}

void SyncController::reportFinished(const QString &sourceId, const RunReport &report) {
    qCInfo(lcApp) << "sync of source" << sourceId << "finished:" << report.status;
    emit finished(sourceId, report);
}

} // namespace pagesight
