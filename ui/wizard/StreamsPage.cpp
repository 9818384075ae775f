#include "StreamsPage.h"

#include "StreamTexts.h"
#include "WizardStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pagesight {

StreamsPage::StreamsPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_filterEdit(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_noMatchLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("streamsPage"));
    setTitle(tr("Streams"));
    setSubTitle(tr("What to sync. Each stream becomes a table in the catalog."));

    m_filterEdit->setObjectName(QStringLiteral("streamFilterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter streams"));
    m_filterEdit->setPlaceholderText(tr("Filter: type a stream's name"));
    m_filterEdit->setClearButtonEnabled(true);

    m_tree->setObjectName(QStringLiteral("streamsTree"));
    m_tree->setAccessibleName(tr("Streams"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Stream"), tr("What it holds")});
    m_tree->setRootIsDecorated(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::ResizeToContents);

    // Groups in the order their first stream is registered; a stream with a parent sits under it.
    for (const StreamDef &stream : allStreams()) {
        QTreeWidgetItem *group = groupItem(stream.group);
        if (!group) {
            group = new QTreeWidgetItem(m_tree);
            group->setText(TitleColumn, wizardtext::groupTitle(stream.group));
            group->setData(TitleColumn, GroupRole, stream.group);
            group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            group->setCheckState(TitleColumn, Qt::Checked);
            group->setToolTip(TitleColumn, tr("Select or clear every stream in this group"));
            QFont font = group->font(TitleColumn);
            font.setBold(true);
            group->setFont(TitleColumn, font);
            group->setFirstColumnSpanned(true);
            m_groupItems.append(group);
        }
        QTreeWidgetItem *parentItem = stream.parentId.isEmpty() ? group : m_streamItems.value(stream.parentId, group);
        auto *item = new QTreeWidgetItem(parentItem);
        item->setText(TitleColumn, wizardtext::streamTitle(stream.id));
        item->setText(DescriptionColumn, wizardtext::streamSummary(stream.id));
        item->setToolTip(TitleColumn, wizardtext::streamDescription(stream.id));
        item->setToolTip(DescriptionColumn, wizardtext::streamDescription(stream.id));
        item->setData(TitleColumn, StreamIdRole, stream.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(TitleColumn, Qt::Checked);
        m_streamItems.insert(stream.id, item);
    }
    m_tree->expandAll();

    m_noMatchLabel->setObjectName(QStringLiteral("streamFilterNoMatchLabel"));
    m_noMatchLabel->setAccessibleName(tr("Filter result"));
    m_noMatchLabel->setVisible(false);
    wizardstyle::makeMessageLabel(m_errorLabel, QStringLiteral("streamsErrorLabel"), tr("Streams problem"),
                                  wizardstyle::Message::Error);
    auto *note = new QLabel(tr("Post Statistics needs Organization Posts: choosing it chooses both. Hover over a "
                               "stream to read more about it."),
                            this);
    note->setObjectName(QStringLiteral("streamsNoteLabel"));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_noMatchLabel);
    layout->addWidget(note);
    layout->addWidget(m_errorLabel);

    connect(m_tree, &QTreeWidget::itemChanged, this, &StreamsPage::onItemChanged);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &StreamsPage::applyFilter);
}

void StreamsPage::initializePage() {
    m_updating = true;
    for (auto it = m_streamItems.begin(); it != m_streamItems.end(); ++it)
        it.value()->setCheckState(TitleColumn, m_state->source.selection(it.key()) ? Qt::Checked : Qt::Unchecked);
    m_updating = false;
    m_uncheckedSelections.clear();
    updateGroupStates();
    writeState();
}

bool StreamsPage::isComplete() const {
    return !checkedStreams().isEmpty();
}

void StreamsPage::setStreamChecked(const QString &streamId, bool checked) {
    if (QTreeWidgetItem *item = m_streamItems.value(streamId))
        item->setCheckState(TitleColumn, checked ? Qt::Checked : Qt::Unchecked);
}

bool StreamsPage::isStreamChecked(const QString &streamId) const {
    const QTreeWidgetItem *item = m_streamItems.value(streamId);
    return item && item->checkState(TitleColumn) == Qt::Checked;
}

QTreeWidgetItem *StreamsPage::groupItem(const QString &group) const {
    for (QTreeWidgetItem *item : m_groupItems)
        if (item->data(TitleColumn, GroupRole).toString() == group)
            return item;
    return nullptr;
}

QStringList StreamsPage::checkedStreams() const {
    QStringList ids;
    for (const StreamDef &stream : allStreams())
        if (isStreamChecked(stream.id))
            ids << stream.id;
    return ids;
}

