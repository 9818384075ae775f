#include "OrganizationPage.h"

#include "WizardStyle.h"
#include "common/Clock.h"
#include "streams/StreamPlan.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pagesight {

namespace {
// Long enough not to look up "1234" on the way to "12345678"; short enough to feel immediate.
constexpr int kLookupDelayMs = 400;

QString itemTextFor(qint64 id, const QString &name) {
    return name.isEmpty() ? OrganizationPage::tr("Organization %1").arg(id)
                          : OrganizationPage::tr("%1 (%2)").arg(name).arg(id);
}

bool rejectsTheEntry(ApiError::Kind kind) {
    // These answers will not change by waiting: the sync would fail the same way.
    return kind == ApiError::Kind::NotFound || kind == ApiError::Kind::Forbidden ||
           kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::VersionInactive ||
           kind == ApiError::Kind::BadRequest;
}
} // namespace

OrganizationPage::OrganizationPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_organizationCombo(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_organizationErrorLabel(new QLabel(this))
    , m_helpButton(new QToolButton(this))
    , m_helpLabel(new QLabel(this))
    , m_startDateEdit(new QDateEdit(this))
    , m_startDateErrorLabel(new QLabel(this))
    , m_startDateHintLabel(new QLabel(this))
    , m_debounce(new QTimer(this)) {
    setObjectName(QStringLiteral("organizationPage"));
    setTitle(tr("Organization and start date"));
    setSubTitle(tr("Which LinkedIn Page to sync, and from which day."));

    m_organizationCombo->setObjectName(QStringLiteral("organizationIdComboBox"));
    m_organizationCombo->setAccessibleName(tr("Organization ID"));
    m_organizationCombo->setEditable(true);
    // Typing is free: no inline completion rewriting a half-typed URN, no typed text added to the list.
    m_organizationCombo->setCompleter(nullptr);
    m_organizationCombo->setInsertPolicy(QComboBox::NoInsert);
    m_organizationCombo->setMinimumWidth(380);
    m_organizationCombo->lineEdit()->setPlaceholderText(
        tr("12345678, urn:li:organization:12345678 or the page's admin URL"));
    m_organizationCombo->setToolTip(tr("The organization's numeric ID, its URN, or the address of its admin "
                                       "page. The list offers the pages you administer."));

    m_nameLabel->setObjectName(QStringLiteral("organizationNameLabel"));
    m_nameLabel->setAccessibleName(tr("Organization name"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);

    wizardstyle::makeMessageLabel(m_organizationErrorLabel, QStringLiteral("organizationErrorLabel"),
                                  tr("Organization problem"), wizardstyle::Message::Error);

    m_helpButton->setObjectName(QStringLiteral("organizationHelpButton"));
    m_helpButton->setAccessibleName(tr("How do I find the ID?"));
    m_helpButton->setText(tr("How do I find the ID?"));
    m_helpButton->setCheckable(true);
    m_helpButton->setAutoRaise(true);
    m_helpButton->setArrowType(Qt::RightArrow);
    m_helpButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Drawn like the Authorization page's Advanced toggle: the arrow says open or closed, and a
    // checked tool button's sunken grey panel around the open notes would say it a second time.
    m_helpButton->setStyleSheet(QStringLiteral("QToolButton { border: none; background: transparent; }"));
    m_helpLabel->setObjectName(QStringLiteral("organizationHelpLabel"));
    m_helpLabel->setAccessibleName(tr("How to find the organization ID"));
    m_helpLabel->setWordWrap(true);
    m_helpLabel->setTextFormat(Qt::RichText);
    m_helpLabel->setText(
        tr("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">"
           "<li><b>Admin URL</b>: open your page as an administrator. The address reads "
           "linkedin.com/company/<b>12345678</b>/admin/&hellip; &mdash; paste the whole address here.</li>"
           "<li><b>Page source</b>: on the public page, view the page source and search for "
           "<i>urn:li:organization:</i> &mdash; the number after it is the ID.</li>"
           "<li><b>Campaign Manager</b>: the ad account's settings show the LinkedIn Page it is associated "
           "with, and its ID.</li></ul>"));
    m_helpLabel->setVisible(false);
    connect(m_helpButton, &QToolButton::toggled, this, [this](bool on) {
        m_helpLabel->setVisible(on);
        m_helpButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    m_startDateEdit->setObjectName(QStringLiteral("startDateEdit"));
    m_startDateEdit->setAccessibleName(tr("Start date"));
    m_startDateEdit->setCalendarPopup(true);
    // ISO, as the CLI and the catalog write dates: no day/month ambiguity.
    m_startDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_startDateEdit->setMinimumDate(QDate(2003, 1, 1)); // LinkedIn's launch
    m_startDateEdit->setToolTip(tr("The earliest day to sync. Posts published before it are not synced."));
    wizardstyle::makeMessageLabel(m_startDateErrorLabel, QStringLiteral("startDateErrorLabel"),
                                  tr("Start date problem"), wizardstyle::Message::Error);
    wizardstyle::makeMessageLabel(m_startDateHintLabel, QStringLiteral("startDateHintLabel"), tr("Start date notes"),
                                  wizardstyle::Message::Hint);

    auto *organizationColumn = new QVBoxLayout;
    organizationColumn->setSpacing(4);
    organizationColumn->addWidget(m_organizationCombo);
    organizationColumn->addWidget(m_nameLabel);
    organizationColumn->addWidget(m_organizationErrorLabel);
    organizationColumn->addWidget(m_helpButton, 0, Qt::AlignLeft);
    organizationColumn->addWidget(m_helpLabel);

    auto *dateColumn = new QVBoxLayout;
    dateColumn->setSpacing(4);
    dateColumn->addWidget(m_startDateEdit, 0, Qt::AlignLeft);
    dateColumn->addWidget(m_startDateErrorLabel);
    dateColumn->addWidget(m_startDateHintLabel);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(16);
    auto *organizationLabel = new QLabel(tr("&Organization:"), this);
    organizationLabel->setBuddy(m_organizationCombo);
    auto *dateLabel = new QLabel(tr("&Start date:"), this);
    dateLabel->setBuddy(m_startDateEdit);
    form->addRow(organizationLabel, organizationColumn);
    form->addRow(dateLabel, dateColumn);

    m_debounce->setObjectName(QStringLiteral("organizationLookupTimer"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kLookupDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &OrganizationPage::startLookup);
    connect(m_organizationCombo, &QComboBox::editTextChanged, this, &OrganizationPage::onOrganizationTextChanged);
    connect(m_startDateEdit, &QDateEdit::dateChanged, this, &OrganizationPage::onStartDateChanged);
}

void OrganizationPage::initializePage() {
    // Another page may have changed the state since the last visit (sample data fills in an
    // organization; a new token may now see what an old one could not): read it again.
    for (const OrganizationChoice &choice : std::as_const(m_state->administeredOrganizations))
        if (!choice.name.isEmpty())
            m_names.insert(choice.id, choice.name);
    const SourceConfig &source = m_state->source;
    if (source.organizationId > 0 && !source.organizationName.isEmpty())
        m_names.insert(source.organizationId, source.organizationName);
    fillOrganizationList();

    {
        const QSignalBlocker blocker(m_organizationCombo);
        if (source.organizationId > 0 && enteredOrganizationId() != source.organizationId)
            m_organizationCombo->setEditText(QString::number(source.organizationId));
        else if (source.organizationId <= 0 && m_organizationCombo->currentText().isEmpty() &&
                 m_organizationCombo->count() == 1)
            m_organizationCombo->setCurrentIndex(0); // the one page this member administers
    }
    m_currentId.reset();
    m_lookup = Lookup::None;
    onOrganizationTextChanged();

    {
        const QSignalBlocker blocker(m_startDateEdit);
        m_startDateEdit->setDate(source.startDate.isValid() ? source.startDate : today().addYears(-1));
    }
    onStartDateChanged();

    fetchAdministeredOrganizations();
    fetchMissingNames();
}

bool OrganizationPage::isComplete() const {
    const bool organizationOk = m_currentId && (m_lookup == Lookup::Found || m_lookup == Lookup::Unverified);
    const QDate start = m_startDateEdit->date();
    return organizationOk && start.isValid() && start <= today();
}

QString OrganizationPage::lookupErrorText(const ApiError &error, qint64 organizationId) {
    switch (error.kind) {
    case ApiError::Kind::NotFound:
        return tr("LinkedIn has no organization with the ID %1. Check the number in the page's admin URL.")
            .arg(organizationId);
    case ApiError::Kind::Forbidden:
        return tr("LinkedIn refused to show organization %1: the signed-in member is not an administrator of this "
                  "page, or the token lacks the rw_organization_admin scope.")
            .arg(organizationId);
    case ApiError::Kind::Unauthorized:
        return tr("LinkedIn did not accept the access token. Go back to Authorization and sign in again or paste "
                  "a new token.");
    case ApiError::Kind::VersionInactive:
    case ApiError::Kind::BadRequest:
        return describe(error);
    default:
        break;
    }
    return tr("Could not look the organization up. %1 You can go on; the first sync will check it again.")
        .arg(describe(error));
}

void OrganizationPage::onOrganizationTextChanged() {
    const std::optional<qint64> id = enteredOrganizationId();
    if (id && id == m_currentId && m_lookup != Lookup::None)
        return; // the same organization, spelled another way
    m_currentId = id;
    ++m_generation;
    m_debounce->stop();
    SourceConfig &source = m_state->source;
    if (!id) {
        m_lookup = Lookup::None;
        const QString text = m_organizationCombo->currentText().trimmed();
        const std::optional<QString> vanity = parseCompanyVanityName(text);
        // A public URL: its page is found among the administered ones once their names are in.
        const bool stillLooking = vanity && m_namesRequested.size() > m_namesAnswered.size();
        wizardstyle::setMessage(m_organizationErrorLabel,
                                text.isEmpty() || stillLooking ? QString()
                                : vanity ? describe(InputError{InputError::Kind::PublicCompanyUrl, *vanity})
                                         : describe(InputError{InputError::Kind::OrganizationId, text}));
        if (stillLooking)
            m_nameLabel->setText(tr("Looking for “%1” among the pages you administer…").arg(*vanity));
        else
            m_nameLabel->clear();
        source.organizationId = 0;
        source.organizationName.clear();
    } else {
        wizardstyle::setMessage(m_organizationErrorLabel, {});
        source.organizationId = *id;
        source.organizationName = m_names.value(*id);
        if (!source.organizationName.isEmpty()) {
            m_lookup = Lookup::Found;
            m_nameLabel->setText(source.organizationName);
        } else {
            m_lookup = Lookup::Pending;
            m_nameLabel->setText(tr("Looking up organization %1…").arg(*id));
            m_debounce->start();
        }
    }
    emit m_state->changed();
    emit completeChanged();
}

void OrganizationPage::startLookup() {
    if (!m_currentId)
        return;
    const WizardApiTarget target = apiTargetFor(*m_state);
    if (!target.isUsable()) {
        m_lookup = Lookup::Unverified;
        m_nameLabel->clear();
        wizardstyle::setMessage(m_organizationErrorLabel,
                                tr("The organization cannot be looked up before the access token is verified. "
                                   "You can go on; the first sync will check it."));
        emit completeChanged();
        emit lookupFinished();
        return;
    }
    m_lookup = Lookup::Running;
    const int generation = m_generation;
    const qint64 id = *m_currentId;
    QCoro::connect(wizardGet(target, organizationRequest(id)), this,
                   [this, generation, id](const ApiResponse &response) { onLookupAnswered(generation, id, response); });
}

void OrganizationPage::onLookupAnswered(int generation, qint64 organizationId, const ApiResponse &response) {
    const QString name = response.ok() ? organizationNameIn(response.json) : QString();
    if (!name.isEmpty())
        setOrganizationName(organizationId, name);
    if (generation != m_generation)
        return; // the user has typed something else since
    if (response.ok()) {
        m_lookup = Lookup::Found;
        m_nameLabel->setText(name.isEmpty() ? tr("Organization %1 (LinkedIn gave no name)").arg(organizationId) : name);
        m_state->source.organizationName = name;
        emit m_state->changed();
    } else {
        m_lookup = rejectsTheEntry(response.error.kind) ? Lookup::Rejected : Lookup::Unverified;
        m_nameLabel->clear();
        wizardstyle::setMessage(m_organizationErrorLabel, lookupErrorText(response.error, organizationId));
    }
    emit completeChanged();
    emit lookupFinished();
}

void OrganizationPage::onStartDateChanged() {
    const QDate start = m_startDateEdit->date();
    const QDate now = today();
    const QLocale locale;
    m_state->source.startDate = start;
    if (start > now) {
        wizardstyle::setMessage(m_startDateErrorLabel,
                                describe(InputError{InputError::Kind::StartDateFuture, start.toString(Qt::ISODate)}));
    } else {
        wizardstyle::setMessage(m_startDateErrorLabel, {});
    }
    const QDate earliest = earliestDailyDay(now);
    QStringList notes;
    if (start <= now && start < earliest)
        notes << tr("LinkedIn keeps daily reports (follower, page and share statistics) for 12 months: they will "
                    "begin on %1. Posts go back to %2.")
                     .arg(earliest.toString(Qt::ISODate), start.toString(Qt::ISODate));
    notes << tr("Daily data ends about 2 days before today: the newest day LinkedIn reports is %1.")
                 .arg(now.addDays(-2).toString(Qt::ISODate));
    wizardstyle::setMessage(m_startDateHintLabel, notes.join(QLatin1Char('\n')));
    emit m_state->changed();
    emit completeChanged();
}

void OrganizationPage::fillOrganizationList() {
    const QString text = m_organizationCombo->currentText();
    const QSignalBlocker blocker(m_organizationCombo);
    m_organizationCombo->clear();
    for (const OrganizationChoice &choice : std::as_const(m_state->administeredOrganizations))
        m_organizationCombo->addItem(itemTextFor(choice.id, m_names.value(choice.id)), choice.id);
    // Adding items selects the first one; the field keeps what it held.
    m_organizationCombo->setCurrentIndex(-1);
    m_organizationCombo->setEditText(text);
}

void OrganizationPage::fetchAdministeredOrganizations() {
    // The Authorization page may already have listed them; otherwise ask once per token.
    const WizardApiTarget target = apiTargetFor(*m_state);
    if (!m_state->administeredOrganizations.isEmpty() || !target.isUsable() || m_aclsFetchedWith == target.accessToken)
        return;
    m_aclsFetchedWith = target.accessToken;
    QCoro::connect(wizardGet(target, organizationAclsRequest()), this, [this](const ApiResponse &response) {
        // A token that may not list organizations is no problem: the field takes an id.
        if (!response.ok() || !m_state->administeredOrganizations.isEmpty())
            return;
        for (const qint64 id : administeredOrganizationIds(response.json))
            m_state->administeredOrganizations.append({id, m_names.value(id)});
        fillOrganizationList();
        onOrganizationTextChanged(); // the text may now name one of them
        fetchMissingNames();
    });
}

void OrganizationPage::fetchMissingNames() {
    const WizardApiTarget target = apiTargetFor(*m_state);
    if (!target.isUsable())
        return;
    for (const OrganizationChoice &choice : std::as_const(m_state->administeredOrganizations)) {
        if (m_names.contains(choice.id) || m_namesRequested.contains(choice.id))
            continue;
        m_namesRequested.insert(choice.id);
        const qint64 id = choice.id;
        QCoro::connect(wizardGet(target, organizationRequest(id)), this, [this, id](const ApiResponse &response) {
            const QString vanity =
                response.ok() ? response.json.value(QLatin1String("vanityName")).toString() : QString();
            if (!vanity.isEmpty())
                m_vanityNames.insert(vanity.toLower(), id);
            m_namesAnswered.insert(id);
            if (const QString name = response.ok() ? organizationNameIn(response.json) : QString(); !name.isEmpty())
                setOrganizationName(id, name);
            if (!m_currentId && parseCompanyVanityName(m_organizationCombo->currentText()))
                onOrganizationTextChanged(); // a public URL typed before the names were in
        });
    }
}

void OrganizationPage::setOrganizationName(qint64 organizationId, const QString &name) {
    m_names.insert(organizationId, name);
    for (OrganizationChoice &choice : m_state->administeredOrganizations)
        if (choice.id == organizationId)
            choice.name = name;
    const int row = m_organizationCombo->findData(organizationId);
    if (row < 0)
        return;
    // Renaming the selected item rewrites the field; keep what the user typed there instead.
    const QString text = m_organizationCombo->currentText();
    const bool typedOver = row == m_organizationCombo->currentIndex() && text != m_organizationCombo->itemText(row);
    const QSignalBlocker blocker(m_organizationCombo);
    m_organizationCombo->setItemText(row, itemTextFor(organizationId, name));
    if (typedOver)
        m_organizationCombo->setEditText(text);
}

std::optional<qint64> OrganizationPage::enteredOrganizationId() const {
    const QString text = m_organizationCombo->currentText().trimmed();
    if (const int row = m_organizationCombo->findText(text, Qt::MatchFixedString); row >= 0 && !text.isEmpty())
        return m_organizationCombo->itemData(row).toLongLong();
    if (const std::optional<QString> vanity = parseCompanyVanityName(text); vanity && m_vanityNames.contains(*vanity))
        return m_vanityNames.value(*vanity);
    return parseOrganizationId(text);
}

QDate OrganizationPage::today() const {
    return m_state->services.clock ? m_state->services.clock->todayUtc() : QDateTime::currentDateTimeUtc().date();
}

} // namespace pagesight
