#pragma once

#include "feed/statuspageclient.h"
#include "healthsnapshot.h"
#include "modelinfo.h"
#include "net/connectivity.h"
#include "probe/probestate.h"

#include <QHash>
#include <QObject>

class Clock;

/*!
 * \brief The live pipeline of the tray app: feed client + probe states + connectivity → one HealthSnapshot.
 *
 * It evaluates when an input changes (never on a timer of its own) and emits snapshotChanged() only when
 * the snapshot differs, so consumers (tray, notifier, history) do no work between polls.
 */
class HealthMonitor : public QObject {
    Q_OBJECT
public:
    HealthMonitor(StatuspageClientConfig feedConfig, QNetworkAccessManager* nam, const Clock* clock,
                  QObject* parent = nullptr);

    void start();
    void refreshNow();
    void setModels(const QVector<ModelInfo>& models);
    const QVector<ModelInfo>& models() const { return m_models; }
    /*! \brief Probes on/off with the reason shown per model when off ("no API key", "monthly cap reached"). */
    void setProbesEnabled(bool enabled, const QString& reasonWhenOff = {});
    void setProbeState(const QString& modelId, const ProbeSideState& state);
    void setConnectivity(const ConnectivityStatus& status);
    const HealthSnapshot& snapshot() const { return m_snapshot; }
    StatuspageClient& feedClient() { return m_feed; }

signals:
    void snapshotChanged(const HealthSnapshot& snapshot);
    /*! \brief The user pressed "Refresh now": probe runners listen to this too. */
    void refreshRequested();

private:
    void reevaluate();

    const Clock* m_clock;
    StatuspageClient m_feed;
    QVector<ModelInfo> m_models;
    QHash<QString, ProbeSideState> m_probes;
    bool m_probesEnabled = false;
    QString m_probesOffReason;
    ConnectivityStatus m_connectivity;
    HealthSnapshot m_snapshot;
};
