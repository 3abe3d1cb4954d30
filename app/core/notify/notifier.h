#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

/*! \brief How loudly a notification should ask for attention (freedesktop urgency levels 0, 1, 2). */
enum class NotificationUrgency { Low = 0, Normal = 1, Critical = 2 };

/*!
 * \brief One desktop notification, decided by NotificationPolicy and shown by a Notifier.
 *
 * Title and body are plain, already translated text; a Notifier escapes them for its medium.
 */
struct Notification {
    QString key; //!< stable identity ("model:claude-opus-4-5"); a new notification with the same key replaces the old
    QString title;
    QString body;
    NotificationUrgency urgency = NotificationUrgency::Normal;
    QUrl url; //!< opened by the "open" action (incident page, status page); empty → no action

    bool operator==(const Notification& o) const
    {
        return key == o.key && title == o.title && body == o.body && urgency == o.urgency && url == o.url;
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
    /*! \brief The user chose "open" on the notification \a key; \a url is the notification's url (may be empty). */
    void actionInvoked(const QString& key, const QUrl& url);
};
