// The translations are complete and reach the code that asks for them. Two halves:
//  - the .ts files themselves: every Brazilian Portuguese entry finished, its placeholders, markup
//    and keyboard accelerator kept; the English plural forms filled in;
//  - the compiled .qm files the build embeds into pagesight, loaded as the app loads them, asked
//    through the real call sites (a wizard page, the Sources page's models, ErrorText, the CLI). A
//    string lupdate files under one context while the code looks it up under another is silently
//    shown in English; only the call sites can tell.
#include "SyncTestSupport.h"
#include "app/SourceText.h"
#include "catalog/DataModelDiagram.h"
#include "cli/Cli.h"
#include "cli/CliOutput.h"
#include "common/Errors.h"
#include "common/RunMessage.h"
#include "sources/RunHistoryModel.h"
#include "sources/SourceDetailPane.h"
#include "sources/SourceListModel.h"
#include "streams/StreamDef.h"
#include "wizard/ReviewPage.h"
#include "wizard/SetupWizard.h"
#include "wizard/SourceDetailsPage.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMetaEnum>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace pagesight;

namespace {

const int lastApiKind = QMetaEnum::fromType<ApiError::Kind>().keyCount() - 1;
const int lastCatalogKind = QMetaEnum::fromType<CatalogError::Kind>().keyCount() - 1;
constexpr int lastInputKind = int(InputError::Kind::CatalogUrlPassword);
constexpr int lastAuthKind = int(AuthError::Kind::Rejected);

// What a successful run says, through the code that says it.
QString syncedText(int rows) {
    RunMessage message;
    message.addSynced(rows);
    return message.text();
}

// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList forms;

    QString where() const { return context + QStringLiteral(": ") + source.left(70); }
};

QList<TsMessage> readTs(const QString &path) {
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        } else if (name != QLatin1String("TS") && name != QLatin1String("context")) {
            xml.skipCurrentElement(); // location, comment, extracomment
        }
    }
    if (xml.hasError())
        messages.clear();
    return messages;
}

QStringList matches(const QRegularExpression &pattern, const QString &text) {
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// %1 … %99 and %n: what QString::arg and the numerus lookup fill in. A translation may write %n
// as %Ln, the count grouped as the locale groups digits.
QStringList placeholders(const QString &text) {
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?n|\\d{1,2})"));
    QStringList found = matches(placeholder, text);
    found.replaceInStrings(QStringLiteral("%Ln"), QStringLiteral("%n"));
    found.sort();
    found.removeDuplicates();
    return found;
}

// The markup a rich-text label renders; "<port>" in a plain sentence is text, and is translated.
QStringList htmlTags(const QString &text) {
    static const QRegularExpression tag(
        QStringLiteral("</?(?:a|b|i|p|ol|ul|li|br|h\\d|code|table|tr|td)(?:\\s[^>]*)?/?>|&[a-z]+;"));
    return matches(tag, text);
}

int accelerators(const QString &text) {
    static const QRegularExpression accelerator(QStringLiteral("&(?![a-z]+;|&)\\S"));
    return int(matches(accelerator, text).size());
}

QString tsPath(const char *language) {
    return QStringLiteral(PAGESIGHT_TS_DIR "/pagesight_%1.ts").arg(QLatin1String(language));
}

StreamSelection selection(const char *streamId) {
    return {QLatin1String(streamId), QLatin1String(streamId), SyncType::Incremental};
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_translator.reset(); }

    // The .ts files
    void portugueseIsComplete();
    void portugueseKeepsPlaceholdersAndMarkup();
    void englishPluralsAreFilledIn();
    // The .qm files through the call sites
    void errorSentencesArePortuguese();
    void usageIsPortuguese();
    void cliOutputIsPortuguese();
    void wizardIsPortuguese();
    void sourcesPageIsPortuguese();
    void runHistoryReadsInTheReadersLanguage();
    void dataModelFitsInPortuguese();
    void registryTitlesArePortuguese();
    void pluralFormsInPortuguese_data();
    void pluralFormsInPortuguese();
    void pluralFormsInEnglish();

private:
    void load(const QString &language) {
        m_translator = std::make_unique<QTranslator>();
        const QString file = QStringLiteral(PAGESIGHT_QM_DIR "/pagesight_%1.qm").arg(language);
        QVERIFY2(m_translator->load(file), qPrintable(file));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    }

    std::unique_ptr<QTranslator> m_translator; // removes itself from the application when deleted
};

