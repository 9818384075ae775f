#include "api/RestLi.h"

#include <QTest>

using namespace pagesight;

class TestRestLi : public QObject {
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void decodeRoundTrip_data() { encode_data(); }
    void decodeRoundTrip();
    void decodeEmpty();
    void decodeLeavesPlainText();
    void listAndObject();
    void timeIntervalsExample();
    void queryKeepsOrder();
};

void TestRestLi::encode_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("encoded");

    // docs/LINKEDIN-API.md §0: "urn:li:organization:12345 is encoded to urn%3Ali%3Aorganization%3A12345"
    QTest::newRow("organization urn") << "urn:li:organization:12345"
                                      << "urn%3Ali%3Aorganization%3A12345";
    QTest::newRow("organization 1") << "urn:li:organization:1"
                                    << "urn%3Ali%3Aorganization%3A1";
    // §0 resource key example: ( ) : , all encoded.
    QTest::newRow("compound key") << "urn:li:endorsement:(urn:li:person:2qXA98-mVk,65761962366)"
                                  << "urn%3Ali%3Aendorsement%3A%28urn%3Ali%3Aperson%3A2qXA98-mVk%2C65761962366%29";
    QTest::newRow("ugcPost urn") << "urn:li:ugcPost:7123456789012345678"
                                 << "urn%3Ali%3AugcPost%3A7123456789012345678";
    QTest::newRow("empty string") << ""
                                  << "''";
    QTest::newRow("space") << "hello world"
                           << "hello%20world";
    QTest::newRow("comma") << "a,b"
                           << "a%2Cb";
    QTest::newRow("parentheses") << "(x)"
                                 << "%28x%29";
    QTest::newRow("single quote") << "it's"
                                  << "it%27s";
    QTest::newRow("colon only") << ":"
                                << "%3A";
    QTest::newRow("unreserved kept") << "AZaz09-_.!~*"
                                     << "AZaz09-_.!~*";
    QTest::newRow("query characters") << "a+b=c&d"
                                      << "a%2Bb%3Dc%26d";
    QTest::newRow("percent") << "100%"
                             << "100%25";
    QTest::newRow("slash question hash") << "/p?x#y"
                                         << "%2Fp%3Fx%23y";
    QTest::newRow("newline") << "a\nb"
                             << "a%0Ab";
    QTest::newRow("latin accent") << QStringLiteral("café") << "caf%C3%A9";
    QTest::newRow("cjk") << QStringLiteral("日本") << "%E6%97%A5%E6%9C%AC";
    QTest::newRow("emoji (surrogate pair)") << QStringLiteral("😀") << "%F0%9F%98%80";
    QTest::newRow("brackets braces") << "[{}]"
                                     << "%5B%7B%7D%5D";
    QTest::newRow("a single space") << " "
                                    << "%20";
}

void TestRestLi::encode() {
    QFETCH(QString, raw);
    QFETCH(QString, encoded);
    QCOMPARE(restli::encode(raw), encoded);
}

void TestRestLi::decodeRoundTrip() {
    QFETCH(QString, raw);
    QFETCH(QString, encoded);
    QCOMPARE(restli::decode(encoded), raw);
    QCOMPARE(restli::decode(restli::encode(raw)), raw);
}

void TestRestLi::decodeEmpty() {
    QCOMPARE(restli::decode(QStringLiteral("''")), QString());
    QVERIFY(restli::decode(QStringLiteral("''")).isEmpty());
}

void TestRestLi::decodeLeavesPlainText() {
    // A value that was never encoded (Airbyte sends URNs raw) decodes to itself.
    QCOMPARE(restli::decode(QStringLiteral("urn:li:organization:1")), QStringLiteral("urn:li:organization:1"));
    QCOMPARE(restli::decode(QStringLiteral("DAY")), QStringLiteral("DAY"));
}

void TestRestLi::listAndObject() {
    // §0: ugcPosts?q=authors&authors=List(urn%3Ali%3Aorganization%3A12345)
    QCOMPARE(restli::list({restli::encode(QStringLiteral("urn:li:organization:12345"))}),
             QStringLiteral("List(urn%3Ali%3Aorganization%3A12345)"));
    // §0 BATCH_GET: ids=List(1,2,3,4)
    QCOMPARE(restli::list({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}),
             QStringLiteral("List(1,2,3,4)"));
    QCOMPARE(restli::list({}), QStringLiteral("List()"));
    QCOMPARE(restli::object({}), QStringLiteral("()"));

    // §0: param=(aList:List(foo,bar,baz),anObject:(aField:1,anotherField:value))
    const QString nested = restli::object({{QStringLiteral("aField"), QStringLiteral("1")},
                                           {QStringLiteral("anotherField"), restli::encode(QStringLiteral("value"))}});
    const QString aList = restli::list({QStringLiteral("foo"), QStringLiteral("bar"), QStringLiteral("baz")});
    QCOMPARE(restli::object({{QStringLiteral("aList"), aList}, {QStringLiteral("anObject"), nested}}),
             QStringLiteral("(aList:List(foo,bar,baz),anObject:(aField:1,anotherField:value))"));

    // Values with structure characters stay inside their leaf.
    QCOMPARE(restli::object({{QStringLiteral("name"), restli::encode(QStringLiteral("a,b:(c)"))}}),
             QStringLiteral("(name:a%2Cb%3A%28c%29)"));
    QCOMPARE(restli::list({restli::encode(QString()), restli::encode(QStringLiteral("x y"))}),
             QStringLiteral("List('',x%20y)"));
}

void TestRestLi::timeIntervalsExample() {
    // §0: timeIntervals=(timeRange:(start:1698796800000,end:1701388800000),timeGranularityType:DAY)
    const QString range = restli::object({{QStringLiteral("start"), QStringLiteral("1698796800000")},
                                          {QStringLiteral("end"), QStringLiteral("1701388800000")}});
    const QString intervals = restli::object(
        {{QStringLiteral("timeRange"), range}, {QStringLiteral("timeGranularityType"), QStringLiteral("DAY")}});
    QCOMPARE(
        restli::query({{QStringLiteral("timeIntervals"), intervals}}),
        QStringLiteral("timeIntervals=(timeRange:(start:1698796800000,end:1701388800000),timeGranularityType:DAY)"));
}

void TestRestLi::queryKeepsOrder() {
    const QString q =
        restli::query({{QStringLiteral("author"), restli::encode(QStringLiteral("urn:li:organization:1"))},
                       {QStringLiteral("q"), QStringLiteral("author")}});
    QCOMPARE(q, QStringLiteral("author=urn%3Ali%3Aorganization%3A1&q=author"));
    QCOMPARE(restli::query({}), QString());
    QCOMPARE(restli::query({{QStringLiteral("a"), QStringLiteral("1")}}), QStringLiteral("a=1"));
}

QTEST_GUILESS_MAIN(TestRestLi)
#include "tst_restli.moc"
