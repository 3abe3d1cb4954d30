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
 *   for major), resident while the outage lasts; a change between partial and major updates it in place and it
 *   stays resident; "ahead of the official page" is said in the body when the snapshot flags it;
 * - one story per event: an official incident attributed to a model in outage is told in that model's alarm (its
 *   title in the body; an incident appearing later updates the alarm in place), not as a second notification;
 *   an incident that names no watched model in outage raises its own `incident:<id>`, withdrawn when the feed
 *   (fetched fine) no longer lists it, or when a model's alarm takes its story over;
 * - a model back to operational after an outage raises the recovery under the same key (it replaces the alarm),
 *   with the time since the outage was first announced ("… is back to normal after 47 min"); not resident;
 * - a scheduled maintenance is announced once, NotificationSettings::maintenanceNoticeMin ahead, under
 *   `maintenance:<id>`, which "maintenance started" then replaces; while a maintenance is in progress the models
 *   and services it affects raise no outage alarm (and the ledger waits: an outage that outlasts it is news);
 * - problems on the user's side (key rejected, billing, rate limit, model not available) raise `probe:<outcome>`,
 *   naming every model affected (updated in place when more models join);
 * - Unknown never notifies. While connectivity is Offline nothing else is raised: at most one
 *   "You are offline" (`connectivity`), withdrawn when back online;
 * - while snoozed, in quiet hours (unless a major outage and the user lets those through), for a muted model or
 *   service, or for a kind that is switched off, events are dropped (not queued): the ledger still advances, so
 *   the end of a pause does not replay what happened during it. A recovery that is dropped withdraws the alarm
 *   instead, so no outage stays on screen after it ended.
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
     * \brief What has been announced, as key → value rows for the history's notification ledger: "model:ID" → the
     * state announced, "outage:ID" → when the outage was first announced (ISO 8601 UTC), "incident:ID" → "1" (its
     * own notification) or "model" (told in a model's alarm), "maintenance:ID" / "notice:ID" → "1" (started /
     * announced ahead), "probe:OUTCOME" → the model ids named (comma-separated), "connectivity" → "1".
     */
    QHash<QString, QString> ledger() const;
    /*! \brief Takes a stored ledger as already announced: after a restart nothing still going on is announced again. */
    void restore(const QHash<QString, QString>& ledger);

    static QString modelKey(const QString& modelId) { return QStringLiteral("model:") + modelId; }
    static QString incidentKey(const QString& id) { return QStringLiteral("incident:") + id; }
    static QString maintenanceKey(const QString& id) { return QStringLiteral("maintenance:") + id; }
    static QString probeProblemKey(const QString& outcomeKey) { return QStringLiteral("probe:") + outcomeKey; }
    static QString connectivityKey() { return QStringLiteral("connectivity"); }

    /*! \brief A duration as people say it, translated: "47 min", "1 h 12 min", "3 h" (at least 1 min). */
    static QString durationText(qint64 seconds);

private:
    struct Context;

    void decideModels(const HealthSnapshot& current, const NotificationSettings& s, const Context& c,
                      NotificationDecision& d, QSet<QString>& toldByModels);
    void decideProbeProblems(const HealthSnapshot& current, const NotificationSettings& s, const Context& c,
                             NotificationDecision& d);
    void decideIncidents(const HealthSnapshot& current, const NotificationSettings& s, const Context& c,
                         const QSet<QString>& toldByModels, NotificationDecision& d);
    void decideMaintenances(const HealthSnapshot& current, const NotificationSettings& s, const Context& c,
                            NotificationDecision& d);
    /*! \brief Appends \a n unless snoozed or quiet hours hold it back; false when it was dropped. */
    static bool offer(const Context& c, NotificationDecision& d, Notification n, bool majorOutage);

    // Texts (notificationtexts.cpp): plain, translated; the Notifier escapes them.
    static Notification modelAlarm(const HealthSnapshot& current, const ModelHealth& m,
                                   const QVector<const IncidentHealth*>& incidents, bool continues);
    static Notification recovery(const HealthSnapshot& current, const ModelHealth& m, HealthState lastAlarm,
                                 const QDateTime& since, const QDateTime& now);
    static Notification probeProblem(const QString& outcomeKey, const ProbeResult& sample, const QStringList& models);
    static Notification incidentNotice(const HealthSnapshot& current, const IncidentHealth& ih);
    static Notification maintenanceNotice(const HealthSnapshot& current, const Incident& mt,
                                          const QStringList& affected, const QDateTime& now);
    static Notification maintenanceStarted(const HealthSnapshot& current, const Incident& mt,
                                           const QStringList& affected);
    static Notification offlineNotice(const HealthSnapshot& current);

    QHash<QString, HealthState> m_alerted; //!< model id → outage state last announced (or dropped)
    QHash<QString, QDateTime> m_outageOpen; //!< models in an outage not yet over → when first announced (null: unknown)
    QHash<QString, bool> m_incidents; //!< incident ids seen → told in a model's alarm (not on its own)
    QSet<QString> m_maintenances; //!< maintenance ids seen in progress
    QSet<QString> m_maintenanceNotices; //!< maintenance ids announced ahead of time
    QHash<QString, QSet<QString>> m_probeProblems; //!< probe outcome key → model ids named ("*": all, old ledger)
    bool m_offline = false;
    bool m_seeded = false; //!< the ledger has taken in the first \a previous
};
