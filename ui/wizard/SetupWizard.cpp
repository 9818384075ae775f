#include "SetupWizard.h"

#include "AuthorizationPage.h"
#include "ConfigureStreamsPage.h"
#include "OrganizationPage.h"
#include "ReviewPage.h"
#include "SourceDetailsPage.h"
#include "StreamsPage.h"
#include "common/Clock.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace pagesight {

SetupWizard::SetupWizard(const AppServices &services, Mode mode, const std::optional<SourceConfig> &existing,
                         QWidget *parent)
    : QWizard(parent)
    , m_mode(existing ? mode : Mode::Create)
    , m_state(new WizardState(services, this)) {
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(760, 560);
    // QWizard's own texts are translated by Qt's qtbase catalogue, which Pagesight does not ship or
    // load: named here, they are in Pagesight's .ts files and the buttons speak the pages' language.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));

    if (m_mode == Mode::Create) {
        m_state->source.id = SourceRepository::newId();
        m_state->source.streams = defaultStreamSelections();
    } else {
        m_state->source = *existing;
        // Editing keeps the credential the source was set up with, unless LinkedIn has since
        // rejected it; re-authorizing always asks for a new one.
        m_state->credentialVerified = m_mode == Mode::Edit && !existing->needsReauthorization;
    }
    m_sourceId = m_state->source.id;
    m_initial = m_state->source.toJson();
    if (m_mode == Mode::Edit && services.sources && m_state->secrets.isEmpty()) {
        // The saved token, so a changed organization can be looked up; the keychain may answer
        // after the pages are built, and a credential set meanwhile on the Authorization page wins.
        QCoro::connect(services.sources->secrets(m_sourceId), this, [this](const SourceSecrets &secrets) {
            if (!m_state->secrets.isEmpty() || secrets.isEmpty())
                return;
            m_state->secrets = secrets;
            emit m_state->changed();
        });
    }

    setPage(AuthorizationPageId, new AuthorizationPage(m_state, this));
    if (m_mode != Mode::Reauthorize) {
        setPage(OrganizationPageId, new OrganizationPage(m_state, this));
        setPage(StreamsPageId, new StreamsPage(m_state, this));
        setPage(ConfigureStreamsPageId, new ConfigureStreamsPage(m_state, this));
        setPage(SourceDetailsPageId, new SourceDetailsPage(m_state, this));
        setPage(ReviewPageId, new ReviewPage(m_state, this));
    }
    setStartId(AuthorizationPageId);

    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(tr("Set up a LinkedIn source"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit source"));
        break;
    case Mode::Reauthorize:
        setWindowTitle(tr("Re-authorize"));
        break;
    }
}

bool SetupWizard::hasChanges() const {
    if (visitedIds().size() > 1 || m_state->source.toJson() != m_initial)
        return true;
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    return std::any_of(edits.cbegin(), edits.cend(), [](const QLineEdit *edit) { return edit->isModified(); });
}

void SetupWizard::reject() {
    if (hasChanges()) {
        QMessageBox ask(QMessageBox::Question, windowTitle(),
                        m_mode == Mode::Create ? tr("Discard this new source?")
                                               : tr("Discard the changes to this source?"),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("discardChangesBox"));
        ask.setInformativeText(tr("What you entered in this wizard is lost; nothing is saved."));
        QPushButton *discard = ask.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardChangesButton"));
        QPushButton *keep = ask.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepEditingButton"));
        ask.setDefaultButton(keep);
        ask.setEscapeButton(keep);
        ask.exec();
        if (ask.clickedButton() != discard)
            return;
    }
    QWizard::reject();
}

bool SetupWizard::validateCurrentPage() {
    if (!QWizard::validateCurrentPage())
        return false;
    if (nextId() != -1)
        return true;
    // Finishing. A page that fills the source in wholesale (sample data) must not change its id.
    if (m_state->source.id.isEmpty())
        m_state->source.id = m_sourceId;
    const QDate today =
        m_state->services.clock ? m_state->services.clock->todayUtc() : QDateTime::currentDateTimeUtc().date();
    const InputError error = m_state->source.validate(today);
    if (!error.isError())
        return true;
    // The Review page says this itself; this catches Reauthorize mode, whose last page is another.
    if (m_mode == Mode::Reauthorize)
        QMessageBox::warning(this, windowTitle(), describe(error));
    return false;
}

} // namespace pagesight
