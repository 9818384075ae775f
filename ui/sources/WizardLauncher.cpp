#include "WizardLauncher.h"

namespace pagesight {

std::optional<WizardOutcome> runSetupWizard(const AppServices &services, SetupWizard::Mode mode,
                                            const std::optional<SourceConfig> &existing, QWidget *parent) {
    SetupWizard wizard(services, mode, existing, parent);
    if (wizard.exec() != QDialog::Accepted)
        return std::nullopt;
    return WizardOutcome{wizard.source(), wizard.secrets(), wizard.syncNow()};
}

} // namespace pagesight