void TestTranslations::portugueseIsComplete() {
    const QList<TsMessage> messages = readTs(tsPath("pt_BR"));
    QVERIFY2(messages.size() > 300, qPrintable(QString::number(messages.size())));
    QStringList problems;
    for (const TsMessage &message : messages) {
        // Finished, and nothing kept for strings that left the code (lupdate -no-obsolete).
        if (!message.type.isEmpty())
            problems << message.type + QStringLiteral(" — ") + message.where();
        // Brazilian Portuguese has two plural forms: 0 and 1, and the rest.
        if (message.forms.size() != (message.numerus ? 2 : 1))
            problems << QStringLiteral("forms — ") + message.where();
        for (const QString &form : message.forms)
            if (form.trimmed().isEmpty())
                problems << QStringLiteral("empty — ") + message.where();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::portugueseKeepsPlaceholdersAndMarkup() {
    QStringList problems;
    for (const TsMessage &message : readTs(tsPath("pt_BR"))) {
        for (const QString &form : message.forms) {
            if (placeholders(form) != placeholders(message.source))
                problems << QStringLiteral("placeholders — ") + message.where();
            if (htmlTags(form) != htmlTags(message.source))
                problems << QStringLiteral("markup — ") + message.where();
            // A label with a mnemonic keeps one; a text without one does not grow one.
            if (accelerators(form) != accelerators(message.source))
                problems << QStringLiteral("accelerator — ") + message.where();
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsAreFilledIn() {
    // The English file only carries the plural forms; the rest falls back to the source text.
    int numerus = 0;
    QStringList problems;
    for (const TsMessage &message : readTs(tsPath("en"))) {
        if (!message.numerus)
            continue;
        ++numerus;
        if (message.type == QLatin1String("unfinished") || message.forms.size() != 2)
            problems << message.where();
        for (const QString &form : message.forms)
            if (!placeholders(form).contains(QLatin1String("%n")) || form.contains(QLatin1String("(s)")))
                problems << form;
    }
    QVERIFY(numerus >= 5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::errorSentencesArePortuguese() {
    // English first, without a translator, then the same values in Portuguese.
    const auto sentences = [] {
        QList<QString> all;
        for (int kind = 1; kind <= lastApiKind; ++kind)
            all.append(describe(ApiError{.kind = ApiError::Kind(kind),
                                         .httpStatus = 503,
                                         .serverMessage = QStringLiteral("boom"),
                                         .endpoint = QStringLiteral("posts"),
                                         .apiVersion = QStringLiteral("202401")}));
        for (int kind = 1; kind <= lastCatalogKind; ++kind)
            all.append(describe(CatalogError{.kind = CatalogError::Kind(kind),
                                             .detail = QStringLiteral("t1"),
                                             .path = QStringLiteral("catalogs/c.sqlite")}));
        for (int kind = 1; kind <= lastInputKind; ++kind)
            all.append(describe(InputError{.kind = InputError::Kind(kind), .value = QStringLiteral("x")}));
        for (int kind = 1; kind <= lastAuthKind; ++kind)
            all.append(describe(AuthError{.kind = AuthError::Kind(kind),
                                          .redirectUri = QStringLiteral("http://127.0.0.1:8400/"),
                                          .httpStatus = 400,
                                          .timeoutSeconds = 300}));
        return all;
    };
    const QList<QString> english = sentences();
    load(QStringLiteral("pt_BR"));
    const QList<QString> portuguese = sentences();

    QCOMPARE(portuguese.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        QVERIFY2(!english[i].isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(portuguese[i] != english[i], qPrintable(QStringLiteral("not translated: ") + english[i]));
        // The values the sentence was given are still in it: no placeholder lost in translation.
        QVERIFY2(placeholders(portuguese[i]).isEmpty(), qPrintable(portuguese[i]));
    }
    QVERIFY(portuguese.contains(QStringLiteral("A sincronização foi cancelada.")));
    const QString forbidden =
        describe(ApiError{.kind = ApiError::Kind::Forbidden, .endpoint = QStringLiteral("posts")});
    QVERIFY2(forbidden.contains(QLatin1String("posts")), qPrintable(forbidden));
    const QString timeout = describe(AuthError{.kind = AuthError::Kind::Timeout, .timeoutSeconds = 300});
    QVERIFY2(timeout.contains(QStringLiteral("em até 5 minutos")), qPrintable(timeout));
}

void TestTranslations::usageIsPortuguese() {
    load(QStringLiteral("pt_BR"));
    const QString usage = cli::usage();
    QVERIFY2(usage.startsWith(QLatin1String("Uso:")), qPrintable(usage));
    // Options are typed by people and scripts: they stay as they are.
    QVERIFY(usage.contains(QLatin1String("--catalog")));
}

void TestTranslations::cliOutputIsPortuguese() {
    const QueryResult one{{QStringLiteral("n")}, {{qlonglong(1)}}, {}};
    const QueryResult two{{QStringLiteral("n")}, {{qlonglong(1)}, {qlonglong(2)}}, {}};
    // English reads right without any translation loaded, as the command line runs.
    QVERIFY2(cli::toTable(one).endsWith(QLatin1String("(1 row)\n")), qPrintable(cli::toTable(one)));
    QVERIFY2(cli::toTable(two).endsWith(QLatin1String("(2 rows)\n")), qPrintable(cli::toTable(two)));
    load(QStringLiteral("pt_BR"));
    QVERIFY2(cli::toTable(one).endsWith(QLatin1String("(1 linha)\n")), qPrintable(cli::toTable(one)));
    QVERIFY2(cli::toTable(two).endsWith(QLatin1String("(2 linhas)\n")), qPrintable(cli::toTable(two)));
}

void TestTranslations::wizardIsPortuguese() {
    load(QStringLiteral("pt_BR"));
    SetupWizard wizard(AppServices{}, SetupWizard::Mode::Create);
    QCOMPARE(wizard.windowTitle(), QStringLiteral("Configurar uma fonte do LinkedIn"));
    // QWizard's own buttons, which Qt's catalogue would translate if the app loaded it.
    QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Próximo >"));
    QCOMPARE(wizard.buttonText(QWizard::BackButton), QStringLiteral("< &Voltar"));
    QCOMPARE(wizard.buttonText(QWizard::FinishButton), QStringLiteral("&Concluir"));
    QCOMPARE(wizard.page(SetupWizard::AuthorizationPageId)->title(), QStringLiteral("Autorização"));
    QCOMPARE(wizard.page(SetupWizard::SourceDetailsPageId)->title(), QStringLiteral("Detalhes da fonte"));

    // The Streams page: its own words, the registry's group and stream titles, the wizard's summaries.
    QWizardPage *streams = wizard.page(SetupWizard::StreamsPageId);
    QCOMPARE(streams->title(), QStringLiteral("Fluxos"));
    auto *tree = streams->findChild<QTreeWidget *>(QStringLiteral("streamsTree"));
    QVERIFY(tree);
    QCOMPARE(tree->headerItem()->text(0), QStringLiteral("Fluxo"));
    QTreeWidgetItem *statistics = tree->topLevelItem(0);
    QCOMPARE(statistics->text(0), QStringLiteral("Estatísticas"));
    QCOMPARE(statistics->child(0)->text(0), QStringLiteral("Estatísticas de seguidores"));
    QCOMPARE(statistics->child(0)->text(1), QStringLiteral("Novos seguidores por dia; perfil dos seguidores"));

    // The Review page's summary: its labels, stream titles and the schedule sentence.
    SourceConfig source;
    source.description = QStringLiteral("Acme");
    source.organizationId = 42;
    source.startDate = QDate(2026, 1, 1);
    source.streams = {selection("follower_statistics"), selection("post_statistics")};
    source.trigger = Trigger{.kind = Trigger::Kind::Daily, .at = QTime(7, 30), .fullSyncEveryDays = 7};
    const QString summary = ReviewPage::summaryHtml(source, QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    for (const char *expected : {"Descrição", "Organização 42 (nome desconhecido)", "Estatísticas de publicações",
                                 "Diariamente às 07:30. Também uma sincronização completa a cada 7 dias."})
        QVERIFY2(summary.contains(QString::fromUtf8(expected)), expected);
    QCOMPARE(SourceDetailsPage::defaultDescription(source), QStringLiteral("Organização 42 — página do LinkedIn"));
}

void TestTranslations::sourcesPageIsPortuguese() {
    load(QStringLiteral("pt_BR"));
    SourceListModel sources;
    QCOMPARE(sources.headerData(SourceListModel::Description, Qt::Horizontal).toString(), QStringLiteral("Fonte"));
    QCOMPARE(sources.headerData(SourceListModel::NextRun, Qt::Horizontal).toString(),
             QStringLiteral("Próxima execução"));
    // SourceText's context comes from Q_DECLARE_TR_FUNCTIONS, not from a class lupdate can see.
    QCOMPARE(SourceText::runStatus(RunStatus::Succeeded), QStringLiteral("Sucesso"));
    QCOMPARE(SourceText::streamTitle(QStringLiteral("share_statistics")),
             QStringLiteral("Estatísticas de compartilhamentos"));

    RunHistoryModel history;
    SourceDetailPane pane(&history);
    QCOMPARE(pane.findChild<QPushButton *>(QStringLiteral("syncButton"))->text(), QStringLiteral("Sincronizar agora"));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("sourceTitleLabel"))->text(),
             QStringLiteral("Nenhuma fonte selecionada"));
}

void TestTranslations::runHistoryReadsInTheReadersLanguage() {
    // A server's nightly `pagesight sync` runs in English; the analyst reads its history in
    // Portuguese. Posts always answer 500, so the run and the posts stream have something to say.
    sandbox::SandboxServer server(testing::generatorOptions(12, 40));
    QVERIFY(server.listen());
    server.setFaults(*sandbox::FaultSpec::parse(QStringLiteral("500*0@posts")));
    StaticTokenProvider tokens(server.options().accessToken);
    QTemporaryDir dir;
    testing::EngineRig rig(dir.filePath(QStringLiteral("c.sqlite")), &tokens, server.apiBaseUrl());
    QVERIFY(!rig.openError.isError());
    const RunReport report = rig.run(testing::sourceFor(server, testing::sandboxToday.addDays(-30)));
    QCOMPARE(report.status, RunStatus::Partial);
    QCOMPARE(report.apiError.kind, ApiError::Kind::Server);
    const auto failed = std::find_if(report.streams.cbegin(), report.streams.cend(),
                                     [](const RunStreamStats &s) { return s.status == RunStatus::Failed; });
    QVERIFY(failed != report.streams.cend());
    const QString englishRun = report.message;
    QCOMPARE(englishRun, describe(report.apiError));

    load(QStringLiteral("pt_BR"));
    const QString portugueseRun = describe(report.apiError);
    QVERIFY(portugueseRun != englishRun);
    const QList<RunRecord> runs = RunHistory(rig.catalog).runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].message, portugueseRun);
    const auto stream = std::find_if(runs[0].streams.cbegin(), runs[0].streams.cend(),
                                     [&](const RunStreamStats &s) { return s.streamId == failed->streamId; });
    QVERIFY(stream != runs[0].streams.cend());
    QVERIFY(stream->message != failed->message);
    QVERIFY2(stream->message.startsWith(portugueseRun.left(20)), qPrintable(stream->message));
    RunHistoryModel history;
    history.setRuns(runs);
    QCOMPARE(history.data(history.index(0, RunHistoryModel::Message)).toString(), portugueseRun);

    // The catalog keeps the run's own sentence for older releases and SQL readers.
    QSqlQuery stored(rig.catalog.reader());
    QVERIFY(stored.exec(QStringLiteral("SELECT message FROM _pagesight_runs")) && stored.next());
    QCOMPARE(stored.value(0).toString(), englishRun);
    stored.finish();
    // A run recorded before messages were codes, or by a newer release, reads as it was stored.
    for (const char *data : {"NULL", "'[{\"code\":\"from_2030\"}]'"}) {
        QSqlQuery update(rig.catalog.reader());
        QVERIFY(update.exec(QStringLiteral("UPDATE _pagesight_runs SET message_data = %1").arg(QLatin1String(data))));
        QCOMPARE(RunHistory(rig.catalog).runs().value(0).message, englishRun);
    }
}

void TestTranslations::dataModelFitsInPortuguese() {
    // The join's caption was cut at both ends in Portuguese, which says it in more letters.
    load(QStringLiteral("pt_BR"));
    DataModelDiagram diagram;
    for (const QSize &size : {diagram.minimumSizeHint(), diagram.sizeHint()}) {
        diagram.resize(size);
        diagram.grab();
        bool caption = false;
        for (const DataModelDiagram::DrawnText &text : diagram.drawnTexts()) {
            QVERIFY2(text.fits, qPrintable(text.text));
            caption = caption || text.text.contains(QStringLiteral("por publicação"));
        }
        QVERIFY(caption);
    }
}

void TestTranslations::registryTitlesArePortuguese() {
    // Kept English in the data tables, marked with QT_TRANSLATE_NOOP, translated where shown.
    QCOMPARE(findStream(QStringLiteral("organization_posts"))->displayTitle(), QStringLiteral("Organization Posts"));
    load(QStringLiteral("pt_BR"));
    QCOMPARE(findStream(QStringLiteral("organization_posts"))->displayTitle(),
             QStringLiteral("Publicações da organização"));
    QCOMPARE(displayGroup(QStringLiteral("Posts")), QStringLiteral("Publicações"));
    QCOMPARE(findReport(QStringLiteral("follower-growth"))->displayTitle(),
             QStringLiteral("Crescimento de seguidores"));
    for (const ReportDef &report : reportDefinitions())
        QVERIFY2(report.displayTitle() != report.title, qPrintable(report.title));
    for (const StreamDef &stream : allStreams())
        QVERIFY2(stream.displayTitle() != stream.title, qPrintable(stream.title));
}

void TestTranslations::pluralFormsInPortuguese_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("hours");
    // Brazilian Portuguese counts 0 and 1 as singular.
    QTest::newRow("0") << 0 << QStringLiteral("0 linha sincronizada.") << QStringLiteral("A cada 0 hora");
    QTest::newRow("1") << 1 << QStringLiteral("1 linha sincronizada.") << QStringLiteral("A cada 1 hora");
    QTest::newRow("2") << 2 << QStringLiteral("2 linhas sincronizadas.") << QStringLiteral("A cada 2 horas");
    // The row count is grouped as the Rows column beside the message groups it.
    QTest::newRow("1000") << 1000 << QStringLiteral("1.000 linhas sincronizadas.")
                          << QStringLiteral("A cada 1000 horas");
}

void TestTranslations::pluralFormsInPortuguese() {
    QFETCH(int, count);
    QFETCH(QString, rows);
    QFETCH(QString, hours);
    load(QStringLiteral("pt_BR"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    const QString synced = syncedText(count);
    QLocale::setDefault(before);
    QCOMPARE(synced, rows);
    QCOMPARE(SourceText::trigger(Trigger{.kind = Trigger::Kind::EveryHours, .everyHours = count}), hours);
}

void TestTranslations::pluralFormsInEnglish() {
    load(QStringLiteral("en"));
    QCOMPARE(syncedText(1), QStringLiteral("Synced 1 row."));
    QCOMPARE(syncedText(3), QStringLiteral("Synced 3 rows."));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString thousand = syncedText(1493);
    QLocale::setDefault(before);
    QCOMPARE(thousand, QStringLiteral("Synced 1,493 rows."));
    QCOMPARE(SourceText::trigger(Trigger{.kind = Trigger::Kind::EveryHours, .everyHours = 1, .fullSyncEveryDays = 1}),
             QStringLiteral("Every 1 hour · full sync every 1 day"));
    QCOMPARE(SourceText::trigger(Trigger{.kind = Trigger::Kind::EveryHours, .everyHours = 6, .fullSyncEveryDays = 7}),
             QStringLiteral("Every 6 hours · full sync every 7 days"));
    SourceConfig source;
    source.accessTokenExpiresAt = QDateTime(QDate(2026, 6, 2), QTime(12, 0), Qt::UTC);
    QVERIFY2(SourceDetailPane::tokenWarning(source, QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC))
                 .contains(QLatin1String("(in 1 day)")),
             qPrintable(SourceDetailPane::tokenWarning(source, QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC))));
    // Everything else in English is the source text itself.
    QVERIFY(describe(ApiError{.kind = ApiError::Kind::Cancelled}).startsWith(QLatin1String("The sync")));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
