#pragma once

#include "probe/probescheduler.h"
#include "providers/providerprofile.h"

#include <QHash>
#include <QStringList>
#include <QUrl>
#include <QVector>

class Settings;

/*! \brief A value from the command line or the environment, with whether it was given at all. */
template <typename T> struct Given {
    T value {};
    bool given = false;
    void set(T v)
    {
        value = std::move(v);
        given = true;
    }
};

/*!
 * \brief What the command line and the environment say, before the settings file and the defaults are merged in.
 * Filled by the CLI (option > environment); mergeConfig() adds settings file > default.
 */
struct ConfigOverrides {
    QHash<QString, QUrl> statusUrls; //!< provider id → page given with --status-url [id=]URL / MODELPULSE_STATUS_URL
    Given<QUrl> apiUrl;
    Given<QStringList> models;
    Given<QStringList> providers; //!< --providers / MODELPULSE_PROVIDERS
    Given<int> pollIntervalSec;
    Given<int> probeIntervalSec;
    Given<int> slowMs;
    Given<int> confirmDelayMs;
    Given<int> timeoutMs;
    bool noProbes = false;
    bool demo = false; //!< the simulated provider: its URLs are given, its cadence is the demo's
    QString dataDir;
};

/*! \brief Everything one Monitor needs, merged once: option > environment > settings file > default. */
struct MonitorConfig {
    ProviderProfile profile = Providers::anthropic();
    QUrl statusUrl;
    QUrl statusMirror; //!< empty: an explicit page means that page, no fallback
    QUrl apiUrl; //!< empty: feed only
    QStringList models; //!< watched ids; empty = discovered defaults (or named in the page's recent incidents)
    bool modelsGiven = false; //!< from --models / MODELPULSE_MODELS (settings cannot replace them live)
    QStringList services; //!< watched component ids; empty = every component counts
    int pollIntervalSec = 60;
    ProbeScheduleConfig schedule;
    int timeoutMs = 15000; //!< feed, discovery and connectivity requests
    int probeTimeoutMs = 30000;
    int slowMs = 10000;
    double monthlyCapUsd = 1.0;
    QString dataDir; //!< probe cost counters; empty = not counted
    bool probes = true; //!< false: --no-probes, or a feed-only provider
    int maxConfirmationWaitMs = 60 * 1000; //!< `--once`: a longer retry-after skips the confirmation
    qint64 discoveryRefreshMs = 24LL * 60 * 60 * 1000; //!< new models appear; /v1/models is free

    bool operator==(const MonitorConfig& o) const;
};

/*!
 * \brief The one merge of overrides, the settings file (may be null: defaults) and defaults into one config per
 * watched provider, Anthropic first. Settings are validated on load, so their values are taken as they are.
 */
QVector<MonitorConfig> mergeConfig(const ConfigOverrides& overrides, const Settings* settings);
/*! \brief The config of one provider (e.g. after a settings change). */
MonitorConfig mergeProviderConfig(const ProviderProfile& profile, const ConfigOverrides& overrides,
                                  const Settings* settings);
/*! \brief Watched provider ids: --providers > settings > "anthropic"; unknown ids are dropped. */
QStringList watchedProviders(const ConfigOverrides& overrides, const Settings* settings);
