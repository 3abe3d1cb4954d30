#pragma once

#include "cli/options.h"
#include "health/healthmonitor.h"
#include "notify/notificationpolicy.h"
#include "probe/costtracker.h"
#include "util/clock.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

class ApiKeyStore;
class ConnectivityChecker;
class ModelDiscovery;
class Notifier;
class ProbeRunner;
class Settings;
class SettingsDialog;
class SimProvider;
class SingleInstance;
class TrayController;

/*!
 * \brief The tray application's wiring: settings → feed, probes, connectivity → HealthMonitor → tray and
 * notifications. It owns the objects and connects their signals; the decisions live in core.
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
    void onKeyResolved(const QString& key, const QString& unavailableReason);
    void startProbing(const QString& key);
    void applyWatchedModels(const QVector<ModelInfo>& discovered);
    void onSnapshot(const HealthSnapshot& snapshot);
    void maybeCheckConnectivity();
    QUrl apiUrl() const;
    void openSettings();
    void applySettingChange(int key);
    void showAbout();
    void watchNetworkChanges();

    AppOptions m_options;
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SimProvider> m_demo;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<HealthMonitor> m_monitor;
    std::unique_ptr<CostTracker> m_cost;
    std::unique_ptr<ProbeRunner> m_probes;
    std::unique_ptr<ModelDiscovery> m_discovery;
    std::unique_ptr<ConnectivityChecker> m_connectivity;
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<Notifier> m_notifier;
    NotificationPolicy m_policy;
    HealthSnapshot m_lastSnapshot;
    QPointer<SettingsDialog> m_settingsDialog;
    QVector<ModelInfo> m_discovered;
    QHash<QString, ProbeOutcome> m_lastOutcome;
    QVector<ProbeResult> m_recentProbes;
    QString m_key;
};
