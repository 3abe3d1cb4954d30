// mergeConfig(): the one place where option > environment > settings file > default is decided, per field, for
// every watched provider. A wrong merge is what a user sees as "--once ignores my settings" or "my flag did nothing".

#include "monitor/monitorconfig.h"
#include "settings/settings.h"
#include "testhelpers.h"

#include <QTemporaryDir>

namespace {
using Key = Settings::Key;

const QUrl kClaudePage(QStringLiteral("https://status.claude.com"));
const QUrl kClaudeMirror(QStringLiteral("https://anthropic.statuspage.io"));
const QUrl kClaudeApi(QStringLiteral("https://api.anthropic.com"));
const QUrl kOpenAiPage(QStringLiteral("https://status.openai.com"));
const QStringList kDefaultServices { QStringLiteral("k8w3r06qmzrp"), QStringLiteral("rwppv331jlwc") };

/*! \brief A user's settings file, written through Settings and read back from disk like the app does at start. */
struct UserSettings {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Settings> settings;

    explicit UserSettings(const QVector<QPair<Key, QVariant>>& values)
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("modelpulse.ini"));
        {
            Settings writer(path);
            for (const auto& kv : values) {
                const auto refused = writer.setValue(kv.first, kv.second);
                INFO(Settings::keyName(kv.first).toStdString() << ": " << refused.value_or(QString()).toStdString());
                REQUIRE_FALSE(refused);
            }
        }
        settings = std::make_unique<Settings>(path);
        REQUIRE(settings->loadWarning().isEmpty());
    }
};

UserSettings customised(const QStringList& providers = { QStringLiteral("anthropic"), QStringLiteral("openai") })
{
    return UserSettings({
        { Key::StatusUrl, QStringLiteral("http://127.0.0.1:8080") },
        { Key::ApiUrl, QStringLiteral("http://127.0.0.1:8081") },
        { Key::WatchedModels, QStringList { QStringLiteral("claude-opus-4-5"), QStringLiteral("claude-haiku-4-5") } },
        { Key::WatchedServices, QStringList { QStringLiteral("k8w3r06qmzrp") } },
        { Key::FeedPollIntervalSec, 120 },
        { Key::ProbeIntervalSec, 600 },
        { Key::SlowThresholdMs, 5000 },
        { Key::MonthlyCapUsd, 2.5 },
        { Key::Providers, providers },
    });
}

QStringList ids(const QVector<MonitorConfig>& configs)
{
    QStringList out;
    for (const MonitorConfig& c : configs)
        out << c.profile.id;
    return out;
}
} // namespace

TEST_CASE("mergeConfig: no settings file gives Anthropic's defaults only", "[monitorconfig]")
{
    const QVector<MonitorConfig> configs = mergeConfig(ConfigOverrides(), nullptr);
    REQUIRE(configs.size() == 1);
    const MonitorConfig& c = configs.first();
    CHECK(c.profile.id == QStringLiteral("anthropic"));
    CHECK(c.statusUrl == kClaudePage);
    CHECK(c.statusMirror == kClaudeMirror);
    CHECK(c.apiUrl == kClaudeApi);
    CHECK(c.probes);
    CHECK(c.models.isEmpty()); // discovered, or named in the page's recent incidents
    CHECK_FALSE(c.modelsGiven);
    CHECK(c.services == kDefaultServices); // the API and claude.ai
    CHECK(c.pollIntervalSec == 60);
    CHECK(c.schedule.intervalMs == 300 * 1000);
    CHECK(c.schedule.confirmDelayMs == 30 * 1000);
    CHECK(c.schedule.outageIntervalMs == 60 * 1000);
    CHECK(c.slowMs == 10000);
    CHECK(c.schedule.thresholds.slowThresholdMs == 10000);
    CHECK(c.monthlyCapUsd == Approx(2.0));
    CHECK(c.timeoutMs == 15000);
    CHECK(c.probeTimeoutMs == 30000);
    CHECK(c.dataDir.isEmpty());

    // An empty settings file is the same as none.
    UserSettings empty({});
    CHECK(mergeConfig(ConfigOverrides(), empty.settings.get()) == configs);
}

