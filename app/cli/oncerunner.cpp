#include "oncerunner.h"

#include "feed/statuspageclient.h"
#include "health/healthevaluator.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <algorithm>

OnceRunner::OnceRunner(AppOptions options, OnceKey key, QNetworkAccessManager* nam, const Clock* clock,
                       QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_key(std::move(key))
    , m_nam(nam)
    , m_clock(clock)
    , m_fetcher(nam, FetchLimits{m_options.timeoutMs, 5 * 1024 * 1024})
    , m_discovery(nam)
    , m_round(nam, clock)
    , m_connectivityChecker(nam)
{
    connect(&m_fetcher, &FeedFetcher::finished, this, &OnceRunner::onFeedFetched);
    connect(&m_discovery, &ModelDiscovery::finished, this, &OnceRunner::onModelsDiscovered);
    connect(&m_round, &ProbeRound::finished, this, &OnceRunner::onProbesFinished);
    connect(&m_connectivityChecker, &ConnectivityChecker::finished, this, [this](const ConnectivityStatus& s) {
        m_connectivity = s;
        m_connectivityDone = true;
        finish();
    });
    for (const QString& id : m_options.models)
        m_models.append(modelInfoFromId(id));
}

void OnceRunner::start()
{
    m_feed.url = m_options.statusUrl;
    m_feed.lastAttempt = m_clock->now();
    m_fetcher.fetch(m_options.statusUrl);

    if (m_options.noProbes) {
        m_probesOffReason = tr("--no-probes was given");
    } else if (m_key.key.isEmpty()) {
        m_probesOffReason = m_key.unavailableReason.isEmpty()
            ? tr("no API key (set ANTHROPIC_API_KEY or store one in Settings)")
            : m_key.unavailableReason;
    }
    if (!m_probesOffReason.isEmpty()) {
        if (m_models.isEmpty())
            m_models = builtinModels();
        m_probesDone = true;
        return;
    }
    if (m_models.isEmpty()) {
        m_discovery.setTimeoutMs(m_options.timeoutMs);
        m_discovery.start(m_options.apiUrl, m_key.key);
    } else {
        startProbes();
    }
}

void OnceRunner::onModelsDiscovered(const ModelDiscoveryResult& result)
{
    // Offline or a refused key: the built-in list still lets the probes say what is wrong.
    m_models = result.ok ? ModelDiscovery::chooseDefaults(result.models) : QVector<ModelInfo>();
    if (m_models.isEmpty())
        m_models = builtinModels();
    startProbes();
}

void OnceRunner::startProbes()
{
    if (!m_options.dataDir.isEmpty()) {
        m_cost = std::make_unique<CostTracker>(m_options.dataDir, m_clock);
        m_round.setCostTracker(m_cost.get());
    }
    ProbeRoundConfig config;
    config.prober.apiUrl = m_options.apiUrl;
    config.prober.apiKey = m_key.key;
    config.prober.timeoutMs = m_options.timeoutMs;
    // The prober labels a late answer slow and the hysteresis re-checks it: both need the same threshold.
    config.prober.slowThresholdMs = m_options.slowMs;
    config.thresholds.slowThresholdMs = m_options.slowMs;
    config.confirmationDelayMs = m_options.confirmDelayMs;
    QStringList ids;
    for (const auto& m : m_models)
        ids.append(m.id);
    m_round.start(ids, config);
}

void OnceRunner::onProbesFinished()
{
    m_probesDone = true;
    maybeCheckConnectivity();
}

void OnceRunner::onFeedFetched(const FetchResult& result)
{
    m_feed.url = result.url;
    m_feed.lastHttpStatus = result.httpStatus;
    if (result.kind == FetchResult::Kind::Failed) {
        ++m_feed.consecutiveFailures;
        m_feed.lastError = result.error;
        // The same page is served at anthropic.statuspage.io; only for the default URL (an explicit URL means "this one").
        const QUrl mirror = m_options.statusUrlGiven ? QUrl() : StatusPages::mirrorFor(m_options.statusUrl);
        if (!mirror.isEmpty() && !m_triedMirror) {
            m_triedMirror = true;
            m_fetcher.fetch(mirror);
            return;
        }
    } else {
        m_feed.consecutiveFailures = 0;
        m_feed.lastError.clear();
        m_feed.lastSuccess = m_clock->now();
        m_feed.summary = result.summary;
    }
    m_feedDone = true;
    maybeCheckConnectivity();
}

void OnceRunner::maybeCheckConnectivity()
{
    if (!m_feedDone || !m_probesDone)
        return;
    QVector<ProbeOutcome> outcomes;
    for (const ProbeResult& r : m_round.results())
        outcomes.append(r.outcome);
    if (needsConnectivityCheck(m_feed.failedAtNetworkLevel(), outcomes)) {
        m_connectivityChecker.setTimeoutMs(std::min(m_options.timeoutMs, 5000));
        m_connectivityChecker.check(m_options.apiUrl, m_options.statusUrl);
        return;
    }
    const bool anyAnswer = m_feed.summary.has_value()
        || std::any_of(outcomes.begin(), outcomes.end(), [](ProbeOutcome o) { return !isNetworkLevel(o); });
    m_connectivity = {anyAnswer ? Connectivity::Online : Connectivity::Unknown, {}};
    m_connectivityDone = true;
    finish();
}

void OnceRunner::finish()
{
    if (!m_feedDone || !m_probesDone || !m_connectivityDone)
        return;
    EvaluatorInput input;
    input.feed = m_feed;
    input.models = m_models;
    input.probes = m_round.states();
    input.probesEnabled = m_probesOffReason.isEmpty();
    input.probesDisabledReason = m_probesOffReason;
    input.connectivity = m_connectivity;
    input.now = m_clock->now();
    emit finished(HealthEvaluator::evaluate(input));
}
