#pragma once

#include "feed/feedfetcher.h"
#include "feed/feedstate.h"
#include "health/healthsnapshot.h"
#include "health/modelinfo.h"
#include "net/connectivitychecker.h"
#include "options.h"
#include "probe/costtracker.h"
#include "probe/modeldiscovery.h"
#include "probe/proberound.h"

#include <QObject>

#include <memory>

class Clock;
class QNetworkAccessManager;

/*! \brief The key for `--once`: the key itself, or why there is none (translated). Never printed. */
struct OnceKey {
    QString key;
    QString unavailableReason;
};

/*!
 * \brief One headless check (`--once`): one feed fetch (falling back to the mirror for the default URL),
 * model discovery and one probe round with confirmations, a connectivity check when everything failed at
 * the network level, then one evaluation. Emits finished() with the snapshot exactly once.
 */
class OnceRunner : public QObject {
    Q_OBJECT
public:
    OnceRunner(AppOptions options, OnceKey key, QNetworkAccessManager* nam, const Clock* clock,
               QObject* parent = nullptr);
    void start();

signals:
    void finished(const HealthSnapshot& snapshot);

private:
    void onFeedFetched(const FetchResult& result);
    void onModelsDiscovered(const ModelDiscoveryResult& result);
    void startProbes();
    void onProbesFinished();
    void maybeCheckConnectivity();
    void finish();

    AppOptions m_options;
    OnceKey m_key;
    QNetworkAccessManager* m_nam;
    const Clock* m_clock;
    FeedFetcher m_fetcher;
    ModelDiscovery m_discovery;
    ProbeRound m_round;
    ConnectivityChecker m_connectivityChecker;
    std::unique_ptr<CostTracker> m_cost;
    FeedState m_feed;
    QVector<ModelInfo> m_models;
    ConnectivityStatus m_connectivity;
    QString m_probesOffReason;
    bool m_triedMirror = false;
    bool m_feedDone = false;
    bool m_probesDone = false;
    bool m_connectivityDone = false;
};