TEST_CASE("mergeConfig: the settings file's values are used", "[monitorconfig]")
{
    const UserSettings user = customised();
    const QVector<MonitorConfig> configs = mergeConfig(ConfigOverrides(), user.settings.get());
    REQUIRE(ids(configs) == QStringList { QStringLiteral("anthropic"), QStringLiteral("openai") });

    const MonitorConfig& a = configs.at(0);
    CHECK(a.statusUrl == QUrl(QStringLiteral("http://127.0.0.1:8080")));
    CHECK(a.statusMirror.isEmpty()); // another page than the official one has no mirror
    CHECK(a.apiUrl == QUrl(QStringLiteral("http://127.0.0.1:8081")));
    CHECK(a.models == QStringList { QStringLiteral("claude-opus-4-5"), QStringLiteral("claude-haiku-4-5") });
    CHECK_FALSE(a.modelsGiven); // from the file: a settings change may replace them live
    CHECK(a.services == QStringList { QStringLiteral("k8w3r06qmzrp") });
    CHECK(a.pollIntervalSec == 120);
    CHECK(a.schedule.intervalMs == 600 * 1000);
    CHECK(a.slowMs == 5000);
    CHECK(a.schedule.thresholds.slowThresholdMs == 5000);
    CHECK(a.monthlyCapUsd == Approx(2.5));
    CHECK(a.probes);

    // OpenAI is feed only: its own official page, nothing of Anthropic's models, services, URLs or probes.
    const MonitorConfig& o = configs.at(1);
    CHECK(o.statusUrl == kOpenAiPage);
    CHECK(o.statusMirror.isEmpty());
    CHECK(o.apiUrl.isEmpty());
    CHECK_FALSE(o.probes);
    CHECK(o.models.isEmpty());
    CHECK(o.services.isEmpty()); // every component of its page counts
    CHECK(o.pollIntervalSec == 120); // the poll cadence is the user's, for every page
}

TEST_CASE("mergeConfig: a settings page equal to the official one keeps the mirror", "[monitorconfig]")
{
    const UserSettings user({ { Key::StatusUrl, kClaudePage.toString() }, { Key::FeedPollIntervalSec, 90 } });
    const QVector<MonitorConfig> configs = mergeConfig(ConfigOverrides(), user.settings.get());
    REQUIRE(configs.size() == 1);
    CHECK(configs.first().statusUrl == kClaudePage);
    CHECK(configs.first().statusMirror == kClaudeMirror);
    CHECK(configs.first().pollIntervalSec == 90);
}

TEST_CASE("mergeConfig: each given override wins over the settings file, field by field", "[monitorconfig]")
{
    const UserSettings user = customised();

    SECTION("only the given fields change")
    {
        ConfigOverrides o;
        o.pollIntervalSec.set(30);
        o.models.set({ QStringLiteral("claude-sonnet-4-5") });
        const MonitorConfig a = mergeConfig(o, user.settings.get()).at(0);
        CHECK(a.pollIntervalSec == 30);
        CHECK(a.models == QStringList { QStringLiteral("claude-sonnet-4-5") });
        CHECK(a.modelsGiven);
        // Not given: still the file's.
        CHECK(a.schedule.intervalMs == 600 * 1000);
        CHECK(a.slowMs == 5000);
        CHECK(a.statusUrl == QUrl(QStringLiteral("http://127.0.0.1:8080")));
        CHECK(a.apiUrl == QUrl(QStringLiteral("http://127.0.0.1:8081")));
        CHECK(a.services == QStringList { QStringLiteral("k8w3r06qmzrp") });
    }

    SECTION("every override given")
    {
        ConfigOverrides o;
        o.statusUrls.insert(QStringLiteral("anthropic"), QUrl(QStringLiteral("http://127.0.0.1:9000")));
        o.apiUrl.set(QUrl(QStringLiteral("http://127.0.0.1:9001")));
        o.probeIntervalSec.set(90);
        o.slowMs.set(2000);
        o.confirmDelayMs.set(100);
        o.timeoutMs.set(2000);
        o.dataDir = QStringLiteral("/nonexistent/data");
        const MonitorConfig a = mergeConfig(o, user.settings.get()).at(0);
        CHECK(a.statusUrl == QUrl(QStringLiteral("http://127.0.0.1:9000")));
        CHECK(a.statusMirror.isEmpty());
        CHECK(a.apiUrl == QUrl(QStringLiteral("http://127.0.0.1:9001")));
        CHECK(a.schedule.intervalMs == 90 * 1000);
        CHECK(a.schedule.outageIntervalMs == 60 * 1000);
        CHECK(a.slowMs == 2000);
        CHECK(a.schedule.thresholds.slowThresholdMs == 2000);
        CHECK(a.schedule.confirmDelayMs == 100);
        CHECK(a.timeoutMs == 2000);
        CHECK(a.probeTimeoutMs == 4000);
        CHECK(a.dataDir == QStringLiteral("/nonexistent/data"));
        CHECK(a.pollIntervalSec == 120); // not given
    }

    SECTION("a probe interval shorter than the outage cadence pulls the outage cadence down")
    {
        // Probing during an outage is never slower than normal probing.
        ConfigOverrides o;
        o.probeIntervalSec.set(20);
        const MonitorConfig a = mergeConfig(o, user.settings.get()).at(0);
        CHECK(a.schedule.intervalMs == 20 * 1000);
        CHECK(a.schedule.outageIntervalMs == 20 * 1000);
    }

    SECTION("an explicit page is that page: no mirror, even when it is the official one")
    {
        ConfigOverrides o;
        o.statusUrls.insert(QStringLiteral("anthropic"), kClaudePage);
        const MonitorConfig a = mergeConfig(o, user.settings.get()).at(0);
        CHECK(a.statusUrl == kClaudePage);
        CHECK(a.statusMirror.isEmpty());
        const MonitorConfig d = mergeConfig(o, nullptr).at(0);
        CHECK(d.statusUrl == kClaudePage);
        CHECK(d.statusMirror.isEmpty());
    }

    SECTION("another provider's page is set on that provider only")
    {
        ConfigOverrides o;
        o.statusUrls.insert(QStringLiteral("openai"), QUrl(QStringLiteral("http://127.0.0.1:9100")));
        const QVector<MonitorConfig> configs = mergeConfig(o, user.settings.get());
        REQUIRE(configs.size() == 2);
        CHECK(configs.at(0).statusUrl == QUrl(QStringLiteral("http://127.0.0.1:8080")));
        CHECK(configs.at(1).statusUrl == QUrl(QStringLiteral("http://127.0.0.1:9100")));
        CHECK(configs.at(1).statusMirror.isEmpty());
    }

    SECTION("--no-probes turns probes off; an API URL alone does not give OpenAI probes")
    {
        ConfigOverrides o;
        o.noProbes = true;
        o.apiUrl.set(QUrl(QStringLiteral("http://127.0.0.1:9001")));
        const QVector<MonitorConfig> configs = mergeConfig(o, user.settings.get());
        CHECK_FALSE(configs.at(0).probes);
        CHECK_FALSE(configs.at(1).probes);
        CHECK(configs.at(1).apiUrl.isEmpty());
    }
}

