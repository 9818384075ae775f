// pagesight-sandbox: the simulated LinkedIn API as a standalone program (see SandboxCommand.h).
#include "sandbox/SandboxCommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pagesight-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAGESIGHT_VERSION));
    return pagesight::sandbox::runSandboxCommand(QCoreApplication::arguments());
}
