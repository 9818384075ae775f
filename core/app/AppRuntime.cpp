#include "AppRuntime.h"

#include "LabelRefreshController.h"
#include "Scheduler.h"
#include "SyncController.h"

namespace pagesight {

AppRuntime::AppRuntime(const AppServices &base, QObject *parent)
    : QObject(parent)
    , m_services(base) {
    m_services.syncs = new SyncController(m_services, this);
    m_services.scheduler = new Scheduler(base.sources, base.catalog, base.clock, this);
    m_services.labels = new LabelRefreshController(m_services, this);
    connect(m_services.scheduler, &Scheduler::runDue, m_services.syncs,
            qOverload<const QString &, bool>(&SyncController::sync));
}

AppRuntime::~AppRuntime() = default;

} // namespace pagesight
