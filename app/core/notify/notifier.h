#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVector>

/*! \brief How loudly a notification should ask for attention (freedesktop urgency levels 0, 1, 2). */
enum class NotificationUrgency { Low = 0, Normal = 1, Critical = 2 };

/*!
 * \brief A button on a notification: a stable \a id the app reacts to and its translated \a label.
 *
 * Ids: "details" (open the model's details), "snooze" (pause notifications for an hour), "status" (open the
 * notification's url: the incident or status page), "settings" (open Settings).
 */
struct NotificationAction {
    QString id;
    QString label;

    static QString details() { return QStringLiteral("details"); }
    static QString snooze() { return QStringLiteral("snooze"); }
    static QString statusPage() { return QStringLiteral("status"); }
    static QString settings() { return QStringLiteral("settings"); }

    bool operator==(const NotificationAction& o) const { return id == o.id && label == o.label; }
    bool operator!=(const NotificationAction& o) const { return !(*this == o); }
};

/*!
 * \brief One desktop notification, decided by NotificationPolicy and shown by a Notifier.
 *
 * Title, body and action labels are plain, already translated text; a Notifier escapes them for its medium.
 */
struct Notification {
    QString key; //!< stable identity ("model:claude-opus-4-5"); a new notification with the same key replaces the old
    QString title;
    QString body;
    NotificationUrgency urgency = NotificationUrgency::Normal;
    QUrl url; //!< opened by the "status" action (incident page, status page); empty → no such action
    /*! \brief Stays on screen until replaced or withdrawn (an outage, while it lasts): D-Bus expire_timeout 0 and
     * the "resident" hint. */
    bool resident = false;
    QVector<NotificationAction> actions; //!< in the order to show; the first is also what a click on the body does

    /*! \brief What a click on the body does: the first action, else "status" when there is a url, else nothing. */
    QString defaultAction() const
    {
        if (!actions.isEmpty())
            return actions.first().id;
        return url.isEmpty() ? QString() : NotificationAction::statusPage();
    }

    bool operator==(const Notification& o) const
    {
        return key == o.key && title == o.title && body == o.body && urgency == o.urgency && url == o.url
            && resident == o.resident && actions == o.actions;
    }
    bool operator!=(const Notification& o) const { return !(*this == o); }
};

/*!
 * \brief How notifications reach the user: D-Bus on Linux, a tray balloon elsewhere.
 *
 * When to notify is decided in core (NotificationPolicy); implementations only show.
 */
class Notifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Notifier() override = default;

    /*! \brief Shows \a n, replacing an earlier notification with the same key where the medium allows it. */
    virtual void notify(const Notification& n) = 0;
    /*! \brief Takes back the notification with \a key, if it is still shown. Default: nothing to take back. */
    virtual void withdraw(const QString& key) { Q_UNUSED(key) }

Q_SIGNALS:
    /*!
     * \brief The user chose \a actionId (a NotificationAction id; a click on the body is the first action) on the
     * notification \a key; \a url is the notification's url (may be empty).
     */
    void actionInvoked(const QString& key, const QString& actionId, const QUrl& url);
};
