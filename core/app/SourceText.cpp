#include "SourceText.h"

#include <QLocale>

namespace pagesight {

QString SourceText::streamTitle(const QString &streamId) {
    const StreamDef *stream = findStream(streamId); // one title per stream, wherever it is shown
    return stream ? stream->displayTitle() : streamId;
}

QString SourceText::streamsSummary(const SourceConfig &source) {
    QStringList titles;
    for (const StreamSelection &selection : source.streams)
        titles.append(streamTitle(selection.streamId));
    return titles.join(QStringLiteral(", "));
}

QString SourceText::organization(const SourceConfig &source) {
    if (source.organizationName.isEmpty())
        return tr("Organization %1").arg(source.organizationId);
    if (source.authMethod == SourceConfig::AuthMethod::SampleData)
        return source.organizationName;
    return tr("%1 (%2)").arg(source.organizationName).arg(source.organizationId);
}

QString SourceText::retention(const RunReport &report) {
    if (report.retentionError.isError())
        return tr("Rows older than the retention period could not be removed: %1").arg(describe(report.retentionError));
    const qint64 removed = report.rowsRemovedByRetention();
    if (removed == 0)
        return {};
    return tr("%n row(s) older than the retention period removed.", nullptr, int(std::min<qint64>(removed, INT_MAX)));
}

QString SourceText::runStatus(RunStatus status) {
    switch (status) {
    case RunStatus::Waiting:
        return tr("Waiting");
    case RunStatus::Running:
        return tr("Running");
    case RunStatus::Succeeded:
        return tr("Succeeded");
    case RunStatus::Partial:
        return tr("Partial");
    case RunStatus::Failed:
        return tr("Failed");
    case RunStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString SourceText::trigger(const Trigger &trigger) {
    const QString at = QLocale().toString(trigger.at, QLocale::ShortFormat);
    QString text;
    switch (trigger.kind) {
    case Trigger::Kind::Manual:
        text = tr("Manual only");
        break;
    case Trigger::Kind::EveryHours:
        text = tr("Every %n hour(s)", nullptr, trigger.everyHours);
        break;
    case Trigger::Kind::Daily:
        text = tr("Daily at %1").arg(at);
        break;
    case Trigger::Kind::Weekly:
        text = tr("Every %1 at %2").arg(QLocale().standaloneDayName(trigger.weekday), at);
        break;
    }
    if (trigger.fullSyncEveryDays > 0)
        text += QStringLiteral(" · ") + tr("full sync every %n day(s)", nullptr, trigger.fullSyncEveryDays);
    return text;
}

QString SourceText::dateTime(const QDateTime &time) {
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString SourceText::duration(qint64 msecs) {
    if (msecs < 0)
        return {};
    if (msecs < 10000)
        return tr("%1 s").arg(QLocale().toString(msecs / 1000.0, 'f', 1));
    const qint64 seconds = msecs / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace pagesight
