// The behaviour of the Authorization page: choosing a way in, signing in, verifying, and writing
// the verified credential to the wizard's state. The widgets are built in AuthorizationPageLayout.cpp.
#include "AuthorizationPage.h"

#include "common/AccessToken.h"

#include "SetupWizard.h"
#include "WizardApi.h"
#include "WizardStyle.h"
#include "app/SampleData.h"
#include "common/Clock.h"
#include "streams/StreamPlan.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>

namespace pagesight {

namespace {
constexpr auto kErrorStyle = "color: #b3261e;"; // the wizard's error colour (WizardStyle.cpp)

bool isHttpUrl(const QUrl &url) {
    return isValidBaseUrl(url);
}
} // namespace

AuthorizationPage::AuthorizationPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state) {
    setObjectName(QStringLiteral("authorizationPage"));
    setTitle(tr("Authorization"));
    setSubTitle(tr("Choose how Pagesight reaches your company's LinkedIn Page. The credential is checked with "
                   "LinkedIn at once, and kept only in the system keychain."));
    setStyleSheet(wizardstyle::invalidFieldStyleSheet());
    buildUi();
    prefillFromState();
}

AuthorizationPage::~AuthorizationPage() = default;

void AuthorizationPage::prefillFromState() {
    m_filling = true;
    const SourceConfig &source = m_state->source;
    const SourceConfig defaults;
    m_baseSource = source;
    const auto *wizard = qobject_cast<const SetupWizard *>(parentWidget());
    const bool existing = wizard ? wizard->mode() != SetupWizard::Mode::Create : source.organizationId > 0;

    m_clientIdEdit->setText(source.clientId);
    m_clientSecretEdit->setText(m_state->secrets.clientSecret);
    m_scopesEdit->setText(source.scopes.isEmpty() ? defaults.scopes : source.scopes);
    m_pkceCheck->setChecked(source.usePkce);
    // A sample source's addresses are the sample server's of the day, not settings of the person's.
    const bool sample = source.authMethod == Method::SampleData;
    const QUrl apiBase = sample ? defaults.apiBaseUrl : source.apiBaseUrl;
    const QUrl oauthBase = sample ? defaults.oauthBaseUrl : source.oauthBaseUrl;
    m_apiBaseEdit->setText(apiBase.toString());
    m_oauthBaseEdit->setText(oauthBase.toString());
    m_apiVersionEdit->setText(source.apiVersion);
    m_followVersionCheck->setChecked(source.followApiVersion);
    m_portSpin->setValue(source.loopbackPort);
    // Settings away from LinkedIn's defaults are shown, so nobody wonders why sign-in goes elsewhere.
    m_advancedToggle->setChecked(apiBase != defaults.apiBaseUrl || oauthBase != defaults.oauthBaseUrl ||
                                 source.apiVersion != defaults.apiVersion || !source.followApiVersion ||
                                 source.loopbackPort != defaults.loopbackPort);

    QRadioButton *radio = m_signInRadio;
    if (existing && source.authMethod == Method::PastedToken) {
        radio = m_pasteTokenRadio;
        m_accessTokenEdit->setText(m_state->secrets.accessToken);
    } else if (existing && sample) {
        radio = m_sampleDataRadio;
    }
    radio->setChecked(true);
    // A real page's source re-authorized or edited stays a real page: sample data is for trying.
    m_sampleDataRadio->setVisible(!existing || sample);
    m_signInSection->setVisible(radio == m_signInRadio);
    m_pasteTokenSection->setVisible(radio == m_pasteTokenRadio);
    m_sampleDataSection->setVisible(radio == m_sampleDataRadio);

    if (m_state->credentialVerified) {
        m_verifiedMethod = selectedMethod();
        showStatus(tr("This source's saved credential is kept. Sign in again or paste a new token only to "
                      "replace it."),
                   false);
        showExpiry();
    } else if (existing && source.needsReauthorization) {
        showStatus(tr("LinkedIn no longer accepts this source's credential. Sign in again, or paste a new access "
                      "token."),
                   true);
    }
    m_filling = false;
    onAdvancedEdited();
}

