#pragma once

// Shared by the OAuth flow and Authorization page tests: the "browser" QDesktopServices opens
// (captured with setUrlHandler), and a free loopback port for the redirect handler.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace pagesight::testing {

// What QDesktopServices::openUrl would have shown the person.
class FakeBrowser : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

inline quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace pagesight::testing
