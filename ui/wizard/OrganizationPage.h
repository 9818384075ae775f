#pragma once

#include "WizardApi.h"
#include "WizardState.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>

class QComboBox;
class QDateEdit;
class QLabel;
class QTimer;
class QToolButton;

namespace pagesight {

// Organization and start date (docs/SPEC.md §1.2).
//
// The organization field takes an id, a URN or an admin URL, or one of the administered
// organizations from its list. A public company URL (linkedin.com/company/acme/) is matched against
// the administered pages' vanity names, or said to need the admin URL or the ID. A valid entry is looked up (GET
// organizations/{id}) after a short pause in typing:
//
//   text ─► invalid ─► message, Next blocked
//       └─► valid ─► name known ─────────────────────────────► Found
//                └─► Pending ─(400 ms)─► Running ─► 200 ─────► Found (name shown)
//                                              ├─► 404/403/401 ─► Rejected (message, Next blocked)
//                                              └─► network, 5xx… ─► Unverified (message, Next allowed:
//                                                                   the user may be offline)
// Next waits while a lookup is pending, so the name reaches the rest of the wizard.
class OrganizationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrganizationPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    enum class Lookup { None, Pending, Running, Found, Rejected, Unverified };
    Lookup lookupState() const { return m_lookup; }

    // The sentence for a failed organization lookup ("LinkedIn has no organization 123…").
    static QString lookupErrorText(const ApiError &error, qint64 organizationId);

signals:
    void lookupFinished(); // a lookup of the current entry ended, with a name or an error

private:
    void onOrganizationTextChanged();
    void startLookup();
    void onLookupAnswered(int generation, qint64 organizationId, const ApiResponse &response);
    void onStartDateChanged();
    void fillOrganizationList();
    void fetchAdministeredOrganizations();
    void fetchMissingNames();
    void setOrganizationName(qint64 organizationId, const QString &name);
    std::optional<qint64> enteredOrganizationId() const;
    QDate today() const;

    WizardState *m_state;
    QComboBox *m_organizationCombo;
    QLabel *m_nameLabel;
    QLabel *m_organizationErrorLabel;
    QToolButton *m_helpButton;
    QLabel *m_helpLabel;
    QDateEdit *m_startDateEdit;
    QLabel *m_startDateErrorLabel;
    QLabel *m_startDateHintLabel;
    QTimer *m_debounce;

    std::optional<qint64> m_currentId; // the organization the field names, if it names one
    Lookup m_lookup = Lookup::None;
    int m_generation = 0; // answers for an older entry are dropped
    QHash<qint64, QString> m_names;
    QHash<QString, qint64> m_vanityNames; // an administered page's public name → its id
    QSet<qint64> m_namesRequested;
    QSet<qint64> m_namesAnswered; // with a name or not
    QString m_aclsFetchedWith;    // the token organizationAcls was asked with
};

} // namespace pagesight
