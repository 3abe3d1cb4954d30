#include "monitor.h"

#include "feed/feedfetcher.h"
#include "health/healthevaluator.h"
#include "health/modelfamilies.h"
#include "net/connectivitychecker.h"
#include "net/headervalue.h"
#include "probe/costtracker.h"
#include "probe/modeldiscovery.h"
#include "probe/proberunner.h"
#include "util/clock.h"

#include <algorithm>

namespace {
constexpr int kRecentProbes = 20; //!< kept for "Copy diagnostics"
constexpr qint64 kOfflineRecheckMs = 20 * 1000; //!< while offline: how often to look whether the network is back

StatuspageClientConfig feedConfig(const MonitorConfig& c)
{
    StatuspageClientConfig f;
    f.primary = c.statusUrl;
    f.mirror = c.statusMirror;
    f.pollIntervalSec = c.pollIntervalSec;
    f.limits.timeoutMs = c.timeoutMs;
    return f;
}
} // namespace

Monitor::Monitor(MonitorConfig config, QNetworkAccessManager* nam, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_nam(nam)
    , m_clock(clock)
    , m_feed(std::make_unique<StatuspageClient>(feedConfig(m_config), nam, clock))
    , m_checker(std::make_unique<ConnectivityChecker>(nam))
    , m_discoveryRefresh(clock->createTimer(this))
    , m_incidentsRefresh(clock->createTimer(this))
    , m_offlineRecheck(clock->createTimer(this))
{
    connect(m_offlineRecheck.get(), &ClockTimer::timeout, this, [this] {
        if (m_connectivity.state == Connectivity::Offline && !m_checker->isRunning())
            m_checker->check(m_config.apiUrl.isEmpty() ? m_config.statusUrl : m_config.apiUrl, m_feed->state().url);
    });
    m_snapshot.provider = m_config.profile.id;
    if (m_config.profile.probes()) { // counted in memory; the app persists them (CostTracker::setSink)
        m_cost = std::make_unique<CostTracker>(clock);
        m_cost->setMonthlyCapUsd(m_config.monthlyCapUsd);
    }
    m_checker->setTimeoutMs(std::min(m_config.timeoutMs, 5000));
    connect(m_feed.get(), &StatuspageClient::updated, this, &Monitor::onFeedUpdated);
    connect(m_feed.get(), &StatuspageClient::onceFinished, this, [this] {
        m_onceFeedDone = true;
        settleOnce();
    });
    connect(m_checker.get(), &ConnectivityChecker::finished, this, &Monitor::onConnectivity);
    connect(m_discoveryRefresh.get(), &ClockTimer::timeout, this, [this] {
        if (!m_key.isEmpty() && m_discovery)
            m_discovery->start(m_config.apiUrl, m_key);
    });
    connect(m_incidentsRefresh.get(), &ClockTimer::timeout, this, &Monitor::fetchPageModels);
    if (!m_config.profile.probes())
        m_probesOff = Reason(QStringLiteral("feed_only_provider"));
    else if (!m_config.probes)
        m_probesOff = Reason(QStringLiteral("no_probes_option"));
    else
        m_probesOff = Reason(QStringLiteral("key_lookup"));
    applyModels({});
}

Monitor::~Monitor() = default;

const FeedState& Monitor::feedState() const
{
    return m_feed->state();
}

const QVector<ProbeResult>& Monitor::recentProbes() const
{
    return m_recent;
}

void Monitor::setKey(const QString& key, const Reason& unavailable)
{
    if (!m_config.probes || !m_config.profile.probes())
        return; // feed only: no key is ever used
    // One check for the tray and --once: a key with CR/LF would add headers to every request (or smuggle a second
    // request onto the connection). Such a key is refused as a whole, never "cleaned" and sent.
    const std::optional<Reason> invalid = key.isEmpty() ? std::nullopt : headerValueProblem(key);
    const QString usable = invalid ? QString() : key;
    const bool changed = usable != m_key;
    m_key = usable;
    if (usable.isEmpty()) {
        // For good: no discovery refresh and no probe with a key the user removed.
        stopProbing();
        setProbesOff(invalid ? *invalid : unavailable.isNull() ? Reason(QStringLiteral("no_key")) : unavailable);
        if (m_once) {
            m_onceProbesDone = true;
            settleOnce();
        }
        return;
    }
    if (changed || !m_probes)
        startProbing();
}

bool Monitor::isBusy() const
{
    bool probing = false;
    if (m_probes)
        for (const QString& id : m_probes->scheduler().models())
            probing = probing || m_probes->scheduler().isInFlight(id);
    return m_feed->isFetching() || (m_incidents && m_incidents->isRunning())
        || (m_discovery && m_discovery->isRunning()) || m_checker->isRunning() || probing;
}

QDateTime Monitor::nextCheckAt() const
{
    QDateTime next;
    const auto consider = [&](const QDateTime& at) {
        if (at.isValid() && (!next.isValid() || at < next))
            next = at;
    };
    const int feedMs = m_feed->msUntilNextPoll();
    if (feedMs >= 0)
        consider(m_clock->now().addMSecs(feedMs));
    if (m_probes && m_probesOff.isNull())
        for (const QString& id : m_probes->scheduler().models())
            consider(m_probes->scheduler().nextDue(id));
    return next;
}

void Monitor::fetchPageModels()
{
    // Incidents.json names the models (a configured list or a key's /v1/models list wins for the watch list) and is
    // the history's back-fill; --once without a key reads it for the models only.
    if (m_once && (!m_config.models.isEmpty() || !m_config.profile.probes()))
        return; // a feed-only provider's --once has no models to learn and no history to fill
    if (!m_incidents) {
        FetchLimits limits;
        limits.timeoutMs = m_config.timeoutMs;
        m_incidents = std::make_unique<FeedFetcher>(m_nam, limits);
        connect(m_incidents.get(), &FeedFetcher::finished, this, &Monitor::onPageIncidents);
    }
    if (m_once)
        m_onceIncidentsDone = false;
    m_incidents->fetchIncidents(m_feed->nextUrl());
}

void Monitor::onPageIncidents(const FetchResult& result)
{
    if (result.incidents) {
        if (m_config.profile.probes()) {
            m_pageDefaults = newestModelsNamedIn(*result.incidents);
            if (m_defaults.isEmpty() && m_config.models.isEmpty())
                applyModels({});
        }
        emit pageIncidents(*result.incidents);
    }
    if (!m_once)
        m_incidentsRefresh->start(m_config.discoveryRefreshMs); // families come and go: look again daily
    if (!m_onceIncidentsDone) {
        m_onceIncidentsDone = true;
        settleOnce();
    }
}

void Monitor::start()
{
    m_started = true;
    reevaluate();
    m_feed->start();
    fetchPageModels();
}

void Monitor::runOnce(const QString& key, const Reason& unavailable)
{
    m_once = true;
    m_onceFeedDone = m_onceProbesDone = m_onceConnectivityDone = false;
    m_onceIncidentsDone = true;
    if (!m_config.probes || !m_config.profile.probes())
        m_onceProbesDone = true;
    m_feed->fetchOnce();
    if (key.isEmpty() || headerValueProblem(key))
        fetchPageModels(); // no /v1/models without a key: the page says which models exist
    setKey(key, unavailable);
}

void Monitor::refreshNow()
{
    m_feed->fetchNow();
    if (m_probes)
        m_probes->probeAllNow();
}

void Monitor::notifyNetworkChanged()
{
    if (m_probes)
        m_probes->notifyNetworkChanged();
    m_feed->fetchNow();
}

void Monitor::notifyResumed()
{
    if (m_probes)
        m_probes->notifyResumed();
}

void Monitor::reconfigure(const MonitorConfig& config)
{
    const MonitorConfig old = m_config;
    m_config = config;
    if (old.statusUrl != config.statusUrl || old.statusMirror != config.statusMirror)
        m_feed->setUrls(config.statusUrl, config.statusMirror);
    if (old.pollIntervalSec != config.pollIntervalSec)
        m_feed->setPollIntervalSec(config.pollIntervalSec);
    if (m_cost)
        m_cost->setMonthlyCapUsd(config.monthlyCapUsd);
    const bool probeChange = old.apiUrl != config.apiUrl || old.schedule.intervalMs != config.schedule.intervalMs
        || old.slowMs != config.slowMs || old.probeTimeoutMs != config.probeTimeoutMs;
    if (probeChange && !m_key.isEmpty()) {
        stopProbing();
        startProbing();
    } else if (old.models != config.models) {
        applyModels(m_defaults);
    }
    reevaluate();
}

void Monitor::startProbing()
{
    stopProbing();
    m_probes = std::make_unique<ProbeRunner>(m_nam, m_clock, m_config.schedule);
    ProberConfig prober;
    prober.profile = m_config.profile;
    prober.apiUrl = m_config.apiUrl;
    prober.apiKey = m_key;
    prober.timeoutMs = m_config.probeTimeoutMs;
    // The prober labels a late answer slow and the hysteresis re-checks it: both need the same threshold.
    prober.slowThresholdMs = m_config.slowMs;
    m_probes->setProberConfig(prober);
    m_probes->setCostTracker(m_cost.get());
    connect(m_probes.get(), &ProbeRunner::stateChanged, this, [this](const QString& id, const ProbeSideState& s) {
        m_probeStates.insert(id, s);
        reevaluate();
    });
    connect(m_probes.get(), &ProbeRunner::probeFinished, this, &Monitor::onProbeFinished);
    connect(m_probes.get(), &ProbeRunner::pausedChanged, this, [this](bool paused, const Reason& reason) {
        // Offline pauses are said by the connectivity line; the cost cap is said per model.
        m_probesOff = paused && !reason.isNull() && reason.code != u"probes_paused_offline" ? reason : Reason();
        reevaluate();
    });
    connect(m_probes.get(), &ProbeRunner::roundFinished, this, [this] {
        m_onceProbesDone = true;
        settleOnce();
    });
    m_probesOff = Reason();

    if (!m_discovery) {
        m_discovery = std::make_unique<ModelDiscovery>(m_nam);
        connect(m_discovery.get(), &ModelDiscovery::finished, this, &Monitor::onDiscovered);
    }
    m_discovery->setTimeoutMs(m_config.timeoutMs);
    if (m_config.modelsGiven || (m_once && !m_config.models.isEmpty())) {
        // The user named the models: no need to ask the API which exist before probing.
        applyModels({});
        if (m_once)
            m_probes->runRound(m_config.maxConfirmationWaitMs);
        else
            m_probes->start();
        if (!m_once)
            m_discovery->start(m_config.apiUrl, m_key); // names and the Settings list
    } else {
        m_discovery->start(m_config.apiUrl, m_key);
    }
    reevaluate();
}

void Monitor::stopProbing()
{
    m_discoveryRefresh->stop();
    if (m_discovery)
        m_discovery.reset();
    m_probes.reset();
    m_probeStates.clear();
    m_lastOutcome.clear();
}

void Monitor::onDiscovered(const ModelDiscoveryResult& result)
{
    if (result.ok)
        m_discovered = result.infos();
    // Offline or a refused key: the built-in list still lets the probes say what is wrong.
    m_defaults = result.ok ? ModelDiscovery::chooseDefaults(result.models) : QVector<ModelInfo>();
    applyModels(m_defaults);
    if (!m_probes)
        return;
    if (m_once) {
        m_probes->runRound(m_config.maxConfirmationWaitMs);
        return;
    }
    if (!m_probes->isRunning())
        m_probes->start();
    m_discoveryRefresh->start(m_config.discoveryRefreshMs);
}

void Monitor::applyModels(const QVector<ModelInfo>& defaults)
{
    QVector<ModelInfo> models;
    for (const QString& id : m_config.models) {
        auto known
            = std::find_if(m_discovered.cbegin(), m_discovered.cend(), [&](const ModelInfo& m) { return m.id == id; });
        models.append(known != m_discovered.cend() ? *known : modelInfoFromId(id));
    }
    // Without a configured list: what /v1/models offers the key, else the newest of each family the page's recent
    // incidents name, else the built-in list (offline from the start).
    if (models.isEmpty() && m_config.profile.probes())
        models = !defaults.isEmpty() ? defaults : !m_pageDefaults.isEmpty() ? m_pageDefaults : builtinModels();
    m_models = models;
    if (m_probes) {
        QStringList ids;
        for (const auto& m : std::as_const(m_models))
            ids << m.id;
        m_probes->setModels(ids);
    }
    reevaluate();
}

void Monitor::onFeedUpdated()
{
    maybeCheckConnectivity();
    reevaluate();
}

void Monitor::onProbeFinished(const ProbeResult& result, const ProbeUsage&)
{
    m_lastOutcome.insert(result.modelId, result.outcome);
    m_recent.append(result);
    if (m_recent.size() > kRecentProbes)
        m_recent.removeFirst();
    // Any HTTP answer proves the user's network works.
    if (result.httpStatus > 0 && m_connectivity.state != Connectivity::Online)
        setConnectivity({ Connectivity::Online, {} });
    emit probeFinished(result);
    maybeCheckConnectivity();
}

void Monitor::maybeCheckConnectivity()
{
    if (m_once)
        return; // settleOnce() decides once everything has answered
    // "Is it me?" only when the feed and the probes both fail at the network level (DESIGN.md).
    const FeedState& feed = m_feed->state();
    if (feed.consecutiveFailures == 0) {
        if (m_connectivity.state != Connectivity::Online)
            setConnectivity({ Connectivity::Online, {} });
        return;
    }
    if (needsConnectivityCheck(feed.failedAtNetworkLevel(), m_lastOutcome.values().toVector())
        && !m_checker->isRunning())
        m_checker->check(m_config.apiUrl.isEmpty() ? m_config.statusUrl : m_config.apiUrl, feed.url);
}

void Monitor::onConnectivity(const ConnectivityStatus& status)
{
    if (m_once) {
        m_connectivity = status;
        m_onceConnectivityDone = true;
        settleOnce();
        return;
    }
    setConnectivity(status);
}

void Monitor::setConnectivity(const ConnectivityStatus& status)
{
    const bool wasOffline = m_connectivity.state == Connectivity::Offline;
    m_connectivity = status;
    if (status.state == Connectivity::Offline && !m_once) {
        m_offlineRecheck->start(kOfflineRecheckMs);
    } else {
        m_offlineRecheck->stop();
        // The network is back: read the page now instead of at the end of the feed's backed-off wait.
        if (wasOffline && status.state == Connectivity::Online && m_started && !m_feed->isFetching())
            m_feed->fetchNow();
    }
    if (m_probes)
        m_probes->setOffline(status.state == Connectivity::Offline);
    reevaluate();
}

void Monitor::setProbesOff(const Reason& reason)
{
    m_probesOff = reason;
    reevaluate();
}

void Monitor::settleOnce()
{
    if (!m_once || !m_onceFeedDone || !m_onceProbesDone || !m_onceIncidentsDone)
        return;
    if (!m_onceConnectivityDone) {
        const FeedState& feed = m_feed->state();
        QVector<ProbeOutcome> outcomes = m_lastOutcome.values().toVector();
        if (needsConnectivityCheck(feed.failedAtNetworkLevel(), outcomes)) {
            if (!m_checker->isRunning())
                m_checker->check(m_config.apiUrl.isEmpty() ? m_config.statusUrl : m_config.apiUrl, feed.url);
            return;
        }
        const bool anyAnswer = feed.summary.has_value()
            || std::any_of(outcomes.cbegin(), outcomes.cend(), [](ProbeOutcome o) { return !isNetworkLevel(o); });
        m_connectivity = { anyAnswer ? Connectivity::Online : Connectivity::Unknown, {} };
        m_onceConnectivityDone = true;
    }
    m_once = false;
    reevaluate();
    emit finished(m_snapshot);
}

void Monitor::reevaluate()
{
    EvaluatorInput input;
    input.provider = m_config.profile.id;
    input.feed = m_feed->state();
    input.models = m_models;
    input.probes = m_probeStates;
    input.probesEnabled = m_probesOff.isNull();
    input.probesDisabledReason = m_probesOff;
    input.connectivity = m_connectivity;
    input.apiHost = m_config.apiUrl.host();
    // The status host's HTTP answer (any status) proves the rest of the way out works; so does the control request
    // of a connectivity check reaching a host other than the API's.
    input.controlHostAnswered = input.feed.lastHttpStatus > 0;
    if (m_connectivity.state == Connectivity::Online) {
        for (const EndpointEvidence& e : m_checker->evidence())
            input.controlHostAnswered = input.controlHostAnswered || (e.host != input.apiHost && e.httpAnswered);
    }
    input.watchedServices = m_config.services;
    input.now = m_clock->now();
    HealthSnapshot next = HealthEvaluator::evaluate(input);
    carrySince(m_snapshot, next, input.now);
    // generatedAt always moves; compare the rest so an unchanged world wakes nobody.
    HealthSnapshot previous = m_snapshot;
    previous.generatedAt = next.generatedAt;
    if (previous == next && m_snapshot.generatedAt.isValid())
        return;
    const QVector<Transition> transitions = diff(m_snapshot, next, input.now);
    m_snapshot = std::move(next);
    emit snapshotChanged(m_snapshot, transitions);
}
