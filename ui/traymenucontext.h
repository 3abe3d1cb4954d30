#pragma once

#include "health/healthsnapshot.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QUrl>

/*! \brief Everything besides the snapshot that decides what the tray menu shows. */
struct TrayMenuContext {
    QStringList watchedModels; //!< model ids; empty = every model in the snapshot (the discovered defaults)
    QStringList watchedServices; //!< Statuspage component ids, shown first and counted for the icon
    bool hasKey = false; //!< without a key there are no probes: official states and a hint
    QDateTime notificationsPausedUntil; //!< null or past = not paused
    QDateTime now; //!< injected so the rows are a pure function (ages, pause targets)
    QUrl statusPageUrl;
    bool historyAvailable = false; //!< the chart window exists
    QVector<HealthSnapshot> otherProviders; //!< feed-only providers (OpenAI), each its own section
    QDateTime nextCheck; //!< when the next scheduled feed poll or probe is due; null = none scheduled
    bool checking = false; //!< a refresh the user asked for is under way ("checking…")
    QSet<QString> mutedModels; //!< notifications muted for these models (Settings, a row's context menu)
    QSet<QString> mutedServices; //!< … and for these Statuspage components
    bool demo = false; //!< the simulated provider of --demo: said in the popup's title and the tooltip
};
