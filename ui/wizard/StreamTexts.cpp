#include "StreamTexts.h"

#include <QCoreApplication>
#include <QLocale>

namespace pagesight::wizardtext {

namespace {
// A class, as in ErrorText.cpp: lupdate files a free function's tr() under the namespace and warns;
// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup one context, "WizardText".
class WizardText {
    Q_DECLARE_TR_FUNCTIONS(WizardText)
};
} // namespace

QString streamTitle(const QString &streamId) {
    // The registry's titles, translated under the context Streams.cpp marks them with.
    const StreamDef *stream = findStream(streamId);
    return stream ? stream->displayTitle() : streamId;
}

QString groupTitle(const QString &group) {
    return displayGroup(group);
}

QString streamSummary(const QString &streamId) {
    const StreamDef *stream = findStream(streamId);
    return stream ? stream->displaySummary() : QString();
}

QString streamDescription(const QString &streamId) {
    const StreamDef *stream = findStream(streamId);
    return stream ? stream->displayDescription() : QString();
}

QString syncTypeName(SyncType type) {
    return type == SyncType::FullTable ? QStringLiteral("FULL_TABLE") : QStringLiteral("INCREMENTAL");
}

QString syncTypeExplanation(SyncType type) {
    if (type == SyncType::FullTable)
        return WizardText::tr(
            "FULL_TABLE: every run fetches everything and replaces the table when the stream ends, in one "
            "step. Rows deleted on LinkedIn disappear; a failed run leaves the previous table. Slower.");
    return WizardText::tr(
        "INCREMENTAL: every run fetches only what is new since the last one (plus a few days back, since "
        "LinkedIn revises recent days) and updates rows in place. Fast; deleted posts stay.");
}

QString triggerSummary(const Trigger &trigger) {
    const QLocale locale;
    // As the time field shows it; the locale's short format carries seconds in some locales.
    const QString at = trigger.at.toString(QStringLiteral("HH:mm"));
    QString summary;
    switch (trigger.kind) {
    case Trigger::Kind::Manual:
        summary = WizardText::tr("Manual only: syncs when you press Sync.");
        break;
    case Trigger::Kind::EveryHours:
        // Explicit forms rather than %n: they read right even where no translation is loaded.
        summary = trigger.everyHours == 1 ? WizardText::tr("Every hour.")
                                          : WizardText::tr("Every %1 hours.").arg(trigger.everyHours);
        break;
    case Trigger::Kind::Daily:
        summary = WizardText::tr("Daily at %1.").arg(at);
        break;
    case Trigger::Kind::Weekly:
        summary = WizardText::tr("Weekly on %1 at %2.").arg(locale.dayName(trigger.weekday), at);
        break;
    }
    if (trigger.fullSyncEveryDays > 0)
        summary +=
            QLatin1Char(' ') + (trigger.fullSyncEveryDays == 1
                                    ? WizardText::tr("Also a full sync every day.")
                                    : WizardText::tr("Also a full sync every %1 days.").arg(trigger.fullSyncEveryDays));
    return summary;
}

QString authMethodName(SourceConfig::AuthMethod method) {
    switch (method) {
    case SourceConfig::AuthMethod::OAuth:
        return WizardText::tr("Signed in with LinkedIn");
    case SourceConfig::AuthMethod::SampleData:
        return WizardText::tr("Sample data (the built-in simulated LinkedIn API)");
    case SourceConfig::AuthMethod::PastedToken:
        break;
    }
    return WizardText::tr("Pasted access token");
}

} // namespace pagesight::wizardtext
