#pragma once

#include "WizardState.h"
#include "api/LinkedInClient.h"

#include <QCoro/QCoroTask>

namespace pagesight {

// The few LinkedIn calls the wizard makes (organization names, the organizations the member
// administers), through the same LinkedInClient the sync uses.
struct WizardApiTarget {
    QNetworkAccessManager *network = nullptr;
    QUrl apiBase;
    QString apiVersion;
    QString accessToken;
    bool isUsable() const { return network && apiBase.isValid() && !accessToken.isEmpty(); }
};

// Where the draft source points and with which token (the sample server's for sample data).
WizardApiTarget apiTargetFor(const WizardState &state);

// One request with a short retry budget: a person is waiting. The client lives in the coroutine
// frame, so the caller may go away while the request runs (use QCoro::connect with a context).
QCoro::Task<ApiResponse> wizardGet(WizardApiTarget target, ApiRequest request);

// The organization's name in a GET organizations/{id} answer; empty when it has none.
QString organizationNameIn(const QJsonObject &organization);
// Organization ids in an organizationAcls answer, in order, without repeats.
QList<qint64> administeredOrganizationIds(const QJsonObject &acls);

} // namespace pagesight
