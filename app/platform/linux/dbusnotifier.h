#pragma once

#include "notify/notifier.h"

#include <QDBusConnection>
#include <QHash>

#include <optional>

class QDBusPendingCallWatcher;

/*!
 * \brief Linux notifier: calls `org.freedesktop.Notifications.Notify` directly over QtDBus.
 *
 * One notification per key: a second notify() with the same key passes the previous id as `replaces_id`, so an
 * update replaces the notification on screen instead of stacking. Bodies are escaped (&, <, >) because servers
 * may interpret them as markup and feed text is not ours. The notification's actions are its buttons and "default"
 * (a click on the body) is the first of them; invoking one emits actionInvoked(key, action id, url). A resident
 * notification (an outage) has no expiry and the "resident" hint.
 */
class DBusNotifier : public Notifier {
    Q_OBJECT
public:
    static constexpr const char* Service = "org.freedesktop.Notifications";

    explicit DBusNotifier(QDBusConnection bus = QDBusConnection::sessionBus(), QObject* parent = nullptr);

    /*! \brief Whether a notification server owns `org.freedesktop.Notifications` on \a bus. */
    static bool isServiceAvailable(const QDBusConnection& bus = QDBusConnection::sessionBus());
    /*! \brief Escapes &, < and > for a markup-capable body. */
    static QString escapeMarkup(const QString& text);

    /*! \brief Icon name or absolute path sent as `app_icon` (default "modelpulse"). */
    void setAppIcon(const QString& icon) { m_appIcon = icon; }

    void notify(const Notification& n) override;
    void withdraw(const QString& key) override;

    /*! \brief Server id of the notification shown for \a key; 0 when none (for tests and diagnostics). */
    uint notificationId(const QString& key) const { return m_ids.value(key); }

Q_SIGNALS:
    /*! \brief The server refused or did not answer; the caller may switch to the fallback notifier. */
    void failed(const QString& key, const QString& reason);
    /*! \brief The server answered the Notify for \a key with \a id (tests wait on it). */
    void shown(const QString& key, uint id);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);
    void onNotificationClosed(uint id, uint reason);

private:
    void send(const Notification& n);
    void onReply(const QString& key, QDBusPendingCallWatcher* w);

    QDBusConnection m_bus;
    QString m_appIcon;
    QHash<QString, uint> m_ids; //!< key → server id (replaces_id for the next update)
    QHash<uint, QString> m_keys; //!< server id → key
    QHash<QString, QUrl> m_urls; //!< key → url for the "status" action
    QHash<QString, QString> m_defaults; //!< key → the action a click on the body means
    // A Notify in flight has no id yet: a second update for the same key waits for it instead of racing
    // (which would stack two notifications). nullopt = a withdraw is waiting.
    QHash<QString, std::optional<Notification>> m_queued;
    QHash<QString, bool> m_inFlight;
};
