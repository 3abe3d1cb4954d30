#include "trayapp.h"

#include "apikeystore.h"
#include "basicnotifier.h"
#include "linux/autostart.h"
#include "linux/dbusnotifier.h"
#include "net/connectivitychecker.h"
#include "probe/modeldiscovery.h"
#include "probe/proberunner.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "simprovider.h"
#include "simscenario.h"
#include "singleinstance.h"
#include "traycontroller.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QTimer>
#include <QStandardPaths>
#include <QSystemTrayIcon>

namespace {
constexpr int kRecentProbes = 20; //!< kept for "Copy diagnostics"
constexpr int kStartAfterShowMs = 150; //!< the tray host's embed round trip takes ~50–100 ms under trayer
}

TrayApp::TrayApp(AppOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

TrayApp::~TrayApp() = default;

bool TrayApp::start()
{
    if (m_options.demo) {
        // The demo keeps its own data and settings so it never touches the user's.
        m_options.dataDir = QDir(m_options.dataDir).filePath(QStringLiteral("demo"));
        startDemoProvider();
    }
    QDir().mkpath(m_options.dataDir);
    m_instance = std::make_unique<SingleInstance>(SingleInstance::defaultServerName(m_options.dataDir));
    if (m_instance->start() == SingleInstance::Role::Secondary)
        return false;

    const QString configDir = m_options.demo ? m_options.dataDir
                                             : QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    m_settings = std::make_unique<Settings>(QDir(configDir).filePath(QStringLiteral("modelpulse.ini")));
    installTranslator(m_options.lang.isEmpty() && m_settings->language() != u"system" ? m_settings->language()
                                                                                      : m_options.lang);

    StatuspageClientConfig feed;
    feed.primary = m_options.statusUrlGiven || m_options.demo ? m_options.statusUrl : m_settings->statusUrl();
    // The mirror serves the same page as status.claude.com only; an explicit page means that page.
    feed.mirror = m_options.statusUrlGiven || m_options.demo ? QUrl() : StatusPages::mirrorFor(feed.primary);
    feed.pollIntervalSec = m_options.pollIntervalSec > 0 ? m_options.pollIntervalSec : m_settings->feedPollIntervalSec();
    feed.limits.timeoutMs = m_options.timeoutMs;
    m_monitor = std::make_unique<HealthMonitor>(feed, &m_nam, &m_clock);

    m_tray = std::make_unique<TrayController>();
    m_tray->bindSettings(m_settings.get());
    m_tray->setStatusPageUrl(feed.primary);
    // Show the icon first: nothing above waited for the network, the keychain or the disk beyond the INI file.
    m_tray->show();
    connect(m_instance.get(), &SingleInstance::activated, m_tray.get(), &TrayController::showPopup);
    // The icon is mapped by the event loop once the tray host answers: everything else starts just after, so that
    // showing the icon never waits for the keychain, the network or discovery (tests/bench/README.md).
    QTimer::singleShot(kStartAfterShowMs, this, &TrayApp::startMonitoring);
    return true;
}

void TrayApp::startMonitoring()
{
    if (!m_settings->loadWarning().isEmpty())
        m_tray->trayIcon()->showMessage(tr("ModelPulse settings"), m_settings->loadWarning(), QSystemTrayIcon::Warning);

    connect(m_monitor.get(), &HealthMonitor::snapshotChanged, this, &TrayApp::onSnapshot);
    connect(m_tray.get(), &TrayController::refreshRequested, m_monitor.get(), &HealthMonitor::refreshNow);
    connect(m_tray.get(), &TrayController::openUrlRequested, this, [](const QUrl& url) { QDesktopServices::openUrl(url); });
    connect(m_tray.get(), &TrayController::settingsRequested, this, &TrayApp::openSettings);
    connect(m_tray.get(), &TrayController::aboutRequested, this, &TrayApp::showAbout);
    connect(m_tray.get(), &TrayController::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_tray.get(), &TrayController::pauseNotificationsRequested, this,
            [this](const QDateTime& until) { m_settings->setValue(Settings::Key::PausedUntil, until); });
    connect(m_settings.get(), &Settings::changed, this, [this](Settings::Key key) { applySettingChange(int(key)); });

    if (DBusNotifier::isServiceAvailable()) {
        m_notifier = std::make_unique<DBusNotifier>();
    } else {
        m_notifier = std::make_unique<BasicNotifier>([this](const Notification& n) {
            m_tray->trayIcon()->showMessage(n.title, n.body);
        });
    }
    connect(m_notifier.get(), &Notifier::actionInvoked, this, [this](const QString& key, const QUrl& url) {
        if (url.isValid())
            QDesktopServices::openUrl(url);
        else if (key.startsWith(u"model:"))
            m_tray->showPopup();
    });

    m_cost = std::make_unique<CostTracker>(m_options.dataDir, &m_clock);
    m_cost->setMonthlyCapUsd(m_settings->monthlyCapUsd());
    m_connectivity = std::make_unique<ConnectivityChecker>(&m_nam);
    connect(m_connectivity.get(), &ConnectivityChecker::finished, this, [this](const ConnectivityStatus& status) {
        m_monitor->setConnectivity(status);
        if (m_probes)
            m_probes->setOffline(status.state == Connectivity::Offline);
    });
    connect(&m_monitor->feedClient(), &StatuspageClient::updated, this, &TrayApp::maybeCheckConnectivity);

    applyWatchedModels({});
    m_monitor->setProbesEnabled(false, tr("looking for an API key…"));
    m_monitor->start();

    m_keys = std::make_unique<ApiKeyStore>();
    connect(m_keys.get(), &ApiKeyStore::resolved, this, [this](const ApiKeyResult& r) {
        onKeyResolved(r.ok() ? r.key : QString(), r.status == ApiKeyStatus::NotFound ? QString() : r.error);
    });
    connect(m_keys.get(), &ApiKeyStore::hasStoredKeyChanged, this, [this](bool stored) {
        if (m_settingsDialog)
            m_settingsDialog->setKeyStored(stored);
    });
    connect(m_keys.get(), &ApiKeyStore::writeFinished, this, [this](const ApiKeyResult& r) {
        if (r.ok())
            m_keys->resolve(); // start probing with the new key
        else
            QMessageBox::warning(nullptr, tr("ModelPulse"), r.error);
    });
    connect(m_keys.get(), &ApiKeyStore::removeFinished, this, [this](const ApiKeyResult&) {
        m_keys->resolve();
    });
    if (m_options.demo)
        onKeyResolved(QStringLiteral("demo-key"), {});
    else
        m_keys->resolve();
    // After the icon is up: a network change re-baselines the probes instead of alarming (the backend may
    // take a D-Bus round trip to load, so it is not on the start-up path).
    QTimer::singleShot(0, this, &TrayApp::watchNetworkChanges);
}

void TrayApp::watchNetworkChanges()
{
    if (!loadNetworkInformation())
        return; // no backend (headless, no NetworkManager): clock-jump detection in the scheduler still works
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, [this] {
        if (m_probes)
            m_probes->notifyNetworkChanged();
        m_monitor->refreshNow();
    });
}