void AuthorizationPage::initializePage() {
    // The caller may hand the wizard the source's secrets from the keychain after constructing it.
    m_filling = true;
    if (m_clientSecretEdit->text().isEmpty())
        m_clientSecretEdit->setText(m_state->secrets.clientSecret);
    if (m_accessTokenEdit->text().isEmpty() && m_state->source.authMethod == Method::PastedToken &&
        m_state->source.organizationId > 0)
        m_accessTokenEdit->setText(m_state->secrets.accessToken);
    m_filling = false;
    updateControls();
    // A sample source being re-authorized needs no input: start its server and check at once.
    if (!m_state->credentialVerified && selectedMethod() == Method::SampleData && m_busy == Busy::None)
        useSampleData();
}

bool AuthorizationPage::isComplete() const {
    return m_busy == Busy::None && m_state->credentialVerified && m_verifiedMethod == selectedMethod();
}

AuthorizationPage::Method AuthorizationPage::selectedMethod() const {
    if (m_pasteTokenRadio->isChecked())
        return Method::PastedToken;
    if (m_sampleDataRadio->isChecked())
        return Method::SampleData;
    return Method::OAuth;
}

void AuthorizationPage::onMethodChosen() {
    if (m_filling)
        return;
    cancelAttempt(); // a sign-in waiting in the browser ends; a pending check's answer is dropped
    const Method method = selectedMethod();
    m_signInSection->setVisible(method == Method::OAuth);
    m_pasteTokenSection->setVisible(method == Method::PastedToken);
    m_sampleDataSection->setVisible(method == Method::SampleData);
    showStatus({}, false);
    m_expiryLabel->clear();
    if (m_verifiedMethod == method)
        showExpiry();
    updateControls();
    emit completeChanged();
    if (method == Method::SampleData && m_verifiedMethod != Method::SampleData)
        useSampleData();
}

void AuthorizationPage::onCredentialEdited(Method owner) {
    if (m_filling)
        return;
    if (m_verifiedMethod == owner)
        invalidate(); // the verified credential is no longer the one on screen
    updateControls();
}

AuthorizationPage::Endpoints AuthorizationPage::endpoints() const {
    return {QUrl(m_apiBaseEdit->text().trimmed()), QUrl(m_oauthBaseEdit->text().trimmed()),
            m_apiVersionEdit->text().trimmed(), m_followVersionCheck->isChecked(), quint16(m_portSpin->value())};
}

bool AuthorizationPage::endpointsValid() const {
    const Endpoints e = endpoints();
    return isHttpUrl(e.apiBase) && isHttpUrl(e.oauthBase) && isValidApiVersion(e.apiVersion);
}

void AuthorizationPage::onAdvancedEdited() {
    if (m_filling)
        return;
    const Endpoints e = endpoints();
    InputError error;
    const bool apiOk = isHttpUrl(e.apiBase), oauthOk = isHttpUrl(e.oauthBase);
    const bool versionOk = isValidApiVersion(e.apiVersion);
    if (!apiOk)
        error = checkBaseUrl(e.apiBase, m_apiBaseEdit->text());
    else if (!oauthOk)
        error = checkBaseUrl(e.oauthBase, m_oauthBaseEdit->text());
    else if (!versionOk)
        error = {InputError::Kind::ApiVersion, m_apiVersionEdit->text()};
    wizardstyle::markInvalid(m_apiBaseEdit, !apiOk, apiOk ? QString() : describe(error));
    wizardstyle::markInvalid(m_oauthBaseEdit, !oauthOk, oauthOk ? QString() : describe(error));
    wizardstyle::markInvalid(m_apiVersionEdit, !versionOk, versionOk ? QString() : describe(error));
    wizardstyle::setMessage(m_advancedMessage, describe(error));
    updateRedirectUrl();

    if (!error.isError() && m_verifiedMethod && m_verifiedMethod != Method::SampleData) {
        SourceConfig &source = m_state->source;
        // A token belongs to the server that issued it; the version and port are settings of the
        // source that a saved credential survives (a 426 says to change the version here).
        if (e.apiBase != source.apiBaseUrl || e.oauthBase != source.oauthBaseUrl) {
            invalidate();
        } else {
            source.apiVersion = e.apiVersion;
            source.followApiVersion = e.followVersion;
            source.loopbackPort = e.port;
        }
    }
    updateControls();
}

