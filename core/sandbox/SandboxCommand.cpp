#include "SandboxCommand.h"

#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace pagesight::sandbox {

namespace {

// SIGINT/SIGTERM: a signal handler may only do async-signal-safe things, so it writes one byte
// into a pipe and the event loop, watching the other end, quits.
int signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

class SignalGuard {
public:
    SignalGuard() {
        if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
            char byte = 0;
            [[maybe_unused]] const ssize_t read = ::read(signalPipe[0], &byte, 1);
            QCoreApplication::quit();
        });
    }
    ~SignalGuard() {
        if (!m_notifier)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        delete m_notifier;
        ::close(signalPipe[0]);
        ::close(signalPipe[1]);
        signalPipe[0] = signalPipe[1] = -1;
    }
    SignalGuard(const SignalGuard &) = delete;
    SignalGuard &operator=(const SignalGuard &) = delete;

private:
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_oldInt = {}, m_oldTerm = {};
};

void print(FILE *stream, const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int badArguments(const QString &message) {
    print(stderr, message);
    print(stderr, QStringLiteral("Try --help for the options."));
    return 2;
}

// An integer option within bounds; an error message otherwise.
bool readInt(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 low, qint64 high, qint64 *out,
             QString *error) {
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < low || value > high) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                     .arg(option.names().constFirst())
                     .arg(low)
                     .arg(high)
                     .arg(parser.value(option));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int runSandboxCommand(const QStringList &arguments) {
    QStringList args = arguments;
    if (args.size() > 1 && args[1] == QLatin1String("sandbox"))
        args.removeAt(1);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A simulated LinkedIn Organization Page API (/rest and OAuth) on the loopback, with generated "
                       "data and injectable faults."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption postsOption(
        QStringLiteral("posts"),
        QStringLiteral("Number of posts (default 120, at most 200000: about 3 KB of memory each)."),
        QStringLiteral("N"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days of history (default 400)."),
                                        QStringLiteral("N"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Delay before every response, in milliseconds."),
                                           QStringLiteral("N"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QStringLiteral("Faults to inject: kind[*count][+skip][@path],… with kind one of %1.")
            .arg(FaultSpec::kindNames().join(QStringLiteral(", "))),
        QStringLiteral("SPEC"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Data seed (default 42)."),
                                        QStringLiteral("N"));
    const QCommandLineOption orgOption(QStringLiteral("org-id"), QStringLiteral("Organization id (default 12345678)."),
                                       QStringLiteral("N"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         QStringLiteral("The sandbox's today (UTC), default the current date."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption sunsetOption(
        QStringLiteral("sunset-versions"),
        QStringLiteral("LinkedIn-Versions to answer with 426 NONEXISTENT_VERSION, comma-separated (YYYYMM)."),
        QStringLiteral("LIST"));
    const QCommandLineOption shortPagesOption(
        QStringLiteral("short-pages"),
        QStringLiteral("Posts pages 1 to 3 posts shorter than asked for, with next links, as LinkedIn sends them."));
    const QCommandLineOption otherFormOption(
        QStringLiteral("other-urn-form"),
        QStringLiteral("Answer every third post's statistics under its other URN form (ugcPost for share)."));
    const QCommandLineOption legacyPageOption(
        QStringLiteral("legacy-page-statistics"),
        QStringLiteral("Page statistics with uniquePageViews and clicks (LinkedIn sends pageViews only)."));
    const QCommandLineOption paidFacetsOption(
        QStringLiteral("paid-in-facets"),
        QStringLiteral("Follower demographics with paid follower counts (LinkedIn answers 0 there)."));
    const QCommandLineOption strayOption(
        QStringLiteral("stray-daily-rows"),
        QStringLiteral("Daily statistics also carry rows outside the window asked for or with impossible ranges."));
    parser.addOptions({portOption, postsOption, daysOption, latencyOption, faultsOption, seedOption, orgOption,
                       todayOption, sunsetOption, shortPagesOption, otherFormOption, legacyPageOption, paidFacetsOption,
                       strayOption});

    if (!parser.parse(args))
        return badArguments(parser.errorText());
    if (parser.isSet(helpOption)) {
        print(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(versionOption)) {
        print(stdout, QStringLiteral("pagesight-sandbox ") + QCoreApplication::applicationVersion());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return badArguments(
            QStringLiteral("Unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    GeneratorOptions data;
    ServerOptions options;
    qint64 port = 0, posts = data.posts, days = data.days, latency = 0, organization = data.organizationId;
    QString error;
    if (!readInt(parser, portOption, 0, 65535, &port, &error) ||
        !readInt(parser, postsOption, 0, 200000, &posts, &error) ||
        !readInt(parser, daysOption, 0, 36500, &days, &error) ||
        !readInt(parser, latencyOption, 0, 600000, &latency, &error) ||
        !readInt(parser, orgOption, 1, 999999999999LL, &organization, &error))
        return badArguments(error);
    if (parser.isSet(seedOption)) {
        bool ok = false;
        data.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return badArguments(
                QStringLiteral("--seed must be a non-negative whole number, not \"%1\"").arg(parser.value(seedOption)));
    }
    if (parser.isSet(todayOption)) {
        data.today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!data.today.isValid())
            return badArguments(
                QStringLiteral("--today must be a date like 2024-03-31, not \"%1\"").arg(parser.value(todayOption)));
    }
    std::optional<FaultSpec> faults = FaultSpec::parse(parser.value(faultsOption), &error);
    if (!faults)
        return badArguments(QStringLiteral("--faults: ") + error);
    data.posts = int(posts);
    data.days = int(days);
    data.organizationId = organization;
    data.legacyPageStatistics = parser.isSet(legacyPageOption);
    data.paidFollowersInFacets = parser.isSet(paidFacetsOption);
    options.latencyMs = int(latency);
    options.shortPostsPages = parser.isSet(shortPagesOption);
    options.statisticsInOtherUrnForm = parser.isSet(otherFormOption);
    options.strayDailyRows = parser.isSet(strayOption);
    for (const QString &version : parser.value(sunsetOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!QRegularExpression(QStringLiteral("^20[0-9]{2}(0[1-9]|1[0-2])$")).match(version.trimmed()).hasMatch())
            return badArguments(QStringLiteral("--sunset-versions takes months like 202603, not \"%1\"").arg(version));
        options.sunsetVersions.append(version.trimmed());
    }

    SandboxServer server(data, options);
    server.setFaults(*faults);
    if (!server.listen(quint16(port))) {
        print(stderr, QStringLiteral("Cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(port));
        return 1;
    }
    const QString base = server.baseUrl().toString();
    print(stdout, QStringLiteral("Pagesight sandbox listening on %1  (API base %2, OAuth %3, organization %4)")
                      .arg(base, server.apiBaseUrl().toString(), server.oauthBaseUrl().toString())
                      .arg(organization));
    print(stdout, QStringLiteral("Access token: %1  (send \"Authorization: Bearer %1\"; OAuth client id %2, client "
                                 "secret %3, refresh token %4)")
                      .arg(options.accessToken, options.clientId, options.clientSecret, options.refreshToken));
    print(stderr, QStringLiteral("%1 posts, daily data %2 .. %3, seed %4, latency %5 ms, faults: %6. Stop with Ctrl+C.")
                      .arg(server.data().posts().size())
                      .arg(server.data().historyFirstDay().toString(Qt::ISODate),
                           server.data().newestDay().toString(Qt::ISODate))
                      .arg(data.seed)
                      .arg(latency)
                      .arg(faults->isEmpty() ? QStringLiteral("none") : faults->toString()));

    SignalGuard signalGuard;
    const int result = QCoreApplication::exec();
    server.close();
    print(stderr, QStringLiteral("Sandbox stopped after %1 requests.").arg(server.requests().size()));
    return result;
}

} // namespace pagesight::sandbox
