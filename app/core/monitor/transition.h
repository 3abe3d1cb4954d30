#pragma once

#include "health/healthsnapshot.h"

#include <QDateTime>
#include <QString>
#include <QVector>

/*!
 * \brief One change between two snapshots: what changed, on which side, from what to what, when and why
 * (DESIGN.md "What changed is data"). The notifier, the history store and the chart consume these.
 */
struct Transition {
    enum class Kind { Model, Service, Incident, Maintenance, Connectivity };
    enum class Side { Official, Probe, Combined };

    QString provider; //!< ProviderProfile id ("anthropic")
    Kind kind = Kind::Model;
    QString id; //!< model id, component id, incident id; empty for connectivity
    Side side = Side::Combined;
    QString from; //!< wire word (health state, incident status, connectivity); empty = did not exist
    QString to; //!< wire word; empty = gone (an incident that left the feed)
    QDateTime at;
    QString reasonCode; //!< the leading reason of the new state; empty when none

    bool operator==(const Transition& o) const
    {
        return provider == o.provider && kind == o.kind && id == o.id && side == o.side && from == o.from && to == o.to
            && at == o.at && reasonCode == o.reasonCode;
    }
};

QString transitionKindKey(Transition::Kind kind); //!< "model", "service", "incident", "maintenance", "connectivity"
QString transitionSideKey(Transition::Side side); //!< "official", "probe", "combined"

/*!
 * \brief Every change from \a previous to \a current, stamped \a now. Pure.
 *
 * Models: one transition per side that changed (official, probe, combined). Services: component status.
 * Incidents: appearing (from ""), status or effect changes, leaving the feed (to "resolved", only when the feed
 * was fetched fine — a failed fetch says nothing about incidents ending). Maintenances: status changes.
 * Connectivity: online/offline/unknown. A \a previous without generatedAt is "nothing known yet": everything in
 * \a current appears (from "").
 */
QVector<Transition> diff(const HealthSnapshot& previous, const HealthSnapshot& current, const QDateTime& now);

/*!
 * \brief Sets `since` on \a current's models and services: carried over from \a previous while the state is
 * unchanged, \a now when it changed or first appeared.
 */
void carrySince(const HealthSnapshot& previous, HealthSnapshot& current, const QDateTime& now);
