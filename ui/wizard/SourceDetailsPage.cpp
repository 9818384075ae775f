#include "SourceDetailsPage.h"

#include "WizardStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace pagesight {

SourceDetailsPage::SourceDetailsPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_form(new QFormLayout(this))
    , m_descriptionEdit(new QLineEdit(this))
    , m_counterLabel(new QLabel(this))
    , m_descriptionErrorLabel(new QLabel(this))
    , m_triggerCombo(new QComboBox(this))
    , m_everyHoursSpin(new QSpinBox(this))
    , m_weekdayCombo(new QComboBox(this))
    , m_timeEdit(new QTimeEdit(this))
    , m_fullSyncCheck(new QCheckBox(this))
    , m_fullSyncDaysSpin(new QSpinBox(this)) {
    setObjectName(QStringLiteral("sourceDetailsPage"));
    setTitle(tr("Source details"));
    setSubTitle(tr("A name for the source in the Sources list, and when it syncs."));

    m_descriptionEdit->setObjectName(QStringLiteral("descriptionLineEdit"));
    m_descriptionEdit->setAccessibleName(tr("Description"));
    m_descriptionEdit->setPlaceholderText(tr("What this source is, in a few words"));
    m_counterLabel->setObjectName(QStringLiteral("descriptionCounterLabel"));
    m_counterLabel->setAccessibleName(tr("Characters used"));
    // Room for "140/140" whatever the digits' width, so the field does not jump while typing.
    m_counterLabel->setMinimumWidth(m_counterLabel->fontMetrics().horizontalAdvance(QStringLiteral("000/000")));
    m_counterLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    wizardstyle::makeMessageLabel(m_descriptionErrorLabel, QStringLiteral("descriptionErrorLabel"),
                                  tr("Description problem"), wizardstyle::Message::Error);

    m_triggerCombo->setObjectName(QStringLiteral("triggerComboBox"));
    m_triggerCombo->setAccessibleName(tr("When to sync"));
    m_triggerCombo->addItem(tr("Manual only"), int(Trigger::Kind::Manual));
    m_triggerCombo->addItem(tr("Every N hours"), int(Trigger::Kind::EveryHours));
    m_triggerCombo->addItem(tr("Daily at a time"), int(Trigger::Kind::Daily));
    m_triggerCombo->addItem(tr("Weekly on a day at a time"), int(Trigger::Kind::Weekly));
    m_triggerCombo->setToolTip(tr("Scheduled syncs run while Pagesight is open; a missed one runs at the next "
                                  "start."));

    m_everyHoursSpin->setObjectName(QStringLiteral("everyHoursSpinBox"));
    m_everyHoursSpin->setAccessibleName(tr("Hours between syncs"));
    m_everyHoursSpin->setRange(1, 168);

    m_weekdayCombo->setObjectName(QStringLiteral("weekdayComboBox"));
    m_weekdayCombo->setAccessibleName(tr("Day of the week"));
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekdayCombo->addItem(locale.dayName(day), day);

    m_timeEdit->setObjectName(QStringLiteral("triggerTimeEdit"));
    m_timeEdit->setAccessibleName(tr("Time of day"));
    m_timeEdit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeEdit->setToolTip(tr("In this computer's time zone"));

    m_fullSyncCheck->setObjectName(QStringLiteral("fullSyncCheckBox"));
    m_fullSyncCheck->setText(tr("Also run a &full sync every"));
    m_fullSyncCheck->setAccessibleName(tr("Also run a periodic full sync"));
    m_fullSyncCheck->setToolTip(tr("On top of the incremental runs, re-fetch everything now and then: it picks up "
                                   "late revisions and removes posts deleted on LinkedIn."));
    m_fullSyncDaysSpin->setObjectName(QStringLiteral("fullSyncDaysSpinBox"));
    m_fullSyncDaysSpin->setAccessibleName(tr("Days between full syncs"));
    m_fullSyncDaysSpin->setRange(1, 365);
    m_fullSyncDaysSpin->setValue(7);
    m_fullSyncDaysSpin->setEnabled(false);

    auto *descriptionRow = new QHBoxLayout;
    descriptionRow->addWidget(m_descriptionEdit, 1);
    descriptionRow->addWidget(m_counterLabel);
    auto *descriptionColumn = new QVBoxLayout;
    descriptionColumn->setSpacing(4);
    descriptionColumn->addLayout(descriptionRow);
    descriptionColumn->addWidget(m_descriptionErrorLabel);
    auto *fullSyncRow = new QHBoxLayout;
    fullSyncRow->addWidget(m_fullSyncCheck);
    fullSyncRow->addWidget(m_fullSyncDaysSpin);
    fullSyncRow->addStretch(1);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_descriptionEdit);
    m_form->addRow(descriptionLabel, descriptionColumn);
    m_form->addRow(tr("S&ync:"), m_triggerCombo);
    m_form->addRow(tr("&Every:"), m_everyHoursSpin);
    m_form->addRow(tr("&On:"), m_weekdayCombo);
    m_form->addRow(tr("&At:"), m_timeEdit);
    m_form->addRow(QString(), fullSyncRow);
    // Fields keep their natural width: a spin box for hours needs no 600 pixels.
    for (QWidget *field : {static_cast<QWidget *>(m_triggerCombo), static_cast<QWidget *>(m_everyHoursSpin),
                           static_cast<QWidget *>(m_weekdayCombo), static_cast<QWidget *>(m_timeEdit)})
        field->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    connect(m_descriptionEdit, &QLineEdit::textChanged, this, &SourceDetailsPage::onDescriptionChanged);
    connect(m_triggerCombo, &QComboBox::currentIndexChanged, this, &SourceDetailsPage::onTriggerChanged);
    updateUnits();
    connect(m_everyHoursSpin, &QSpinBox::valueChanged, this, &SourceDetailsPage::updateUnits);
    connect(m_fullSyncDaysSpin, &QSpinBox::valueChanged, this, &SourceDetailsPage::updateUnits);
    connect(m_everyHoursSpin, &QSpinBox::valueChanged, this, &SourceDetailsPage::writeTrigger);
    connect(m_weekdayCombo, &QComboBox::currentIndexChanged, this, &SourceDetailsPage::writeTrigger);
    connect(m_timeEdit, &QTimeEdit::timeChanged, this, &SourceDetailsPage::writeTrigger);
    connect(m_fullSyncCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fullSyncDaysSpin->setEnabled(on);
        writeTrigger();
    });
    connect(m_fullSyncDaysSpin, &QSpinBox::valueChanged, this, &SourceDetailsPage::writeTrigger);
}

