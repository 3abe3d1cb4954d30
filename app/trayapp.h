#pragma once

#include "cli/options.h"
#include "monitor/monitor.h"
#include "notify/notificationpolicy.h"
#include "util/clock.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class ApiKeyStore;
class HistoryRecorder;
class HistoryStore;
class Notifier;
class Settings;
class SettingsDialog;
class SimProvider;
class SingleInstance;
class TrayController;

/*!
 * \brief The tray application's wiring: settings → mergeConfig → one Monitor per provider → tray and notifications.
 * It owns the objects and connects their signals; every decision about health, URLs, cadences and timeouts lives in
 * core (Monitor, mergeConfig, the evaluator, the notification policy).
 *
 * Start-up order matters for the user: the tray icon is shown first, before the keychain, the network or
 * discovery answer, so the icon never waits for them.
 */
class TrayApp : public QObject {
    Q_OBJECT
public:
    explicit TrayApp(AppOptions options, QObject* parent = nullptr);
    ~TrayApp() override;

    /*! \brief Returns false when another instance is running (it has been asked to show its popup). */
    bool start();

private:
    void startDemoProvider();
    void startMonitoring();
    void buildMonitors();
    Monitor* anthropic() const;
    void onKeyResolved(const QString& key, const Reason& unavailable);
    void onSnapshot();
    void openSettings();
    void applySettingChange(int key);
    /*! \brief A notification's button (or a click on its body): details, snooze 1 h, status page, Settings. */
    void onNotificationAction(const QString& key, const QString& action, const QUrl& url);
    void showAbout();
    void watchNetworkChanges();
    void recordHistory(Monitor* monitor, bool restore = true);
    void restoreCost(Monitor* monitor, const HistoryStore& store);
    void pruneHistory();
    void openHistory();

    AppOptions m_options;
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SimProvider> m_demo;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SingleInstance> m_instance;
    std::vector<std::unique_ptr<Monitor>> m_monitors; //!< Anthropic first when watched
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<HistoryRecorder> m_history;
    NotificationPolicy m_policy;
    HealthSnapshot m_lastSnapshot;
    QHash<QString, QString> m_savedLedger;
    QPointer<SettingsDialog> m_settingsDialog;
    QString m_key;
    Reason m_keyUnavailable;
    int m_keyRetries = 0;
    bool m_monitoring = false;
};
