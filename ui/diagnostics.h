#pragma once

#include "health/healthsnapshot.h"

#include <QString>
#include <QVector>

/*!
 * \brief "Copy diagnostics": a Markdown block a user can paste into a bug report or a support ticket.
 *
 * Holds the snapshot (overall, feed, components, incidents, models with their last probe outcome, HTTP status,
 * request-id and latency), the app and Qt versions and the OS. Never the key: the snapshot has no key field,
 * and this text is built from the snapshot only.
 */
class Diagnostics {
public:
    // English on purpose: the text is for bug reports and maintainers, whatever the UI language.
    /*! \brief \a recentProbes: the latest probe outcomes, newest last (with request-ids and timings). */
    /*! \a demo: the snapshot comes from --demo's simulated provider, and the report says so first. */
    static QString markdown(const HealthSnapshot& snapshot, const QVector<ProbeResult>& recentProbes = {},
                            bool demo = false);
};
