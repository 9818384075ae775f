#pragma once

#include "WizardState.h"
#include "app/AppServices.h"

#include <QJsonObject>
#include <QWizard>

#include <optional>

namespace pagesight {

// Sets a source up, or edits one: Authorization → Organization & start date → Streams →
// Configure streams → Source details → Review. Returns a SourceConfig and its secrets; it writes
// no global state (the caller saves them). In Reauthorize mode only the Authorization page shows.
// In Edit mode every page starts from the existing source, and the source's saved secrets are read
// (services.sources) so lookups can use its token; secrets() hands them back as read unless the
// Authorization page replaced them. On Finish the source passes SourceConfig::validate.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        AuthorizationPageId,
        OrganizationPageId,
        StreamsPageId,
        ConfigureStreamsPageId,
        SourceDetailsPageId,
        ReviewPageId,
    };
    enum class Mode { Create, Edit, Reauthorize };

    SetupWizard(const AppServices &services, Mode mode, const std::optional<SourceConfig> &existing = std::nullopt,
                QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    SourceConfig source() const { return m_state->source; }
    SourceSecrets secrets() const { return m_state->secrets; }
    bool syncNow() const { return m_state->syncNow; }
    WizardState *state() const { return m_state; }

    // On Finish, the source must pass SourceConfig::validate (the rules the engine and CLI share).
    bool validateCurrentPage() override;
    // Cancel, Esc or the window's close button: when something was changed, asks before it is lost.
    void reject() override;
    bool hasChanges() const;

private:
    Mode m_mode;
    WizardState *m_state;
    QString m_sourceId;    // the id the source keeps, whatever a page fills in
    QJsonObject m_initial; // the source as the wizard opened on it
};

} // namespace pagesight
