#pragma once

#include "WizardState.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace pagesight {

// Description and schedule (docs/SPEC.md §1.5). The description may be typed past 140
// characters — a pasted text is not cut silently — but the counter turns red, a message says so
// and Next waits. The trigger's fields show only when they apply.
class SourceDetailsPage : public QWizardPage {
    Q_OBJECT
public:
    static constexpr int kMaxDescription = 140;

    explicit SourceDetailsPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // "Acme Analytics — LinkedIn page"
    static QString defaultDescription(const SourceConfig &source);

private:
    void onDescriptionChanged();
    void onTriggerChanged();
    void writeTrigger();
    void updateUnits();

    WizardState *m_state;
    QFormLayout *m_form;
    QLineEdit *m_descriptionEdit;
    QLabel *m_counterLabel;
    QLabel *m_descriptionErrorLabel;
    QComboBox *m_triggerCombo;
    QSpinBox *m_everyHoursSpin;
    QComboBox *m_weekdayCombo;
    QTimeEdit *m_timeEdit;
    QCheckBox *m_fullSyncCheck;
    QSpinBox *m_fullSyncDaysSpin;
    QString m_suggestedDescription; // replaced by a newer suggestion unless the user changed it
};

} // namespace pagesight