void TrayApp::startDemoProvider()
{
    m_demo = std::make_unique<SimProvider>();
    QString error;
    auto scenario = SimScenario::fromFile(QStringLiteral(":/scenarios/demo.json"), &error);
    if (!scenario || !m_demo->listen()) {
        qWarning("modelpulse: the demo provider could not start: %s", qPrintable(error));
        return;
    }
    m_demo->setScenario(*scenario);
    m_demo->start();
    m_options.statusUrl = m_demo->baseUrl();
    m_options.apiUrl = m_demo->baseUrl();
}

void TrayApp::onKeyResolved(const QString& key, const QString& unavailableReason)
{
    const bool changed = key != m_key;
    m_key = key;
    m_tray->setHasKey(!key.isEmpty());
    if (key.isEmpty()) {
        if (m_probes)
            m_probes->stop();
        m_monitor->setProbesEnabled(false, unavailableReason.isEmpty() ? tr("no API key — add one in Settings")
                                                                       : unavailableReason);
        return;
    }
    // A replaced key must not keep probing with the old one: start over with the new key.
    if (changed || !m_probes) {
        m_probes.reset();
        startProbing(key);
    }
}

void TrayApp::startProbing(const QString& key)
{
    const QUrl api = apiUrl();
    ProbeScheduleConfig schedule;
    schedule.intervalMs = qint64(m_options.probeIntervalSec > 0 ? m_options.probeIntervalSec
                                                                : m_settings->probeIntervalSec()) * 1000;
    schedule.thresholds.slowThresholdMs = m_settings->slowThresholdMs();
    schedule.confirmDelayMs = m_options.confirmDelayMs; // hidden test option; its default is the scheduler's 30 s
    // Probing during an outage is there to catch the recovery fast: never slower than the normal cadence (only a
    // --probe-interval-sec below a minute makes the difference).
    schedule.outageIntervalMs = std::min(schedule.outageIntervalMs, schedule.intervalMs);
    if (m_options.demo) {
        // The demo scenario changes every ~15 s: probe often enough to show it.
        schedule.intervalMs = 5000;
        schedule.confirmDelayMs = 2000;
        schedule.outageIntervalMs = 4000;
        schedule.initialSpreadMs = 500;
        schedule.graceMs = 2000;
    }
    m_probes = std::make_unique<ProbeRunner>(&m_nam, &m_clock, schedule);
    m_probes->setProberConfig({api, key, m_options.timeoutMs * 2, m_settings->slowThresholdMs(), 1024 * 1024});
    m_probes->setCostTracker(m_cost.get());
    connect(m_probes.get(), &ProbeRunner::stateChanged, m_monitor.get(), &HealthMonitor::setProbeState);
    connect(m_probes.get(), &ProbeRunner::probeFinished, this, [this](const ProbeResult& r, const ProbeUsage&) {
        m_lastOutcome.insert(r.modelId, r.outcome);
        m_recentProbes.append(r);
        if (m_recentProbes.size() > kRecentProbes)
            m_recentProbes.removeFirst();
        m_tray->setRecentProbes(m_recentProbes);
        if (r.httpStatus > 0 && m_monitor->snapshot().connectivity.state != Connectivity::Online)
            m_monitor->setConnectivity({Connectivity::Online, {}});
        maybeCheckConnectivity();
    });
    connect(m_probes.get(), &ProbeRunner::pausedChanged, this, [this](bool paused, const QString& reason) {
        m_monitor->setProbesEnabled(!paused || reason.isEmpty(), reason);
    });
    m_monitor->setProbesEnabled(true);

    m_discovery = std::make_unique<ModelDiscovery>(&m_nam);
    connect(m_discovery.get(), &ModelDiscovery::finished, this, [this, api, key](const ModelDiscoveryResult& result) {
        if (result.ok)
            m_discovered = result.infos();
        applyWatchedModels(result.ok ? ModelDiscovery::chooseDefaults(result.models) : QVector<ModelInfo>());
        if (!m_probes->isRunning())
            m_probes->start();
        // The model list is refreshed daily (new models appear; /v1/models is free).
        QTimer::singleShot(std::chrono::hours(24), m_discovery.get(), [d = m_discovery.get(), api, key] { d->start(api, key); });
    });
    m_discovery->start(api, key);
}

