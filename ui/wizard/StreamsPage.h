#pragma once

#include "WizardState.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace pagesight {

// Which streams to sync (docs/SPEC.md §1.3): the five streams under their groups, a checkable
// group item selecting its whole group, a filter box, and the parent rule — Post Statistics needs
// Organization Posts (it is shown under it): checking the child checks the parent, unchecking the
// parent unchecks the child.
class StreamsPage : public QWizardPage {
    Q_OBJECT
public:
    enum Role { StreamIdRole = Qt::UserRole + 1, GroupRole };
    enum Column { TitleColumn, DescriptionColumn };

    explicit StreamsPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // As if the user clicked the stream's check box (the parent rule applies).
    void setStreamChecked(const QString &streamId, bool checked);
    bool isStreamChecked(const QString &streamId) const;
    QTreeWidgetItem *streamItem(const QString &streamId) const { return m_streamItems.value(streamId); }
    QTreeWidgetItem *groupItem(const QString &group) const;
    QStringList checkedStreams() const; // in the registry's order

private:
    void onItemChanged(QTreeWidgetItem *item, int column);
    void applyFilter(const QString &text);
    void updateGroupStates();
    void writeState();

    WizardState *m_state;
    QLineEdit *m_filterEdit;
    QTreeWidget *m_tree;
    QLabel *m_noMatchLabel;
    QLabel *m_errorLabel;
    QHash<QString, QTreeWidgetItem *> m_streamItems;
    QList<QTreeWidgetItem *> m_groupItems;
    // Table name and sync type of streams unchecked on this visit, restored when checked again.
    QHash<QString, StreamSelection> m_uncheckedSelections;
    bool m_updating = false; // our own check state changes are not user clicks
};

} // namespace pagesight
