// A --catalog value that names a PostgreSQL server: its parts, its defaults, the URL shown and
// stored, and the refusals, none of which repeats a password.
#include "catalog/CatalogLocation.h"

#include <QTest>

using namespace pagesight;

class TestCatalogLocation : public QObject {
    Q_OBJECT

private slots:
    void serverOrFile() {
        QVERIFY(isServerCatalog(QStringLiteral("postgresql://a@b/c")));
        QVERIFY(isServerCatalog(QStringLiteral("POSTGRES://a@b/c")));
        QVERIFY(!isServerCatalog(QStringLiteral("catalog.sqlite")));
        QVERIFY(!isServerCatalog(QStringLiteral("/home/ana/postgresql://x")));
    }

    void parts() {
        const auto catalog = parseServerCatalog(
            QStringLiteral("postgresql://analyst@db.example.com:6543/marketing?sslmode=require&schema=pagesight"));
        QVERIFY(catalog);
        QCOMPARE(catalog->user, QStringLiteral("analyst"));
        QCOMPARE(catalog->host, QStringLiteral("db.example.com"));
        QCOMPARE(catalog->port, 6543);
        QCOMPARE(catalog->database, QStringLiteral("marketing"));
        QCOMPARE(catalog->sslMode, QStringLiteral("require"));
        QCOMPARE(catalog->schema, QStringLiteral("pagesight"));
        QCOMPARE(catalog->url(),
                 QStringLiteral("postgresql://analyst@db.example.com:6543/marketing?sslmode=require&schema=pagesight"));
        QCOMPARE(catalog->passwordKey(), QStringLiteral("postgresql://analyst@db.example.com:6543/marketing"));
    }

    void defaults() {
        const auto catalog = parseServerCatalog(QStringLiteral("postgres://ana@127.0.0.1/team"));
        QVERIFY(catalog);
        QCOMPARE(catalog->port, 5432);
        QCOMPARE(catalog->schema, QStringLiteral("public"));
        QVERIFY(catalog->sslMode.isEmpty());
        QCOMPARE(catalog->url(), QStringLiteral("postgresql://ana@127.0.0.1:5432/team"));
    }

    void refused_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        const int url = int(InputError::Kind::CatalogUrl), password = int(InputError::Kind::CatalogUrlPassword);
        QTest::newRow("no user") << QStringLiteral("postgresql://db.example.com/team") << url;
        QTest::newRow("no database") << QStringLiteral("postgresql://ana@db.example.com/") << url;
        QTest::newRow("no host") << QStringLiteral("postgresql://ana@/team") << url;
        QTest::newRow("a path") << QStringLiteral("postgresql://ana@h/team/more") << url;
        QTest::newRow("bad port") << QStringLiteral("postgresql://ana@h:99999/team") << url;
        QTest::newRow("unknown option") << QStringLiteral("postgresql://ana@h/team?connect_timeout=3") << url;
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://ana@h/team?sslmode=maybe") << url;
        QTest::newRow("schema with quotes") << QStringLiteral("postgresql://ana@h/team?schema=a%22b") << url;
        QTest::newRow("upper-case schema") << QStringLiteral("postgresql://ana@h/team?schema=Team") << url;
        QTest::newRow("system schema") << QStringLiteral("postgresql://ana@h/team?schema=pg_catalog") << url;
        QTest::newRow("not a server") << QStringLiteral("mysql://ana@h/team") << url;
        QTest::newRow("password") << QStringLiteral("postgresql://ana:s3cret-pw@h/team") << password;
        QTest::newRow("password, broken URL") << QStringLiteral("postgresql://ana:s3cret-pw@/te am%") << password;
        QTest::newRow("empty password") << QStringLiteral("postgresql://ana:@h/team") << password;
    }

    void refused() {
        QFETCH(QString, url);
        QFETCH(int, kind);
        InputError error;
        QVERIFY(!parseServerCatalog(url, &error));
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(!error.value.contains(QLatin1String("s3cret")), qPrintable(error.value));
        QVERIFY2(!describe(error).contains(QLatin1String("s3cret")), qPrintable(describe(error)));
        QVERIFY(!describe(error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogLocation)
#include "tst_cataloglocation.moc"