void TrayApp::applyWatchedModels(const QVector<ModelInfo>& defaults)
{
    QVector<ModelInfo> models;
    QStringList ids = m_options.models.isEmpty() ? m_settings->watchedModels() : m_options.models;
    for (const QString& id : ids) {
        auto known = std::find_if(m_discovered.begin(), m_discovered.end(), [&](const ModelInfo& m) { return m.id == id; });
        models.append(known != m_discovered.end() ? *known : modelInfoFromId(id));
    }
    if (models.isEmpty())
        models = defaults.isEmpty() ? builtinModels() : defaults;
    ids.clear();
    for (const auto& m : models)
        ids.append(m.id);
    m_monitor->setModels(models);
    m_tray->setWatched(ids, m_settings->watchedServices());
    if (m_probes)
        m_probes->setModels(ids);
}

void TrayApp::onSnapshot(const HealthSnapshot& snapshot)
{
    m_tray->setSnapshot(snapshot);
    NotificationSettings ns;
    ns.modelOutage = m_settings->notify(Settings::Key::NotifyModelOutage);
    ns.modelRecovery = m_settings->notify(Settings::Key::NotifyModelRecovery);
    ns.officialIncident = m_settings->notify(Settings::Key::NotifyOfficialIncident);
    ns.probeProblem = m_settings->notify(Settings::Key::NotifyUserSideProblem);
    ns.pausedUntil = m_settings->pausedUntil();
    const NotificationDecision decision = m_policy.decide(m_lastSnapshot, snapshot, ns, m_clock.now());
    for (const QString& key : decision.withdraw)
        m_notifier->withdraw(key);
    for (const Notification& n : decision.raise)
        m_notifier->notify(n);
    m_lastSnapshot = snapshot;
}

