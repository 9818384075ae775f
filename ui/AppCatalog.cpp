#include "AppCatalog.h"

#include "UiLog.h"
#include "analytics/Labels.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace pagesight {

QString defaultCatalogPath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return {};
    return QDir(folder).filePath(QStringLiteral("catalog.sqlite"));
}

OpenedCatalog openAppCatalog(Catalog &catalog, const QString &path, const CatalogChooser &chooseAnother) {
    OpenedCatalog result{path, {}};
    while (true) {
        result.error = result.path.isEmpty() ? CatalogError{CatalogError::Kind::CannotOpen, {}, result.path}
                                             : catalog.open(result.path);
        if (!result.error.isError()) {
            // The bundled label tables, where the catalog has no newer names: the dashboards and
            // the explorer read names from the catalog. A failure leaves the bundled names in use.
            if (const CatalogError labels = installBundledLabels(catalog); labels.isError())
                qCWarning(lcUi) << "the bundled labels were not written:" << labels.detail;
            // From here the GUI thread only reads: its writes go through a CatalogWriter, so it
            // never waits on the lock a sync holds.
            catalog.close();
            result.error = catalog.open(result.path, Catalog::Mode::ReadOnly);
        }
        if (!result.error.isError())
            return result;
        qCWarning(lcUi) << "cannot open the catalog" << result.path << ":" << result.error.detail;
        const QString another = chooseAnother ? chooseAnother(result.error) : QString();
        if (another.isEmpty())
            return result;
        result.path = another;
    }
}

CatalogError tryAppCatalog(const QString &location, const QString &password) {
    Catalog probe(QStringLiteral("pagesight-gui-probe"));
    probe.setPassword(password);
    return probe.open(location);
}

QString askForAnotherCatalog(const CatalogError &error, QWidget *parent) {
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("AppCatalog", "Pagesight"),
                    QCoreApplication::translate("AppCatalog", "Pagesight could not open its catalog."),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("catalogErrorBox"));
    box.setInformativeText(describe(error) + QStringLiteral("\n\n") +
                           QCoreApplication::translate("AppCatalog",
                                                       "You can choose another catalog file (a new one is created "
                                                       "if it does not exist), or start without a catalog."));
    QPushButton *choose =
        box.addButton(QCoreApplication::translate("AppCatalog", "Choose Another File…"), QMessageBox::AcceptRole);
    // A locked file, or a server that may answer in a moment, is worth another try.
    QPushButton *retry =
        error.kind == CatalogError::Kind::Locked || isServerCatalog(error.path)
            ? box.addButton(QCoreApplication::translate("AppCatalog", "Try Again"), QMessageBox::ActionRole)
            : nullptr;
    box.addButton(QCoreApplication::translate("AppCatalog", "Start Without Catalog"), QMessageBox::RejectRole);
    box.setDefaultButton(choose);
    box.exec();
    if (retry && box.clickedButton() == retry)
        return error.path;
    if (box.clickedButton() != choose)
        return {};
    const QString folder =
        error.path.isEmpty() || isServerCatalog(error.path) ? QDir::homePath() : QFileInfo(error.path).absolutePath();
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("AppCatalog", "Choose a Catalog File"),
                                        folder,
                                        QCoreApplication::translate("AppCatalog", "Catalogs (*.sqlite *.db);;All "
                                                                                  "files (*)"),
                                        nullptr, QFileDialog::DontConfirmOverwrite);
}

} // namespace pagesight
