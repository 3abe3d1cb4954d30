#pragma once

#include "feed/statuspageclient.h"
#include "health/healthsnapshot.h"
#include "health/modelinfo.h"
#include "monitorconfig.h"
#include "net/connectivity.h"
#include "probe/probestate.h"
#include "transition.h"

#include <QHash>
#include <QObject>

#include <memory>

class Clock;
class ClockTimer;
class ConnectivityChecker;
class FeedFetcher;
struct FetchResult;
class CostTracker;
class ModelDiscovery;
class ProbeRunner;
struct ModelDiscoveryResult;
struct ProbeUsage;

/*!
 * \brief One pipeline per provider, the same for the tray (start()) and `--once` (runOnce()).
 *
 * feed + probes + connectivity → HealthEvaluator (pure) → HealthSnapshot, and diff(previous, current) → transitions.
 * It owns the feed client (backoff, mirror), the probe runner (hysteresis, confirmations, the cost cap), model
 * discovery and the "is it me?" check; callers only wire it and give it the key. It evaluates when an input changes
 * (never on a timer of its own) and emits snapshotChanged() only when the snapshot differs.
 */
class Monitor : public QObject {
    Q_OBJECT
public:
    Monitor(MonitorConfig config, QNetworkAccessManager* nam, const Clock* clock, QObject* parent = nullptr);
    ~Monitor() override;

    const MonitorConfig& config() const { return m_config; }
    const ProviderProfile& profile() const { return m_config.profile; }

    /*!
     * \brief The API key (never stored here beyond the prober's config), or none with why. An empty key stops probing
     * for good — discovery is not re-run with an old key — until a key is given again.
     */
    void setKey(const QString& key, const Reason& unavailable = {});
    /*! \brief Tray mode: poll the feed, probe on the schedule, check connectivity when everything fails. */
    void start();
    /*! \brief `--once`: one fetch (mirror fallback), discovery, one probe round with confirmations, the connectivity
     * check when needed, then finished(). \a key as for setKey(). */
    void runOnce(const QString& key, const Reason& unavailable = {});
    /*! \brief "Refresh now": the feed and a probe round, now. */
    void refreshNow();
    /*! \brief The machine woke or the network changed: probes re-baseline (no alarm from a laptop lid). */
    void notifyNetworkChanged();
    void notifyResumed();

    /*! \brief A new configuration (settings changed): applies what differs, restarting only what must. */
    void reconfigure(const MonitorConfig& config);

    const HealthSnapshot& snapshot() const { return m_snapshot; }
    const FeedState& feedState() const;
    /*! \brief Models the API lists for the key (empty without a key or before discovery answered). */
    const QVector<ModelInfo>& discoveredModels() const { return m_discovered; }
    /*! \brief The models being watched now. */
    const QVector<ModelInfo>& models() const { return m_models; }
    bool hasKey() const { return !m_key.isEmpty(); }
    CostTracker* costTracker() const { return m_cost.get(); }
    /*! \brief Last probes in the order they ended (diagnostics), at most 20. */
    const QVector<ProbeResult>& recentProbes() const;
    /*! \brief A request of ours is in flight (feed, incidents, discovery, probes, connectivity): tests on the
     * manual clock wait for it before moving time on. */
    bool isBusy() const;
    /*! \brief When the next scheduled check (a feed poll or a probe) is due; null when nothing is scheduled. */
    QDateTime nextCheckAt() const;

signals:
    /*! \brief The snapshot changed; \a transitions is what changed since the previous one (may be empty when only
     * reasons or details moved). */
    void snapshotChanged(const HealthSnapshot& snapshot, const QVector<Transition>& transitions);
    void probeFinished(const ProbeResult& result);
    /*! \brief runOnce() is done. */
    void finished(const HealthSnapshot& snapshot);
    /*! \brief The page's recent incidents.json arrived (at start and daily): the history back-fill. */
    void pageIncidents(const QVector<Incident>& incidents);

private:
    void onFeedUpdated();
    void onProbeFinished(const ProbeResult& result, const ProbeUsage& usage);
    void onDiscovered(const ModelDiscoveryResult& result);
    void fetchPageModels();
    void onPageIncidents(const FetchResult& result);
    void startProbing();
    void stopProbing();
    void applyModels(const QVector<ModelInfo>& defaults);
    void maybeCheckConnectivity();
    void onConnectivity(const ConnectivityStatus& status);
    void setConnectivity(const ConnectivityStatus& status);
    void setProbesOff(const Reason& reason);
    void settleOnce();
    void reevaluate();

    MonitorConfig m_config;
    QNetworkAccessManager* m_nam;
    const Clock* m_clock;
    std::unique_ptr<StatuspageClient> m_feed;
    std::unique_ptr<CostTracker> m_cost;
    std::unique_ptr<ProbeRunner> m_probes;
    std::unique_ptr<ModelDiscovery> m_discovery;
    std::unique_ptr<ConnectivityChecker> m_checker;
    std::unique_ptr<ClockTimer> m_discoveryRefresh;
    std::unique_ptr<FeedFetcher> m_incidents; //!< the page's recent incidents.json: default models without a key
    std::unique_ptr<ClockTimer> m_incidentsRefresh;
    /*! \brief While offline: the connectivity check again every kOfflineRecheckMs, so the return of the network is
     * seen in seconds, not after the feed's backed-off retry (up to 15 min). */
    std::unique_ptr<ClockTimer> m_offlineRecheck;
    QVector<ModelInfo> m_pageDefaults; //!< newest version of each family the page's recent incidents name
    QString m_key;
    Reason m_probesOff; //!< null while probes run
    QVector<ModelInfo> m_discovered;
    QVector<ModelInfo> m_models;
    QVector<ModelInfo> m_defaults; //!< chosen from the last discovery
    QHash<QString, ProbeSideState> m_probeStates;
    QHash<QString, ProbeOutcome> m_lastOutcome;
    QVector<ProbeResult> m_recent;
    ConnectivityStatus m_connectivity;
    HealthSnapshot m_snapshot;
    bool m_started = false;
    bool m_once = false;
    bool m_onceFeedDone = false;
    bool m_onceProbesDone = false;
    bool m_onceConnectivityDone = false;
    bool m_onceIncidentsDone = true;
};
