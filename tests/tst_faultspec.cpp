#include "sandbox/FaultSpec.h"

#include <QTest>

using namespace pagesight::sandbox;

Q_DECLARE_METATYPE(Fault::Kind)

class TestFaultSpec : public QObject {
    Q_OBJECT

private slots:
    void parsesValidItems_data();
    void parsesValidItems();
    void parsesSeveralItems();
    void emptySpecIsValidAndInjectsNothing();
    void rejectsInvalidSpecs_data();
    void rejectsInvalidSpecs();
    void countsAndSkips();
    void zeroCountMeansEveryRequest();
    void pathFilterCountsOnlyMatchingRequests();
    void explicitOnlyIgnoresFaultsWithoutPath();
    void laterFaultWaitsWhenEarlierOneTakesTheRequest();
    void canonicalStringRoundTrips();
    void resetClearsCounters();
};

void TestFaultSpec::parsesValidItems_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Fault::Kind>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("skip");
    QTest::addColumn<QString>("path");

    QTest::newRow("429") << "429" << Fault::Kind::Http429 << 1 << 0 << "";
    QTest::newRow("429ra") << "429ra" << Fault::Kind::Http429RetryAfter << 1 << 0 << "";
    QTest::newRow("quota") << "quota" << Fault::Kind::Quota << 1 << 0 << "";
    QTest::newRow("500") << "500" << Fault::Kind::Http500 << 1 << 0 << "";
    QTest::newRow("502") << "502" << Fault::Kind::Http502 << 1 << 0 << "";
    QTest::newRow("503") << "503" << Fault::Kind::Http503 << 1 << 0 << "";
    QTest::newRow("401") << "401" << Fault::Kind::Http401 << 1 << 0 << "";
    QTest::newRow("426") << "426" << Fault::Kind::Http426 << 1 << 0 << "";
    QTest::newRow("truncate") << "truncate" << Fault::Kind::Truncate << 1 << 0 << "";
    QTest::newRow("invalid") << "invalid" << Fault::Kind::InvalidJson << 1 << 0 << "";
    QTest::newRow("drop") << "drop" << Fault::Kind::Drop << 1 << 0 << "";
    QTest::newRow("hang") << "hang" << Fault::Kind::Hang << 1 << 0 << "";
    QTest::newRow("count") << "429*2" << Fault::Kind::Http429 << 2 << 0 << "";
    QTest::newRow("skip") << "500+3" << Fault::Kind::Http500 << 1 << 3 << "";
    QTest::newRow("path") << "drop@organizationalEntityShareStatistics" << Fault::Kind::Drop << 1 << 0
                          << "organizationalEntityShareStatistics";
    QTest::newRow("all parts") << "503*4+2@posts" << Fault::Kind::Http503 << 4 << 2 << "posts";
    QTest::newRow("every") << "429ra*0" << Fault::Kind::Http429RetryAfter << 0 << 0 << "";
    QTest::newRow("case and spaces") << "  TRUNCATE@/rest/posts " << Fault::Kind::Truncate << 1 << 0 << "/rest/posts";
    QTest::newRow("path with symbols") << "401@accessToken?x=*+1" << Fault::Kind::Http401 << 1 << 0
                                       << "accessToken?x=*+1";
}

void TestFaultSpec::parsesValidItems() {
    QFETCH(QString, spec);
    QFETCH(Fault::Kind, kind);
    QFETCH(int, count);
    QFETCH(int, skip);
    QFETCH(QString, path);

    QString error;
    const std::optional<FaultSpec> parsed = FaultSpec::parse(spec, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->faults().size(), 1);
    const Fault &fault = parsed->faults().first();
    QCOMPARE(fault.kind, kind);
    QCOMPARE(fault.count, count);
    QCOMPARE(fault.skip, skip);
    QCOMPARE(fault.pathSubstring, path);
    QCOMPARE(fault.seen, 0);
    QCOMPARE(fault.injected, 0);
}

void TestFaultSpec::parsesSeveralItems() {
    const std::optional<FaultSpec> parsed =
        FaultSpec::parse(QStringLiteral("429*2@posts,500+3,drop@organizationalEntityShareStatistics"));
    QVERIFY(parsed);
    QCOMPARE(parsed->faults().size(), 3);
    QCOMPARE(parsed->faults()[0].kind, Fault::Kind::Http429);
    QCOMPARE(parsed->faults()[0].count, 2);
    QCOMPARE(parsed->faults()[0].pathSubstring, QStringLiteral("posts"));
    QCOMPARE(parsed->faults()[1].kind, Fault::Kind::Http500);
    QCOMPARE(parsed->faults()[1].skip, 3);
    QCOMPARE(parsed->faults()[2].kind, Fault::Kind::Drop);
    QVERIFY(!parsed->isEmpty());
}

void TestFaultSpec::emptySpecIsValidAndInjectsNothing() {
    std::optional<FaultSpec> parsed = FaultSpec::parse(QStringLiteral("   "));
    QVERIFY(parsed);
    QVERIFY(parsed->isEmpty());
    QCOMPARE(parsed->next(QStringLiteral("/rest/posts")), std::nullopt);
}