QString SourceDetailsPage::defaultDescription(const SourceConfig &source) {
    const QString name =
        source.organizationName.isEmpty() ? tr("Organization %1").arg(source.organizationId) : source.organizationName;
    return tr("%1 \u2014 LinkedIn page").arg(name);
}

void SourceDetailsPage::initializePage() {
    // The suggestion follows the organization until the user writes their own description.
    const QString current = m_state->source.description;
    const QString suggestion = defaultDescription(m_state->source);
    if (current.isEmpty() || current == m_suggestedDescription)
        m_state->source.description = suggestion;
    m_suggestedDescription = suggestion;
    m_descriptionEdit->setText(m_state->source.description);
    onDescriptionChanged();

    const Trigger trigger = m_state->source.trigger;
    {
        const QSignalBlocker b1(m_triggerCombo), b2(m_everyHoursSpin), b3(m_weekdayCombo), b4(m_timeEdit),
            b5(m_fullSyncCheck), b6(m_fullSyncDaysSpin);
        m_triggerCombo->setCurrentIndex(m_triggerCombo->findData(int(trigger.kind)));
        m_everyHoursSpin->setValue(trigger.everyHours);
        m_weekdayCombo->setCurrentIndex(m_weekdayCombo->findData(trigger.weekday));
        m_timeEdit->setTime(trigger.at);
        m_fullSyncCheck->setChecked(trigger.fullSyncEveryDays > 0);
        if (trigger.fullSyncEveryDays > 0)
            m_fullSyncDaysSpin->setValue(trigger.fullSyncEveryDays);
        m_fullSyncDaysSpin->setEnabled(trigger.fullSyncEveryDays > 0);
    }
    updateUnits(); // the values changed with their signals blocked
    onTriggerChanged();
}

bool SourceDetailsPage::isComplete() const {
    const QString description = m_descriptionEdit->text().trimmed();
    return !description.isEmpty() && m_descriptionEdit->text().size() <= kMaxDescription;
}

void SourceDetailsPage::onDescriptionChanged() {
    const QString text = m_descriptionEdit->text();
    const bool tooLong = text.size() > kMaxDescription;
    m_counterLabel->setText(QStringLiteral("%1/%2").arg(text.size()).arg(kMaxDescription));
    m_counterLabel->setStyleSheet(tooLong ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    QString problem;
    if (tooLong)
        // Always more than 140: no plural forms needed.
        problem = tr("The description is %1 characters long; at most %2 fit. Shorten it to go on.")
                      .arg(text.size())
                      .arg(kMaxDescription);
    else if (text.trimmed().isEmpty())
        problem = tr("Enter a description: it names the source in the Sources list.");
    wizardstyle::setMessage(m_descriptionErrorLabel, problem);
    m_state->source.description = text.trimmed();
    emit m_state->changed();
    emit completeChanged();
}

void SourceDetailsPage::onTriggerChanged() {
    const auto kind = Trigger::Kind(m_triggerCombo->currentData().toInt());
    m_form->setRowVisible(m_everyHoursSpin, kind == Trigger::Kind::EveryHours);
    m_form->setRowVisible(m_weekdayCombo, kind == Trigger::Kind::Weekly);
    m_form->setRowVisible(m_timeEdit, kind == Trigger::Kind::Daily || kind == Trigger::Kind::Weekly);
    writeTrigger();
}

void SourceDetailsPage::updateUnits() {
    // The unit follows the number ("1 hour", "2 hours"). Explicit forms rather than %n: they read
    // right even where no translation is loaded.
    m_everyHoursSpin->setSuffix(m_everyHoursSpin->value() == 1 ? tr(" hour") : tr(" hours"));
    m_fullSyncDaysSpin->setSuffix(m_fullSyncDaysSpin->value() == 1 ? tr(" day") : tr(" days"));
}

void SourceDetailsPage::writeTrigger() {
    Trigger &trigger = m_state->source.trigger;
    trigger.kind = Trigger::Kind(m_triggerCombo->currentData().toInt());
    trigger.everyHours = m_everyHoursSpin->value();
    trigger.weekday = m_weekdayCombo->currentData().toInt();
    trigger.at = m_timeEdit->time();
    trigger.fullSyncEveryDays = m_fullSyncCheck->isChecked() ? m_fullSyncDaysSpin->value() : 0;
    emit m_state->changed();
}

} // namespace pagesight
