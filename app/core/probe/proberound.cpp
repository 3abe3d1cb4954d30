#include "proberound.h"

#include "costtracker.h"

#include <QTimer>

#include <algorithm>

ProbeRound::ProbeRound(QNetworkAccessManager* nam, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_prober(nam, clock)
{
    connect(&m_prober, &Prober::finished, this, &ProbeRound::onProbeFinished);
}

void ProbeRound::start(const QStringList& modelIds, const ProbeRoundConfig& config)
{
    m_prober.abortAll();
    m_config = config;
    m_prober.setConfig(config.prober);
    m_states.clear();
    m_attempts.clear();
    m_results.clear();
    m_outstanding = 0;
    m_finished = false;

    QStringList unique;
    for (const auto& id : modelIds) {
        if (!id.isEmpty() && !unique.contains(id))
            unique.append(id);
    }
    const bool capped = m_cost && m_cost->capReached();
    for (const auto& id : unique) {
        ProbeSideState s;
        if (capped)
            s.reason = m_cost->capReason(); // unknown, and the user learns why
        m_states.insert(id, s);
    }
    if (!capped) {
        for (const auto& id : unique)
            launch(id);
    }
    // Finish asynchronously even with nothing to do, so callers can connect after start().
    QTimer::singleShot(0, this, &ProbeRound::maybeFinish);
}

void ProbeRound::launch(const QString& modelId)
{
    ++m_outstanding;
    m_attempts[modelId] += 1;
    if (!m_prober.probe(modelId))
        --m_outstanding; // cannot happen: one probe per model at a time by construction
}

void ProbeRound::onProbeFinished(const ProbeResult& result, const ProbeUsage& usage)
{
    --m_outstanding;
    m_results.append(result);
    if (m_cost)
        m_cost->recordProbe(result, usage);
    ProbeSideState& s = m_states[result.modelId];
    s = applyProbe(s, result, m_config.thresholds);

    // Confirm a first provider failure once, so one unlucky request is not reported as an outage
    // and two in a row are (DESIGN.md hysteresis).
    if (isProviderFailure(result.outcome) && m_attempts.value(result.modelId) == 1) {
        int delay = m_config.confirmationDelayMs;
        if (result.retryAfterSec)
            delay = std::max(delay, *result.retryAfterSec * 1000);
        const bool capped = m_cost && m_cost->capReached();
        if (delay <= m_config.maxConfirmationWaitMs && !capped) {
            ++m_outstanding;
            const QString id = result.modelId;
            QTimer::singleShot(delay, this, [this, id] {
                --m_outstanding;
                launch(id);
            });
        }
    }
    maybeFinish();
}

void ProbeRound::maybeFinish()
{
    if (m_finished || m_outstanding > 0)
        return;
    m_finished = true;
    emit finished();
}
