#pragma once

#include "app/AppServices.h"
#include "source/SourceRepository.h"

#include <QObject>

namespace pagesight {

struct OrganizationChoice {
    qint64 id = 0;
    QString name; // empty until looked up
};

// What the wizard's pages build together: the source being set up and its secrets. Pages read and
// write it; nothing global is written until the caller saves SetupWizard::source().
class WizardState : public QObject {
    Q_OBJECT
public:
    WizardState(const AppServices &services, QObject *parent = nullptr)
        : QObject(parent)
        , services(services) {}

    const AppServices services;
    SourceConfig source;   // the draft
    SourceSecrets secrets; // memory only; the caller puts them in the keychain
    bool credentialVerified = false;
    QList<OrganizationChoice> administeredOrganizations; // from organizationAcls, when the token may list them
    bool syncNow = true;

signals:
    // A page changed something other pages show (e.g. the organization name, the streams).
    void changed();
};

} // namespace pagesight
