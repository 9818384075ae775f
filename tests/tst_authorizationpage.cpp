// The Authorization page driven as a person would: widgets found by objectName, keys typed,
// buttons clicked; LinkedIn is the sandbox, the browser a URL handler followed over HTTP.
#include "OAuthTestSupport.h"
#include "app/SampleData.h"
#include "common/Clock.h"
#include "sandbox/SandboxServer.h"
#include "wizard/AuthorizationPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/SetupWizard.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QEventLoop>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QToolButton>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);

template<typename T> T *find(QWidget *root, const char *objectName) {
    T *widget = root->findChild<T *>(QLatin1String(objectName));
    if (!widget)
        qWarning() << "no widget named" << objectName;
    return widget;
}

void typeOver(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Where a person clicks: radio buttons and check boxes react only on their indicator and text,
// which the middle of a row-wide button may miss.
void click(QAbstractButton *button) {
    const bool indicator = qobject_cast<QRadioButton *>(button) || qobject_cast<QCheckBox *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(6, button->height() / 2) : button->rect().center());
}

// One browser hop: GET without following redirects; the Location, if any.
QUrl browse(QNetworkAccessManager &network, const QUrl &url) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    reply->deleteLater();
    return location;
}

} // namespace

class TestAuthorizationPage : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock{kNow};
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_browserNetwork;
    SampleData m_sampleData;
    sandbox::SandboxServer m_sandbox;
    FakeBrowser m_browser;
    std::unique_ptr<WizardState> m_state;
    std::unique_ptr<AuthorizationPage> m_page;

    AppServices services() {
        AppServices services;
        services.network = &m_network;
        services.clock = &m_clock;
        services.sampleData = &m_sampleData;
        return services;
    }

    AuthorizationPage *openPage() {
        m_page = std::make_unique<AuthorizationPage>(m_state.get());
        m_page->resize(720, 640);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            qWarning("the page was not exposed");
        return m_page.get();
    }

    // Opens Advanced and points it at the sandbox, as a developer testing against it would.
    void pointAdvancedAtSandbox(AuthorizationPage *page, quint16 port = 0) {
        click(find<QToolButton>(page, "advancedToggleButton"));
        QVERIFY(find<QGroupBox>(page, "advancedGroupBox")->isVisible());
        typeOver(find<QLineEdit>(page, "apiBaseLineEdit"), m_sandbox.apiBaseUrl().toString());
        typeOver(find<QLineEdit>(page, "oauthBaseLineEdit"), m_sandbox.oauthBaseUrl().toString());
        if (port) {
            auto *spin = find<QSpinBox>(page, "loopbackPortSpinBox");
            typeOver(spin->findChild<QLineEdit *>(), QString::number(port));
            QCOMPARE(spin->value(), int(port));
        }
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_sandbox.listen());
    }

    void init() {
        m_state = std::make_unique<WizardState>(services());
        m_state->source.id = QStringLiteral("draft-source");
        m_state->source.streams = defaultStreamSelections();
        m_browser.opened.clear();
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    }

    void cleanup() {
        m_page.reset();
        m_state.reset();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void widgetsAreNamedForTestsAndScreenReaders() {
        AuthorizationPage *page = openPage();
        QCOMPARE(page->objectName(), QStringLiteral("authorizationPage"));
        for (const char *name :
             {"signInRadio",          "pasteTokenRadio",     "sampleDataRadio",       "clientIdLineEdit",
              "clientSecretLineEdit", "scopesLineEdit",      "pkceCheckBox",          "signInButton",
              "cancelSignInButton",   "redirectUrlLineEdit", "copyRedirectUrlButton", "accessTokenLineEdit",
              "showTokenButton",      "verifyButton",        "advancedGroupBox",      "apiBaseLineEdit",
              "oauthBaseLineEdit",    "apiVersionLineEdit",  "loopbackPortSpinBox",   "authorizationStatusLabel",
              "tokenExpiryLabel"}) {
            QWidget *widget = find<QWidget>(page, name);
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        // A new source: sign-in first, LinkedIn's defaults, the exact redirect URL to register.
        QVERIFY(find<QRadioButton>(page, "signInRadio")->isChecked());
        QCOMPARE(find<QLineEdit>(page, "redirectUrlLineEdit")->text(), QStringLiteral("http://127.0.0.1:8765/"));
        QVERIFY(find<QLineEdit>(page, "redirectUrlLineEdit")->isReadOnly());
        QCOMPARE(find<QLineEdit>(page, "scopesLineEdit")->text(),
                 QStringLiteral("rw_organization_admin r_organization_social"));
        QCOMPARE(find<QLineEdit>(page, "clientSecretLineEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(find<QLineEdit>(page, "apiBaseLineEdit")->text(), QStringLiteral("https://api.linkedin.com/rest"));
        QCOMPARE(find<QLineEdit>(page, "apiVersionLineEdit")->text(), QString::fromLatin1(linkedin::kApiVersion));
        QVERIFY(!find<QGroupBox>(page, "advancedGroupBox")->isVisible());
        QVERIFY(!page->isComplete());
    }

    void signInNeedsIdAndSecretUnlessPkce() {
        AuthorizationPage *page = openPage();
        auto *signIn = find<QPushButton>(page, "signInButton");
        QVERIFY(!signIn->isEnabled());
        QTest::keyClicks(find<QLineEdit>(page, "clientIdLineEdit"), QStringLiteral("abc"));
        QVERIFY(!signIn->isEnabled());
        click(find<QCheckBox>(page, "pkceCheckBox"));
        QVERIFY(signIn->isEnabled());
        click(find<QCheckBox>(page, "pkceCheckBox"));
        QTest::keyClicks(find<QLineEdit>(page, "clientSecretLineEdit"), QStringLiteral("s3cret"));
        QVERIFY(signIn->isEnabled());
    }

    void pastedTokenVerifies() {
        AuthorizationPage *page = openPage();
        QSignalSpy completeChanged(page, &QWizardPage::completeChanged);
        pointAdvancedAtSandbox(page);
        click(find<QRadioButton>(page, "pasteTokenRadio"));
        auto *verify = find<QPushButton>(page, "verifyButton");
        QVERIFY(!verify->isEnabled());
        auto *token = find<QLineEdit>(page, "accessTokenLineEdit");
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token, m_sandbox.options().accessToken);
        click(find<QToolButton>(page, "showTokenButton"));
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        const int aclCalls = m_sandbox.requestCount(QStringLiteral("organizationAcls"));
        click(verify);
        QVERIFY(!verify->isEnabled()); // busy: the button says so
        QCOMPARE(verify->text(), QStringLiteral("Checking…"));
        QVERIFY(!page->isComplete());

        QTRY_VERIFY(page->isComplete());
        QVERIFY(completeChanged.size() > 0);
        QCOMPARE(m_sandbox.requestCount(QStringLiteral("organizationAcls")), aclCalls + 1);
        QVERIFY(m_state->credentialVerified);
        QCOMPARE(m_state->secrets.accessToken, m_sandbox.options().accessToken);
        QVERIFY(m_state->secrets.refreshToken.isEmpty());
        const SourceConfig &source = m_state->source;
        QVERIFY(source.authMethod == SourceConfig::AuthMethod::PastedToken);
        QCOMPARE(source.apiBaseUrl, m_sandbox.apiBaseUrl());
        QCOMPARE(source.id, QStringLiteral("draft-source"));
        QVERIFY(!source.accessTokenExpiresAt.isValid());
        QCOMPARE(m_state->administeredOrganizations.size(), 2);
        QCOMPARE(m_state->administeredOrganizations.first().id, 12345678);
        QVERIFY(find<QLabel>(page, "tokenExpiryLabel")->text().contains(QStringLiteral("60 days")));
        QVERIFY(find<QLabel>(page, "authorizationStatusLabel")->text().contains(QStringLiteral("accepted")));

        // Typing over the verified token withdraws it.
        QTest::keyClicks(token, QStringLiteral("x"));
        QVERIFY(!page->isComplete());
        QVERIFY(!m_state->credentialVerified);
    }

    void tokenWithALineBreakIsNeverSent() {
        AuthorizationPage *page = openPage();
        pointAdvancedAtSandbox(page);
        click(find<QRadioButton>(page, "pasteTokenRadio"));
        const int before = m_sandbox.requestCount();
        find<QLineEdit>(page, "accessTokenLineEdit")->setText(QStringLiteral("abc\ndef"));
        click(find<QPushButton>(page, "verifyButton"));
        QVERIFY(find<QLabel>(page, "authorizationStatusLabel")->text().contains(QStringLiteral("invalid characters")));
        QVERIFY(!find<QLabel>(page, "authorizationStatusLabel")->text().contains(QStringLiteral("abc")));
        QCOMPARE(m_sandbox.requestCount(), before);
        QVERIFY(!page->isComplete());
    }

    void wrongTokenSaysWhy() {
        AuthorizationPage *page = openPage();
        pointAdvancedAtSandbox(page);
        click(find<QRadioButton>(page, "pasteTokenRadio"));
        QTest::keyClicks(find<QLineEdit>(page, "accessTokenLineEdit"), QStringLiteral("not-a-token"));
        click(find<QPushButton>(page, "verifyButton"));
        auto *status = find<QLabel>(page, "authorizationStatusLabel");
        QTRY_VERIFY(find<QPushButton>(page, "verifyButton")->isEnabled());
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("expired, was revoked or is wrong")),
                 qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("Invalid access token"))); // LinkedIn's own words
        QVERIFY(!page->isComplete());
        QVERIFY(!m_state->credentialVerified);
        QVERIFY(m_state->secrets.accessToken.isEmpty());
    }

    void sampleDataCompletesAtOnce() {
        AuthorizationPage *page = openPage();
        click(find<QRadioButton>(page, "sampleDataRadio"));
        QTRY_VERIFY(page->isComplete());
        QVERIFY(m_sampleData.isRunning());
        const SourceConfig &source = m_state->source;
        QVERIFY(source.authMethod == SourceConfig::AuthMethod::SampleData);
        QCOMPARE(source.id, QStringLiteral("draft-source"));
        QCOMPARE(source.organizationId, m_sampleData.organizationId());
        QCOMPARE(source.organizationName, m_sampleData.organizationName());
        QCOMPARE(source.startDate, kNow.date().addYears(-1));
        QCOMPARE(source.streams.size(), 5);
        QCOMPARE(source.apiBaseUrl, m_sampleData.apiBaseUrl());
        QCOMPARE(source.oauthBaseUrl, m_sampleData.oauthBaseUrl());
        QCOMPARE(m_state->secrets.accessToken, m_sampleData.accessToken());
        QVERIFY(!m_state->administeredOrganizations.isEmpty());
        QVERIFY(!find<QGroupBox>(page, "advancedGroupBox")->isEnabled());

        // Another way in is not complete until it is verified itself.
        click(find<QRadioButton>(page, "pasteTokenRadio"));
        QVERIFY(!page->isComplete());
        click(find<QRadioButton>(page, "sampleDataRadio"));
        QVERIFY(page->isComplete());
    }

    void signInWithLinkedIn() {
        AuthorizationPage *page = openPage();
        const quint16 port = freePort();
        pointAdvancedAtSandbox(page, port);
        QCOMPARE(find<QLineEdit>(page, "redirectUrlLineEdit")->text(),
                 QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QTest::keyClicks(find<QLineEdit>(page, "clientIdLineEdit"), m_sandbox.options().clientId);
        QTest::keyClicks(find<QLineEdit>(page, "clientSecretLineEdit"), m_sandbox.options().clientSecret);
        auto *signIn = find<QPushButton>(page, "signInButton");
        click(signIn);

        QCOMPARE(m_browser.opened.size(), 1);
        QVERIFY(!signIn->isEnabled());
        QVERIFY(find<QPushButton>(page, "cancelSignInButton")->isVisible());
        QVERIFY(find<QLabel>(page, "authorizationStatusLabel")->text().contains(QStringLiteral("browser")));
        const QUrl callback = browse(m_browserNetwork, m_browser.opened.first());
        QVERIFY(callback.toString().startsWith(QStringLiteral("http://127.0.0.1:%1/?code=").arg(port)));
        browse(m_browserNetwork, callback);

        QTRY_VERIFY(page->isComplete());
        QCOMPARE(m_state->secrets.accessToken, m_sandbox.options().accessToken);
        QVERIFY(!m_state->secrets.refreshToken.isEmpty());
        QCOMPARE(m_state->secrets.clientSecret, m_sandbox.options().clientSecret);
        const SourceConfig &source = m_state->source;
        QVERIFY(source.authMethod == SourceConfig::AuthMethod::OAuth);
        QCOMPARE(source.clientId, m_sandbox.options().clientId);
        QCOMPARE(source.scopes, QStringLiteral("rw_organization_admin r_organization_social"));
        QVERIFY(!source.usePkce);
        QCOMPARE(source.loopbackPort, port);
        QCOMPARE(source.oauthBaseUrl, m_sandbox.oauthBaseUrl());
        QCOMPARE(source.accessTokenExpiresAt, kNow.addDays(60));
        QVERIFY(source.refreshTokenExpiresAt.isValid());
        QVERIFY(find<QLabel>(page, "tokenExpiryLabel")->text().contains(QStringLiteral("in 60 days")));
        QVERIFY(find<QLabel>(page, "tokenExpiryLabel")->text().contains(QStringLiteral("refresh token")));
        QVERIFY(!find<QPushButton>(page, "cancelSignInButton")->isVisible());
    }

    // PKCE without a client secret: signed in, but LinkedIn will not renew the token, and the page
    // says so with the date to sign in again by, instead of promising a renewal.
    void pkceWithoutSecretIsNotRenewed() {
        AuthorizationPage *page = openPage();
        const quint16 port = freePort();
        pointAdvancedAtSandbox(page, port);
        QTest::keyClicks(find<QLineEdit>(page, "clientIdLineEdit"), m_sandbox.options().clientId);
        click(find<QCheckBox>(page, "pkceCheckBox"));
        click(find<QPushButton>(page, "signInButton"));
        QCOMPARE(m_browser.opened.size(), 1);
        QVERIFY(m_browser.opened.first().query().contains(QStringLiteral("code_challenge=")));
        browse(m_browserNetwork, browse(m_browserNetwork, m_browser.opened.first()));
        QTRY_VERIFY(page->isComplete());
        QVERIFY(m_state->source.usePkce);
        QVERIFY(m_state->secrets.clientSecret.isEmpty());
        QVERIFY(m_state->source.refreshTokenExpiresAt.isValid()); // LinkedIn issued one all the same
        const QString expiry = find<QLabel>(page, "tokenExpiryLabel")->text();
        QVERIFY2(expiry.contains(QStringLiteral("will not be renewed")), qPrintable(expiry));
        QVERIFY(expiry.contains(QLocale().toString(kNow.addDays(60).toLocalTime().date(), QLocale::LongFormat)));
        QVERIFY(!expiry.contains(QStringLiteral("Pagesight renews it")));
        QVERIFY(ReviewPage::summaryHtml(m_state->source, kNow, false).contains(QStringLiteral("is not renewed")));
        QVERIFY(!ReviewPage::summaryHtml(m_state->source, kNow, true).contains(QStringLiteral("is not renewed")));
    }

    void signInFailuresSayWhy() {
        AuthorizationPage *page = openPage();
        pointAdvancedAtSandbox(page, freePort());
        QTest::keyClicks(find<QLineEdit>(page, "clientIdLineEdit"), m_sandbox.options().clientId);
        QTest::keyClicks(find<QLineEdit>(page, "clientSecretLineEdit"), QStringLiteral("wrong-secret"));
        click(find<QPushButton>(page, "signInButton"));
        browse(m_browserNetwork, browse(m_browserNetwork, m_browser.opened.last()));
        auto *status = find<QLabel>(page, "authorizationStatusLabel");
        QTRY_VERIFY(find<QPushButton>(page, "signInButton")->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("Client Secret")), qPrintable(status->text()));
        QVERIFY(!page->isComplete());

        // Cancelled from the page while the browser is open: the port closes, the page says so.
        click(find<QPushButton>(page, "signInButton"));
        QVERIFY(find<QPushButton>(page, "cancelSignInButton")->isVisible());
        click(find<QPushButton>(page, "cancelSignInButton"));
        QCOMPARE(status->text(), QStringLiteral("Sign-in was cancelled."));
        QVERIFY(find<QPushButton>(page, "signInButton")->isEnabled());
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, find<QSpinBox>(page, "loopbackPortSpinBox")->value()));

        // Another program on the port.
        click(find<QPushButton>(page, "signInButton"));
        QTRY_VERIFY(find<QPushButton>(page, "signInButton")->isEnabled());
        QVERIFY2(status->text().contains(QString::number(squatter.serverPort())), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("in use")));
        QVERIFY(!page->isComplete());
    }

    void advancedFieldsAreChecked() {
        AuthorizationPage *page = openPage();
        click(find<QToolButton>(page, "advancedToggleButton"));
        click(find<QRadioButton>(page, "pasteTokenRadio"));
        QTest::keyClicks(find<QLineEdit>(page, "accessTokenLineEdit"), QStringLiteral("token"));
        QVERIFY(find<QPushButton>(page, "verifyButton")->isEnabled());
        typeOver(find<QLineEdit>(page, "apiVersionLineEdit"), QStringLiteral("2026-03"));
        QVERIFY(!find<QPushButton>(page, "verifyButton")->isEnabled());
        auto *message = find<QLabel>(page, "advancedMessageLabel");
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), describe(InputError{InputError::Kind::ApiVersion, QStringLiteral("2026-03")}));
        typeOver(find<QLineEdit>(page, "apiVersionLineEdit"), QStringLiteral("202611"));
        QVERIFY(!message->isVisible());
        QVERIFY(find<QPushButton>(page, "verifyButton")->isEnabled());
        typeOver(find<QSpinBox>(page, "loopbackPortSpinBox")->findChild<QLineEdit *>(), QStringLiteral("9123"));
        QCOMPARE(find<QLineEdit>(page, "redirectUrlLineEdit")->text(), QStringLiteral("http://127.0.0.1:9123/"));
        // Folding the section away keeps the values; the defaults button brings LinkedIn's back.
        click(find<QToolButton>(page, "advancedToggleButton"));
        QVERIFY(!find<QGroupBox>(page, "advancedGroupBox")->isVisible());
        QCOMPARE(find<QLineEdit>(page, "redirectUrlLineEdit")->text(), QStringLiteral("http://127.0.0.1:9123/"));
        click(find<QToolButton>(page, "advancedToggleButton"));
        typeOver(find<QLineEdit>(page, "apiBaseLineEdit"), QStringLiteral("ftp://proxy"));
        QVERIFY(!find<QPushButton>(page, "verifyButton")->isEnabled());
        QCOMPARE(message->text(), describe(InputError{InputError::Kind::BaseUrlScheme, QStringLiteral("ftp://proxy")}));
        click(find<QPushButton>(page, "advancedDefaultsButton"));
        QCOMPARE(find<QLineEdit>(page, "redirectUrlLineEdit")->text(), QStringLiteral("http://127.0.0.1:8765/"));
        QCOMPARE(find<QLineEdit>(page, "apiBaseLineEdit")->text(), QStringLiteral("https://api.linkedin.com/rest"));
        QCOMPARE(find<QLineEdit>(page, "apiVersionLineEdit")->text(), QString::fromLatin1(linkedin::kApiVersion));
        QVERIFY(find<QPushButton>(page, "verifyButton")->isEnabled());
    }

    // At the wizard's minimum size, opening Advanced leaves every field its full height (the page
    // scrolls instead of squeezing them).
    void advancedFitsTheSmallestWizard() {
        SetupWizard wizard(services(), SetupWizard::Mode::Create);
        wizard.resize(wizard.minimumSize());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *page = wizard.findChild<AuthorizationPage *>();
        QVERIFY(page);
        click(find<QRadioButton>(page, "signInRadio"));
        click(find<QToolButton>(page, "advancedToggleButton"));
        QCoreApplication::processEvents();
        for (const char *name : {"clientIdLineEdit", "clientSecretLineEdit", "scopesLineEdit", "redirectUrlLineEdit",
                                 "apiBaseLineEdit", "oauthBaseLineEdit", "apiVersionLineEdit"}) {
            auto *edit = find<QLineEdit>(page, name);
            QVERIFY2(edit->height() >= edit->minimumSizeHint().height(),
                     qPrintable(QStringLiteral("%1 is %2 px high, needs %3")
                                    .arg(QLatin1String(name))
                                    .arg(edit->height())
                                    .arg(edit->minimumSizeHint().height())));
        }
        // The last field can be scrolled to and shown whole.
        auto *area = page->findChild<QScrollArea *>();
        QVERIFY(area);
        auto *last = find<QLineEdit>(page, "apiVersionLineEdit");
        area->ensureWidgetVisible(last);
        const QRect shown(last->mapTo(area->viewport(), QPoint()), last->size());
        QVERIFY(area->viewport()->rect().contains(shown));
        if (const QString folder = qEnvironmentVariable("PAGESIGHT_SCREENSHOTS"); !folder.isEmpty())
            wizard.grab().save(folder + QStringLiteral("/authorization-advanced-minimum.png"));
    }

    void followingLinkedInsVersionIsTheDefault() {
        AuthorizationPage *page = openPage();
        auto *follow = find<QCheckBox>(page, "followApiVersionCheckBox");
        QVERIFY(follow->isChecked());
        QVERIFY(!follow->accessibleName().isEmpty());
        pointAdvancedAtSandbox(page);
        // Pinning: untick, verify a pasted token, and the source keeps the version pinned.
        click(follow);
        click(find<QRadioButton>(page, "pasteTokenRadio"));
        QTest::keyClicks(find<QLineEdit>(page, "accessTokenLineEdit"), m_sandbox.options().accessToken);
        click(find<QPushButton>(page, "verifyButton"));
        QTRY_VERIFY(page->isComplete());
        QVERIFY(!m_state->source.followApiVersion);
        // Ticking it again after verification follows LinkedIn again, without a new sign-in.
        click(follow);
        QVERIFY(page->isComplete());
        QVERIFY(m_state->source.followApiVersion);
        // A pinned source opens with the advanced section shown, the box unticked.
        m_state->source.followApiVersion = false;
        AuthorizationPage *again = openPage();
        QVERIFY(!find<QCheckBox>(again, "followApiVersionCheckBox")->isChecked());
        QVERIFY(find<QGroupBox>(again, "advancedGroupBox")->isVisible());
        click(find<QPushButton>(again, "advancedDefaultsButton"));
        QVERIFY(find<QCheckBox>(again, "followApiVersionCheckBox")->isChecked());
    }

    void reauthorizeIsPrefilled() {
        SourceConfig &source = m_state->source;
        source.organizationId = 12345678;
        source.authMethod = SourceConfig::AuthMethod::OAuth;
        source.clientId = QStringLiteral("my-client");
        source.scopes = QStringLiteral("rw_organization_admin r_organization_social r_organization_admin");
        source.usePkce = true;
        source.loopbackPort = 9123;
        source.needsReauthorization = true;
        m_state->secrets.clientSecret = QStringLiteral("kept-secret");
        AuthorizationPage *page = openPage();
        QVERIFY(find<QRadioButton>(page, "signInRadio")->isChecked());
        QCOMPARE(find<QLineEdit>(page, "clientIdLineEdit")->text(), QStringLiteral("my-client"));
        QCOMPARE(find<QLineEdit>(page, "clientSecretLineEdit")->text(), QStringLiteral("kept-secret"));
        QCOMPARE(find<QLineEdit>(page, "scopesLineEdit")->text(), source.scopes);
        QVERIFY(find<QCheckBox>(page, "pkceCheckBox")->isChecked());
        QVERIFY(find<QGroupBox>(page, "advancedGroupBox")->isVisible()); // not LinkedIn's default port
        QCOMPARE(find<QLineEdit>(page, "redirectUrlLineEdit")->text(), QStringLiteral("http://127.0.0.1:9123/"));
        QVERIFY(find<QLabel>(page, "authorizationStatusLabel")->text().contains(QStringLiteral("no longer")));
        QVERIFY(find<QPushButton>(page, "signInButton")->isEnabled());
        QVERIFY(!page->isComplete());
    }

    void editKeepsTheSavedCredential() {
        m_state->source.organizationId = 12345678;
        m_state->source.accessTokenExpiresAt = kNow.addDays(20);
        m_state->credentialVerified = true; // as SetupWizard sets it in Edit mode
        AuthorizationPage *page = openPage();
        QVERIFY(find<QRadioButton>(page, "pasteTokenRadio")->isChecked());
        QVERIFY(page->isComplete());
        QVERIFY(find<QLabel>(page, "tokenExpiryLabel")->text().contains(QStringLiteral("in 20 days")));
    }

    // The page offscreen, for a person to look at (set PAGESIGHT_SCREENSHOTS to a folder).
    void screenshots() {
        const QString folder = qEnvironmentVariable("PAGESIGHT_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("PAGESIGHT_SCREENSHOTS is not set");
        {
            SetupWizard wizard(services(), SetupWizard::Mode::Create);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.grab().save(folder + QStringLiteral("/authorization-in-wizard.png"));
        }
        AuthorizationPage *page = openPage();
        page->grab().save(folder + QStringLiteral("/authorization-signin.png"));
        pointAdvancedAtSandbox(page);
        typeOver(find<QLineEdit>(page, "apiVersionLineEdit"), QStringLiteral("2026"));
        click(find<QRadioButton>(page, "pasteTokenRadio"));
        page->grab().save(folder + QStringLiteral("/authorization-advanced.png"));
        typeOver(find<QLineEdit>(page, "apiVersionLineEdit"), QStringLiteral("202611"));
        QTest::keyClicks(find<QLineEdit>(page, "accessTokenLineEdit"), QStringLiteral("not-a-token"));
        click(find<QPushButton>(page, "verifyButton"));
        QTRY_VERIFY(find<QPushButton>(page, "verifyButton")->isEnabled());
        page->grab().save(folder + QStringLiteral("/authorization-paste-error.png"));
        click(find<QRadioButton>(page, "sampleDataRadio"));
        QTRY_VERIFY(page->isComplete());
        page->grab().save(folder + QStringLiteral("/authorization-sample.png"));
    }
};

QTEST_MAIN(TestAuthorizationPage)
#include "tst_authorizationpage.moc"
