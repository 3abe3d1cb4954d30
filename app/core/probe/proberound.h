#pragma once

#include "probestate.h"
#include "prober.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

class CostTracker;

/*! \brief Settings of one headless probe round. */
struct ProbeRoundConfig {
    ProberConfig prober; //!< API URL, key, timeout, slow threshold
    int confirmationDelayMs = 30 * 1000; //!< tests use ~200 ms
    int maxConfirmationWaitMs = 60 * 1000; //!< a longer retry-after skips the confirmation instead of stalling --once
    ProbeThresholds thresholds;
};

/*!
 * \brief One probe per model in parallel, plus a confirmation probe where the first was a provider
 * failure — the probe part of `modelpulse --once`.
 *
 * start() returns at once; finished() is emitted exactly once, after every probe ended. States are
 * folded with applyProbe() from an empty ProbeSideState, so a lone failure stays a needsConfirmation
 * and two in a row make a partial_outage, exactly as in the tray app.
 */
class ProbeRound : public QObject {
    Q_OBJECT
public:
    ProbeRound(QNetworkAccessManager* nam, const Clock* clock, QObject* parent = nullptr);

    /*! \brief Optional, not owned: probes are counted, and a reached cap skips probing with its reason. */
    void setCostTracker(CostTracker* tracker) { m_cost = tracker; }
    void start(const QStringList& modelIds, const ProbeRoundConfig& config);

    bool isFinished() const { return m_finished; }
    QHash<QString, ProbeSideState> states() const { return m_states; }
    /*! \brief Every probe in the order it ended (confirmations included). */
    QVector<ProbeResult> results() const { return m_results; }

signals:
    void finished();

private:
    void onProbeFinished(const ProbeResult& result, const ProbeUsage& usage);
    void launch(const QString& modelId);
    void maybeFinish();

    Prober m_prober;
    CostTracker* m_cost = nullptr;
    ProbeRoundConfig m_config;
    QHash<QString, ProbeSideState> m_states;
    QHash<QString, int> m_attempts;
    QVector<ProbeResult> m_results;
    int m_outstanding = 0; //!< probes running or confirmations waiting
    bool m_finished = true;
};