void AuthorizationPage::updateRedirectUrl() {
    m_redirectUrlEdit->setText(OAuthFlow::redirectUriFor(endpoints().port).toString());
}

void AuthorizationPage::updateControls() {
    const Method method = selectedMethod();
    const bool idle = m_busy == Busy::None;
    const bool valid = endpointsValid();
    const bool signInReady = !m_clientIdEdit->text().trimmed().isEmpty() &&
                             (m_pkceCheck->isChecked() || !m_clientSecretEdit->text().trimmed().isEmpty());
    m_signInButton->setEnabled(idle && valid && signInReady);
    m_signInButton->setText(m_busy == Busy::Browser                                ? tr("Waiting for the browser…")
                            : m_busy == Busy::Verifying && method == Method::OAuth ? tr("Checking…")
                                                                                   : tr("Sign in with LinkedIn"));
    m_cancelSignInButton->setVisible(m_busy == Busy::Browser);
    m_verifyButton->setEnabled(idle && valid && !m_accessTokenEdit->text().trimmed().isEmpty());
    m_verifyButton->setText(m_busy == Busy::Verifying && method == Method::PastedToken ? tr("Checking…")
                                                                                       : tr("Verify"));
    // The sample data brings its own addresses; a check in flight uses the ones it started with.
    m_advancedGroup->setEnabled(idle && method != Method::SampleData);
}

void AuthorizationPage::startSignIn() {
    if (!m_signInButton->isEnabled())
        return;
    cancelAttempt();
    invalidate();
    OAuthFlowOptions options;
    const Endpoints e = endpoints();
    options.oauthBaseUrl = e.oauthBase;
    options.port = e.port;
    options.clientId = m_clientIdEdit->text().trimmed();
    options.clientSecret = m_clientSecretEdit->text().trimmed();
    options.scopes = m_scopesEdit->text().simplified();
    if (options.scopes.isEmpty())
        options.scopes = SourceConfig().scopes;
    options.usePkce = m_pkceCheck->isChecked();
    options.clock = m_state->services.clock;
    m_flow = new OAuthFlow(network(), options, this);
    connect(m_flow, &OAuthFlow::finished, this, &AuthorizationPage::onSignInFinished);
    setBusy(Busy::Browser);
    m_flow->start();
    if (!m_flow || m_flow->state() != OAuthFlow::State::WaitingForBrowser)
        return;
    if (m_flow->browserOpened()) {
        showStatus(tr("LinkedIn's sign-in page is open in your browser. Sign in there and choose Allow; Pagesight "
                      "waits for the answer at %1.")
                       .arg(m_flow->redirectUri().toString()),
                   false);
    } else {
        QGuiApplication::clipboard()->setText(m_flow->authorizationUrl().toString());
        showStatus(tr("No browser could be opened. The sign-in address is on the clipboard: paste it into your "
                      "browser, sign in and choose Allow."),
                   false);
    }
}

void AuthorizationPage::onSignInFinished(const OAuthResult &result) {
    if (sender() != m_flow)
        return;
    m_flow->deleteLater(); // we are inside its signal
    m_flow = nullptr;
    if (!result.ok()) {
        setBusy(Busy::None);
        showStatus(describe(result.error), true);
        return;
    }
    m_pendingTokens = result.tokens;
    verify(Method::OAuth, result.tokens.accessToken, endpoints());
}

void AuthorizationPage::verifyPastedToken() {
    if (!m_verifyButton->isEnabled())
        return;
    cancelAttempt();
    invalidate();
    const QString token = m_accessTokenEdit->text().trimmed();
    if (!isUsableAccessToken(token)) { // a line break or a space inside: never sent, never echoed
        showStatus(describe(InputError{InputError::Kind::InvalidToken, {}}), true);
        return;
    }
    verify(Method::PastedToken, token, endpoints());
}

