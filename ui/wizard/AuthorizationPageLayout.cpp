// The widgets of the Authorization page; its behaviour is in AuthorizationPage.cpp.
#include "AuthorizationPage.h"

#include "WizardStyle.h"
#include "app/SampleData.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pagesight {

namespace {
constexpr int kSectionIndent = 24; // a section sits under its radio button's text

template<typename Widget> Widget *named(Widget *widget, const char *objectName, const QString &accessibleName) {
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

QLabel *helpLabel(const QString &richText, const char *objectName, QWidget *parent) {
    auto *label = new QLabel(richText, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

QVBoxLayout *sectionLayout(QWidget *section) {
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(kSectionIndent, 0, 0, 6);
    return layout;
}
} // namespace

void AuthorizationPage::buildUi() {
    // The page scrolls: with Advanced open it is taller than the smallest wizard, and a layout
    // without room squeezes the fields to a few pixels instead.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("authorizationScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // wrapped text takes the width
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    m_signInRadio = named(new QRadioButton(tr("&Sign in with LinkedIn, through your own LinkedIn app"), this),
                          "signInRadio", tr("Sign in with LinkedIn"));
    m_pasteTokenRadio =
        named(new QRadioButton(tr("&Paste an access token"), this), "pasteTokenRadio", tr("Paste an access token"));
    m_sampleDataRadio = named(new QRadioButton(tr("&Try with sample data, without a LinkedIn account"), this),
                              "sampleDataRadio", tr("Try with sample data"));
    auto *methods = new QButtonGroup(this);
    for (QRadioButton *radio : {m_signInRadio, m_pasteTokenRadio, m_sampleDataRadio})
        methods->addButton(radio);
    connect(methods, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            onMethodChosen();
    });

    m_signInSection = buildSignInSection();
    m_pasteTokenSection = buildPasteTokenSection();
    m_sampleDataSection = buildSampleDataSection();
    layout->addWidget(m_signInRadio);
    layout->addWidget(m_signInSection);
    layout->addWidget(m_pasteTokenRadio);
    layout->addWidget(m_pasteTokenSection);
    layout->addWidget(m_sampleDataRadio);
    layout->addWidget(m_sampleDataSection);
    layout->addWidget(buildAdvancedSection());

    m_statusLabel = named(new QLabel(this), "authorizationStatusLabel", tr("Verification"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText); // LinkedIn's words may come from the browser: never markup
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setVisible(false);
    m_expiryLabel = named(new QLabel(this), "tokenExpiryLabel", tr("Token expiry"));
    m_expiryLabel->setWordWrap(true);
    m_expiryLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_expiryLabel);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);
}

QWidget *AuthorizationPage::buildSignInSection() {
    auto *section = new QWidget(this);
    section->setObjectName(QStringLiteral("signInSection"));
    auto *layout = sectionLayout(section);

    auto *steps = helpLabel(
        tr("Once, in the <a href=\"https://www.linkedin.com/developers/apps\">LinkedIn Developer Portal</a>:"
           "<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">"
           "<li><b>Create app</b>, linked to your company's page.</li>"
           "<li>On the <b>Products</b> tab, request the <b>Community Management API</b>.</li>"
           "<li>On the <b>Auth</b> tab, add the redirect URL below under <i>Authorized redirect URLs</i>.</li>"
           "<li>Copy the <b>Client ID</b> and the <b>Primary Client Secret</b> from the <b>Auth</b> tab "
           "into the fields below.</li></ol>"),
        "setupStepsLabel", section);
    steps->setAccessibleName(tr("How to create the LinkedIn app"));
    layout->addWidget(steps);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_redirectUrlEdit = named(new QLineEdit(section), "redirectUrlLineEdit", tr("Redirect URL to register"));
    m_redirectUrlEdit->setReadOnly(true);
    m_copyRedirectButton = named(new QToolButton(section), "copyRedirectUrlButton", tr("Copy the redirect URL"));
    m_copyRedirectButton->setText(tr("Copy"));
    m_copyRedirectButton->setToolTip(tr("Copy the redirect URL to the clipboard"));
    connect(m_copyRedirectButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_redirectUrlEdit->text()); });
    auto *redirectRow = new QHBoxLayout;
    redirectRow->addWidget(m_redirectUrlEdit, 1);
    redirectRow->addWidget(m_copyRedirectButton);
    form->addRow(tr("Redirect URL:"), redirectRow);

    m_clientIdEdit = named(new QLineEdit(section), "clientIdLineEdit", tr("Client ID"));
    m_clientSecretEdit = named(new QLineEdit(section), "clientSecretLineEdit", tr("Client Secret"));
    m_clientSecretEdit->setEchoMode(QLineEdit::Password);
    m_scopesEdit = named(new QLineEdit(section), "scopesLineEdit", tr("Scopes"));
    m_scopesEdit->setToolTip(tr("Space-separated. The statistics need rw_organization_admin, the posts "
                                "r_organization_social."));
    m_pkceCheck =
        named(new QCheckBox(tr("My LinkedIn app has PKCE enabled (the Client Secret is then optional)"), section),
              "pkceCheckBox", tr("My LinkedIn app has PKCE enabled"));
    form->addRow(tr("Client &ID:"), m_clientIdEdit);
    form->addRow(tr("Client S&ecret:"), m_clientSecretEdit);
    form->addRow(tr("Sc&opes:"), m_scopesEdit);
    form->addRow(QString(), m_pkceCheck);
    layout->addLayout(form);

    m_signInButton =
        named(new QPushButton(tr("Sign in with LinkedIn"), section), "signInButton", tr("Sign in with LinkedIn"));
    m_cancelSignInButton =
        named(new QPushButton(tr("Cancel sign-in"), section), "cancelSignInButton", tr("Cancel sign-in"));
    m_cancelSignInButton->setVisible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_cancelSignInButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_clientIdEdit, m_clientSecretEdit, m_scopesEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] { onCredentialEdited(Method::OAuth); });
    connect(m_pkceCheck, &QCheckBox::toggled, this, [this] { onCredentialEdited(Method::OAuth); });
    connect(m_signInButton, &QPushButton::clicked, this, &AuthorizationPage::startSignIn);
    connect(m_cancelSignInButton, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel(); // finished(Cancelled) says so in the status line
    });
    return section;
}

