#pragma once

#include "WizardState.h"
#include "api/LinkedInClient.h"
#include "auth/OAuthFlow.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace pagesight {

// The wizard's first page: how Pagesight reaches LinkedIn (docs/SPEC.md §1.1). Three ways in —
// sign in with the person's own LinkedIn app (OAuthFlow), paste an access token, or the built-in
// sample data — and each ends with one cheap call (organizationAcls) that proves the credential
// works. Only a verified credential is written to the WizardState: the secrets to state->secrets,
// the rest to state->source. The network is never waited on in the UI thread.
class AuthorizationPage : public QWizardPage {
    Q_OBJECT
public:
    AuthorizationPage(WizardState *state, QWidget *parent = nullptr);
    ~AuthorizationPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    using Method = SourceConfig::AuthMethod;
    enum class Busy { None, Browser, Verifying };
    struct Endpoints {
        QUrl apiBase;
        QUrl oauthBase;
        QString apiVersion;
        bool followVersion = true;
        quint16 port = linkedin::kLoopbackPort;
    };

    void buildUi();
    QWidget *buildSignInSection();
    QWidget *buildPasteTokenSection();
    QWidget *buildSampleDataSection();
    QWidget *buildAdvancedSection();
    void prefillFromState();

    Method selectedMethod() const;
    void onMethodChosen();
    void onCredentialEdited(Method owner);
    void onAdvancedEdited();
    Endpoints endpoints() const;
    bool endpointsValid() const;
    void updateRedirectUrl();
    void updateControls();

    void startSignIn();
    void onSignInFinished(const OAuthResult &result);
    void verifyPastedToken();
    void useSampleData();
    void verify(Method method, QString accessToken, Endpoints endpoints);
    void onVerified(Method method, const ApiResponse &response);
    void commit(Method method);
    void cancelAttempt();
    void invalidate();

    void setBusy(Busy busy);
    void showStatus(const QString &text, bool isError);
    void showExpiry();
    QNetworkAccessManager *network();
    QDateTime nowUtc() const;

    WizardState *m_state;
    SourceConfig m_baseSource; // the source before sample data replaced it, to go back to
    std::optional<Method> m_verifiedMethod;
    Busy m_busy = Busy::None;
    int m_attempt = 0; // answers from an older attempt are dropped
    bool m_filling = false;
    QPointer<OAuthFlow> m_flow;
    OAuthTokens m_pendingTokens;  // from the sign-in, until the verification call succeeds
    QString m_pendingAccessToken; // the token being verified
    QPointer<QNetworkAccessManager> m_ownNetwork;

    QRadioButton *m_signInRadio = nullptr;
    QRadioButton *m_pasteTokenRadio = nullptr;
    QRadioButton *m_sampleDataRadio = nullptr;
    QWidget *m_signInSection = nullptr;
    QWidget *m_pasteTokenSection = nullptr;
    QWidget *m_sampleDataSection = nullptr;

    QLineEdit *m_redirectUrlEdit = nullptr;
    QToolButton *m_copyRedirectButton = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;
    QLineEdit *m_clientSecretEdit = nullptr;
    QLineEdit *m_scopesEdit = nullptr;
    QCheckBox *m_pkceCheck = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelSignInButton = nullptr;

    QLineEdit *m_accessTokenEdit = nullptr;
    QToolButton *m_showTokenButton = nullptr;
    QPushButton *m_verifyButton = nullptr;

    QToolButton *m_advancedToggle = nullptr;
    QGroupBox *m_advancedGroup = nullptr;
    QPushButton *m_advancedDefaultsButton = nullptr;
    QLineEdit *m_apiBaseEdit = nullptr;
    QLineEdit *m_oauthBaseEdit = nullptr;
    QLineEdit *m_apiVersionEdit = nullptr;
    QCheckBox *m_followVersionCheck = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QLabel *m_advancedMessage = nullptr;

    QLabel *m_statusLabel = nullptr;
    QLabel *m_expiryLabel = nullptr;
};

} // namespace pagesight