void StreamsPage::onItemChanged(QTreeWidgetItem *item, int column) {
    if (m_updating || column != TitleColumn)
        return;
    m_updating = true;
    const Qt::CheckState state = item->checkState(TitleColumn);
    const QString streamId = item->data(TitleColumn, StreamIdRole).toString();
    if (streamId.isEmpty()) {
        // A group: a click on a partly checked group selects all of it.
        const Qt::CheckState target = state == Qt::Unchecked ? Qt::Unchecked : Qt::Checked;
        const QString group = item->data(TitleColumn, GroupRole).toString();
        for (const StreamDef &stream : allStreams())
            if (stream.group == group)
                m_streamItems.value(stream.id)->setCheckState(TitleColumn, target);
    }
    // The parent rule, over every stream, so it also holds after a group click.
    for (const StreamDef &stream : allStreams()) {
        if (stream.parentId.isEmpty())
            continue;
        QTreeWidgetItem *child = m_streamItems.value(stream.id);
        QTreeWidgetItem *parentStream = m_streamItems.value(stream.parentId);
        if (child->checkState(TitleColumn) != Qt::Checked)
            continue;
        if (streamId == stream.parentId && state == Qt::Unchecked)
            child->setCheckState(TitleColumn, Qt::Unchecked); // the parent was cleared: the child goes too
        else
            parentStream->setCheckState(TitleColumn, Qt::Checked);
    }
    m_updating = false;
    updateGroupStates();
    writeState();
    emit completeChanged();
}

void StreamsPage::applyFilter(const QString &text) {
    const QString needle = text.trimmed();
    auto matches = [&needle](const QString &haystack) {
        if (haystack.contains(needle, Qt::CaseInsensitive))
            return true;
        // "post_stat" finds Post Statistics too: ids are what the CLI and the docs show.
        QString spaced = haystack;
        return spaced.replace(QLatin1Char(' '), QLatin1Char('_')).contains(needle, Qt::CaseInsensitive);
    };
    int visibleStreams = 0;
    for (QTreeWidgetItem *group : std::as_const(m_groupItems)) {
        const bool groupMatches = needle.isEmpty() || matches(group->text(TitleColumn));
        bool anyVisible = false;
        // Children before parents, so a parent stays visible while a child it holds matches.
        const QList<StreamDef> &streams = allStreams();
        QHash<QString, bool> visible;
        for (auto it = streams.rbegin(); it != streams.rend(); ++it) {
            if (it->group != group->data(TitleColumn, GroupRole).toString())
                continue;
            QTreeWidgetItem *item = m_streamItems.value(it->id);
            bool show = groupMatches || matches(item->text(TitleColumn)) || matches(it->id);
            for (int i = 0; i < item->childCount(); ++i)
                show = show || visible.value(item->child(i)->data(TitleColumn, StreamIdRole).toString());
            visible.insert(it->id, show);
            item->setHidden(!show);
            anyVisible = anyVisible || show;
            visibleStreams += show ? 1 : 0;
        }
        group->setHidden(!anyVisible);
    }
    m_noMatchLabel->setText(tr("No stream matches \u201c%1\u201d.").arg(needle));
    m_noMatchLabel->setVisible(visibleStreams == 0);
}

void StreamsPage::updateGroupStates() {
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (QTreeWidgetItem *group : std::as_const(m_groupItems)) {
        int checked = 0;
        int total = 0;
        for (const StreamDef &stream : allStreams()) {
            if (stream.group != group->data(TitleColumn, GroupRole).toString())
                continue;
            ++total;
            checked += isStreamChecked(stream.id) ? 1 : 0;
        }
        group->setCheckState(TitleColumn, checked == 0       ? Qt::Unchecked
                                          : checked == total ? Qt::Checked
                                                             : Qt::PartiallyChecked);
    }
    m_updating = wasUpdating;
}

void StreamsPage::writeState() {
    // Streams that stay keep their table name and sync type; new ones get theirs on the next page
    // (an empty name there means "the suggestion").
    QList<StreamSelection> selections;
    for (const StreamSelection &s : std::as_const(m_state->source.streams))
        if (!isStreamChecked(s.streamId))
            m_uncheckedSelections.insert(s.streamId, s);
    for (const QString &id : checkedStreams()) {
        if (const StreamSelection *existing = m_state->source.selection(id))
            selections.append(*existing);
        else
            selections.append(m_uncheckedSelections.value(id, StreamSelection{id, QString(), SyncType::Incremental}));
    }
    m_state->source.streams = selections;
    wizardstyle::setMessage(m_errorLabel,
                            selections.isEmpty() ? tr("Choose at least one stream to go on.") : QString());
    emit m_state->changed();
}

} // namespace pagesight
