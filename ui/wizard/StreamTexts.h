#pragma once

#include "source/SourceConfig.h"

#include <QString>

namespace pagesight {

// What the wizard says about streams, groups, sync types and triggers, translated in one place so
// the Streams, Configure streams and Review pages use the same words.
namespace wizardtext {

QString streamTitle(const QString &streamId);
QString groupTitle(const QString &group);
// A few words on what the stream's table holds, and a fuller sentence (for a tooltip).
QString streamSummary(const QString &streamId);
QString streamDescription(const QString &streamId);
QString syncTypeName(SyncType type);        // INCREMENTAL, FULL_TABLE: the words the CLI and the docs use
QString syncTypeExplanation(SyncType type); // a tooltip
QString triggerSummary(const Trigger &trigger);
QString authMethodName(SourceConfig::AuthMethod method);

} // namespace wizardtext
} // namespace pagesight
