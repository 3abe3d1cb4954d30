#pragma once

#include "notify/notifier.h"

#include <functional>
#include <optional>

/*!
 * \brief Fallback notifier for when no D-Bus notification server exists: hands each notification to a callback.
 *
 * The tray passes `QSystemTrayIcon::showMessage` (platform code cannot include widgets) and connects
 * `QSystemTrayIcon::messageClicked` to activateLast(). A balloon cannot be replaced or withdrawn, so withdraw()
 * only forgets the notification.
 */
class BasicNotifier : public Notifier {
    Q_OBJECT
public:
    using ShowFunction = std::function<void(const Notification&)>;

    explicit BasicNotifier(ShowFunction show, QObject* parent = nullptr);

    void notify(const Notification& n) override;
    void withdraw(const QString& key) override;

    /*! \brief The user clicked the last balloon: emits actionInvoked for it (nothing when withdrawn or none). */
    void activateLast();

private:
    ShowFunction m_show;
    std::optional<Notification> m_last;
};
