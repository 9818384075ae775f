#include "PreferencesDialog.h"

#include "app/Preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pagesight {

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_timeZones(new QComboBox(this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_timeZones->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZones->setAccessibleName(tr("Time zone"));
    const QByteArray system = QTimeZone::systemTimeZoneId();
    m_timeZones->addItem(tr("System time zone (%1)").arg(QString::fromLatin1(system)), QByteArray());
    m_timeZones->addItem(tr("UTC (LinkedIn's timestamps)"), QByteArrayLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/')) // the IANA regions; "UTC" and the offsets ("UTC+01:00") are above or not wanted
            m_timeZones->addItem(QString::fromLatin1(id), id);
    m_timeZones->setMaxVisibleItems(20);

    auto *note = new QLabel(tr("The Insights dashboard counts each post's weekday and hour in this time zone. "
                               "Choose the one where most of your audience lives. Periods stay in UTC days, as "
                               "LinkedIn's daily statistics are."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Time zone:"), m_timeZones);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());

    chooseTimeZoneId(Preferences(m_settings).timeZoneId());
}

QByteArray PreferencesDialog::chosenTimeZoneId() const {
    return m_timeZones->currentData().toByteArray();
}

void PreferencesDialog::chooseTimeZoneId(const QByteArray &id) {
    m_timeZones->setCurrentIndex(std::max(0, m_timeZones->findData(id)));
}

void PreferencesDialog::accept() {
    Preferences(m_settings).setTimeZoneId(chosenTimeZoneId());
    QDialog::accept();
}

} // namespace pagesight