void AuthorizationPage::useSampleData() {
    cancelAttempt();
    invalidate();
    SampleData *sample = m_state->services.sampleData;
    if (!sample || !sample->ensureRunning()) {
        showStatus(tr("The sample data could not start: no port on this computer's loopback address could be "
                      "opened."),
                   true);
        return;
    }
    const SourceConfig defaults;
    verify(Method::SampleData, sample->accessToken(),
           {sample->apiBaseUrl(), sample->oauthBaseUrl(), defaults.apiVersion, true, defaults.loopbackPort});
}

void AuthorizationPage::verify(Method method, QString accessToken, Endpoints endpoints) {
    const int attempt = ++m_attempt;
    m_pendingAccessToken = accessToken;
    setBusy(Busy::Verifying);
    showStatus(tr("Checking the credential with LinkedIn…"), false);
    WizardApiTarget target;
    target.network = network();
    target.apiBase = endpoints.apiBase;
    target.apiVersion = endpoints.apiVersion;
    target.accessToken = std::move(accessToken);
    QCoro::connect(wizardGet(target, organizationAclsRequest()), this,
                   [this, attempt, method](const ApiResponse &response) {
                       if (attempt == m_attempt)
                           onVerified(method, response);
                   });
}

void AuthorizationPage::onVerified(Method method, const ApiResponse &response) {
    setBusy(Busy::None);
    if (!response.ok()) {
        m_pendingTokens = {};
        m_pendingAccessToken.clear();
        showStatus(describe(response.error), true);
        return;
    }
    commit(method);
    m_state->administeredOrganizations.clear();
    for (const qint64 id : administeredOrganizationIds(response.json))
        m_state->administeredOrganizations.append({id, QString()});
    m_verifiedMethod = method;
    m_state->credentialVerified = true;
    const qsizetype pages = m_state->administeredOrganizations.size();
    showStatus(pages == 0
                   ? tr("LinkedIn accepted the credential, but lists no organization page that this member "
                        "administers. You can still enter the organization ID on the next page.")
                   : tr("LinkedIn accepted the credential. Organization pages this member administers: %1.").arg(pages),
               false);
    showExpiry();
    emit completeChanged();
    emit m_state->changed();
}

void AuthorizationPage::commit(Method method) {
    SourceConfig &source = m_state->source;
    const QString id = source.id;
    if (method == Method::SampleData) {
        SampleData *sample = m_state->services.sampleData;
        // A sample source keeps its organization, streams and schedule when it is re-checked.
        if (source.authMethod != Method::SampleData || source.organizationId != sample->organizationId()) {
            m_baseSource = source;
            source = sample->sampleSource(nowUtc().date());
        }
        source.apiBaseUrl = sample->apiBaseUrl();
        source.oauthBaseUrl = sample->oauthBaseUrl();
        m_state->secrets = SourceSecrets{m_pendingAccessToken, {}, {}};
    } else {
        if (source.authMethod == Method::SampleData && m_baseSource.authMethod != Method::SampleData)
            source = m_baseSource; // what the person had before trying the sample data
        const Endpoints e = endpoints();
        source.apiBaseUrl = e.apiBase;
        source.oauthBaseUrl = e.oauthBase;
        source.apiVersion = e.apiVersion;
        source.followApiVersion = e.followVersion;
        source.loopbackPort = e.port;
        source.clientId = m_clientIdEdit->text().trimmed();
        if (method == Method::OAuth) {
            source.scopes = m_scopesEdit->text().simplified();
            source.usePkce = m_pkceCheck->isChecked();
            m_state->secrets = SourceSecrets{m_pendingTokens.accessToken, m_pendingTokens.refreshToken,
                                             m_clientSecretEdit->text().trimmed()};
        } else {
            m_state->secrets = SourceSecrets{m_pendingAccessToken, {}, {}};
        }
    }
    source.id = id;
    source.authMethod = method;
    source.needsReauthorization = false;
    source.accessTokenExpiresAt = method == Method::OAuth ? m_pendingTokens.accessExpiresAt : QDateTime();
    source.refreshTokenExpiresAt = method == Method::OAuth ? m_pendingTokens.refreshExpiresAt : QDateTime();
    m_pendingTokens = {};
    m_pendingAccessToken.clear();
}

