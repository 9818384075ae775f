// The compiled translations reach the code that asks for them. A string lupdate files under one
// context while the code looks it up under another is silently shown in English, so these tests
// go through the real call sites (describe(), cli::usage(), SyncEngine::tr) with the .qm files the
// build embeds into pagesight, not through the .ts text.
#include "cli/Cli.h"
#include "common/Errors.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace pagesight;

namespace {

// The kinds whose sentences were translated with the first release of the .ts files. A kind
// added later is translated in the next pass over the .ts files, so it is not required here.
constexpr int lastApiKind = int(ApiError::Kind::Cancelled);
constexpr int lastCatalogKind = int(CatalogError::Kind::ReadOnly);
constexpr int lastInputKind = int(InputError::Kind::Description);

QStringList placeholders(const QString &text) {
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_translator.reset(); }

    void errorSentencesArePortuguese();
    void usageIsPortuguese();
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

void TestTranslations::errorSentencesArePortuguese() {
    // English first, without a translator, then the same values in Portuguese.
    QList<QString> english;
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
                                             .path = QStringLiteral("/tmp/c.sqlite")}));
        for (int kind = 1; kind <= lastInputKind; ++kind)
            all.append(describe(InputError{.kind = InputError::Kind(kind), .value = QStringLiteral("x")}));
        return all;
    };
    english = sentences();
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
}

void TestTranslations::usageIsPortuguese() {
    load(QStringLiteral("pt_BR"));
    const QString usage = cli::usage();
    QVERIFY2(usage.startsWith(QLatin1String("Uso:")), qPrintable(usage));
    // Options are typed by people and scripts: they stay as they are.
    QVERIFY(usage.contains(QLatin1String("--catalog")));
}

void TestTranslations::pluralFormsInPortuguese_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("expected");
    // Brazilian Portuguese counts 0 and 1 as singular.
    QTest::newRow("0") << 0 << QStringLiteral("0 linha sincronizada.");
    QTest::newRow("1") << 1 << QStringLiteral("1 linha sincronizada.");
    QTest::newRow("2") << 2 << QStringLiteral("2 linhas sincronizadas.");
    QTest::newRow("1000") << 1000 << QStringLiteral("1000 linhas sincronizadas.");
}

void TestTranslations::pluralFormsInPortuguese() {
    QFETCH(int, rows);
    QFETCH(QString, expected);
    load(QStringLiteral("pt_BR"));
    QCOMPARE(SyncEngine::tr("Synced %n row(s).", nullptr, rows), expected);
}

void TestTranslations::pluralFormsInEnglish() {
    load(QStringLiteral("en"));
    QCOMPARE(SyncEngine::tr("Synced %n row(s).", nullptr, 1), QStringLiteral("Synced 1 row."));
    QCOMPARE(SyncEngine::tr("Synced %n row(s).", nullptr, 3), QStringLiteral("Synced 3 rows."));
    // Everything else in English is the source text itself.
    QVERIFY(describe(ApiError{.kind = ApiError::Kind::Cancelled}).startsWith(QLatin1String("The sync")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
