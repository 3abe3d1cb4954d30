// NotificationPolicy when the user asked for quiet: snooze, quiet hours, mutes, and scheduled maintenance. Times of
// day are local, so the instants here are built in local time: the tests hold in any time zone.
#include "notifytestdata.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

using namespace notifytest;

namespace {

QDateTime local(int day, int hour, int minute = 0)
{
    // December 2026: no daylight-saving change near these days in the zones that have one.
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::LocalTime);
}

NotificationSettings quiet(bool letMajorThrough = false)
{
    NotificationSettings s;
    s.quietHours = true;
    s.quietStart = QTime(22, 0);
    s.quietEnd = QTime(7, 0);
    s.quietLetMajorThrough = letMajorThrough;
    return s;
}

Incident maintenance(const QString& name, const QDateTime& from, const QDateTime& until,
                     const QString& status = QStringLiteral("scheduled"))
{
    Incident mt;
    mt.id = QStringLiteral("mt1");
    mt.name = name;
    mt.status = status;
    mt.impact = QStringLiteral("maintenance");
    mt.shortlink = QStringLiteral("https://stspg.io/mt1");
    mt.scheduledFor = from;
    mt.scheduledUntil = until;
    return mt;
}

const QString kApi = QStringLiteral("k8w3r06qmzrp");

HealthSnapshot withApi(HealthSnapshot s)
{
    Component api;
    api.id = kApi;
    api.name = QStringLiteral("Claude API (api.anthropic.com)");
    api.status = S::Operational;
    s.components << api;
    return s;
}

} // namespace

TEST_CASE("snooze: one hour, or until tomorrow 09:00 local", "[notify][snooze]")
{
    using NotificationTiming::snoozeEnd;
    CHECK(snoozeEnd(SnoozeLength::OneHour, kNow) == kNow.addSecs(3600));
    CHECK(snoozeEnd(SnoozeLength::UntilTomorrowMorning, local(10, 23, 30)) == local(11, 9).toUTC());
    CHECK(snoozeEnd(SnoozeLength::UntilTomorrowMorning, local(10, 10)) == local(11, 9).toUTC());
    CHECK(snoozeEnd(SnoozeLength::UntilTomorrowMorning, local(11, 1, 30)) == local(11, 9).toUTC()); // after the night

    ManualClock clock(local(10, 14));
    NotificationSettings s;
    s.pausedUntil = snoozeEnd(SnoozeLength::OneHour, clock.now());
    const auto pause = NotificationTiming::pause(s, clock.now());
    REQUIRE(pause);
    CHECK(pause->until == local(10, 15).toUTC());
    CHECK(pause->snoozed);
    CHECK_FALSE(pause->majorOutagesShown);

    NotificationPolicy policy;
    const auto up = snap({ model(S::Operational) });
    const auto down = snap({ model(S::MajorOutage) });
    CHECK(policy.decide(up, down, s, clock.now()).raise.isEmpty()); // even a major outage
    clock.advanceMs(61 * 60 * 1000);
    CHECK_FALSE(NotificationTiming::pause(s, clock.now()));
    CHECK(policy.decide(down, down, s, clock.now()).raise.isEmpty()); // dropped, not queued

    SECTION("a recovery during the snooze takes the alarm back instead of leaving it on screen")
    {
        NotificationPolicy p2;
        CHECK(p2.decide(up, down, {}, clock.now()).raise.size() == 1);
        NotificationSettings later;
        later.pausedUntil = clock.now().addSecs(3600);
        const auto back = p2.decide(down, up, later, clock.now().addSecs(60));
        CHECK(back.raise.isEmpty());
        CHECK(back.withdraw.contains(mk()));
    }
}

