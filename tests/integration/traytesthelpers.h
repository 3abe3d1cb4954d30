#pragma once
// The tray pipeline without widgets: a Monitor in start() mode whose every snapshot goes through a NotificationPolicy,
// recorded so tests can say what the user would have seen (shared by test_monitor_tray and test_chainsoak).

#include "monitor/monitor.h"
#include "notify/notificationpolicy.h"
#include "util/clock.h"

#include <QObject>
#include <QVector>

namespace traytest {

/*! \brief One raise or withdraw the policy decided, with the time and the snapshot it came from. */
struct Shown {
    enum class Kind { OutageAlarm, OutageUpdate, Recovery, Incident, Maintenance, Offline, ProbeProblem, Other };
    Kind kind = Kind::Other;
    Notification n;
    QDateTime at;
};

inline bool isOutage(HealthState s)
{
    return s == HealthState::PartialOutage || s == HealthState::MajorOutage;
}

/*!
 * \brief Wires Monitor::snapshotChanged to NotificationPolicy::decide and keeps every snapshot, transition and
 * notification. Model notifications are classified by the snapshot's state (not by their text): a model key raised
 * while the model is operational is a recovery; raised in outage it is a new alarm, or an update in place when an
 * alarm of that key is still standing (partial → major replaces it, like the D-Bus notifier's replaces_id).
 */
class Recorder {
public:
    Recorder(Monitor& monitor, const Clock& clock)
        : m_clock(clock)
    {
        QObject::connect(&monitor, &Monitor::snapshotChanged, &monitor,
                         [this](const HealthSnapshot& s, const QVector<Transition>& t) { onSnapshot(s, t); });
    }

    QVector<HealthSnapshot> snapshots;
    QVector<Transition> transitions;
    QVector<Shown> shown;
    QStringList withdrawn;
    NotificationSettings settings;

    int count(Shown::Kind kind, const QString& modelId = {}) const
    {
        int n = 0;
        for (const Shown& s : shown)
            if (s.kind == kind && (modelId.isEmpty() || s.n.key == NotificationPolicy::modelKey(modelId)))
                ++n;
        return n;
    }
    const HealthSnapshot& last() const { return snapshots.last(); }

private:
    void onSnapshot(const HealthSnapshot& s, const QVector<Transition>& t)
    {
        const HealthSnapshot previous = snapshots.isEmpty() ? HealthSnapshot() : snapshots.last();
        snapshots.append(s);
        transitions += t;
        const NotificationDecision d = m_policy.decide(previous, s, settings, m_clock.now());
        for (const Notification& n : d.raise) {
            Shown shownOne;
            shownOne.n = n;
            shownOne.at = m_clock.now();
            shownOne.kind = classify(n, s);
            shown.append(shownOne);
        }
        for (const QString& key : d.withdraw) {
            withdrawn.append(key);
            m_standingAlarm.remove(key);
        }
    }

    Shown::Kind classify(const Notification& n, const HealthSnapshot& s)
    {
        if (n.key == NotificationPolicy::connectivityKey())
            return Shown::Kind::Offline;
        if (n.key.startsWith(QLatin1String("incident:")))
            return Shown::Kind::Incident;
        if (n.key.startsWith(QLatin1String("maintenance:")))
            return Shown::Kind::Maintenance;
        if (n.key.startsWith(QLatin1String("probe:")))
            return Shown::Kind::ProbeProblem;
        if (!n.key.startsWith(QLatin1String("model:")))
            return Shown::Kind::Other;
        const QString id = n.key.mid(6);
        for (const ModelHealth& m : s.models) {
            if (m.id != id)
                continue;
            if (isOutage(m.state)) {
                const bool update = m_standingAlarm.contains(n.key);
                m_standingAlarm.insert(n.key);
                return update ? Shown::Kind::OutageUpdate : Shown::Kind::OutageAlarm;
            }
            m_standingAlarm.remove(n.key);
            return m.state == HealthState::Operational ? Shown::Kind::Recovery : Shown::Kind::Other;
        }
        return Shown::Kind::Other;
    }

    const Clock& m_clock;
    NotificationPolicy m_policy;
    QSet<QString> m_standingAlarm; //!< model keys whose outage notification was raised and not replaced by a recovery
};

inline const ModelHealth* model(const HealthSnapshot& s, const QString& id)
{
    for (const auto& m : s.models)
        if (m.id == id)
            return &m;
    return nullptr;
}

} // namespace traytest
