#pragma once

// Runs the pagesight binary as a separate process while the calling thread's event loop keeps
// serving an in-process sandbox: what tst_cli and tst_cliinput share.

#include <QProcess>
#include <QSignalSpy>

#include <functional>

namespace pagesight::testing {

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Outcome runPagesight(const QStringList &arguments, const QString &token,
                            const std::function<void(QProcess &)> &during = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LINKEDIN_ACCESS_TOKEN"));
    if (!token.isEmpty())
        environment.insert(QStringLiteral("LINKEDIN_ACCESS_TOKEN"), token);
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pagesight.*=true"));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PAGESIGHT_BINARY), arguments);
    if (!process.waitForStarted())
        return {};
    if (during)
        during(process);
    if (finished.isEmpty() && !finished.wait(120000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace pagesight::testing