TEST_CASE("quiet hours wrap past midnight and can let a major outage through", "[notify][quiet]")
{
    using NotificationTiming::inQuietHours;
    const NotificationSettings s = quiet();
    CHECK_FALSE(inQuietHours(s, local(10, 21, 59)));
    CHECK(inQuietHours(s, local(10, 22)));
    CHECK(inQuietHours(s, local(10, 23, 30)));
    CHECK(inQuietHours(s, local(11, 6, 59)));
    CHECK_FALSE(inQuietHours(s, local(11, 7)));
    NotificationSettings off = s;
    off.quietHours = false;
    CHECK_FALSE(inQuietHours(off, local(10, 23, 30)));
    NotificationSettings lunch = s;
    lunch.quietStart = QTime(12, 0);
    lunch.quietEnd = QTime(13, 0);
    CHECK(inQuietHours(lunch, local(10, 12, 30)));
    CHECK_FALSE(inQuietHours(lunch, local(10, 23, 30)));

    // The tooltip: paused until 07:00 tomorrow, before or after midnight.
    auto pause = NotificationTiming::pause(s, local(10, 23, 30));
    REQUIRE(pause);
    CHECK(pause->until == local(11, 7).toUTC());
    CHECK_FALSE(pause->snoozed);
    CHECK(NotificationTiming::pause(s, local(11, 2))->until == local(11, 7).toUTC());
    // A snooze that ends inside quiet hours pauses until they end.
    NotificationSettings both = s;
    both.pausedUntil = local(10, 23).toUTC();
    pause = NotificationTiming::pause(both, local(10, 21, 30));
    REQUIRE(pause);
    CHECK(pause->snoozed);
    CHECK(pause->until == local(11, 7).toUTC());
    CHECK(NotificationTiming::pause(quiet(true), local(10, 23))->majorOutagesShown);

    const auto up = snap({ model(S::Operational) });
    const auto partial = snap({ model(S::PartialOutage) });
    const auto major = snap({ model(S::MajorOutage) });
    SECTION("nothing is shown at night, and the morning does not replay it")
    {
        ManualClock clock(local(10, 23, 30));
        NotificationPolicy policy;
        CHECK(policy.decide(up, major, s, clock.now()).raise.isEmpty());
        clock.set(local(11, 7, 5));
        CHECK(policy.decide(major, major, s, clock.now()).raise.isEmpty());
        CHECK(policy.decide(major, up, s, clock.now()).raise.size() == 1); // the recovery is news
    }
    SECTION("a major outage gets through when the user wants that; a partial one does not")
    {
        ManualClock clock(local(11, 3));
        NotificationPolicy policy;
        CHECK(policy.decide(up, partial, quiet(true), clock.now()).raise.isEmpty());
        const auto escalated = policy.decide(partial, major, quiet(true), clock.now());
        REQUIRE(escalated.raise.size() == 1);
        CHECK(escalated.raise.first().urgency == NotificationUrgency::Critical);
        // The recovery is quiet: the alarm is taken back rather than left on screen.
        clock.advanceMs(30 * 60 * 1000);
        const auto back = policy.decide(major, up, quiet(true), clock.now());
        CHECK(back.raise.isEmpty());
        CHECK(back.withdraw.contains(mk()));
    }
}

TEST_CASE("mute per model and per service", "[notify][mute]")
{
    NotificationSettings s;
    s.mutedModels << kOpus;
    const QString sonnet = QStringLiteral("claude-sonnet-4-5");
    const auto up = snap({ model(S::Operational), model(S::Operational, false, sonnet) });
    const auto down = snap({ model(S::MajorOutage), model(S::MajorOutage, false, sonnet) });
    QVector<NotificationDecision> d;
    const auto raised = runSequence({ up, down, down, up }, s, &d);
    CHECK(raised[1] == QStringList { NotificationPolicy::modelKey(sonnet) }); // only the model not muted
    CHECK(raised[2].isEmpty());
    CHECK(raised[3] == QStringList { NotificationPolicy::modelKey(sonnet) });
    CHECK(d[3].withdraw.contains(mk())); // nothing left on screen for the muted model either

    // Unmuting during the outage does not replay it: the ledger advanced while muted.
    NotificationPolicy policy;
    CHECK(policy.decide(up, down, s, kNow).raise.size() == 1);
    CHECK(policy.decide(down, down, {}, kNow).raise.isEmpty());

    // A muted service: an incident only on it says nothing; one also on another service does.
    NotificationSettings ms;
    ms.mutedServices << QStringLiteral("rwppv331jlwc");
    auto onClaudeAi = incident(QStringLiteral("inc1"), QStringLiteral("Login issues"));
    onClaudeAi.modelIds.clear();
    onClaudeAi.incident.componentIds = { QStringLiteral("rwppv331jlwc") };
    auto onBoth = incident(QStringLiteral("inc2"), QStringLiteral("Elevated errors"));
    onBoth.modelIds.clear();
    onBoth.incident.componentIds = { QStringLiteral("rwppv331jlwc"), kApi };
    auto incidents = snap({ model(S::Operational) });
    incidents.incidents << onClaudeAi << onBoth;
    const auto keys = runSequence({ snap({ model(S::Operational) }), incidents }, ms);
    CHECK(keys[1] == QStringList { NotificationPolicy::incidentKey(QStringLiteral("inc2")) });
}

