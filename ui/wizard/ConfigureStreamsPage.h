#pragma once

#include "WizardState.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pagesight {

// Table name and sync type per chosen stream (docs/SPEC.md §1.4).
//
// The prefix is part of every name: changing it replaces the old prefix at the start of each name
// (or adds it to a name edited not to start with it) and keeps the rest, hand edits included. So
// "acme_" → "corp_" turns acme_followers into corp_followers; there is no name the prefix skips.
// Names are checked as they are typed — identifier rules, reserved names, one table per stream
// (case-insensitively, as SQLite compares them) — and Next waits until all are right.
class ConfigureStreamsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ConfigureStreamsPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QLineEdit *tableNameEdit(const QString &streamId) const;
    QComboBox *syncTypeCombo(const QString &streamId) const;

    // The prefix shared by every name, when there is one: "acme_" for acme_follower_statistics and
    // acme_organization_posts; empty when the names do not share one.
    static QString commonPrefix(const QList<StreamSelection> &streams);

private:
    struct Row {
        QString streamId;
        QLabel *title = nullptr;
        QLineEdit *tableName = nullptr;
        QComboBox *syncType = nullptr;
    };

    void onPrefixEdited(const QString &prefix);
    void validateNames();
    void writeState();
    void explainOverlap(); // another source syncs this organization into these tables
    QString unusedPrefix() const;
    bool isShown(const Row &row) const;

    WizardState *m_state;
    QLineEdit *m_prefixEdit;
    QLabel *m_errorLabel;
    QLabel *m_overlapLabel;
    QList<SourceConfig> m_otherSources; // the catalog's other sources, read by initializePage()
    QStringList m_takenTables;          // the catalog's tables and every source's table names
    QPushButton *m_usePrefix;
    QList<Row> m_rows; // one per stream in the registry; rows of unchosen streams are hidden
    QString m_prefix;  // the prefix the names carry now
    bool m_prefixRead = false;
    bool m_valid = false;
};

} // namespace pagesight
