#pragma once

#include "health/reason.h"
#include "options.h"

/*! \brief The key for `--once`: the key itself, or why there is none. Never printed. */
struct OnceKey {
    QString key;
    Reason unavailableReason;
};

/*! \brief The settings file `--once` and the tray read: --settings, the demo's own, or the user's modelpulse.ini. */
QString settingsFilePath(const AppOptions& options);

/*!
 * \brief Runs `--once` to completion on the same Monitor as the tray — one per watched provider, configured by
 * mergeConfig() from the options, the environment and the user's settings file — prints the snapshot (JSON or
 * table) and returns the exit code (the worst watched-overall state of every provider).
 */
int runOnce(const AppOptions& options, const OnceKey& key);