TEST_CASE("scheduled maintenance: a notice ahead of time, once, then no outage alarms while it runs",
          "[notify][maintenance]")
{
    ManualClock clock(local(10, 9));
    const QDateTime start = local(10, 11);
    const QDateTime end = local(10, 12);
    const QString key = NotificationPolicy::maintenanceKey(QStringLiteral("mt1"));
    auto scheduled = withApi(snap({ model(S::Operational) }));
    scheduled.maintenances << maintenance(QStringLiteral("API database upgrade"), start, end);
    scheduled.maintenances.first().componentIds = { kApi };

    NotificationPolicy policy;
    const HealthSnapshot empty = withApi(snap({ model(S::Operational) }));
    CHECK(policy.decide(empty, scheduled, {}, clock.now()).raise.isEmpty()); // two hours ahead: not yet
    clock.set(local(10, 10, 0)); // the default notice: an hour ahead
    auto d = policy.decide(scheduled, scheduled, {}, clock.now());
    REQUIRE(keysOf(d) == QStringList { key });
    CHECK(d.raise.first().title == QStringLiteral("Maintenance in 1 h: API database upgrade"));
    CHECK(d.raise.first().body.contains(QLatin1String("Claude Opus 4.5"))); // the watched model it affects
    CHECK(d.raise.first().url == QUrl(QStringLiteral("https://stspg.io/mt1")));
    clock.advanceMs(10 * 60 * 1000);
    CHECK(policy.decide(scheduled, scheduled, {}, clock.now()).raise.isEmpty()); // once per maintenance

    // In progress: "started" replaces the notice, and the API's models raise no outage alarm.
    clock.set(start);
    auto running = scheduled;
    running.maintenances.first().status = QStringLiteral("in_progress");
    CHECK(keysOf(policy.decide(scheduled, running, {}, clock.now())) == QStringList { key });
    auto failing = running;
    failing.models.first().state = S::MajorOutage;
    clock.advanceMs(5 * 60 * 1000);
    CHECK(policy.decide(running, failing, {}, clock.now()).raise.isEmpty());
    CHECK_FALSE(policy.ledger().contains(QStringLiteral("outage:") + kOpus)); // the ledger waits

    // It is over and the model still fails: that is an outage now.
    clock.set(end.addSecs(120));
    auto after = withApi(snap({ model(S::MajorOutage) }));
    d = policy.decide(failing, after, {}, clock.now());
    CHECK(keysOf(d) == QStringList { mk() });
    CHECK(d.withdraw.contains(key));

    SECTION("the notice lead time is a setting; 0 turns it off")
    {
        NotificationSettings none;
        none.maintenanceNoticeMin = 0;
        NotificationPolicy p;
        CHECK(p.decide(empty, scheduled, none, local(10, 10, 30)).raise.isEmpty());
        NotificationSettings twoHours;
        twoHours.maintenanceNoticeMin = 120;
        NotificationPolicy p2;
        CHECK(keysOf(p2.decide(empty, scheduled, twoHours, local(10, 9, 1))) == QStringList { key });
    }
    SECTION("a maintenance that names a model leaves the other models' alarms alone")
    {
        const QString sonnet = QStringLiteral("claude-sonnet-4-5");
        auto named = withApi(snap({ model(S::MajorOutage), model(S::MajorOutage, false, sonnet) }));
        named.maintenances << maintenance(QStringLiteral("Maintenance on Claude Opus 4.5"), start, end,
                                          QStringLiteral("in_progress"));
        named.maintenances.first().componentIds = { kApi };
        NotificationPolicy p;
        const auto keys = keysOf(p.decide(empty, named, {}, local(10, 11, 10)));
        CHECK(keys.contains(NotificationPolicy::modelKey(sonnet)));
        CHECK_FALSE(keys.contains(mk()));
    }
}