void AuthorizationPage::cancelAttempt() {
    ++m_attempt;
    if (m_flow) {
        OAuthFlow *flow = m_flow;
        m_flow = nullptr;
        flow->disconnect(this);
        flow->cancel();
        flow->deleteLater();
    }
    m_pendingTokens = {};
    m_pendingAccessToken.clear();
    if (m_busy != Busy::None)
        setBusy(Busy::None);
}

void AuthorizationPage::invalidate() {
    if (!m_verifiedMethod && !m_state->credentialVerified)
        return;
    m_verifiedMethod.reset();
    m_state->credentialVerified = false;
    m_state->administeredOrganizations.clear();
    showStatus({}, false);
    m_expiryLabel->clear();
    emit completeChanged();
}

void AuthorizationPage::setBusy(Busy busy) {
    m_busy = busy;
    updateControls();
    emit completeChanged();
}

void AuthorizationPage::showStatus(const QString &text, bool isError) {
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(isError ? QString::fromLatin1(kErrorStyle) : QString());
    m_statusLabel->setAccessibleDescription(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

void AuthorizationPage::showExpiry() {
    const SourceConfig &source = m_state->source;
    QString text;
    if (source.authMethod == Method::SampleData) {
        text = tr("Sample data: the token does not expire.");
    } else if (!source.accessTokenExpiresAt.isValid()) {
        text = tr("When this token expires is not known: LinkedIn's access tokens last 60 days from when they "
                  "were created.");
    } else {
        const QLocale locale;
        const qint64 days = nowUtc().daysTo(source.accessTokenExpiresAt);
        text = days <= 1
                   ? tr("The access token expires on %1, within a day.")
                         .arg(locale.toString(source.accessTokenExpiresAt.toLocalTime(), QLocale::ShortFormat))
                   : tr("The access token expires on %1, in %2 days.")
                         .arg(locale.toString(source.accessTokenExpiresAt.toLocalTime().date(), QLocale::LongFormat))
                         .arg(days);
        if (source.refreshTokenExpiresAt.isValid() && m_state->secrets.clientSecret.isEmpty())
            // LinkedIn renews a token only for a request with the client secret (docs/LINKEDIN-API.md).
            text += QLatin1Char(' ') +
                    tr("LinkedIn issued a refresh token, but it renews tokens only for a request with the client "
                       "secret, and this PKCE sign-in has none: it will not be renewed. Re-authorize the source "
                       "on the Sources page before %1; after that its syncs stop and ask you to sign in.")
                        .arg(locale.toString(source.accessTokenExpiresAt.toLocalTime().date(), QLocale::LongFormat));
        else if (source.refreshTokenExpiresAt.isValid())
            text += QLatin1Char(' ') +
                    tr("Pagesight renews it with the refresh token LinkedIn issued, which is valid until %1.")
                        .arg(locale.toString(source.refreshTokenExpiresAt.toLocalTime().date(), QLocale::LongFormat));
        else
            text += QLatin1Char(' ') + tr("LinkedIn issued no refresh token: sign in again before then.");
    }
    m_expiryLabel->setText(text);
    m_expiryLabel->setAccessibleDescription(text);
}

QNetworkAccessManager *AuthorizationPage::network() {
    if (m_state->services.network)
        return m_state->services.network;
    if (!m_ownNetwork)
        m_ownNetwork = new QNetworkAccessManager(this);
    return m_ownNetwork;
}

QDateTime AuthorizationPage::nowUtc() const {
    return m_state->services.clock ? m_state->services.clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

} // namespace pagesight
