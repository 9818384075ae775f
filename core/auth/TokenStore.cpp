#include "TokenStore.h"

#include "common/Log.h"

#include <QCoro/QCoroSignal>
#include <QCoro/QCoroTimer>
#include <qt6keychain/keychain.h>

namespace pagesight {

// The memory store answers after one turn of the event loop, as the keychain does: callers that
// use a key or a secret after co_await are tested the way they will run.
QCoro::Task<std::optional<QString>> MemoryTokenStore::read(QString key) {
    co_await QCoro::sleepFor(std::chrono::milliseconds(0));
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        co_return std::nullopt;
    co_return *it;
}

QCoro::Task<TokenStore::Result> MemoryTokenStore::write(QString key, QString secret) {
    co_await QCoro::sleepFor(std::chrono::milliseconds(0));
    m_secrets.insert(key, secret);
    co_return Result{};
}

QCoro::Task<TokenStore::Result> MemoryTokenStore::remove(QString key) {
    co_await QCoro::sleepFor(std::chrono::milliseconds(0));
    m_secrets.remove(key);
    co_return Result{};
}

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_service(std::move(service)) {}

QCoro::Task<std::optional<QString>> KeychainTokenStore::read(QString key) {
    m_lastError.clear();
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
    co_await qCoro(job, &QKeychain::Job::finished);
    if (job->error() != QKeychain::NoError) {
        if (job->error() != QKeychain::EntryNotFound) {
            m_lastError = job->errorString();
            qCWarning(lcAuth) << "keychain read failed for" << key << ":" << m_lastError;
        }
        co_return std::nullopt;
    }
    co_return job->textData();
}

QCoro::Task<TokenStore::Result> KeychainTokenStore::write(QString key, QString secret) {
    m_lastError.clear();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    job->start();
    co_await qCoro(job, &QKeychain::Job::finished);
    if (job->error() != QKeychain::NoError) {
        m_lastError = job->errorString();
        qCWarning(lcAuth) << "keychain write failed for" << key << ":" << m_lastError;
        co_return Result{false, m_lastError};
    }
    co_return Result{};
}

QCoro::Task<TokenStore::Result> KeychainTokenStore::remove(QString key) {
    m_lastError.clear();
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
    co_await qCoro(job, &QKeychain::Job::finished);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
        m_lastError = job->errorString();
        co_return Result{false, m_lastError};
    }
    co_return Result{};
}

} // namespace pagesight
