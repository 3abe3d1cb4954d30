#include "trayapp.h"

#include "apikeystore.h"
#include "basicnotifier.h"
#include "cli/oncecommand.h"
#include "health/modelfamilies.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "historymodule.h"
#include "linux/autostart.h"
#include "linux/dbusnotifier.h"
#include "probe/costtracker.h"
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
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QThreadPool>
#include <QTimer>

#include <stdexcept>

namespace {
constexpr int kStartAfterShowMs = 150; //!< the tray host's embed round trip takes ~50–100 ms under trayer
constexpr int kKeychainRetryMs = 30 * 1000; //!< a keychain that timed out (locked, slow D-Bus) is asked again
constexpr int kKeychainRetries = 10;
} // namespace

TrayApp::TrayApp(AppOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

TrayApp::~TrayApp()
{
    // History queries run on pool threads with their own connections: let them end before the app's objects do.
    QThreadPool::globalInstance()->waitForDone();
}

bool TrayApp::start()
{
    if (m_options.demo) {
        // The demo keeps its own data and settings so it never touches the user's.
        m_options.dataDir = QDir(m_options.dataDir).filePath(QStringLiteral("demo"));
        m_options.overrides.dataDir = m_options.dataDir;
        startDemoProvider();
    }
    QDir().mkpath(m_options.dataDir);
    m_instance = std::make_unique<SingleInstance>(SingleInstance::defaultServerName(m_options.dataDir));
    if (m_instance->start() == SingleInstance::Role::Secondary)
        return false;

    AppOptions forPath = m_options;
    forPath.demo = false; // the demo's data dir already points at its own folder
    m_settings
        = std::make_unique<Settings>(m_options.demo ? QDir(m_options.dataDir).filePath(QStringLiteral("modelpulse.ini"))
                                                    : settingsFilePath(forPath));
    if (m_options.demo && m_demo) {
        // Settings shows what the demo really reads: the simulated provider on this computer, not Anthropic.
        m_settings->setValue(Settings::Key::StatusUrl, m_demo->baseUrl().toString());
        m_settings->setValue(Settings::Key::ApiUrl, m_demo->baseUrl().toString());
    }
    installTranslator(m_options.lang.isEmpty() && m_settings->language() != u"system" ? m_settings->language()
                                                                                      : m_options.lang);
    buildMonitors();

    m_tray = std::make_unique<TrayController>();
    m_tray->bindSettings(m_settings.get());
    if (Monitor* a = anthropic())
        m_tray->setStatusPageUrl(a->config().statusUrl);
    // Show the icon first: nothing above waited for the network, the keychain or the disk beyond the INI file.
    m_tray->show();
    connect(m_instance.get(), &SingleInstance::activated, m_tray.get(), &TrayController::showPopup);
    // The icon is mapped by the event loop once the tray host answers: everything else starts just after, so that
    // showing the icon never waits for the keychain, the network or discovery (tests/bench/README.md).
    QTimer::singleShot(kStartAfterShowMs, this, &TrayApp::startMonitoring);
    return true;
}

void TrayApp::buildMonitors()
{
    const QVector<MonitorConfig> configs = mergeConfig(m_options.overrides, m_settings.get());
    std::vector<std::unique_ptr<Monitor>> next;
    for (const MonitorConfig& c : configs) {
        // Keep a running monitor of a provider that stays watched; only new providers start.
        auto kept = std::find_if(m_monitors.begin(), m_monitors.end(), [&](const std::unique_ptr<Monitor>& m) {
            return m && m->profile().id == c.profile.id;
        });
        if (kept != m_monitors.end()) {
            (*kept)->reconfigure(c);
            next.push_back(std::move(*kept));
            continue;
        }
        auto monitor = std::make_unique<Monitor>(c, &m_nam, &m_clock);
        connect(monitor.get(), &Monitor::snapshotChanged, this, &TrayApp::onSnapshot);
        recordHistory(monitor.get());
        if (m_monitoring) {
            monitor->start();
            monitor->setKey(m_key, m_keyUnavailable);
        }
        next.push_back(std::move(monitor));
    }
    m_monitors = std::move(next);
}

Monitor* TrayApp::anthropic() const
{
    for (const auto& m : m_monitors)
        if (m->profile().id == Providers::anthropic().id)
            return m.get();
    return nullptr;
}

void TrayApp::startMonitoring()
{
    if (!m_settings->loadWarning().isEmpty())
        // With the state icon, not QSystemTrayIcon::Warning: on a StatusNotifierItem host Qt shows the balloon's icon
        // as the item's attention icon for 10 s (tests/gui/test_snitray.cpp).
        m_tray->trayIcon()->showMessage(tr("ModelPulse settings"), m_settings->loadWarning(),
                                        m_tray->trayIcon()->icon());

    connect(m_tray.get(), &TrayController::refreshRequested, this, [this] {
        // "Refresh now" means the feed and the probes, for every provider; the popup says "checking…" until they
        // answered (or 30 s passed: a hung request says its own error then).
        for (const auto& m : m_monitors)
            m->refreshNow();
        m_tray->setChecking(true);
        m_clock.callAfter(30000, this, [this] { m_tray->setChecking(false); });
    });
    m_tray->setDemo(m_options.demo);
    connect(m_tray.get(), &TrayController::muteRequested, this, [this](bool model, const QString& id, bool mute) {
        const Settings::Key key = model ? Settings::Key::NotifyMutedModels : Settings::Key::NotifyMutedServices;
        QStringList ids = m_settings->value(key).toStringList();
        ids.removeAll(id);
        if (mute)
            ids << id;
        m_settings->setValue(key, ids);
    });
    connect(m_tray.get(), &TrayController::openUrlRequested, this,
            [](const QUrl& url) { QDesktopServices::openUrl(url); });
    connect(m_tray.get(), &TrayController::settingsRequested, this, &TrayApp::openSettings);
    connect(m_tray.get(), &TrayController::aboutRequested, this, &TrayApp::showAbout);
    connect(m_tray.get(), &TrayController::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_tray.get(), &TrayController::pauseNotificationsRequested, this,
            [this](const QDateTime& until) { m_settings->setValue(Settings::Key::PausedUntil, until); });
    connect(m_settings.get(), &Settings::changed, this, [this](Settings::Key key) { applySettingChange(int(key)); });

    if (DBusNotifier::isServiceAvailable()) {
        m_notifier = std::make_unique<DBusNotifier>();
    } else {
        // The balloon carries the state icon, not Information: on a StatusNotifierItem host Qt shows a balloon as
        // Status=NeedsAttention with the message icon as attention icon ("dialog-information", a light bulb in
        // xfce4-panel), which hides the state for as long as balloons keep coming (tests/gui/test_snitray.cpp).
        auto basic = std::make_unique<BasicNotifier>([this](const Notification& n) {
            m_tray->trayIcon()->showMessage(n.title, n.body, m_tray->trayIcon()->icon());
        });
        // Clicking the balloon does what clicking a D-Bus notification does.
        connect(m_tray->trayIcon(), &QSystemTrayIcon::messageClicked, basic.get(), &BasicNotifier::activateLast);
        m_notifier = std::move(basic);
    }
    connect(m_notifier.get(), &Notifier::actionInvoked, this, &TrayApp::onNotificationAction);

    // What was announced before a restart is not news, and this month's probes still count against the cap: restore
    // the notification ledger and the probe cost counters (small reads at start).
    {
        HistoryStore previous(HistoryStore::defaultPath(m_options.dataDir));
        if (previous.open()) {
            m_savedLedger = previous.ledger();
            m_policy.restore(m_savedLedger);
            const QString warning = previous.importLegacyCostFile(m_options.dataDir, Providers::anthropic().id);
            if (!warning.isEmpty())
                m_tray->trayIcon()->showMessage(tr("ModelPulse"), warning, m_tray->trayIcon()->icon());
            for (const auto& m : m_monitors)
                restoreCost(m.get(), previous);
        }
    }
    // History is written on its own thread; the tray never waits for the disk.
    m_history = std::make_unique<HistoryRecorder>(HistoryStore::defaultPath(m_options.dataDir));
    connect(m_history.get(), &HistoryRecorder::unavailable, this, [this](const QString& why) {
        m_tray->trayIcon()->showMessage(tr("ModelPulse history"), tr("History is not recorded: %1").arg(why),
                                        m_tray->trayIcon()->icon());
    });
    for (const auto& m : m_monitors)
        recordHistory(m.get(), false); // restored above
    pruneHistory();
    m_tray->setHistoryAvailable(true);
    connect(m_tray.get(), &TrayController::historyRequested, this, &TrayApp::openHistory);

    m_monitoring = true;
    for (const auto& m : m_monitors)
        m->start();

    m_keys = std::make_unique<ApiKeyStore>();
    connect(m_keys.get(), &ApiKeyStore::resolved, this, [this](const ApiKeyResult& r) {
        if (r.status == ApiKeyStatus::Timeout && m_keyRetries < kKeychainRetries) {
            // A locked or slow keychain may answer later: ask again instead of giving up for the session.
            ++m_keyRetries;
            m_clock.callAfter(kKeychainRetryMs, m_keys.get(), [this] { m_keys->resolve(); });
        }
        onKeyResolved(r.ok() ? r.key : QString(),
                      r.ok() || r.status == ApiKeyStatus::NotFound
                          ? Reason()
                          : Reason(QStringLiteral("keychain_unavailable"), { r.error }));
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
    connect(m_keys.get(), &ApiKeyStore::removeFinished, this, [this](const ApiKeyResult&) { m_keys->resolve(); });
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
        for (const auto& m : m_monitors)
            m->notifyNetworkChanged();
    });
}

void TrayApp::restoreCost(Monitor* monitor, const HistoryStore& store)
{
    if (CostTracker* cost = monitor->costTracker())
        cost->restore(store.cost(monitor->profile().id, cost->monthKey()));
}

void TrayApp::recordHistory(Monitor* monitor, bool restore)
{
    if (!m_history)
        return; // connected when the recorder starts (startMonitoring)
    if (CostTracker* cost = monitor->costTracker()) {
        if (restore) { // a provider watched again: its month's probes so far, including what is still queued
            m_history->flush();
            HistoryStore store(HistoryStore::defaultPath(m_options.dataDir));
            if (store.open())
                restoreCost(monitor, store);
        }
        // The recorder is the one writer of the store: the counters go where the samples go.
        cost->setSink([this, provider = monitor->profile().id](const CostCounters& increment) {
            m_history->addCost(provider, increment);
        });
    }
    connect(monitor, &Monitor::snapshotChanged, m_history.get(), &HistoryRecorder::recordSnapshot,
            Qt::UniqueConnection);
    const QString provider = monitor->profile().id;
    connect(monitor, &Monitor::probeFinished, m_history.get(),
            [this, provider](const ProbeResult& r) { m_history->recordProbe(provider, r); });
    connect(monitor, &Monitor::pageIncidents, m_history.get(),
            [this, monitor, provider](const QVector<Incident>& incidents) {
                // Back-fill: attributed to the watched models and every model the page names, so a newcomer has two
                // months of per-model official history on day one, without a key.
                QVector<ModelInfo> models = monitor->models();
                for (const ModelInfo& m : modelsNamedIn(incidents))
                    if (std::none_of(models.cbegin(), models.cend(), [&](const ModelInfo& w) { return w.id == m.id; }))
                        models << m;
                m_history->importIncidents(provider, incidents, models);
            });
}

void TrayApp::openHistory()
{
    if (m_history)
        m_history->flush(); // what was just seen is in the chart too
    Monitor* a = anthropic();
    QStringList models;
    if (a)
        for (const ModelInfo& m : a->models())
            models << m.id;
    const QStringList services = a ? a->config().services : QStringList();
    const QString path = HistoryStore::defaultPath(m_options.dataDir);
    // The chart code is loaded on first open; every query runs on a pool thread with its own connection.
    QString error;
    QWidget* window = openHistoryModule(
        [path, models, services](HistoryRange range) {
            HistoryStore store(path);
            QString error;
            if (!store.open(&error))
                throw std::runtime_error(error.toStdString());
            return store.query(range, QDateTime::currentDateTimeUtc(), models, services);
        },
        [tray = m_tray.get()](const QUrl& url) { emit tray->openUrlRequested(url); }, &error);
    if (!window)
        QMessageBox::warning(nullptr, tr("ModelPulse history"), error);
}

void TrayApp::pruneHistory()
{
    if (!m_history)
        return;
    m_history->prune(m_clock.now().addDays(-m_settings->historyRetentionDays()));
    m_clock.callAfter(24LL * 3600 * 1000, this, [this] { pruneHistory(); });
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
    m_options.overrides.statusUrls.insert(Providers::anthropic().id, m_demo->baseUrl());
    m_options.overrides.apiUrl.set(m_demo->baseUrl());
}

void TrayApp::onKeyResolved(const QString& key, const Reason& unavailable)
{
    m_key = key;
    m_keyUnavailable = unavailable;
    m_tray->setHasKey(!key.isEmpty());
    for (const auto& m : m_monitors)
        m->setKey(key, unavailable);
}

void TrayApp::onSnapshot()
{
    Monitor* a = anthropic();
    if (std::none_of(m_monitors.cbegin(), m_monitors.cend(), [](const auto& m) { return m->isBusy(); }))
        m_tray->setChecking(false);
    if (a)
        m_tray->setNextCheck(a->nextCheckAt());
    QVector<HealthSnapshot> others;
    for (const auto& m : m_monitors)
        if (m.get() != a)
            others << m->snapshot();
    m_tray->setOtherProviders(others);
    if (!a)
        return;
    const HealthSnapshot& snapshot = a->snapshot();
    m_tray->setRecentProbes(a->recentProbes());
    m_tray->setSnapshot(snapshot);
    if (!m_notifier)
        return;
    const NotificationSettings ns = m_settings->notificationSettings();
    const NotificationDecision decision = m_policy.decide(m_lastSnapshot, snapshot, ns, m_clock.now());
    for (const QString& key : decision.withdraw)
        m_notifier->withdraw(key);
    for (const Notification& n : decision.raise)
        m_notifier->notify(n);
    m_lastSnapshot = snapshot;
    // The ledger advances even when nothing is shown (paused, a kind switched off): store every change.
    const QHash<QString, QString> ledger = m_policy.ledger();
    if (m_history && ledger != m_savedLedger) {
        m_history->saveLedger(ledger, m_clock.now());
        m_savedLedger = ledger;
    }
}

void TrayApp::openSettings()
{
    if (!m_settingsDialog) {
        Monitor* a = anthropic();
        m_settingsDialog = new SettingsDialog(m_settings.get());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setAvailableModels(a && !a->discoveredModels().isEmpty() ? a->discoveredModels()
                                                                                   : builtinModels());
        if (a && a->feedState().summary)
            m_settingsDialog->setAvailableServices(a->feedState().summary->components);
        m_settingsDialog->setCostEstimator([this](int intervalSec, int modelCount) {
            Monitor* a = anthropic();
            if (!a || !a->costTracker())
                return 0.0;
            QStringList ids;
            for (const auto& m : a->models())
                ids.append(m.id);
            while (ids.size() > modelCount && !ids.isEmpty())
                ids.removeLast();
            return a->costTracker()->estimatedMonthlyUsd(ids, 3600.0 / std::max(1, intervalSec));
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

void TrayApp::onNotificationAction(const QString& key, const QString& action, const QUrl& url)
{
    if (action == NotificationAction::statusPage()) {
        const Monitor* a = anthropic();
        const QUrl target = url.isValid() ? url : (a ? a->config().statusUrl : QUrl());
        if (target.isValid())
            QDesktopServices::openUrl(target);
    } else if (action == NotificationAction::snooze()) {
        m_settings->setValue(Settings::Key::PausedUntil,
                             NotificationTiming::snoozeEnd(SnoozeLength::OneHour, m_clock.now()));
    } else if (action == NotificationAction::settings()) {
        openSettings();
    } else if (action == NotificationAction::details()) {
        if (key.startsWith(u"model:"))
            m_tray->showModelDetails(key.mid(6));
        else
            m_tray->showPopup();
    }
}

void TrayApp::applySettingChange(int key)
{
    switch (Settings::Key(key)) {
    case Settings::Key::NotifyModelOutage:
    case Settings::Key::NotifyModelRecovery:
    case Settings::Key::NotifyOfficialIncident:
    case Settings::Key::NotifyUserSideProblem:
    case Settings::Key::PausedUntil:
    case Settings::Key::NotifyMutedModels:
    case Settings::Key::NotifyMutedServices:
    case Settings::Key::QuietHoursEnabled:
    case Settings::Key::QuietHoursStart:
    case Settings::Key::QuietHoursEnd:
    case Settings::Key::QuietHoursLetMajorThrough:
    case Settings::Key::MaintenanceNoticeMin:
        onSnapshot(); // what is shown and when, not what is watched: the monitors go on as they are
        return;
    case Settings::Key::Language:
        installTranslator(m_settings->language() == u"system" ? QString() : m_settings->language());
        onSnapshot(); // texts are made at the edges: re-render in the new language
        return;
    case Settings::Key::StartAtLogin: {
        const PlatformResult r = Autostart().setEnabled(m_settings->startAtLogin());
        if (!r.ok)
            QMessageBox::warning(nullptr, tr("ModelPulse"), r.error);
        return;
    }
    case Settings::Key::WatchedModels:
        m_policy.reset();
        break;
    default:
        break;
    }
    // Every other key is configuration: merged once more, applied by each monitor (providers may come and go).
    buildMonitors();
    if (Monitor* a = anthropic())
        m_tray->setStatusPageUrl(a->config().statusUrl);
    onSnapshot();
}

void TrayApp::showAbout()
{
    const Monitor* a = anthropic();
    const QUrl statusPage = a ? a->config().statusUrl : QUrl();
    const auto link = [](const QUrl& url, const QString& text) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString().toHtmlEscaped(), text.toHtmlEscaped());
    };
    QStringList links;
    if (statusPage.isValid())
        links << link(statusPage, tr("Status page"));
    links << link(QUrl(QStringLiteral("https://github.com/modelpulse/modelpulse")), tr("Project"))
          << link(QUrl(QStringLiteral("https://opensource.org/license/mit")), tr("Licence: MIT"));
    QString text = tr("<b>ModelPulse %1</b><p>Is Claude working for you right now? The official status page and your "
                      "own one-token test prompts, per model.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    if (m_options.demo)
        text += tr("<p><b>Demo:</b> a simulated provider on this computer plays a scripted outage, incident, "
                   "maintenance, offline spell and recovery. Nothing is sent to Anthropic.</p>");
    text += QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(links.join(QStringLiteral(" · ")), tr("Qt %1").arg(QString::fromLatin1(qVersion())));
    QMessageBox box;
    box.setWindowTitle(tr("About ModelPulse"));
    box.setTextFormat(Qt::RichText);
    box.setText(text);
    box.setIconPixmap(QPixmap(QStringLiteral(":/icons/modelpulse-64.png")));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}
