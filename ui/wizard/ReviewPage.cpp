#include "ReviewPage.h"

#include "StreamTexts.h"
#include "WizardStyle.h"
#include "common/Clock.h"
#include "streams/StreamPlan.h"

#include <QCheckBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pagesight {

namespace {
QString row(const QString &label, const QString &valueHtml) {
    return QStringLiteral("<tr><td style=\"padding: 3px 16px 3px 0; color: #555;\" valign=\"top\">%1</td>"
                          "<td style=\"padding: 3px 0;\">%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString tokenExpiry(const SourceConfig &source, const QDateTime &nowUtc, bool hasClientSecret) {
    if (source.authMethod == SourceConfig::AuthMethod::SampleData)
        return ReviewPage::tr("The sample token does not expire.");
    QString text;
    const QDateTime expires = source.accessTokenExpiresAt;
    if (!expires.isValid()) {
        text = ReviewPage::tr("The token's expiry is unknown (tokens from LinkedIn's generator last 60 days).");
    } else if (expires <= nowUtc) {
        text = ReviewPage::tr("The token expired on %1.").arg(expires.toUTC().date().toString(Qt::ISODate));
    } else {
        const QString date = expires.toUTC().date().toString(Qt::ISODate);
        const qint64 days = nowUtc.daysTo(expires);
        text = days < 1    ? ReviewPage::tr("The token expires on %1, within a day.").arg(date)
               : days == 1 ? ReviewPage::tr("The token expires on %1, in a day.").arg(date)
                           : ReviewPage::tr("The token expires on %1, in %2 days.").arg(date).arg(days);
    }
    if (source.refreshTokenExpiresAt.isValid() && !hasClientSecret) // LinkedIn renews only with the secret
        text += QLatin1Char(' ') + ReviewPage::tr("It is not renewed (a PKCE sign-in has no client secret): "
                                                  "re-authorize the source before then.");
    else if (source.refreshTokenExpiresAt.isValid())
        text += QLatin1Char(' ') + ReviewPage::tr("It is renewed automatically until %1.")
                                       .arg(source.refreshTokenExpiresAt.toUTC().date().toString(Qt::ISODate));
    return text;
}
} // namespace

ReviewPage::ReviewPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_summary(new QTextBrowser(this))
    , m_syncNowCheck(new QCheckBox(this))
    , m_errorLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Check the source before it is saved. Go back to change anything."));

    m_summary->setObjectName(QStringLiteral("summaryBrowser"));
    m_summary->setAccessibleName(tr("Summary of the source"));
    m_summary->setOpenLinks(false);
    m_summary->setFrameShape(QFrame::StyledPanel);

    m_syncNowCheck->setObjectName(QStringLiteral("syncNowCheckBox"));
    m_syncNowCheck->setText(tr("&Sync now when I finish"));
    m_syncNowCheck->setAccessibleName(tr("Sync now when I finish"));
    connect(m_syncNowCheck, &QCheckBox::toggled, this, [this](bool on) { m_state->syncNow = on; });

    wizardstyle::makeMessageLabel(m_errorLabel, QStringLiteral("reviewErrorLabel"), tr("Problem with the source"),
                                  wizardstyle::Message::Error);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_syncNowCheck);
}

void ReviewPage::initializePage() {
    // A PKCE sign-in made in this wizard without a client secret: its token will not be renewed.
    const SourceSecrets &secrets = m_state->secrets;
    m_summary->setHtml(
        summaryHtml(m_state->source, now(),
                    !(m_state->source.usePkce && secrets.clientSecret.isEmpty() && !secrets.accessToken.isEmpty())));
    m_syncNowCheck->setChecked(m_state->syncNow);
    wizardstyle::setMessage(m_errorLabel, {});
}

bool ReviewPage::validatePage() {
    m_state->syncNow = m_syncNowCheck->isChecked();
    // Every page checked its own part; this is the rule set the engine and the CLI share.
    const InputError error = m_state->source.validate(now().date());
    wizardstyle::setMessage(m_errorLabel, describe(error));
    return !error.isError();
}

QString ReviewPage::summaryHtml(const SourceConfig &source, const QDateTime &nowUtc, bool hasClientSecret) {
    QString html = QStringLiteral("<table cellspacing=\"0\">");
    html += row(tr("Description"), source.description.toHtmlEscaped());
    html += row(tr("Authorization"), wizardtext::authMethodName(source.authMethod).toHtmlEscaped() +
                                         QStringLiteral("<br>") +
                                         tokenExpiry(source, nowUtc, hasClientSecret).toHtmlEscaped());
    const QString organization = source.organizationName.isEmpty()
                                     ? tr("Organization %1 (name not known)").arg(source.organizationId)
                                     : tr("%1 (ID %2)").arg(source.organizationName).arg(source.organizationId);
    html += row(tr("Organization"), QStringLiteral("<b>%1</b>").arg(organization.toHtmlEscaped()));

    const QDate today = nowUtc.toUTC().date();
    QString start = source.startDate.toString(Qt::ISODate);
    if (const QDate earliest = earliestDailyDay(today); source.startDate < earliest)
        start += QStringLiteral("<br>") + tr("Daily reports begin on %1 (LinkedIn keeps 12 months); posts go back to "
                                             "the start date.")
                                              .arg(earliest.toString(Qt::ISODate))
                                              .toHtmlEscaped();
    html += row(tr("Start date"), start);

    // Centred in their rows: top-aligned, the monospaced table name sits lower than the words
    // beside it (its font's ascent is taller).
    QString streams = QStringLiteral("<table cellspacing=\"0\">");
    for (const StreamSelection &selection : source.streams)
        streams += QStringLiteral("<tr><td style=\"padding: 1px 14px 1px 0;\" valign=\"middle\">%1</td>"
                                  "<td style=\"padding: 1px 14px 1px 0;\" valign=\"middle\"><code>%2</code></td>"
                                  "<td style=\"padding: 1px 0;\" valign=\"middle\">%3</td></tr>")
                       .arg(wizardtext::streamTitle(selection.streamId).toHtmlEscaped(),
                            selection.tableName.toHtmlEscaped(), wizardtext::syncTypeName(selection.syncType));
    streams += QStringLiteral("</table>");
    html += row(tr("Streams"), streams);
    html += row(tr("Schedule"), wizardtext::triggerSummary(source.trigger).toHtmlEscaped());

    // Only when changed in Advanced: most people never see these.
    if (source.authMethod != SourceConfig::AuthMethod::SampleData &&
        (source.apiBaseUrl != QUrl(QString::fromLatin1(SourceConfig::defaultApiBase)) ||
         source.apiVersion != QLatin1String(SourceConfig::defaultApiVersion) || !source.followApiVersion))
        html += row(tr("LinkedIn API"), (source.followApiVersion ? tr("%1, version %2, then LinkedIn's current version")
                                                                 : tr("%1, version %2 (pinned)"))
                                            .arg(source.apiBaseUrl.toString(), source.apiVersion)
                                            .toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

QDateTime ReviewPage::now() const {
    return m_state->services.clock ? m_state->services.clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

} // namespace pagesight
