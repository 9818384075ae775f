// The entry point: the headless command line when the first argument is a command, the desktop
// app otherwise. No logic lives here.
#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication::setOrganizationName(QStringLiteral("Pagesight"));
    QCoreApplication::setApplicationName(QStringLiteral("pagesight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAGESIGHT_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // The desktop app arrives with the UI; until then, no command prints the usage.
    QCoreApplication app(argc, argv);
    return pagesight::cli::run(arguments);
}
