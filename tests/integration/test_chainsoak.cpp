// 30 simulated days of the whole chain on the manual clock: scenario → feed + probes (real HTTP to in-process
// simulated providers on loopback) → evaluator → transitions → NotificationPolicy. Provider outages and offline
// spells come from a fixed seed and never overlap; the test checks what the user would have been told.
//
// Cadence: feed every 300 s and probes every 600 s for 2 models (≈17k requests) instead of the tray's 60 s / 300 s:
// the default cadence would be ~4.5× the requests for the same 30 days without exercising anything more.
#include "simprovider.h"
#include "testhelpers.h"
#include "traytesthelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <catch2/catch.hpp>

#include <cstdio>
#include <random>

namespace {
const QString kKey = QStringLiteral("sk-ant-test-SOAK-0001");
const QString kOpus = QStringLiteral("claude-opus-4-5");
const QString kSonnet = QStringLiteral("claude-sonnet-4-5");
constexpr int kDays = 30;
constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMin;
// After an event ends, what it causes may still show for this long: two good probes at the outage cadence, a feed
// poll, or after an offline spell the feed's backoff (capped at 15 min) plus the probes' grace. Events are placed at
// least this far apart, and a notification outside [start, end + settle) counts as "while nothing happens".
constexpr qint64 kSettle = 45 * kMin;

using traytest::Recorder;
using traytest::Shown;

struct Outage {
    qint64 start = 0; //!< ms from the soak start
    qint64 end = 0;
    QStringList models;
    int status = 529;
    qint64 incidentAt = -1; //!< when the page posts an incident naming the models; -1: never posted
    QString incidentId;
};

struct Spell {
    qint64 start = 0;
    qint64 end = 0;
};

struct Scenario {
    QVector<Outage> outages;
    QVector<Spell> spells;
};

QString displayName(const QString& id)
{
    return id == kOpus ? QStringLiteral("Claude Opus 4.5") : QStringLiteral("Claude Sonnet 4.5");
}

// 12 outages (12–90 min: any 12 min window holds a probe at ≤660 s spacing plus its 30 s confirmation) and 8 offline
// spells (5–120 min), from a fixed seed, at least kSettle apart and clear of the first two hours (start-up).
Scenario makeScenario(quint32 seed)
{
    std::mt19937 rng(seed);
    const auto uni = [&](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    QVector<QPair<qint64, qint64>> taken;
    const auto place = [&](qint64 minMin, qint64 maxMin) {
        for (;;) {
            const qint64 d = uni(minMin, maxMin) * kMin;
            const qint64 s = uni(120, kDays * 24 * 60 - 180) * kMin;
            const bool clear = std::none_of(taken.cbegin(), taken.cend(), [&](const QPair<qint64, qint64>& o) {
                return s < o.second + kSettle && o.first < s + d + kSettle;
            });
            if (clear) {
                taken.append({ s, s + d });
                return QPair<qint64, qint64>(s, s + d);
            }
        }
    };
    Scenario sc;
    for (int i = 0; i < 12; ++i) {
        Outage o;
        std::tie(o.start, o.end) = place(12, 90);
        o.models = i % 3 == 0 ? QStringList { kOpus, kSonnet }
            : i % 3 == 1      ? QStringList { kOpus }
                              : QStringList { kSonnet };
        o.status = i % 2 ? 529 : 500;
        const qint64 minutes = (o.end - o.start) / kMin;
        // Some posted 5+ min late (and listed for ≥10 min so a 5 min poll sees it), some never posted.
        if (minutes >= 25 && i % 4 != 3) {
            o.incidentAt = o.start + uni(5, minutes - 15) * kMin;
            o.incidentId = QStringLiteral("soak%1").arg(i);
        }
        sc.outages.append(o);
    }
    for (int i = 0; i < 8; ++i) {
        Spell s;
        std::tie(s.start, s.end) = place(5, 120);
        sc.spells.append(s);
    }
    return sc;
}

// Drives both simulated servers to the scenario's state at \a t, touching only what changed.
class ScenarioDriver {
public:
    ScenarioDriver(const Scenario& sc, SimProvider& page, SimProvider& api)
        : m_sc(sc)
        , m_page(page)
        , m_api(api)
    {
    }

    void apply(qint64 t)
    {
        bool offline = false;
        for (const Spell& s : m_sc.spells)
            offline = offline || (s.start <= t && t < s.end);
        if (offline != m_offline) {
            m_offline = offline;
            const auto mode = offline ? SimStep::Offline::Refuse : SimStep::Offline::No;
            m_page.setOffline(mode);
            m_api.setOffline(mode);
        }
        QHash<QString, int> failing;
        QJsonArray incidents;
        QStringList live;
        for (const Outage& o : m_sc.outages) {
            if (t < o.start || t >= o.end)
                continue;
            for (const QString& id : o.models)
                failing.insert(id, o.status);
            if (o.incidentAt >= 0 && t >= o.incidentAt) {
                QStringList names;
                for (const QString& id : o.models)
                    names << displayName(id);
                live << o.incidentId;
                incidents.append(
                    QJsonObject { { QStringLiteral("id"), o.incidentId },
                                  { QStringLiteral("name"),
                                    QStringLiteral("Elevated errors on ") + names.join(QStringLiteral(" and ")) },
                                  { QStringLiteral("status"), QStringLiteral("investigating") },
                                  { QStringLiteral("impact"), QStringLiteral("major") },
                                  { QStringLiteral("components"), QJsonArray { QStringLiteral("k8w3r06qmzrp") } } });
            }
        }
        for (const QString& id : { kOpus, kSonnet }) {
            const int status = failing.value(id, 200);
            if (status != m_status.value(id, 200) || !m_started) {
                m_api.setModelBehaviour(id, status == 200 ? ModelBehaviour::ok() : ModelBehaviour::error(status));
                m_status.insert(id, status);
            }
        }
        if (live != m_live || !m_started) {
            m_live = live;
            QJsonObject compact { { QStringLiteral("incidents"), incidents } };
            if (incidents.isEmpty())
                compact.insert(QStringLiteral("indicator"), QStringLiteral("none"));
            m_page.setStatusPage(compact);
        }
        m_started = true;
    }

private:
    const Scenario& m_sc;
    SimProvider& m_page;
    SimProvider& m_api;
    bool m_offline = false;
    bool m_started = false;
    QHash<QString, int> m_status;
    QStringList m_live;
};

// Health states grouped the way a user reads them: in outage, fine, cannot tell.
QString category(const QString& state)
{
    if (state == u"partial_outage" || state == u"major_outage")
        return QStringLiteral("outage");
    return state;
}
} // namespace

TEST_CASE("30 days of outages and offline spells: one alarm and one recovery per outage, nothing else",
          "[monitor][soak]")
{
    const Scenario sc = makeScenario(20261127u);
    SimProvider page; // two endpoints, so a refused pair is a real "you are offline" verdict
    SimProvider api;
    REQUIRE(page.listen());
    REQUIRE(api.listen());
    api.setModels(QStringList { kOpus, kSonnet });

    ManualClock clock;
    const QDateTime t0 = clock.now();
    QNetworkAccessManager nam;
    MonitorConfig c;
    c.statusUrl = page.baseUrl();
    c.apiUrl = api.baseUrl();
    c.models = { kOpus, kSonnet };
    c.modelsGiven = true;
    c.pollIntervalSec = 300;
    c.schedule.intervalMs = 600 * 1000;
    c.timeoutMs = 5000;
    c.probeTimeoutMs = 5000;
    Monitor monitor(c, &nam, &clock);
    Recorder rec(monitor, clock);
    // Which models saw a network error, and when: an offline spell the connectivity check did not call offline can
    // still turn a model unknown (its own probe failed).
    QVector<QPair<qint64, QString>> networkErrors;
    QObject::connect(&monitor, &Monitor::probeFinished, [&](const ProbeResult& r) {
        if (isNetworkLevel(r.outcome))
            networkErrors.append({ t0.msecsTo(clock.now()), r.modelId });
    });

    ScenarioDriver driver(sc, page, api);
    driver.apply(0);
    QElapsedTimer wall;
    wall.start();
    monitor.start();
    monitor.setKey(kKey);
    const QDateTime end = t0.addMSecs(kDays * kDay);
    qint64 steps = 0;
    for (;;) {
        // Every reply and every connectivity check ends before time moves on.
        while (monitor.isBusy())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        QCoreApplication::processEvents();
        const QDateTime next = clock.nextDue();
        if (!next.isValid() || next > end)
            break;
        driver.apply(t0.msecsTo(next));
        clock.advanceMs(clock.now().msecsTo(next));
        ++steps;
    }
    const qint64 wallMs = wall.elapsed();
    REQUIRE(steps > 1000); // the pollers kept running to the end
    const int requests = page.requestCount() + api.requestCount();

    const auto within = [](qint64 at, qint64 s, qint64 e) { return s <= at && at < e + kSettle; };
    const auto msOf = [&](const QDateTime& at) { return t0.msecsTo(at); };

    // Every injected outage: exactly one alarm and one recovery for each of its models, in its window.
    int expectedAlarms = 0;
    for (const Outage& o : sc.outages) {
        for (const QString& id : o.models) {
            INFO("outage " << o.start / kMin << "–" << o.end / kMin << " min on " << id.toStdString());
            ++expectedAlarms;
            int alarms = 0, recoveries = 0;
            for (const Shown& s : rec.shown) {
                if (s.n.key != NotificationPolicy::modelKey(id) || !within(msOf(s.at), o.start, o.end))
                    continue;
                alarms += s.kind == Shown::Kind::OutageAlarm;
                recoveries += s.kind == Shown::Kind::Recovery;
            }
            CHECK(alarms == 1);
            CHECK(recoveries == 1);
        }
    }
    const int alarms = rec.count(Shown::Kind::OutageAlarm);
    const int recoveries = rec.count(Shown::Kind::Recovery);
    CHECK(alarms == expectedAlarms); // hence none during offline spells or quiet time
    CHECK(recoveries == expectedAlarms);

    // Offline spells: at most one "You are offline" each, exactly one when the check said offline, withdrawn after.
    int offlineSeen = 0;
    QHash<int, bool> spellOffline;
    for (int i = 0; i < sc.spells.size(); ++i) {
        const Spell& sp = sc.spells[i];
        int notices = 0;
        for (const Shown& s : rec.shown)
            notices += s.kind == Shown::Kind::Offline && within(msOf(s.at), sp.start, sp.end);
        bool wentOffline = false;
        for (const Transition& t : rec.transitions)
            wentOffline = wentOffline
                || (t.kind == Transition::Kind::Connectivity && t.to == u"offline"
                    && within(msOf(t.at), sp.start, sp.end));
        spellOffline.insert(i, wentOffline);
        offlineSeen += wentOffline;
        INFO("offline spell " << sp.start / kMin << "–" << sp.end / kMin << " min");
        CHECK(notices == (wentOffline ? 1 : 0));
    }
    const int offlineAlarms = rec.count(Shown::Kind::Offline);
    CHECK(offlineAlarms == offlineSeen);
    CHECK(rec.withdrawn.count(NotificationPolicy::connectivityKey()) == offlineAlarms);
    CHECK(offlineSeen >= 1); // the long spells must be noticed, or this test proves nothing about offline
    CHECK(rec.last().connectivity.state == Connectivity::Online);

    // Nothing is said while nothing happens.
    for (const Shown& s : rec.shown) {
        const qint64 at = msOf(s.at);
        bool explained = false;
        for (const Outage& o : sc.outages)
            explained = explained || within(at, o.start, o.end);
        for (const Spell& sp : sc.spells)
            explained = explained || within(at, sp.start, sp.end);
        INFO(s.n.key.toStdString() << " at " << at / kMin << " min: " << s.n.title.toStdString());
        CHECK(explained);
    }

    // The bound per day. Per outage: for each model an alarm, at most two updates in place (partial → major as the
    // failures run on; major → partial when the probes recover while the page still lists its incident, until the
    // next feed poll) and a recovery, plus, when the page posts its incident, one more update in place of each
    // model's alarm (one story: the incident is told there, issue 10); per offline spell one notice. A day gets the
    // sum over the events whose window touches it; a day no event touches gets nothing.
    QVector<int> perDay(kDays, 0), bound(kDays, 0);
    for (const Shown& s : rec.shown)
        ++perDay[int(std::min<qint64>(kDays - 1, msOf(s.at) / kDay))];
    const auto touch = [&](qint64 s, qint64 e, int n) {
        for (qint64 d = s / kDay; d <= std::min<qint64>(kDays - 1, (e + kSettle) / kDay); ++d)
            bound[int(d)] += n;
    };
    for (const Outage& o : sc.outages)
        touch(o.start, o.end, (4 + (o.incidentAt >= 0 ? 1 : 0)) * int(o.models.size()));
    for (const Spell& sp : sc.spells)
        touch(sp.start, sp.end, 1);
    int maxPerDay = 0;
    std::string days;
    for (int d = 0; d < kDays; ++d) {
        INFO("day " << d << ": " << perDay[d] << " notifications, bound " << bound[d]);
        CHECK(perDay[d] <= bound[d]);
        maxPerDay = std::max(maxPerDay, perDay[d]);
        days += (d ? " " : "") + std::to_string(perDay[d]);
    }
    // Every posted incident names models in outage (it makes their official side partial at once): each is told in
    // those models' alarms, never as a notification of its own.
    int posted = 0;
    for (const Outage& o : sc.outages) {
        posted += o.incidentAt >= 0;
        if (o.incidentAt < 0)
            continue;
        for (const QString& id : o.models) {
            INFO("incident " << o.incidentId.toStdString() << " on " << id.toStdString());
            CHECK(std::any_of(rec.shown.cbegin(), rec.shown.cend(), [&](const Shown& s) {
                return s.n.key == NotificationPolicy::modelKey(id)
                    && s.n.body.contains(QStringLiteral("Official incident"));
            }));
        }
    }
    CHECK(posted > 0); // or this proves nothing about incidents
    CHECK(rec.count(Shown::Kind::Incident) == 0);
    CHECK(rec.count(Shown::Kind::ProbeProblem) == 0);
    CHECK(rec.count(Shown::Kind::Other) == 0);

    // Combined-state transitions per model, grouped as the user reads them (outage / operational / unknown): each
    // outage is two (into it, back), each offline spell that made the model unknown — the connectivity check said
    // offline, or one of its probes failed at network level — is two more (to unknown, back). Start-up (the model
    // appearing, unknown → operational) is before the first event and not counted.
    const qint64 warm = 100 * kMin;
    for (const QString& id : { kOpus, kSonnet }) {
        int expected = 0;
        for (const Outage& o : sc.outages)
            expected += o.models.contains(id) ? 2 : 0;
        for (int i = 0; i < sc.spells.size(); ++i) {
            const Spell& sp = sc.spells[i];
            bool unknown = spellOffline.value(i);
            for (const auto& e : networkErrors)
                unknown = unknown || (e.second == id && within(e.first, sp.start, sp.end));
            expected += unknown ? 2 : 0;
        }
        int changes = 0, severity = 0;
        for (const Transition& t : rec.transitions) {
            if (t.kind != Transition::Kind::Model || t.side != Transition::Side::Combined || t.id != id
                || msOf(t.at) < warm)
                continue;
            if (category(t.from) != category(t.to))
                ++changes;
            else
                ++severity; // partial ↔ major inside one outage
        }
        INFO(id.toStdString() << ": " << changes << " combined changes, " << severity << " severity steps");
        CHECK(changes == expected);
    }

    if (qEnvironmentVariableIsSet("MODELPULSE_SOAK_VERBOSE")) {
        for (const Shown& s : rec.shown)
            std::printf("soak_notice day %lld min %lld kind %d %s: %s\n", static_cast<long long>(msOf(s.at) / kDay),
                        static_cast<long long>(msOf(s.at) / kMin), int(s.kind), qPrintable(s.n.key),
                        qPrintable(s.n.title));
        for (const Outage& o : sc.outages)
            std::printf("soak_outage %lld-%lld min %s incident_at %lld\n", static_cast<long long>(o.start / kMin),
                        static_cast<long long>(o.end / kMin), qPrintable(o.models.join(u',')),
                        static_cast<long long>(o.incidentAt < 0 ? -1 : o.incidentAt / kMin));
        for (const Spell& sp : sc.spells)
            std::printf("soak_offline %lld-%lld min\n", static_cast<long long>(sp.start / kMin),
                        static_cast<long long>(sp.end / kMin));
    }
    std::printf("soak_days %d\n", kDays);
    std::printf("soak_requests %d\n", requests);
    std::printf("soak_outage_alarms %d\n", alarms);
    std::printf("soak_recoveries %d\n", recoveries);
    std::printf("soak_offline_alarms %d\n", offlineAlarms);
    std::printf("soak_max_per_day %d\n", maxPerDay);
    std::printf("soak_wall_ms %lld\n", static_cast<long long>(wallMs));
    std::printf("soak_per_day %s\n", days.c_str());
    std::printf("soak_outages %d offline_spells %d offline_noticed %d incidents_posted %d steps %lld\n",
                int(sc.outages.size()), int(sc.spells.size()), offlineSeen, posted, static_cast<long long>(steps));
    std::fflush(stdout);
}
