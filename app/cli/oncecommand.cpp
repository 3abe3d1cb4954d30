#include "oncecommand.h"

#include "health/healthevaluator.h"
#include "health/snapshotjson.h"
#include "history/historystore.h"
#include "monitor/monitor.h"
#include "settings/settings.h"
#include "snapshottable.h"
#include "util/clock.h"
#include "util/redact.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

QString settingsFilePath(const AppOptions& options)
{
    if (!options.settingsFile.isEmpty())
        return options.settingsFile;
    const QString dir = options.demo ? QDir(options.dataDir).filePath(QStringLiteral("demo"))
                                     : QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir).filePath(QStringLiteral("modelpulse.ini"));
}

int runOnce(const AppOptions& options, const OnceKey& key)
{
    QNetworkAccessManager nam;
    SystemClock clock;
    // The user's settings count (watched models and services, URLs, thresholds); options and environment win.
    const Settings settings(settingsFilePath(options));
    if (!settings.loadWarning().isEmpty())
        std::fprintf(stderr, "modelpulse: %s\n", qPrintable(settings.loadWarning()));
    const QVector<MonitorConfig> configs = mergeConfig(options.overrides, &settings);

    std::vector<std::unique_ptr<Monitor>> monitors;
    QVector<HealthSnapshot> snapshots(configs.size());
    int pending = int(configs.size());
    for (int i = 0; i < configs.size(); ++i) {
        monitors.push_back(std::make_unique<Monitor>(configs.at(i), &nam, &clock));
        QObject::connect(monitors.back().get(), &Monitor::finished, [&, i](const HealthSnapshot& s) {
            snapshots[i] = s;
            if (--pending == 0)
                QCoreApplication::exit(0);
        });
    }
    // This month's probes count against the cap, and these count too: the counters are the tray's, in the history
    // store of the data dir (probe_cost). Without a usable store the run counts in memory and says so.
    std::unique_ptr<HistoryStore> store;
    const bool probing = !key.key.isEmpty()
        && std::any_of(monitors.cbegin(), monitors.cend(), [](const auto& m) { return m->costTracker(); });
    if (probing && !options.dataDir.isEmpty()) {
        store = std::make_unique<HistoryStore>(HistoryStore::defaultPath(options.dataDir));
        QString error;
        if (store->open(&error)) {
            const QString warning = store->importLegacyCostFile(options.dataDir, Providers::anthropic().id);
            if (!warning.isEmpty())
                std::fprintf(stderr, "modelpulse: %s\n", qPrintable(warning));
            for (auto& m : monitors) {
                if (CostTracker* cost = m->costTracker()) {
                    const QString provider = m->profile().id;
                    cost->restore(store->cost(provider, cost->monthKey()));
                    cost->setSink([s = store.get(), provider](const CostCounters& c) { s->addCost(provider, c); });
                }
            }
        } else {
            std::fprintf(
                stderr, "modelpulse: %s\n",
                qPrintable(QCoreApplication::translate("OnceCommand",
                                                       "The history store cannot be opened (%1): probe cost is "
                                                       "not counted against the monthly cap this time.")
                               .arg(error)));
            store.reset();
        }
    }
    for (auto& m : monitors)
        m->runOnce(m->profile().probes() ? key.key : QString(), key.unavailableReason);
    QCoreApplication::exec();

    const HealthState worst = HealthEvaluator::watchedOverall(snapshots);
    QByteArray out;
    if (options.json) {
        out = QJsonDocument(SnapshotJson::toJson(snapshots)).toJson(QJsonDocument::Indented);
    } else {
        for (const HealthSnapshot& s : std::as_const(snapshots)) {
            if (snapshots.size() > 1)
                out += (Providers::byId(s.provider) ? Providers::byId(s.provider)->displayName : s.provider).toUtf8()
                    + "\n";
            out += snapshotTable(s).toUtf8();
        }
    }
    // The last gate before the terminal: whatever a server echoed back (in any case) never prints the key.
    if (!key.key.isEmpty())
        out = redactSecret(QString::fromUtf8(out), key.key).toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return exitCodeFor(worst);
}
