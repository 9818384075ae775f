// RunMessage: what a run said is stored as codes and arguments and read back as the same
// sentences, whatever part and error kind it holds; what this release cannot read (older text,
// a newer release's codes) keeps the sentence that was stored.
#include "common/RunMessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTest>

#include <climits>

using namespace pagesight;

namespace {

ApiError fullApiError(ApiError::Kind kind) {
    return ApiError{.kind = kind,
                    .httpStatus = 503,
                    .serviceErrorCode = 100,
                    .code = QStringLiteral("ACCESS_DENIED"),
                    .serverMessage = QStringLiteral("Not enough permissions to access: posts %1"),
                    .endpoint = QStringLiteral("posts"),
                    .apiVersion = QStringLiteral("202401"),
                    .versionsTried = 2,
                    .redirectHost = QStringLiteral("elsewhere.example")};
}

DataWarnings someWarnings() {
    DataWarnings warnings;
    warnings.unstorableNumbers.insert(QStringLiteral("impression_count"), 2);
    warnings.unstorableNumbers.insert(QStringLiteral("click_count"), 1);
    warnings.postsWithUnreadableDates = 3;
    warnings.foreignPosts = 4;
    warnings.strayStatistics = 5;
    warnings.strayDays = 6;
    warnings.repairedAnswers = 7;
    return warnings;
}

QString roundTrip(const RunMessage &message) {
    const std::optional<RunMessage> read = RunMessage::fromJson(message.toJson());
    return read ? read->text() : QStringLiteral("<unreadable>");
}

} // namespace

class TestRunMessage : public QObject {
    Q_OBJECT

private slots:
    void everyApiKindRoundTrips() {
        const QMetaEnum kinds = QMetaEnum::fromType<ApiError::Kind>();
        QVERIFY(kinds.keyCount() > 10);
        for (int i = 1; i < kinds.keyCount(); ++i) {
            RunMessage message;
            message.add(fullApiError(ApiError::Kind(kinds.value(i))));
            QVERIFY2(!message.text().isEmpty(), kinds.key(i));
            QCOMPARE(roundTrip(message), message.text());
            QCOMPARE(message.text(), describe(fullApiError(ApiError::Kind(kinds.value(i)))));
        }
    }

    void everyCatalogKindRoundTrips() {
        const QMetaEnum kinds = QMetaEnum::fromType<CatalogError::Kind>();
        QVERIFY(kinds.keyCount() > 10);
        for (int i = 1; i < kinds.keyCount(); ++i) {
            const CatalogError error{CatalogError::Kind(kinds.value(i)), QStringLiteral("12 posts"),
                                     QStringLiteral("catalogs/team.sqlite")};
            RunMessage message;
            message.add(error);
            QVERIFY2(!message.text().isEmpty(), kinds.key(i));
            QCOMPARE(roundTrip(message), describe(error));
        }
    }

    void everyPartRoundTripsInOrder() {
        RunMessage message;
        message.addSynced(1234567);
        message.addWarnedStreams();
        message.add(someWarnings());
        message.addLeftoverStaging(2);
        message.addVersionReplaced(QStringLiteral("202401"), QStringLiteral("202411"));
        const QString text = message.text();
        QVERIFY2(text.startsWith(QLatin1String("Synced 1234567 row")), qPrintable(text));
        QVERIFY2(text.contains(describe(someWarnings())), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Removed 2 staging table")), qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1String("API version 202401; this run used 202411, and the source uses it from "
                                             "now on.")),
                 qPrintable(text));
        QCOMPARE(roundTrip(message), text);
        // Stored as names, so that a reordered enum in a later release reads the same.
        const QJsonArray parts = QJsonDocument::fromJson(message.toJson()).array();
        QCOMPARE(parts.size(), 5);
        QCOMPARE(parts.at(0).toObject().value(QLatin1String("code")).toString(), QStringLiteral("synced"));
        QCOMPARE(parts.at(0).toObject().value(QLatin1String("count")).toInteger(), 1234567);
    }

    void kindsAreStoredByName() {
        RunMessage message;
        message.add(ApiError{.kind = ApiError::Kind::Forbidden, .endpoint = QStringLiteral("posts")});
        const QJsonObject error =
            QJsonDocument::fromJson(message.toJson()).array().at(0).toObject().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("Forbidden"));
        QCOMPARE(error.value(QLatin1String("endpoint")).toString(), QStringLiteral("posts"));
    }

    void nothingToSayIsEmpty() {
        RunMessage message;
        message.add(DataWarnings{});
        QVERIFY(message.isEmpty());
        QCOMPARE(message.text(), QString());
        QCOMPARE(RunMessage::textOf(QByteArray(), QStringLiteral("as stored")), QStringLiteral("as stored"));
    }

    void unreadableKeepsTheStoredSentence_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("Synced 3 rows.");
        QTest::newRow("an object") << QByteArray(R"({"code":"synced","count":3})");
        QTest::newRow("a newer code") << QByteArray(R"([{"code":"synced","count":3},{"code":"from_2030"}])");
        QTest::newRow("a newer API kind") << QByteArray(R"([{"code":"api","error":{"kind":"Teleported"}}])");
        QTest::newRow("a newer catalog kind") << QByteArray(R"([{"code":"catalog","error":{"kind":"Melted"}}])");
        QTest::newRow("no kind") << QByteArray(R"([{"code":"api","error":{}}])");
    }

    void unreadableKeepsTheStoredSentence() {
        QFETCH(QByteArray, json);
        QVERIFY(!RunMessage::fromJson(json));
        QCOMPARE(RunMessage::textOf(json, QStringLiteral("Sentence of the run.")),
                 QStringLiteral("Sentence of the run."));
    }

    void hugeCountsStaySentences() {
        RunMessage message;
        message.addSynced(qint64(1) << 40);
        QCOMPARE(roundTrip(message), QCoreApplication::translate("RunMessage", "Synced %n row(s).", nullptr, INT_MAX));
    }
};

QTEST_GUILESS_MAIN(TestRunMessage)
#include "tst_runmessage.moc"
