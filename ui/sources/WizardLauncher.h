#pragma once

#include "wizard/SetupWizard.h"

#include <functional>
#include <optional>

class QWidget;

namespace pagesight {

// What the setup wizard hands back when the user finishes it.
struct WizardOutcome {
    SourceConfig source;
    SourceSecrets secrets;
    bool syncNow = false;
};

// Opens the setup wizard modally; nullopt when the user cancels. The Sources page and the main
// window open the wizard only through one of these, so tests can answer in its place.
using WizardOpener = std::function<std::optional<WizardOutcome>(
    const AppServices &services, SetupWizard::Mode mode, const std::optional<SourceConfig> &existing, QWidget *parent)>;

// The real one: SetupWizard, run with exec().
std::optional<WizardOutcome> runSetupWizard(const AppServices &services, SetupWizard::Mode mode,
                                            const std::optional<SourceConfig> &existing, QWidget *parent);

} // namespace pagesight
