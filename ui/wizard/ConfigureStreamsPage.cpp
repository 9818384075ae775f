#include "ConfigureStreamsPage.h"

#include "StreamTexts.h"
#include "WizardStyle.h"
#include "catalog/Catalog.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pagesight {

namespace {
bool isValidPrefix(const QString &prefix) {
    return !Catalog::validateTablePrefix(prefix).isError();
}
} // namespace

ConfigureStreamsPage::ConfigureStreamsPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_prefixEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("configureStreamsPage"));
    setTitle(tr("Configure streams"));
    setSubTitle(tr("The table each stream writes to, and how it is kept up to date."));
    setStyleSheet(wizardstyle::invalidFieldStyleSheet());

    m_prefixEdit->setObjectName(QStringLiteral("tablePrefixLineEdit"));
    m_prefixEdit->setAccessibleName(tr("Table prefix"));
    m_prefixEdit->setPlaceholderText(tr("none"));
    m_prefixEdit->setToolTip(tr("Added to the start of every table name, e.g. acme_ gives "
                                "acme_follower_statistics. Changing it changes every name."));
    m_prefixEdit->setMaximumWidth(220);
    auto *prefixLabel = new QLabel(tr("Table &prefix:"), this);
    prefixLabel->setBuddy(m_prefixEdit);
    auto *prefixHint = new QLabel(tr("Added to the start of every table name."), this);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    const QStringList headers = {tr("Stream"), tr("Table name"), tr("Sync type")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers.at(column), this);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        grid->addWidget(header, 0, column);
    }
    for (const StreamDef &stream : allStreams()) {
        Row row;
        row.streamId = stream.id;
        const QString title = wizardtext::streamTitle(stream.id);
        row.title = new QLabel(title, this);
        row.title->setToolTip(wizardtext::streamDescription(stream.id));
        row.tableName = new QLineEdit(stream.defaultTable(), this);
        row.tableName->setObjectName(QStringLiteral("tableNameLineEdit_") + stream.id);
        row.tableName->setAccessibleName(tr("Table name for %1").arg(title));
        row.title->setBuddy(row.tableName);
        row.syncType = new QComboBox(this);
        row.syncType->setObjectName(QStringLiteral("syncTypeComboBox_") + stream.id);
        row.syncType->setAccessibleName(tr("Sync type for %1").arg(title));
        for (const SyncType type : {SyncType::Incremental, SyncType::FullTable}) {
            row.syncType->addItem(wizardtext::syncTypeName(type), int(type));
            row.syncType->setItemData(row.syncType->count() - 1, wizardtext::syncTypeExplanation(type),
                                      Qt::ToolTipRole);
        }
        row.syncType->setToolTip(wizardtext::syncTypeExplanation(SyncType::Incremental));
        const int line = int(m_rows.size()) + 1;
        grid->addWidget(row.title, line, 0);
        grid->addWidget(row.tableName, line, 1);
        grid->addWidget(row.syncType, line, 2);

        connect(row.tableName, &QLineEdit::textEdited, this, [this] {
            validateNames();
            writeState();
        });
        connect(row.syncType, &QComboBox::currentIndexChanged, this, [this, combo = row.syncType] {
            combo->setToolTip(wizardtext::syncTypeExplanation(SyncType(combo->currentData().toInt())));
            writeState();
        });
        m_rows.append(row);
    }

    wizardstyle::makeMessageLabel(m_errorLabel, QStringLiteral("tableNamesErrorLabel"), tr("Table name problems"),
                                  wizardstyle::Message::Error);
    auto *syncTypeNote =
        new QLabel(tr("INCREMENTAL fetches only what is new since the last run. FULL_TABLE fetches everything and "
                      "replaces the table, so posts deleted on LinkedIn disappear."),
                   this);
    syncTypeNote->setObjectName(QStringLiteral("syncTypeNoteLabel"));
    syncTypeNote->setWordWrap(true);

    auto *prefixRow = new QHBoxLayout;
    prefixRow->addWidget(prefixLabel);
    prefixRow->addWidget(m_prefixEdit);
    prefixRow->addWidget(prefixHint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(prefixRow);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addWidget(m_errorLabel);
    m_overlapLabel = new QLabel(this);
    wizardstyle::makeMessageLabel(m_overlapLabel, QStringLiteral("overlapLabel"), tr("Shared tables"),
                                  wizardstyle::Message::Hint);
    m_usePrefix = new QPushButton(this);
    m_usePrefix->setObjectName(QStringLiteral("usePrefixButton"));
    m_usePrefix->setVisible(false);
    connect(m_usePrefix, &QPushButton::clicked, this, [this] {
        const QString prefix = unusedPrefix();
        m_prefixEdit->setText(prefix);
        onPrefixEdited(prefix);
    });
    layout->addWidget(m_overlapLabel);
    layout->addWidget(m_usePrefix, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(syncTypeNote);

    connect(m_prefixEdit, &QLineEdit::textEdited, this, &ConfigureStreamsPage::onPrefixEdited);
}

void ConfigureStreamsPage::initializePage() {
    // Read once per visit, not at every keystroke of a table name.
    m_otherSources.clear();
    m_takenTables = m_state->services.catalog ? m_state->services.catalog->userTables() : QStringList();
    if (m_state->services.sources)
        for (const SourceConfig &source : m_state->services.sources->sources()) {
            for (const StreamSelection &selection : source.streams)
                m_takenTables << selection.tableName;
            if (source.id != m_state->source.id)
                m_otherSources << source;
        }
    if (!m_prefixRead) {
        // Once: later visits keep what the user typed here.
        m_prefix = commonPrefix(m_state->source.streams);
        m_prefixEdit->setText(m_prefix);
        for (Row &row : m_rows)
            row.tableName->setText(m_prefix + row.streamId);
        m_prefixRead = true;
    }
    for (Row &row : m_rows) {
        const StreamSelection *selection = m_state->source.selection(row.streamId);
        row.title->setVisible(selection != nullptr);
        row.tableName->setVisible(selection != nullptr);
        row.syncType->setVisible(selection != nullptr);
        if (!selection)
            continue;
        // An empty name is a stream chosen since the last visit: it keeps the row's current name.
        if (!selection->tableName.isEmpty())
            row.tableName->setText(selection->tableName);
        const QSignalBlocker blocker(row.syncType);
        row.syncType->setCurrentIndex(row.syncType->findData(int(selection->syncType)));
        row.syncType->setToolTip(wizardtext::syncTypeExplanation(selection->syncType));
    }
    validateNames();
    writeState();
}

bool ConfigureStreamsPage::isComplete() const {
    return m_valid;
}

QLineEdit *ConfigureStreamsPage::tableNameEdit(const QString &streamId) const {
    for (const Row &row : m_rows)
        if (row.streamId == streamId)
            return row.tableName;
    return nullptr;
}

QComboBox *ConfigureStreamsPage::syncTypeCombo(const QString &streamId) const {
    for (const Row &row : m_rows)
        if (row.streamId == streamId)
            return row.syncType;
    return nullptr;
}

QString ConfigureStreamsPage::commonPrefix(const QList<StreamSelection> &streams) {
    // Names that still end with their stream's default name tell the prefix; hand-edited names do
    // not, but must carry it too.
    std::optional<QString> prefix;
    for (const StreamSelection &s : streams) {
        const StreamDef *stream = findStream(s.streamId);
        if (!stream || !s.tableName.endsWith(stream->defaultTable()))
            continue;
        const QString candidate = s.tableName.chopped(stream->defaultTable().size());
        if (prefix && *prefix != candidate)
            return {};
        prefix = candidate;
    }
    if (!prefix || !isValidPrefix(*prefix))
        return {};
    for (const StreamSelection &s : streams)
        if (!s.tableName.isEmpty() && !s.tableName.startsWith(*prefix))
            return {};
    return *prefix;
}

void ConfigureStreamsPage::onPrefixEdited(const QString &prefix) {
    for (Row &row : m_rows) {
        const QString name = row.tableName->text();
        const QString rest = name.startsWith(m_prefix) ? name.mid(m_prefix.size()) : name;
        row.tableName->setText(prefix + (rest.isEmpty() ? row.streamId : rest));
    }
    m_prefix = prefix;
    validateNames();
    writeState();
}

bool ConfigureStreamsPage::isShown(const Row &row) const {
    return m_state->source.selection(row.streamId) != nullptr;
}

void ConfigureStreamsPage::validateNames() {
    QStringList problems;
    QHash<QString, int> uses; // lower-cased name → streams writing to it
    for (const Row &row : std::as_const(m_rows))
        if (isShown(row))
            ++uses[row.tableName->text().toLower()];

    for (const Row &row : std::as_const(m_rows)) {
        const QString name = row.tableName->text();
        QString problem;
        if (!isShown(row)) {
            problem.clear();
        } else if (name.isEmpty()) {
            problem = tr("Enter a table name for %1.").arg(wizardtext::streamTitle(row.streamId));
        } else if (const InputError error = Catalog::validateTableName(name); error.isError()) {
            problem = describe(error);
        } else if (uses.value(name.toLower()) > 1) {
            problem = describe(InputError{InputError::Kind::TableNameDuplicate, name});
        }
        wizardstyle::markInvalid(row.tableName, !problem.isEmpty(), problem);
        row.tableName->setToolTip(problem.isEmpty() ? tr("The catalog table %1 writes to").arg(row.title->text())
                                                    : problem);
        if (!problem.isEmpty() && !problems.contains(problem))
            problems << problem;
    }
    const QString prefix = m_prefixEdit->text();
    const bool prefixOk = isValidPrefix(prefix);
    wizardstyle::markInvalid(m_prefixEdit, !prefixOk,
                             prefixOk ? QString() : describe(InputError{InputError::Kind::TablePrefix, prefix}));
    if (!prefixOk) // every name carries it: one message says it all
        problems = QStringList{describe(InputError{InputError::Kind::TablePrefix, prefix})};

    wizardstyle::setMessage(m_errorLabel, problems.join(QLatin1Char('\n')));
    const bool valid = problems.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

void ConfigureStreamsPage::writeState() {
    for (StreamSelection &selection : m_state->source.streams) {
        for (const Row &row : std::as_const(m_rows)) {
            if (row.streamId != selection.streamId)
                continue;
            selection.tableName = row.tableName->text();
            selection.syncType = SyncType(row.syncType->currentData().toInt());
        }
    }
    explainOverlap();
    emit m_state->changed();
}

void ConfigureStreamsPage::explainOverlap() {
    // Bookmarks belong to an organization and a table: a second source there would not start at
    // its start date but continue from the first one's data.
    const SourceConfig &draft = m_state->source;
    QString other;
    QStringList shared;
    for (const SourceConfig &source : std::as_const(m_otherSources)) {
        if (source.organizationId != draft.organizationId)
            continue;
        for (const StreamSelection &mine : draft.streams)
            if (const StreamSelection *theirs = source.selection(mine.streamId);
                theirs && theirs->tableName.compare(mine.tableName, Qt::CaseInsensitive) == 0 &&
                !shared.contains(mine.tableName)) {
                shared << mine.tableName;
                other = source.description;
            }
    }
    if (shared.isEmpty()) {
        wizardstyle::setMessage(m_overlapLabel, {});
        m_usePrefix->setVisible(false);
        return;
    }
    wizardstyle::setMessage(m_overlapLabel,
                            tr("“%1” already syncs this organization into %2: this source will continue from that "
                               "source's data instead of starting at its start date. To keep them apart, give this "
                               "source a table prefix.")
                                .arg(other, shared.join(QStringLiteral(", "))));
    m_usePrefix->setText(tr("Use the prefix %1").arg(unusedPrefix()));
    m_usePrefix->setVisible(true);
}

QString ConfigureStreamsPage::unusedPrefix() const {
    for (int n = 2;; ++n) {
        const QString prefix = QStringLiteral("set%1_").arg(n);
        if (std::none_of(m_takenTables.cbegin(), m_takenTables.cend(),
                         [&prefix](const QString &table) { return table.startsWith(prefix, Qt::CaseInsensitive); }))
            return prefix;
    }
}

} // namespace pagesight
