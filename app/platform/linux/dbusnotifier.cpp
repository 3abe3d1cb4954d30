#include "linux/dbusnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace {
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DBusNotifier::DBusNotifier(QDBusConnection bus, QObject* parent)
    : Notifier(parent)
    , m_bus(std::move(bus))
    , m_appIcon(QStringLiteral("modelpulse"))
{
    const QString service = QLatin1String(Service);
    m_bus.connect(service, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
}

bool DBusNotifier::isServiceAvailable(const QDBusConnection& bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    return bus.interface()->isServiceRegistered(QLatin1String(Service)).value();
}

QString DBusNotifier::escapeMarkup(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out;
}

void DBusNotifier::notify(const Notification& n)
{
    if (m_inFlight.value(n.key)) {
        m_queued.insert(n.key, n); // newest wins; sent with the id the pending call returns
        return;
    }
    send(n);
}

void DBusNotifier::send(const Notification& n)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(QLatin1String(Service), kPath, kInterface, QStringLiteral("Notify"));
    // "default" is a click on the body (the first action; servers do not show its label as a button), then one
    // button per action: no duplicate "Open"/"Open" pair.
    QStringList actions;
    const QString defaultAction = n.defaultAction();
    if (!defaultAction.isEmpty())
        actions << QStringLiteral("default")
                << (n.actions.isEmpty() ? tr("Open status page") : n.actions.first().label);
    for (const NotificationAction& a : n.actions)
        actions << a.id << a.label;
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(static_cast<uchar>(n.urgency)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("modelpulse"));
    // An outage stays on screen while it lasts: no expiry, and kept after an action was invoked.
    if (n.resident)
        hints.insert(QStringLiteral("resident"), true);
    call << QStringLiteral("ModelPulse") << m_ids.value(n.key, 0u) << m_appIcon << n.title << escapeMarkup(n.body)
         << actions << hints << qint32(n.resident ? 0 : -1);
    m_urls.insert(n.key, n.url);
    m_defaults.insert(n.key, defaultAction);
    m_inFlight.insert(n.key, true);
    auto* w = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString key = n.key;
    connect(w, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher* w) { onReply(key, w); });
}

void DBusNotifier::onReply(const QString& key, QDBusPendingCallWatcher* w)
{
    w->deleteLater();
    m_inFlight.remove(key);
    QDBusPendingReply<uint> reply = *w;
    if (reply.isError()) {
        Q_EMIT failed(key,
                      tr("The notification service did not accept the notification: %1").arg(reply.error().message()));
    } else {
        const uint id = reply.value();
        const uint old = m_ids.value(key);
        if (old != 0 && old != id)
            m_keys.remove(old);
        m_ids.insert(key, id);
        m_keys.insert(id, key);
        Q_EMIT shown(key, id);
    }
    if (m_queued.contains(key)) {
        const std::optional<Notification> next = m_queued.take(key);
        if (next)
            send(*next);
        else
            withdraw(key);
    }
}

void DBusNotifier::withdraw(const QString& key)
{
    if (m_inFlight.value(key)) {
        m_queued.insert(key, std::nullopt);
        return;
    }
    const uint id = m_ids.take(key);
    m_urls.remove(key);
    m_defaults.remove(key);
    if (id == 0)
        return;
    m_keys.remove(id);
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(Service), kPath, kInterface,
                                                       QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call); // fire and forget: a notification already gone is fine
}

void DBusNotifier::onActionInvoked(uint id, const QString& action)
{
    const auto it = m_keys.constFind(id);
    if (it == m_keys.cend())
        return; // another application's notification: the signal is broadcast
    const QString chosen = action == QLatin1String("default") ? m_defaults.value(*it) : action;
    if (!chosen.isEmpty())
        Q_EMIT actionInvoked(*it, chosen, m_urls.value(*it));
}

void DBusNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    const auto it = m_keys.constFind(id);
    if (it == m_keys.cend())
        return;
    // Closed (expired, dismissed): the next update for this key is a fresh notification.
    m_ids.remove(*it);
    m_keys.erase(it);
}