QUrl TrayApp::apiUrl() const
{
    // An explicit --api-url / MODELPULSE_API_URL (or the demo) wins over the settings.
    return m_options.demo || m_options.apiUrl != QUrl(QStringLiteral("https://api.anthropic.com")) ? m_options.apiUrl
                                                                                                   : m_settings->apiUrl();
}

void TrayApp::maybeCheckConnectivity()
{
    // "Is it me?" only when the feed and the probes both fail at the network level (DESIGN.md).
    const FeedState& feed = m_monitor->feedClient().state();
    if (feed.consecutiveFailures == 0) {
        if (m_monitor->snapshot().connectivity.state != Connectivity::Online)
            m_monitor->setConnectivity({Connectivity::Online, {}});
        if (m_probes)
            m_probes->setOffline(false);
        return;
    }
    if (needsConnectivityCheck(feed.failedAtNetworkLevel(), m_lastOutcome.values().toVector())
        && !m_connectivity->isRunning())
        m_connectivity->check(apiUrl(), feed.url);
}

void TrayApp::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings.get());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setAvailableModels(m_discovered.isEmpty() ? builtinModels() : m_discovered);
        if (const auto& summary = m_monitor->feedClient().state().summary)
            m_settingsDialog->setAvailableServices(summary->components);
        m_settingsDialog->setCostEstimator([this](int intervalSec, int modelCount) {
            QStringList ids;
            for (const auto& m : m_monitor->models())
                ids.append(m.id);
            while (ids.size() > modelCount && !ids.isEmpty())
                ids.removeLast();
            return m_cost->estimatedMonthlyUsd(ids, 3600.0 / std::max(1, intervalSec));
        });
        if (m_keys->hasStoredKey())
            m_settingsDialog->setKeyStored(*m_keys->hasStoredKey());
        connect(m_settingsDialog, &SettingsDialog::apiKeyWriteRequested, m_keys.get(), &ApiKeyStore::write);
        connect(m_settingsDialog, &SettingsDialog::apiKeyRemoveRequested, m_keys.get(), &ApiKeyStore::remove);
        m_keys->read(); // learn whether a key is stored; the dialog never sees the key
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void TrayApp::applySettingChange(int key)
{
    switch (Settings::Key(key)) {
    case Settings::Key::Language:
        installTranslator(m_settings->language() == u"system" ? QString() : m_settings->language());
        break;
    case Settings::Key::WatchedModels:
        m_policy.reset();
        applyWatchedModels({});
        break;
    case Settings::Key::StartAtLogin: {
        const PlatformResult r = Autostart().setEnabled(m_settings->startAtLogin());
        if (!r.ok)
            QMessageBox::warning(nullptr, tr("ModelPulse"), r.error);
        break;
    }
    case Settings::Key::FeedPollIntervalSec:
        if (m_options.pollIntervalSec <= 0)
            m_monitor->feedClient().setPollIntervalSec(m_settings->feedPollIntervalSec());
        break;
    case Settings::Key::StatusUrl:
        if (!m_options.statusUrlGiven && !m_options.demo) {
            const QUrl url = m_settings->statusUrl();
            m_monitor->feedClient().setUrls(url, StatusPages::mirrorFor(url));
            m_tray->setStatusPageUrl(url);
        }
        break;
    case Settings::Key::MonthlyCapUsd:
        m_cost->setMonthlyCapUsd(m_settings->monthlyCapUsd());
        break;
    case Settings::Key::ProbeIntervalSec:
    case Settings::Key::SlowThresholdMs:
    case Settings::Key::ApiUrl:
        if (!m_key.isEmpty()) {
            m_probes.reset();
            startProbing(m_key);
        }
        break;
    default:
        break; // the tray follows the rest itself (watched services, pause, notifications)
    }
}

void TrayApp::showAbout()
{
    QMessageBox::about(nullptr, tr("About ModelPulse"),
                       tr("<b>ModelPulse %1</b><p>Is Claude working for you right now? The official status page "
                          "and your own one-token test prompts, per model.</p><p>Qt %2</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}