QWidget *AuthorizationPage::buildPasteTokenSection() {
    auto *section = new QWidget(this);
    section->setObjectName(QStringLiteral("pasteTokenSection"));
    auto *layout = sectionLayout(section);
    auto *help = helpLabel(
        tr("Create one with LinkedIn's <a href=\"https://www.linkedin.com/developers/tools/oauth/token-generator\">"
           "token generator</a> (Developer Portal → Docs and tools → OAuth Token Tools) for your app, with the "
           "scopes rw_organization_admin and r_organization_social."),
        "tokenHelpLabel", section);
    help->setAccessibleName(tr("Where to get an access token"));
    layout->addWidget(help);

    m_accessTokenEdit = named(new QLineEdit(section), "accessTokenLineEdit", tr("Access token"));
    m_accessTokenEdit->setEchoMode(QLineEdit::Password);
    m_accessTokenEdit->setPlaceholderText(tr("Access token"));
    m_showTokenButton = named(new QToolButton(section), "showTokenButton", tr("Show the access token"));
    m_showTokenButton->setText(tr("Show"));
    m_showTokenButton->setCheckable(true);
    m_verifyButton = named(new QPushButton(tr("Verify"), section), "verifyButton", tr("Verify the access token"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_accessTokenEdit, 1);
    row->addWidget(m_showTokenButton);
    row->addWidget(m_verifyButton);
    layout->addLayout(row);

    connect(m_accessTokenEdit, &QLineEdit::textChanged, this, [this] { onCredentialEdited(Method::PastedToken); });
    connect(m_accessTokenEdit, &QLineEdit::returnPressed, this, &AuthorizationPage::verifyPastedToken);
    connect(m_showTokenButton, &QToolButton::toggled, this, [this](bool show) {
        m_accessTokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showTokenButton->setText(show ? tr("Hide") : tr("Show"));
        m_showTokenButton->setAccessibleName(show ? tr("Hide the access token") : tr("Show the access token"));
    });
    connect(m_verifyButton, &QPushButton::clicked, this, &AuthorizationPage::verifyPastedToken);
    return section;
}

QWidget *AuthorizationPage::buildSampleDataSection() {
    auto *section = new QWidget(this);
    section->setObjectName(QStringLiteral("sampleDataSection"));
    auto *layout = sectionLayout(section);
    const QString organization =
        m_state->services.sampleData ? m_state->services.sampleData->organizationName() : QString();
    auto *text = new QLabel(tr("A simulated LinkedIn API runs on this computer with a generated company page, "
                               "\"%1\", so every screen can be tried without a LinkedIn account. Nothing is sent to "
                               "LinkedIn.")
                                .arg(organization),
                            section);
    text->setObjectName(QStringLiteral("sampleDataLabel"));
    text->setWordWrap(true);
    layout->addWidget(text);
    return section;
}

QWidget *AuthorizationPage::buildAdvancedSection() {
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    // A toggle rather than a checkable group box: the values below always apply, and folded away
    // they take no room (a checkable group box keeps drawing its empty frame).
    m_advancedToggle = named(new QToolButton(section), "advancedToggleButton", tr("Show the advanced settings"));
    m_advancedToggle->setText(tr("Advanced: API addresses, version and port"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    // The arrow says open or closed; a sunken "pressed" panel would say it a second time.
    m_advancedToggle->setStyleSheet(QStringLiteral("QToolButton { border: none; background: transparent; }"));
    layout->addWidget(m_advancedToggle);

    m_advancedGroup = named(new QGroupBox(section), "advancedGroupBox", tr("Advanced settings"));
    m_advancedGroup->setVisible(false);
    layout->addWidget(m_advancedGroup);
    auto *form = new QFormLayout(m_advancedGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *hint = new QLabel(tr("LinkedIn's own addresses by default. Change them for the sandbox, a proxy or a "
                               "test."),
                            m_advancedGroup);
    hint->setWordWrap(true);
    form->addRow(hint);
    m_apiBaseEdit = named(new QLineEdit(m_advancedGroup), "apiBaseLineEdit", tr("API base URL"));
    m_oauthBaseEdit = named(new QLineEdit(m_advancedGroup), "oauthBaseLineEdit", tr("OAuth base URL"));
    m_apiVersionEdit = named(new QLineEdit(m_advancedGroup), "apiVersionLineEdit", tr("LinkedIn-Version"));
    m_apiVersionEdit->setPlaceholderText(tr("YYYYMM"));
    m_apiVersionEdit->setMaxLength(9);
    m_followVersionCheck = named(new QCheckBox(tr("&Follow LinkedIn's current version"), m_advancedGroup),
                                 "followApiVersionCheckBox", tr("Follow LinkedIn's current version"));
    m_followVersionCheck->setToolTip(tr("LinkedIn retires each monthly version about a year after it ships. When "
                                        "LinkedIn no longer accepts this version, the sync moves to the newest one "
                                        "it accepts and says so. Untick to pin the version: a retired version "
                                        "then stops the sync with a warning."));
    m_portSpin = named(new QSpinBox(m_advancedGroup), "loopbackPortSpinBox", tr("Loopback port"));
    m_portSpin->setRange(1024, 65535);
    m_portSpin->setToolTip(tr("The port of the redirect URL http://127.0.0.1:<port>/ registered in your LinkedIn "
                              "app."));
    form->addRow(tr("&API base URL:"), m_apiBaseEdit);
    form->addRow(tr("OAut&h base URL:"), m_oauthBaseEdit);
    form->addRow(tr("LinkedIn-&Version:"), m_apiVersionEdit);
    form->addRow(QString(), m_followVersionCheck);
    form->addRow(tr("Loopback &port:"), m_portSpin);
    m_advancedMessage = new QLabel(m_advancedGroup);
    wizardstyle::makeMessageLabel(m_advancedMessage, QStringLiteral("advancedMessageLabel"),
                                  tr("Advanced settings problem"), wizardstyle::Message::Error);
    form->addRow(m_advancedMessage);
    m_advancedDefaultsButton = named(new QPushButton(tr("Use LinkedIn's defaults"), m_advancedGroup),
                                     "advancedDefaultsButton", tr("Use LinkedIn's defaults"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_advancedDefaultsButton);
    form->addRow(buttons);

    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advancedToggle->setAccessibleName(open ? tr("Hide the advanced settings") : tr("Show the advanced settings"));
        m_advancedGroup->setVisible(open);
        if (auto *area = findChild<QScrollArea *>(); open && area) // once laid out, bring the settings into view
            QTimer::singleShot(0, area, [area, group = m_advancedGroup] { area->ensureWidgetVisible(group); });
    });
    connect(m_advancedDefaultsButton, &QPushButton::clicked, this, [this] {
        const SourceConfig defaults;
        m_apiBaseEdit->setText(defaults.apiBaseUrl.toString());
        m_oauthBaseEdit->setText(defaults.oauthBaseUrl.toString());
        m_apiVersionEdit->setText(defaults.apiVersion);
        m_followVersionCheck->setChecked(defaults.followApiVersion);
        m_portSpin->setValue(defaults.loopbackPort);
    });
    for (QLineEdit *edit : {m_apiBaseEdit, m_oauthBaseEdit, m_apiVersionEdit})
        connect(edit, &QLineEdit::textChanged, this, &AuthorizationPage::onAdvancedEdited);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &AuthorizationPage::onAdvancedEdited);
    connect(m_followVersionCheck, &QCheckBox::toggled, this, &AuthorizationPage::onAdvancedEdited);
    return section;
}

} // namespace pagesight
