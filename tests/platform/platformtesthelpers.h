#pragma once

// Helpers shared by the platform tests: waiting on the event loop, and failing loudly when a real service is missing.

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QFile>
#include <QObject>
#include <QPair>
#include <QString>
#include <QVector>
#include <catch2/catch.hpp>

#include <functional>

namespace platformtest {

/*! \brief Spins the event loop until \a done or \a timeoutMs; returns done(). */
inline bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

/*! \brief Inside tests/support/headless-session.sh (own HOME, throwaway keyring), never the user's desktop. */
inline void requireHeadlessSession()
{
    INFO("Platform tests write to the keychain and raise notifications: run them inside "
         "tests/support/headless-session.sh (it sets MODELPULSE_HEADLESS_SESSION=1)");
    REQUIRE(qEnvironmentVariable("MODELPULSE_HEADLESS_SESSION") == QLatin1String("1"));
}

/*! \brief The well-known \a name has an owner on the session bus (a real service is there to talk to). */
inline void requireBusName(const QString& name)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    INFO("No D-Bus session bus, or nobody owns " << name.toStdString()
                                                 << ": run under tests/support/headless-session.sh, which starts "
                                                    "dunst and an unlocked gnome-keyring");
    REQUIRE(bus.isConnected());
    REQUIRE(bus.interface()->isServiceRegistered(name).value());
}

/*! \brief The process name (/proc/PID/comm) of the owner of \a name: proves which real program answered. */
inline QString ownerProcessName(const QString& name)
{
    const auto pid = QDBusConnection::sessionBus().interface()->servicePid(name);
    if (!pid.isValid())
        return {};
    QFile f(QStringLiteral("/proc/%1/comm").arg(pid.value()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

/*! \brief Records org.freedesktop.Notifications.NotificationClosed as the server broadcasts it. */
class ClosedRecorder : public QObject {
    Q_OBJECT
public:
    QVector<QPair<uint, uint>> closed; //!< (id, reason); reason 3 = closed by CloseNotification

    bool attach()
    {
        return QDBusConnection::sessionBus().connect(
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("NotificationClosed"), this,
            SLOT(onClosed(uint, uint)));
    }

public Q_SLOTS:
    void onClosed(uint id, uint reason) { closed.append({ id, reason }); }
};

} // namespace platformtest
