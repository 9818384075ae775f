#pragma once

#include "source/SourceConfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace pagesight {

namespace sandbox {
class SandboxServer;
}

// The sample organization's id: one LinkedIn never issues (its organization ids are sequential and
// far below 10^10), so sample rows never mix with a real page's, and deleting the sample source can
// delete them all.
inline constexpr qint64 kSampleOrganizationId = 9'000'000'000'000'000'000;

// "Try with sample data": the simulated LinkedIn API, in-process on a loopback port, so anyone can
// walk the whole product without a LinkedIn developer app. Sample sources are saved with
// AuthMethod::SampleData; their base URLs are pointed at this server whenever they sync, since the
// port changes from one start of the app to the next.
class SampleData : public QObject {
    Q_OBJECT
public:
    explicit SampleData(QObject *parent = nullptr);
    ~SampleData() override;

    bool ensureRunning(); // false if no loopback port could be opened
    bool isRunning() const;
    QUrl apiBaseUrl() const;
    QUrl oauthBaseUrl() const;
    QString accessToken() const;
    qint64 organizationId() const;    // kSampleOrganizationId
    QString organizationName() const; // "Sample organization"
    sandbox::SandboxServer *server() const { return m_server.get(); }

    // A ready-to-sync source over the sample organization: every stream, INCREMENTAL, a start date
    // a year back, description "Sample data".
    SourceConfig sampleSource(const QDate &todayUtc) const;
    // Points a sample source at the running server (starting it if needed).
    SourceConfig resolved(SourceConfig source);

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace pagesight