TEST_CASE("mergeConfig: --providers beats the settings file; unknown ids are dropped", "[monitorconfig]")
{
    const UserSettings user = customised();
    ConfigOverrides o;
    o.providers.set({ QStringLiteral("openai") });
    const QVector<MonitorConfig> onlyOpenAi = mergeConfig(o, user.settings.get());
    CHECK(ids(onlyOpenAi) == QStringList { QStringLiteral("openai") });
    CHECK(watchedProviders(o, user.settings.get()) == QStringList { QStringLiteral("openai") });

    o.providers.set({ QStringLiteral("anthropic") });
    CHECK(ids(mergeConfig(o, user.settings.get())) == QStringList { QStringLiteral("anthropic") });

    // One config per watched provider, Anthropic first (monitorconfig.h), whatever order they were typed in: the
    // tray's sections and `providers` in the JSON keep one order.
    o.providers.set({ QStringLiteral("openai"), QStringLiteral("anthropic") });
    CHECK(ids(mergeConfig(o, user.settings.get()))
          == QStringList { QStringLiteral("anthropic"), QStringLiteral("openai") });

    // Unknown ids (a newer version's file, a typo) are dropped, not fatal; nothing known left → Anthropic.
    o.providers.set({ QStringLiteral("bogus"), QStringLiteral("openai") });
    CHECK(watchedProviders(o, nullptr) == QStringList { QStringLiteral("openai") });
    o.providers.set({ QStringLiteral("bogus") });
    CHECK(watchedProviders(o, nullptr) == QStringList { QStringLiteral("anthropic") });

    const UserSettings typo
        = customised({ QStringLiteral("anthropic"), QStringLiteral("bogus"), QStringLiteral("openai") });
    CHECK(ids(mergeConfig(ConfigOverrides(), typo.settings.get()))
          == QStringList { QStringLiteral("anthropic"), QStringLiteral("openai") });
    const UserSettings onlyBogus = customised({ QStringLiteral("bogus") });
    CHECK(ids(mergeConfig(ConfigOverrides(), onlyBogus.settings.get())) == QStringList { QStringLiteral("anthropic") });

    // No settings and no option: Anthropic alone (OpenAI is off by default).
    CHECK(watchedProviders(ConfigOverrides(), nullptr) == QStringList { QStringLiteral("anthropic") });
}

TEST_CASE("mergeConfig: the demo's cadence", "[monitorconfig]")
{
    ConfigOverrides o;
    o.demo = true;
    const MonitorConfig d = mergeConfig(o, nullptr).at(0);
    // The demo scenario changes every ~15 s: every poll and probe cadence is a few seconds.
    CHECK(d.pollIntervalSec == 5);
    CHECK(d.schedule.intervalMs == 5000);
    CHECK(d.schedule.confirmDelayMs == 2000);
    CHECK(d.schedule.outageIntervalMs == 4000);
    CHECK(d.schedule.initialSpreadMs == 500);
    CHECK(d.schedule.graceMs == 2000);

    // The settings file's slower cadence does not slow the demo down; a given poll interval still wins.
    const UserSettings user = customised();
    CHECK(mergeConfig(o, user.settings.get()).at(0).pollIntervalSec == 5);
    o.pollIntervalSec.set(7);
    CHECK(mergeConfig(o, user.settings.get()).at(0).pollIntervalSec == 7);
}
