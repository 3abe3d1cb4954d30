#include "monitorconfig.h"

#include "settings/settings.h"

bool MonitorConfig::operator==(const MonitorConfig& o) const
{
    return profile == o.profile && statusUrl == o.statusUrl && statusMirror == o.statusMirror && apiUrl == o.apiUrl
        && models == o.models && modelsGiven == o.modelsGiven && services == o.services
        && pollIntervalSec == o.pollIntervalSec && schedule.intervalMs == o.schedule.intervalMs
        && schedule.confirmDelayMs == o.schedule.confirmDelayMs && timeoutMs == o.timeoutMs
        && probeTimeoutMs == o.probeTimeoutMs && slowMs == o.slowMs && monthlyCapUsd == o.monthlyCapUsd
        && dataDir == o.dataDir && probes == o.probes;
}

QStringList watchedProviders(const ConfigOverrides& overrides, const Settings* settings)
{
    QStringList ids = overrides.providers.given ? overrides.providers.value
        : settings                              ? settings->providers()
                                                : QStringList { Providers::anthropic().id };
    // In the profiles' order (Anthropic first), not as typed: the tray's sections and the JSON's `providers` keep
    // one order whichever way --providers or the settings file lists them.
    QStringList out;
    for (const QString& id : Providers::ids())
        if (ids.contains(id))
            out << id;
    if (out.isEmpty())
        out << Providers::anthropic().id;
    return out;
}

MonitorConfig mergeProviderConfig(const ProviderProfile& profile, const ConfigOverrides& o, const Settings* settings)
{
    const bool anthropic = profile.id == Providers::anthropic().id;
    MonitorConfig c;
    c.profile = profile;

    // Status page: option/env > settings (Anthropic's URL is a setting) > the profile's page.
    const auto given = o.statusUrls.constFind(profile.id);
    if (given != o.statusUrls.cend()) {
        c.statusUrl = *given; // an explicit page means that page: no mirror
    } else {
        c.statusUrl = anthropic && settings ? settings->statusUrl() : profile.statusUrl;
        c.statusMirror = profile.mirrorFor(c.statusUrl);
    }

    c.probes = profile.probes() && !o.noProbes;
    if (profile.probes())
        c.apiUrl = o.apiUrl.given ? o.apiUrl.value : settings ? settings->apiUrl() : profile.apiBase;
    if (anthropic) {
        c.modelsGiven = o.models.given;
        c.models = o.models.given ? o.models.value : settings ? settings->watchedModels() : QStringList();
        c.services = settings ? settings->watchedServices()
                              : Settings::defaultValue(Settings::Key::WatchedServices).toStringList();
    }
    c.pollIntervalSec = o.pollIntervalSec.given ? o.pollIntervalSec.value
        : settings                              ? settings->feedPollIntervalSec()
                                                : Settings::defaultValue(Settings::Key::FeedPollIntervalSec).toInt();
    const int probeIntervalSec = o.probeIntervalSec.given ? o.probeIntervalSec.value
        : settings                                        ? settings->probeIntervalSec()
                   : Settings::defaultValue(Settings::Key::ProbeIntervalSec).toInt();
    c.slowMs = o.slowMs.given ? o.slowMs.value
        : settings            ? settings->slowThresholdMs()
                              : Settings::defaultValue(Settings::Key::SlowThresholdMs).toInt();
    c.monthlyCapUsd
        = settings ? settings->monthlyCapUsd() : Settings::defaultValue(Settings::Key::MonthlyCapUsd).toDouble();
    c.timeoutMs = o.timeoutMs.given ? o.timeoutMs.value : 15000;
    // A one-token answer takes a few seconds at worst; twice the request timeout leaves room above the slow threshold.
    c.probeTimeoutMs = c.timeoutMs * 2;
    c.dataDir = o.dataDir;

    c.schedule.intervalMs = qint64(std::max(1, probeIntervalSec)) * 1000;
    c.schedule.thresholds.slowThresholdMs = c.slowMs;
    if (o.confirmDelayMs.given)
        c.schedule.confirmDelayMs = o.confirmDelayMs.value;
    // Probing during an outage is there to catch the recovery fast: never slower than the normal cadence.
    c.schedule.outageIntervalMs = std::min(c.schedule.outageIntervalMs, c.schedule.intervalMs);
    c.schedule.probeTimeoutMs = c.probeTimeoutMs;
    if (o.demo) {
        // The demo scenario changes every ~15 s: read the page and probe often enough to show all of it.
        c.pollIntervalSec = o.pollIntervalSec.given ? o.pollIntervalSec.value : 5;
        c.schedule.intervalMs = 5000;
        c.schedule.confirmDelayMs = 2000;
        c.schedule.outageIntervalMs = 4000;
        c.schedule.initialSpreadMs = 500;
        c.schedule.graceMs = 2000;
    }
    return c;
}

QVector<MonitorConfig> mergeConfig(const ConfigOverrides& overrides, const Settings* settings)
{
    QVector<MonitorConfig> out;
    for (const QString& id : watchedProviders(overrides, settings))
        out << mergeProviderConfig(*Providers::byId(id), overrides, settings);
    return out;
}
