#pragma once

#include <coroutine>
#include <vector>

namespace pagesight {

// Coroutines wait on it; notifyAll() resumes every one that waits at that moment. Used instead of
// co_awaiting a signal with qCoro(): QCoro 0.8 resumes through queued calls and crashes when the
// signal fires twice before the waiter runs, which is exactly what a work queue does.
class AsyncCondition {
public:
    struct Awaiter {
        AsyncCondition *condition;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> handle) { condition->m_waiters.push_back(handle); }
        void await_resume() const noexcept {}
    };

    Awaiter wait() { return Awaiter{this}; }

    void notifyAll() {
        std::vector<std::coroutine_handle<>> waiters;
        waiters.swap(m_waiters); // a resumed coroutine may wait again: on the next notify
        for (std::coroutine_handle<> handle : waiters)
            handle.resume();
    }

    bool hasWaiters() const { return !m_waiters.empty(); }

private:
    std::vector<std::coroutine_handle<>> m_waiters;
};

} // namespace pagesight
