// pagesight sync: the engine, headless. Validates everything before touching the catalog, runs
// the sync on a worker thread, reports progress on stderr and exits with the spec's codes.
#include "Arguments.h"
#include "Cli.h"
#include "CliOutput.h"
#include "analytics/Labels.h"
#include "app/Credentials.h"
#include "app/SampleData.h"
#include "auth/TokenStore.h"
#include "catalog/CatalogLocation.h"
#include "catalog/SourceStore.h"
#include "common/AccessToken.h"
#include "common/Clock.h"
#include "source/SourceRepository.h"
#include "sync/SyncRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <csignal>

namespace pagesight::cli {

namespace {

volatile std::sig_atomic_t interrupted = 0;
void onSignal(int) {
    interrupted = 1;
}

QString defaultCatalogPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalog.sqlite");
}

// The folder must exist and be writable; an existing file must be a catalog (checked by open()).
InputError checkCatalogPath(const QString &path) {
    if (isServerCatalog(path)) { // a server's schema is created when it is opened
        InputError error;
        parseServerCatalog(path, &error);
        return error;
    }
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (path.isEmpty() || file.isDir())
        return {InputError::Kind::CatalogPath, path};
    if (!folder.isDir())
        return {InputError::Kind::CatalogFolderMissing, path};
    if (!folder.isWritable() || (file.exists() && !file.isWritable()))
        return {InputError::Kind::CatalogNotWritable, path};
    return {};
}

// A catalog that cannot be used: bad input when the file is the wrong one, a catalog or disk
// failure otherwise.
int catalogExitCode(const CatalogError &error) {
    using K = CatalogError::Kind;
    const bool wrongFile = error.kind == K::CannotOpen || error.kind == K::NotADatabase ||
                           error.kind == K::ForeignFile || error.kind == K::NewerCatalog;
    return wrongFile ? BadInput : CatalogFailure;
}

std::optional<QStringList> streamList(const QString &text, InputError &error) {
    QStringList ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (!findStream(id)) {
            error = {InputError::Kind::UnknownStream, id};
            return std::nullopt;
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

struct Prepared {
    SourceConfig source;
    QString catalogPath;
    bool json = false;
};

// --org/--start/… → a SourceConfig, or the input error.
InputError prepareFromFlags(const Arguments &args, const QDate &today, Prepared &prepared) {
    for (const QString &required : {QStringLiteral("org"), QStringLiteral("start"), QStringLiteral("catalog")})
        if (!args.has(required))
            return {InputError::Kind::MissingArgument, QStringLiteral("--%1").arg(required)};
    SourceConfig &source = prepared.source;
    const auto id = parseOrganizationId(args.value(QStringLiteral("org")));
    if (!id)
        return {InputError::Kind::OrganizationId, args.value(QStringLiteral("org"))};
    source.organizationId = *id;
    source.id = QStringLiteral("cli-%1").arg(*id);
    source.description = QStringLiteral("pagesight sync");
    const QString start = args.value(QStringLiteral("start"));
    static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    source.startDate = QDate::fromString(start, Qt::ISODate);
    if (!source.startDate.isValid() || !isoDate.match(start).hasMatch())
        return {InputError::Kind::StartDate, start};

    const QString prefix = args.value(QStringLiteral("table-prefix"));
    if (const InputError e = Catalog::validateTablePrefix(prefix); e.isError())
        return e;
    InputError error;
    const auto selected = streamList(args.value(QStringLiteral("streams"), streamIds().join(QLatin1Char(','))), error);
    if (!selected)
        return error;
    const auto full = streamList(args.value(QStringLiteral("full-table")), error);
    if (!full)
        return error;
    for (const StreamDef &stream : allStreams()) {
        // Post statistics are a child of posts: selecting it selects its parent.
        const bool wanted = selected->contains(stream.id) ||
                            (stream.kind == StreamKind::Posts && selected->contains(QStringLiteral("post_statistics")));
        if (wanted)
            source.streams.append({stream.id, prefix + stream.defaultTable(),
                                   full->contains(stream.id) ? SyncType::FullTable : SyncType::Incremental});
    }
    for (const auto &[name, url] : {std::pair{QStringLiteral("api-base"), &source.apiBaseUrl},
                                    std::pair{QStringLiteral("oauth-base"), &source.oauthBaseUrl}}) {
        if (!args.has(name))
            continue;
        *url = QUrl(args.value(name), QUrl::StrictMode);
        if (const InputError error = checkBaseUrl(*url, args.value(name)); error.isError())
            return error;
    }
    if (args.has(QStringLiteral("api-version"))) { // a version given by hand is pinned
        source.apiVersion = args.value(QStringLiteral("api-version"));
        source.followApiVersion = false;
    }
    if (args.has(QStringLiteral("lookback-days"))) {
        bool ok = false;
        source.lookbackDays = args.value(QStringLiteral("lookback-days")).toInt(&ok);
        if (!ok || source.lookbackDays < 0 || source.lookbackDays > 30)
            return {InputError::Kind::UnknownArgument, args.value(QStringLiteral("lookback-days"))};
    }
    prepared.catalogPath = args.value(QStringLiteral("catalog"));
    return source.validate(today);
}

// Prints one line per stream state change, and request/row counts at most every half second.
class ProgressPrinter {
public:
    void update(const StreamProgress &progress) {
        // Stream ids and states stay as the JSON report spells them: they are what scripts match.
        const QString line = QCoreApplication::translate("Cli", "%1: %2 (%3/%4 requests, %5 rows)")
                                 .arg(progress.streamId, statusText(progress.state))
                                 .arg(progress.requestsDone)
                                 .arg(progress.requestsPlanned)
                                 .arg(progress.rowsWritten);
        if (progress.state == RunStatus::Waiting)
            return;
        const bool stateChanged =
            !m_states.contains(progress.streamId) || m_states.value(progress.streamId) != progress.state;
        if (!stateChanged && m_last.isValid() && m_last.elapsed() < 500)
            return;
        m_states.insert(progress.streamId, progress.state);
        m_last.start();
        QTextStream(stderr) << line << Qt::endl;
    }

private:
    QHash<QString, RunStatus> m_states;
    QElapsedTimer m_last;
};

// What a run learned about a stored source: the version it moved to (when the source follows
// LinkedIn's) and the expiry of tokens it refreshed, as the app keeps them.
struct RunLearned {
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt;
};

void keepSourceState(const QString &catalogPath, const SourceConfig &source, const RunReport &report,
                     const RunLearned &learned) {
    const bool newVersion =
        !report.apiVersionReplaced.isEmpty() && source.followApiVersion && !report.apiVersion.isEmpty();
    const bool newTokens = learned.accessExpiresAt.isValid();
    if (!newVersion && !newTokens)
        return;
    Catalog catalog(QStringLiteral("pagesight-cli-source"));
    if (catalog.open(catalogPath).isError())
        return;
    SourceConfig updated = source;
    if (newVersion)
        updated.apiVersion = report.apiVersion;
    if (newTokens) {
        updated.accessTokenExpiresAt = learned.accessExpiresAt;
        if (learned.refreshExpiresAt.isValid())
            updated.refreshTokenExpiresAt = learned.refreshExpiresAt;
    }
    const QString configJson = QString::fromUtf8(QJsonDocument(updated.toJson()).toJson(QJsonDocument::Compact));
    if (const CatalogError error = SourceStore(catalog).save(updated.id, updated.description, configJson);
        error.isError())
        QTextStream(stderr) << describe(error) << Qt::endl;
    catalog.close();
}

// stored: the catalog's source being synced (it keeps what the run learned), or null for a sync
// from flags. store: where the tokens came from, to keep the ones LinkedIn refreshes; null for a
// token from the environment.
int runJob(const SyncJob &job, bool json, const SourceConfig *stored, TokenStore *store) {
    SystemClock clock;
    SyncRunner runner(store);
    ProgressPrinter printer;
    int exitCode = ApiFailure;
    RunLearned learned;
    QObject::connect(&runner, &SyncRunner::tokensRefreshed,
                     [&learned](const QDateTime &access, const QDateTime &refresh) {
                         learned = {access, refresh};
                     });
    QObject::connect(&runner, &SyncRunner::progress, [&printer](const StreamProgress &p) { printer.update(p); });
    QObject::connect(&runner, &SyncRunner::waitingForLock, [](qint64 pid, const QDateTime &startedAt) {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "Waiting for the sync started at %1 by process %2 "
                                                                  "to finish (Ctrl+C to stop waiting)…")
                                   .arg(startedAt.isValid() ? startedAt.toLocalTime().toString(Qt::ISODate)
                                                            : QCoreApplication::translate("Cli", "an unknown time"))
                                   .arg(pid)
                            << Qt::endl;
    });
    QObject::connect(&runner, &SyncRunner::finished, [&](const RunReport &report) {
        QTextStream err(stderr);
        for (const RunStreamStats &s : report.streams)
            //: %1 stream id, %2 table, %3 status; %6 is " — " and the stream's message, or nothing
            err << QCoreApplication::translate("Cli", "%1 → %2: %3, %4 rows, %5 requests%6")
                       .arg(s.streamId, s.tableName, statusText(s.status))
                       .arg(s.rowsWritten)
                       .arg(s.requests)
                       .arg(s.message.isEmpty() ? QString() : QStringLiteral(" — ") + s.message)
                << Qt::endl;
        err << report.message << Qt::endl;
        for (const auto &[table, rows] : report.retentionRemoved)
            err << QCoreApplication::translate("Cli", "%1: %2 rows older than the retention period removed")
                       .arg(table, QLocale().toString(rows))
                << Qt::endl;
        if (report.retentionError.isError())
            err << describe(report.retentionError) << Qt::endl;
        if (json)
            QTextStream(stdout) << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        exitCode = report.exitCode();
        if (stored)
            keepSourceState(job.catalogPath, *stored, report, learned);
        QCoreApplication::exit(exitCode);
    });

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, [&runner] {
        if (interrupted) {
            interrupted = 0;
            QTextStream(stderr) << QCoreApplication::translate("Cli", "Cancelling…") << Qt::endl;
            runner.cancel();
        }
    });
    signalPoll.start(100);
    runner.start(job, &clock);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace

int runSync(const QStringList &arguments) {
    const Arguments args(arguments,
                         {QStringLiteral("org"), QStringLiteral("start"), QStringLiteral("catalog"),
                          QStringLiteral("streams"), QStringLiteral("full-table"), QStringLiteral("table-prefix"),
                          QStringLiteral("api-base"), QStringLiteral("api-version"), QStringLiteral("oauth-base"),
                          QStringLiteral("lookback-days"), QStringLiteral("source")},
                         {QStringLiteral("json"), QStringLiteral("no-wait")});
    if (args.error().isError())
        return fail(describe(args.error()), BadInput);
    if (!args.positionals().isEmpty())
        return fail(describe(InputError{InputError::Kind::UnknownArgument, args.positionals().constFirst()}), BadInput);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    Prepared prepared;
    prepared.json = args.has(QStringLiteral("json"));
    SyncJob job;
    KeychainTokenStore keychain;

    if (args.has(QStringLiteral("source"))) {
        prepared.catalogPath = args.value(QStringLiteral("catalog"), defaultCatalogPath());
        Catalog catalog(QStringLiteral("pagesight-cli-sources"));
        if (const CatalogError error = catalog.open(prepared.catalogPath, Catalog::Mode::ReadOnly); error.isError())
            return fail(describe(error), catalogExitCode(error));
        // The source's id, or a description only one source has (descriptions are free text).
        const QString name = args.value(QStringLiteral("source"));
        QList<SourceRecord> matches;
        for (const SourceRecord &record : SourceStore(catalog).sources())
            if (record.id == name)
                matches = {record};
        if (matches.isEmpty())
            for (const SourceRecord &record : SourceStore(catalog).sources())
                if (record.description == name)
                    matches.append(record);
        catalog.close();
        if (matches.isEmpty())
            return fail(
                QCoreApplication::translate("Cli", "No source named \"%1\" in %2.").arg(name, prepared.catalogPath),
                BadInput);
        if (matches.size() > 1) {
            QString candidates;
            for (const SourceRecord &record : std::as_const(matches))
                candidates += QStringLiteral("\n  --source %1").arg(record.id);
            return fail(QCoreApplication::translate("Cli", "%1 sources are named \"%2\"; name one by its id:%3")
                            .arg(matches.size())
                            .arg(name, candidates),
                        BadInput);
        }
        std::optional<SourceConfig> found =
            SourceConfig::fromJson(QJsonDocument::fromJson(matches.constFirst().configJson.toUtf8()).object());
        if (!found)
            return fail(
                QCoreApplication::translate("Cli", "No source named \"%1\" in %2.").arg(name, prepared.catalogPath),
                BadInput);
        found->id = matches.constFirst().id;
        prepared.source = *found;
        if (const InputError error = prepared.source.validate(today); error.isError())
            return fail(describe(error), BadInput);
    } else if (const InputError error = prepareFromFlags(args, today, prepared); error.isError()) {
        return fail(describe(error), BadInput);
    }

    // The token before the catalog: no file is created for a sync that cannot run. A stored source
    // signs in as it does in the app (its keychain entries, or the sample data); a token in
    // LINKEDIN_ACCESS_TOKEN is used instead of the keychain's.
    const QString environmentToken = qEnvironmentVariable("LINKEDIN_ACCESS_TOKEN").trimmed();
    SampleData sampleData;
    TokenStore *keepRefreshedIn = nullptr;
    job.source = prepared.source;
    job.tokens.accessToken = environmentToken;
    if (args.has(QStringLiteral("source"))) {
        SourceSecrets secrets;
        secrets.accessToken = environmentToken;
        const bool fromKeychain =
            environmentToken.isEmpty() && prepared.source.authMethod != SourceConfig::AuthMethod::SampleData;
        if (fromKeychain) {
            secrets = QCoro::waitFor(readSourceSecrets(&keychain, prepared.source.id));
            keepRefreshedIn = &keychain;
        }
        Credentials credentials = credentialsFor(prepared.source, secrets, &sampleData);
        if (credentials.error.kind == InputError::Kind::SampleServerDown)
            return fail(describe(credentials.error), ApiFailure);
        if (!credentials.error.isError()) {
            if (!fromKeychain) // the dates belong to the keychain's token, not to this one
                credentials.tokens.accessExpiresAt = credentials.tokens.refreshExpiresAt = {};
            job.source = credentials.source;
            job.tokens = credentials.tokens;
            job.clientSecret = credentials.clientSecret;
        }
    }
    if (job.tokens.accessToken.isEmpty())
        return fail(describe(InputError{InputError::Kind::MissingToken, {}}), Authorization);
    if (!isUsableAccessToken(job.tokens.accessToken)) // never echoed: it is a secret, however broken
        return fail(describe(InputError{InputError::Kind::InvalidToken, {}}), BadInput);

    if (const InputError error = checkCatalogPath(prepared.catalogPath); error.isError())
        return fail(describe(error), BadInput);
    // Refuse a foreign or corrupt file before the sync starts, without writing a byte: the catalog
    // is written only once this sync holds its lock.
    if (const CatalogError error = Catalog::checkFile(prepared.catalogPath); error.isError())
        return fail(describe(error), catalogExitCode(error));
    // The label tables come with the catalog, so reports and the app have names at once.
    job.prepareCatalog = [](Catalog &catalog) {
        return installBundledLabels(catalog);
    };
    // A source set up against another server than LinkedIn's: say where the token goes.
    const QString host = job.source.apiBaseUrl.host();
    if (args.has(QStringLiteral("source")) && host != QUrl(QString::fromLatin1(linkedin::kApiBase)).host())
        QTextStream(stderr) << QCoreApplication::translate("Cli", "This source's API base is %1: the access token is "
                                                                  "sent to %2, not to LinkedIn.")
                                   .arg(job.source.apiBaseUrl.toString(), host)
                            << Qt::endl;

    job.catalogPath = prepared.catalogPath;
    job.options.runName = prepared.source.description;
    job.waitForLock = !args.has(QStringLiteral("no-wait"));
    return runJob(job, prepared.json, args.has(QStringLiteral("source")) ? &prepared.source : nullptr, keepRefreshedIn);
}

} // namespace pagesight::cli
