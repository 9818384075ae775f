#pragma once

#include "WizardState.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTextBrowser;

namespace pagesight {

// The last look before saving (docs/SPEC.md §1.6): everything the wizard set up, in sentences,
// and whether to sync at once.
class ReviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReviewPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    // hasClientSecret false: a PKCE sign-in without one, whose token LinkedIn will not renew.
    static QString summaryHtml(const SourceConfig &source, const QDateTime &nowUtc, bool hasClientSecret = true);

private:
    QDateTime now() const;

    WizardState *m_state;
    QTextBrowser *m_summary;
    QCheckBox *m_syncNowCheck;
    QLabel *m_errorLabel;
};

} // namespace pagesight
