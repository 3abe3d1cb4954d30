#pragma once

#include "health/healthsnapshot.h"
#include "traymenucontext.h"
#include "traymenurow.h"

#include <QCoreApplication>

/*!
 * \brief The tray menu as data: a pure function from (snapshot, what is watched, key, pause) to rows.
 *
 * Order: models (or, without a key, a hint and the officially attributed states), official services
 * (watched first), active incidents and maintenances, the offline line, then the actions. The tray menu,
 * the status popup and the fallback window all render these rows; the tests check them directly.
 * Nothing here computes health: states are read from the snapshot as they are.
 */
class TrayMenuModel {
    Q_DECLARE_TR_FUNCTIONS(TrayMenuModel)
public:
    static QVector<TrayMenuRow> rows(const HealthSnapshot& snapshot, const TrayMenuContext& context);

    /*! \brief Watched models in snapshot order (all of them when nothing is chosen). */
    static QVector<ModelHealth> watchedModels(const HealthSnapshot& snapshot, const TrayMenuContext& context);
    /*! \brief The state shown for a model: combined with a key, the official state without one. */
    static HealthState shownState(const ModelHealth& model, bool hasKey);
    /*! \brief The worst state of what is watched (models and watched services): the tray icon. */
    static HealthState worstWatched(const HealthSnapshot& snapshot, const TrayMenuContext& context);
    /*! \brief The official side is stale (feed not fetched for several intervals): the icon is dimmed. */
    static bool isStale(const HealthSnapshot& snapshot);
    /*! \brief Latest successful feed fetch or answered probe; null when there has been none. */
    static QDateTime lastSuccessfulUpdate(const HealthSnapshot& snapshot);
    /*! \brief One line per model with state and last latency, plus "Updated HH:mm". */
    static QString toolTip(const HealthSnapshot& snapshot, const TrayMenuContext& context);
    /*!
     * \brief The answer first: "Opus 4.5 failing for 3 min" / "All watched models working" / "You are offline —
     * not an outage" …
     */
    static QString headline(const HealthSnapshot& snapshot, const TrayMenuContext& context);
    /*! \brief "checked 20 s ago · next in 40 s", or "checking…" while a refresh the user asked for runs. */
    static QString freshness(const HealthSnapshot& snapshot, const TrayMenuContext& context);
    /*! \brief "20 s", "3 min", "2 h 5 min", "3 d" (rounded down; for ages and countdowns). */
    static QString shortDuration(qint64 seconds);
    /*! \brief "Claude Opus 4.5 — Operational · 812 ms · ahead of official page". */
    static QString modelText(const ModelHealth& model, bool hasKey, bool offline = false);

private:
    static void addModels(QVector<TrayMenuRow>& rows, const HealthSnapshot& s, const TrayMenuContext& c);
    static void addServices(QVector<TrayMenuRow>& rows, const HealthSnapshot& s, const TrayMenuContext& c);
    static void addIncidents(QVector<TrayMenuRow>& rows, const HealthSnapshot& s, const TrayMenuContext& c);
    static void addOtherProviders(QVector<TrayMenuRow>& rows, const TrayMenuContext& c);
    static void addActions(QVector<TrayMenuRow>& rows, const TrayMenuContext& c);
};
