#include "healthmonitor.h"

#include "healthevaluator.h"
#include "util/clock.h"

HealthMonitor::HealthMonitor(StatuspageClientConfig feedConfig, QNetworkAccessManager* nam, const Clock* clock,
                             QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_feed(std::move(feedConfig), nam, clock)
{
    connect(&m_feed, &StatuspageClient::updated, this, &HealthMonitor::reevaluate);
}

void HealthMonitor::start()
{
    reevaluate();
    m_feed.start();
}

void HealthMonitor::refreshNow()
{
    m_feed.fetchNow();
    emit refreshRequested();
}

void HealthMonitor::setModels(const QVector<ModelInfo>& models)
{
    m_models = models;
    reevaluate();
}

void HealthMonitor::setProbesEnabled(bool enabled, const QString& reasonWhenOff)
{
    m_probesEnabled = enabled;
    m_probesOffReason = reasonWhenOff;
    reevaluate();
}

void HealthMonitor::setProbeState(const QString& modelId, const ProbeSideState& state)
{
    m_probes.insert(modelId, state);
    reevaluate();
}

void HealthMonitor::setConnectivity(const ConnectivityStatus& status)
{
    m_connectivity = status;
    reevaluate();
}

void HealthMonitor::reevaluate()
{
    EvaluatorInput input;
    input.feed = m_feed.state();
    input.models = m_models;
    input.probes = m_probes;
    input.probesEnabled = m_probesEnabled;
    input.probesDisabledReason = m_probesOffReason;
    input.connectivity = m_connectivity;
    input.now = m_clock->now();
    HealthSnapshot next = HealthEvaluator::evaluate(input);
    // generatedAt always moves; compare the rest so an unchanged world wakes nobody.
    HealthSnapshot previous = m_snapshot;
    previous.generatedAt = next.generatedAt;
    if (previous == next && m_snapshot.generatedAt.isValid())
        return;
    m_snapshot = std::move(next);
    emit snapshotChanged(m_snapshot);
}
