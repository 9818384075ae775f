#pragma once

// The keychain tests talk to a real Secret Service. scripts/test (and CI) run them inside
// scripts/with-test-keyring, and there a missing keychain is a failure: a skipped test counts as
// passed, and a store that cannot keep a token is a product that cannot sync. Run directly on a
// developer's machine without one, they skip at once, with a sentence saying how to run them.

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QString>
#include <QTest>

namespace pagesight::testing {

// Why the Secret Service cannot be reached, or empty when it can. Asks D-Bus, never the keychain
// itself, so a missing service costs no 30-second timeout.
inline QString keychainUnavailableReason() {
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral("There is no D-Bus session bus, so no Secret Service.");
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    if (!bus)
        return QStringLiteral("The D-Bus session bus cannot be reached.");
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    if (!bus->isServiceRegistered(secrets).value() && !bus->activatableServiceNames().value().contains(secrets))
        return QStringLiteral("No Secret Service (org.freedesktop.secrets) runs on the D-Bus session bus.");
    return {};
}

// Under scripts/test and in CI a missing keychain fails the test instead of skipping it.
inline bool keychainRequired() {
    return qEnvironmentVariable("CI") == QLatin1String("true") ||
           !qEnvironmentVariableIsEmpty("PAGESIGHT_IN_TEST_KEYRING");
}

} // namespace pagesight::testing

// In a test function: fail (scripts/test, CI) or skip (a developer's direct run) without a keychain.
#define PAGESIGHT_NEED_KEYCHAIN()                                                                                      \
    do {                                                                                                               \
        const QString why = pagesight::testing::keychainUnavailableReason();                                           \
        if (!why.isEmpty()) {                                                                                          \
            const QString hint = why + QStringLiteral(" Run the keychain tests with scripts/with-test-keyring (as "    \
                                                      "scripts/test does).");                                          \
            if (pagesight::testing::keychainRequired())                                                                \
                QFAIL(qPrintable(hint));                                                                               \
            QSKIP(qPrintable(hint));                                                                                   \
        }                                                                                                              \
    } while (false)
