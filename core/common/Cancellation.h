#pragma once

#include <functional>
#include <map>

namespace pagesight {

// The one way long work on a thread is cancelled from outside (a sync run, a label refresh): the
// owner calls cancel(); the work checks isCancelled() between steps, and registers with onCancel()
// what must stop at once — a LinkedInClient's waits and requests in flight, sleeping workers — so a
// cancel never waits out a Retry-After. Single-threaded: use it from the thread that runs the work.
// (The SQL explorer's QueryRunner stops a query on another thread, between batches of rows, with an
// atomic counter of the query wanted.)
class Cancellation {
public:
    void cancel() {
        if (m_cancelled)
            return;
        m_cancelled = true;
        const auto hooks = m_hooks; // a hook may remove itself
        for (const auto &[id, hook] : hooks)
            hook();
    }
    bool isCancelled() const { return m_cancelled; }
    // Runs hook on cancel (at once if already cancelled); remove(id) before what it touches goes.
    int onCancel(std::function<void()> hook) {
        const int id = ++m_lastId;
        if (m_cancelled)
            hook();
        m_hooks.emplace(id, std::move(hook));
        return id;
    }
    void remove(int id) { m_hooks.erase(id); }

private:
    bool m_cancelled = false;
    int m_lastId = 0;
    std::map<int, std::function<void()>> m_hooks;
};

} // namespace pagesight
