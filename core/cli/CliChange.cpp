#include "CliChange.h"

#include "Cli.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace pagesight::cli {

CatalogOpening openCatalogForChange(const QString &path, const QString &connectionName) {
    CatalogOpening opening;
    const auto fail = [&opening](const QString &message, int code) {
        QTextStream(stderr) << message << Qt::endl;
        opening.exitCode = code;
        opening.catalog.reset();
        opening.lock.reset();
        return std::move(opening);
    };
    if (const int code = checkExistingCatalog(path); code != Done) {
        opening.exitCode = code;
        return opening;
    }
    // Not while a sync writes: it could write rows back halfway, or read a setting being changed.
    opening.lock = std::make_unique<SyncLock>(path);
    if (opening.lock->tryAcquire(QDateTime::currentDateTimeUtc()) != SyncLock::Result::Acquired)
        return fail(QCoreApplication::translate("Cli", "A sync of %1 is running (process %2). Try again when it has "
                                                       "ended.")
                        .arg(path)
                        .arg(opening.lock->holder().pid),
                    BadInput);
    opening.catalog = std::make_unique<Catalog>(connectionName);
    if (const CatalogError error = opening.catalog->open(path); error.isError())
        return fail(describe(error), error.kind == CatalogError::Kind::Locked ? CatalogFailure : BadInput);
    return opening;
}

} // namespace pagesight::cli
