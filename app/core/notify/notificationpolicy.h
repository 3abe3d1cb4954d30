#pragma once

#include "health/healthsnapshot.h"
#include "notificationsettings.h"
#include "notifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

/*! \brief What to show and what to take back after one snapshot. */
struct NotificationDecision {
    QVector<Notification> raise; //!< at most one per key
    QStringList withdraw; //!< keys whose notification no longer applies (incident resolved, back online)
    bool isEmpty() const { return raise.isEmpty() && withdraw.isEmpty(); }
};

/*!
 * \brief Decides *when* to notify; a Notifier decides *how* (DESIGN.md "Layers").
 *
 * Pure: no clock, no I/O — time comes in as \a now. It keeps a small ledger of what it has already seen so a
 * state is announced once: a model that flaps outage → unknown → outage raises one alarm, not two.
 *
 * Rules:
 * - a watched model whose *combined* state enters partial/major outage raises `model:<id>` (urgency critical
 *   for major); a change between partial and major updates it in place; "ahead of the official page" is said
 *   in the body when the snapshot flags it;
 * - a model back to operational after an outage raises the recovery under the same key (it replaces the alarm);
 * - a new unresolved official incident raises `incident:<id>`; it is withdrawn when the feed (fetched fine)
 *   no longer lists it; a maintenance going in progress raises `maintenance:<id>`;
 * - problems on the user's side (key rejected, billing, rate limit, model not available) raise `probe:<outcome>`;
 * - Unknown never notifies. While connectivity is Offline nothing else is raised: at most one
 *   "You are offline" (`connectivity`), withdrawn when back online;
 * - while paused, or for a kind that is switched off, events are dropped (not queued): the ledger still
 *   advances, so the end of a pause does not replay what happened during it.
 */
class NotificationPolicy {
    Q_DECLARE_TR_FUNCTIONS(NotificationPolicy)
public:
    /*!
     * \brief One step from \a previous to \a current.
     *
     * The first call takes \a previous as already shown (pass the snapshot restored from history so a restart
     * does not re-announce an ongoing outage, or a default HealthSnapshot so everything current is news); later
     * calls rely on the ledger, so a \a previous that skipped snapshots cannot cause repeats or misses.
     */
    NotificationDecision decide(const HealthSnapshot& previous, const HealthSnapshot& current,
                                const NotificationSettings& settings, const QDateTime& now);
    /*! \brief Forgets everything announced so far (e.g. the watched models changed). */
    void reset();
    /*!
     * \brief What has been announced, as key → value rows for the history's notification ledger ("model:ID" → the
     * state announced, "outage:ID", "incident:ID", "maintenance:ID", "probe:OUTCOME", "offline" → "1").
     */
    QHash<QString, QString> ledger() const;
    /*! \brief Takes a stored ledger as already announced: after a restart nothing still going on is announced again. */
    void restore(const QHash<QString, QString>& ledger);

    static QString modelKey(const QString& modelId) { return QStringLiteral("model:") + modelId; }
    static QString incidentKey(const QString& id) { return QStringLiteral("incident:") + id; }
    static QString maintenanceKey(const QString& id) { return QStringLiteral("maintenance:") + id; }
    static QString probeProblemKey(const QString& outcomeKey) { return QStringLiteral("probe:") + outcomeKey; }
    static QString connectivityKey() { return QStringLiteral("connectivity"); }

private:
    void decideModels(const HealthSnapshot& current, const NotificationSettings& s, NotificationDecision& d);
    void decideProbeProblems(const HealthSnapshot& current, const NotificationSettings& s, NotificationDecision& d);
    void decideIncidents(const HealthSnapshot& current, const NotificationSettings& s, NotificationDecision& d);

    QHash<QString, HealthState> m_alerted; //!< model id → outage state last announced (or dropped)
    QSet<QString> m_outageOpen; //!< models seen in outage and not yet operational again
    QSet<QString> m_incidents; //!< incident ids seen
    QSet<QString> m_maintenances; //!< maintenance ids seen in progress
    QSet<QString> m_probeProblems; //!< probe outcome keys seen
    bool m_offline = false;
    bool m_seeded = false; //!< the ledger has taken in the first \a previous
};
