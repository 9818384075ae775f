// `pagesight render`, through the binary, offscreen, on a catalog the command line synced from the
// sandbox: a PNG and a one-page PDF that are what they claim to be, the tables as CSV equal to the
// catalog's rows, --lang and --time-zone honoured, and every bad input refused with exit 2 and no
// file written.
#include "CliTestSupport.h"
#include "PostgresTestSupport.h"
#include "SyncTestSupport.h"

#include "analytics/Reports.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace pagesight;
using namespace pagesight::testing;

namespace {

const QString token = QStringLiteral("render-token");
const qint64 organizationId = 12345678;

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QStringList> csvRows(const QString &path) {
    QList<QStringList> rows;
    for (const QByteArray &line : readAll(path).split('\n'))
        if (!line.trimmed().isEmpty())
            rows.append(QString::fromUtf8(line.trimmed()).split(QLatin1Char(',')));
    return rows;
}

} // namespace

class TestRender : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_catalog;
    QDate m_to;
    QDate m_from;

    Outcome render(const QStringList &arguments) {
        return runPagesight(QStringList{QStringLiteral("render")} + arguments, {});
    }
    QString out(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        sandbox::GeneratorOptions data;
        data.organizationId = organizationId;
        data.posts = 80;
        data.days = 200;
        sandbox::ServerOptions options;
        options.accessToken = token;
        m_server = std::make_unique<sandbox::SandboxServer>(data, options);
        QVERIFY(m_server->listen());
        m_catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        const Outcome synced = runPagesight(
            {QStringLiteral("sync"), QStringLiteral("--org"), QString::number(organizationId),
             QStringLiteral("--start"), QDate::currentDate().addDays(-190).toString(Qt::ISODate),
             QStringLiteral("--catalog"), m_catalog, QStringLiteral("--api-base"), m_server->apiBaseUrl().toString()},
            token);
        QCOMPARE(synced.exitCode, 0);
        m_to = QDate::currentDate();
        m_from = m_to.addDays(-89);
    }

    void pngOfEveryDashboard_data() {
        QTest::addColumn<QString>("dashboard");
        for (const char *name : {"follower-growth", "post-engagement", "visitor-demographics", "insights"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void pngOfEveryDashboard() {
        QFETCH(QString, dashboard);
        const QString path = out(dashboard + QStringLiteral(".png"));
        const Outcome rendered = render({dashboard, QStringLiteral("--catalog"), m_catalog, QStringLiteral("--out"),
                                         path, QStringLiteral("--from"), m_from.toString(Qt::ISODate),
                                         QStringLiteral("--to"), m_to.toString(Qt::ISODate)});
        QVERIFY2(rendered.exitCode == 0, rendered.err.constData());
        QVERIFY(readAll(path).startsWith("\x89PNG\r\n\x1a\n"));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 2000 && image.height() >= 1200,
                 qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
        // Not a blank page: a dashboard has many colours (charts, text, tables).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        QVERIFY(!rendered.err.contains("propagateSizeHints")); // Qt's offscreen notes are not for the reader
        QVERIFY(rendered.err.contains("Wrote"));
        if (const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR"); !dir.isEmpty())
            QFile::copy(path, QDir(dir).filePath(QStringLiteral("render-") + dashboard + QStringLiteral(".png")));
    }

    void pdfIsOnePageInTheLanguageAsked() {
        const QString path = out(QStringLiteral("posts.pdf"));
        const Outcome rendered =
            render({QStringLiteral("post-engagement"), QStringLiteral("--catalog"), m_catalog, QStringLiteral("--out"),
                    path, QStringLiteral("--lang"), QStringLiteral("pt_BR"), QStringLiteral("--org"),
                    QString::number(organizationId)});
        QVERIFY2(rendered.exitCode == 0, rendered.err.constData());
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))), 1);
        // The title (the document's metadata) is the dashboard's, in Portuguese: UTF-16 in the PDF.
        const QString title = QStringLiteral("Engajamento das publica");
        QByteArray utf16;
        for (const QChar c : title)
            utf16 += QByteArray(1, char(c.unicode() >> 8)) + QByteArray(1, char(c.unicode() & 0xff));
        QVERIFY2(pdf.contains(utf16) || pdf.contains(title.toLatin1()), "no Portuguese title in the PDF");
        if (const QString dir = qEnvironmentVariable("PAGESIGHT_SCREENSHOT_DIR"); !dir.isEmpty())
            QFile::copy(path, QDir(dir).filePath(QStringLiteral("render-post-engagement.pdf")));
    }

    void csvTablesEqualTheCatalog() {
        const QString path = out(QStringLiteral("insights.csv"));
        const Outcome rendered =
            render({QStringLiteral("insights"), QStringLiteral("--catalog"), m_catalog, QStringLiteral("--out"), path,
                    QStringLiteral("--time-zone"), QStringLiteral("Asia/Tokyo"), QStringLiteral("--from"),
                    m_from.toString(Qt::ISODate), QStringLiteral("--to"), m_to.toString(Qt::ISODate)});
        QVERIFY2(rendered.exitCode == 0, rendered.err.constData());
        QVERIFY(!QFile::exists(path)); // three tables: three files named after them
        const QList<QStringList> hours = csvRows(out(QStringLiteral("insights-hours.csv")));
        QCOMPARE(hours.size(), 25);
        QCOMPARE(hours.first().first(), QStringLiteral("Hour (Asia/Tokyo)"));
        QVERIFY(QFile::exists(out(QStringLiteral("insights-weekdays.csv"))));
        QVERIFY(QFile::exists(out(QStringLiteral("insights-demographic-history.csv"))));
        // The posts of the period, each in its Tokyo hour (UTC + 9), counted from the catalog here.
        Catalog catalog(QStringLiteral("render-check"));
        QVERIFY(!catalog.open(m_catalog, Catalog::Mode::ReadOnly).isError());
        QList<int> expected(24, 0);
        for (const QList<QVariant> &row : runReport(catalog.reader(), QStringLiteral("post-engagement")).rows) {
            const QDateTime published =
                QDateTime::fromString(row.at(2).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (published.isValid() && published.date() >= m_from && published.date() <= m_to)
                ++expected[(published.time().hour() + 9) % 24];
        }
        int total = 0;
        for (int hour = 0; hour < 24; ++hour) {
            QCOMPARE(hours.at(hour + 1).at(1).toInt(), expected.at(hour));
            total += expected.at(hour);
        }
        QVERIFY(total > 0);
    }

    // A team catalog renders the same tables: every dashboard's CSV files, byte for byte, from the
    // same sync into a PostgreSQL schema.
    void serverCatalogRendersTheSameTables() {
        PAGESIGHT_NEED_POSTGRES();
        const TestSchema schema;
        const Outcome synced =
            runPagesight({QStringLiteral("sync"), QStringLiteral("--org"), QString::number(organizationId),
                          QStringLiteral("--start"), QDate::currentDate().addDays(-190).toString(Qt::ISODate),
                          QStringLiteral("--catalog"), schema.url(), QStringLiteral("--api-base"),
                          m_server->apiBaseUrl().toString()},
                         token);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        int files = 0;
        for (const char *name : {"follower-growth", "post-engagement", "visitor-demographics", "insights"}) {
            const QString dashboard = QString::fromLatin1(name);
            QMap<QString, QByteArray> written[2];
            for (const bool server : {false, true}) {
                QDir folder(out(
                    QStringLiteral("%1-%2").arg(dashboard, server ? QStringLiteral("team") : QStringLiteral("file"))));
                QVERIFY(folder.mkpath(QStringLiteral(".")));
                const Outcome rendered = render(
                    {dashboard, QStringLiteral("--catalog"), server ? schema.url() : m_catalog, QStringLiteral("--out"),
                     folder.filePath(dashboard + QStringLiteral(".csv")), QStringLiteral("--time-zone"),
                     QStringLiteral("America/Sao_Paulo"), QStringLiteral("--from"), m_from.toString(Qt::ISODate),
                     QStringLiteral("--to"), m_to.toString(Qt::ISODate)});
                QVERIFY2(rendered.exitCode == 0, rendered.err.constData());
                for (const QString &file : folder.entryList(QDir::Files))
                    written[server].insert(file, readAll(folder.filePath(file)));
            }
            QVERIFY2(!written[0].isEmpty(), name);
            QCOMPARE(written[1].keys(), written[0].keys());
            for (auto it = written[0].cbegin(); it != written[0].cend(); ++it) {
                QVERIFY2(it.value().count('\n') > 1, qPrintable(it.key()));
                QCOMPARE(written[1].value(it.key()), it.value());
                ++files;
            }
        }
        QVERIFY(files >= 6);
    }

    void badInputWritesNothing_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        const QString catalog = QStringLiteral("CATALOG");
        const QString file = QStringLiteral("OUT.png");
        QTest::newRow("unknown dashboard") << QStringList{QStringLiteral("growth"), QStringLiteral("--catalog"),
                                                          catalog, QStringLiteral("--out"), file}
                                           << "is not a dashboard";
        QTest::newRow("no dashboard") << QStringList{QStringLiteral("--catalog"), catalog, QStringLiteral("--out"),
                                                     file}
                                      << "DASHBOARD";
        QTest::newRow("no --out") << QStringList{QStringLiteral("insights"), QStringLiteral("--catalog"), catalog}
                                  << "--out";
        QTest::newRow("other format") << QStringList{QStringLiteral("insights"), QStringLiteral("--catalog"), catalog,
                                                     QStringLiteral("--out"), QStringLiteral("OUT.gif")}
                                      << ".png, .pdf or .csv";
        QTest::newRow("from without to") << QStringList{QStringLiteral("insights"),
                                                        QStringLiteral("--catalog"),
                                                        catalog,
                                                        QStringLiteral("--out"),
                                                        file,
                                                        QStringLiteral("--from"),
                                                        QStringLiteral("2026-01-01")}
                                         << "--from";
        QTest::newRow("reversed period") << QStringList{QStringLiteral("insights"),
                                                        QStringLiteral("--catalog"),
                                                        catalog,
                                                        QStringLiteral("--out"),
                                                        file,
                                                        QStringLiteral("--from"),
                                                        QStringLiteral("2026-02-01"),
                                                        QStringLiteral("--to"),
                                                        QStringLiteral("2026-01-01")}
                                         << "is not a period";
        QTest::newRow("not a date") << QStringList{QStringLiteral("insights"),
                                                   QStringLiteral("--catalog"),
                                                   catalog,
                                                   QStringLiteral("--out"),
                                                   file,
                                                   QStringLiteral("--from"),
                                                   QStringLiteral("2026-02-30"),
                                                   QStringLiteral("--to"),
                                                   QStringLiteral("2026-03-01")}
                                    << "is not a period";
        QTest::newRow("time zone") << QStringList{QStringLiteral("insights"),
                                                  QStringLiteral("--catalog"),
                                                  catalog,
                                                  QStringLiteral("--out"),
                                                  file,
                                                  QStringLiteral("--time-zone"),
                                                  QStringLiteral("Mars/Olympus")}
                                   << "is not a time zone";
        QTest::newRow("language") << QStringList{QStringLiteral("insights"),
                                                 QStringLiteral("--catalog"),
                                                 catalog,
                                                 QStringLiteral("--out"),
                                                 file,
                                                 QStringLiteral("--lang"),
                                                 QStringLiteral("tlh")}
                                  << "no translation";
        QTest::newRow("organization") << QStringList{QStringLiteral("insights"),
                                                     QStringLiteral("--catalog"),
                                                     catalog,
                                                     QStringLiteral("--out"),
                                                     file,
                                                     QStringLiteral("--org"),
                                                     QStringLiteral("99")}
                                      << "no data of organization 99";
        QTest::newRow("bad organization") << QStringList{QStringLiteral("insights"),
                                                         QStringLiteral("--catalog"),
                                                         catalog,
                                                         QStringLiteral("--out"),
                                                         file,
                                                         QStringLiteral("--org"),
                                                         QStringLiteral("acme")}
                                          << "acme";
        QTest::newRow("missing catalog") << QStringList{QStringLiteral("insights"), QStringLiteral("--catalog"),
                                                        QStringLiteral("MISSING"), QStringLiteral("--out"), file}
                                         << "";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("insights"),
                                                       QStringLiteral("--catalog"),
                                                       catalog,
                                                       QStringLiteral("--out"),
                                                       file,
                                                       QStringLiteral("--colour")}
                                        << "--colour";
    }

    void badInputWritesNothing() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        const QString file = out(QStringLiteral("bad.png"));
        QFile::remove(file);
        arguments.replaceInStrings(QStringLiteral("CATALOG"), m_catalog);
        arguments.replaceInStrings(QStringLiteral("MISSING"), out(QStringLiteral("missing.sqlite")));
        arguments.replaceInStrings(QStringLiteral("OUT"), out(QStringLiteral("bad")));
        const Outcome rendered = render(arguments);
        QCOMPARE(rendered.exitCode, 2);
        QVERIFY2(rendered.err.contains(said.toUtf8()), rendered.err.constData());
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(out(QStringLiteral("bad.gif"))));
        QVERIFY(!QFile::exists(out(QStringLiteral("missing.sqlite")))); // never creates a catalog
    }

    void helpNeedsNoDisplay() {
        const Outcome help = runPagesight({QStringLiteral("render"), QStringLiteral("--help")}, {});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("pagesight render DASHBOARD"));
        const Outcome all = runPagesight({QStringLiteral("--help")}, {});
        QVERIFY(all.out.contains("pagesight render DASHBOARD"));
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