void TestFaultSpec::rejectsInvalidSpecs_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown kind") << "404"
                                  << "Unknown fault kind";
    QTest::newRow("word kind") << "timeout"
                               << "Unknown fault kind";
    QTest::newRow("empty item") << "429,,500"
                                << "Empty fault";
    QTest::newRow("trailing comma") << "429,"
                                    << "Empty fault";
    QTest::newRow("star without count") << "429*"
                                        << "does not read";
    QTest::newRow("negative count") << "429*-1"
                                    << "does not read";
    QTest::newRow("plus without skip") << "500+"
                                       << "does not read";
    QTest::newRow("skip before count") << "500+1*2"
                                       << "does not read";
    QTest::newRow("empty path") << "drop@"
                                << "empty path";
    QTest::newRow("count too large") << "500*99999999999"
                                     << "too large";
    QTest::newRow("garbage") << "*2"
                             << "does not read";
}

void TestFaultSpec::rejectsInvalidSpecs() {
    QFETCH(QString, spec);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!FaultSpec::parse(spec, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestFaultSpec::countsAndSkips() {
    std::optional<FaultSpec> spec = FaultSpec::parse(QStringLiteral("500*2+1"));
    QVERIFY(spec);
    const QString path = QStringLiteral("/rest/posts");
    QCOMPARE(spec->next(path), std::nullopt); // skipped
    QCOMPARE(spec->next(path), Fault::Kind::Http500);
    QCOMPARE(spec->next(path), Fault::Kind::Http500);
    QCOMPARE(spec->next(path), std::nullopt); // count used up
    QCOMPARE(spec->next(path), std::nullopt);
    QCOMPARE(spec->faults().first().seen, 5);
    QCOMPARE(spec->faults().first().injected, 2);
    QCOMPARE(spec->injectedCount(), 2);
}

void TestFaultSpec::zeroCountMeansEveryRequest() {
    std::optional<FaultSpec> spec = FaultSpec::parse(QStringLiteral("503*0+2"));
    QVERIFY(spec);
    QCOMPARE(spec->next(QStringLiteral("/rest/a")), std::nullopt);
    QCOMPARE(spec->next(QStringLiteral("/rest/b")), std::nullopt);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(spec->next(QStringLiteral("/rest/c")), Fault::Kind::Http503);
    QCOMPARE(spec->faults().first().injected, 50);
}

void TestFaultSpec::pathFilterCountsOnlyMatchingRequests() {
    std::optional<FaultSpec> spec = FaultSpec::parse(QStringLiteral("429*2+1@posts"));
    QVERIFY(spec);
    const QString posts = QStringLiteral("/rest/posts");
    const QString followers = QStringLiteral("/rest/organizationalEntityFollowerStatistics");
    QCOMPARE(spec->next(followers), std::nullopt);
    QCOMPARE(spec->next(posts), std::nullopt); // first matching request is skipped
    QCOMPARE(spec->next(followers), std::nullopt);
    QCOMPARE(spec->next(posts), Fault::Kind::Http429);
    QCOMPARE(spec->next(followers), std::nullopt);
    QCOMPARE(spec->next(posts), Fault::Kind::Http429);
    QCOMPARE(spec->next(posts), std::nullopt);
    QCOMPARE(spec->faults().first().seen, 4); // the follower requests were not counted
}

void TestFaultSpec::explicitOnlyIgnoresFaultsWithoutPath() {
    std::optional<FaultSpec> spec = FaultSpec::parse(QStringLiteral("500,502@accessToken"));
    QVERIFY(spec);
    // An OAuth request: only the fault that names a matching path is considered…
    QCOMPARE(spec->nextExplicit(QStringLiteral("/oauth/v2/authorization")), std::nullopt);
    QCOMPARE(spec->nextExplicit(QStringLiteral("/oauth/v2/accessToken")), Fault::Kind::Http502);
    QCOMPARE(spec->faults()[0].seen, 0);
    // …and the general fault is still there for the next /rest call.
    QCOMPARE(spec->next(QStringLiteral("/rest/posts")), Fault::Kind::Http500);
}

void TestFaultSpec::laterFaultWaitsWhenEarlierOneTakesTheRequest() {
    std::optional<FaultSpec> spec = FaultSpec::parse(QStringLiteral("429,500"));
    QVERIFY(spec);
    const QString path = QStringLiteral("/rest/posts");
    QCOMPARE(spec->next(path), Fault::Kind::Http429);
    QCOMPARE(spec->next(path), Fault::Kind::Http500); // was due on the first request too
    QCOMPARE(spec->next(path), std::nullopt);
    QCOMPARE(spec->faults()[1].seen, 3);
}

void TestFaultSpec::canonicalStringRoundTrips() {
    const QString text = QStringLiteral("429ra*2@posts,500+3,hang*0,quota");
    std::optional<FaultSpec> spec = FaultSpec::parse(text);
    QVERIFY(spec);
    QCOMPARE(spec->toString(), text);
    QCOMPARE(FaultSpec::parse(spec->toString())->toString(), text);
    QCOMPARE(FaultSpec::kindNames().size(), 24);
    QCOMPARE(FaultSpec::kindName(Fault::Kind::RefusedRange), QStringLiteral("badrange"));
    QCOMPARE(FaultSpec::kindName(Fault::Kind::InvalidJson), QStringLiteral("invalid"));
}

void TestFaultSpec::resetClearsCounters() {
    std::optional<FaultSpec> spec = FaultSpec::parse(QStringLiteral("500"));
    QVERIFY(spec);
    QCOMPARE(spec->next(QStringLiteral("/rest/x")), Fault::Kind::Http500);
    QCOMPARE(spec->next(QStringLiteral("/rest/x")), std::nullopt);
    spec->reset();
    QCOMPARE(spec->next(QStringLiteral("/rest/x")), Fault::Kind::Http500);
}

QTEST_GUILESS_MAIN(TestFaultSpec)
#include "tst_faultspec.moc"
