// NotificationPolicy: when to notify, as a table of snapshot sequences. Pure: no clock, no bus, no display.
#include "notifytestdata.h"
#include "util/clock.h"

#include <QTranslator>
#include <catch2/catch.hpp>

using namespace notifytest;

TEST_CASE("model state sequences raise the right notifications", "[notify]")
{
    struct Row {
        const char* name;
        QVector<S> states;
        QVector<int> raisedAt; // steps that raise model:<id>
    };
    const QVector<Row> rows = {
        { "outage raised once", { S::Operational, S::PartialOutage, S::PartialOutage, S::PartialOutage }, { 1 } },
        { "recovery raised after outage", { S::Operational, S::MajorOutage, S::Operational }, { 1, 2 } },
        { "escalation updates in place", { S::PartialOutage, S::MajorOutage, S::MajorOutage }, { 0, 1 } },
        { "unknown never notifies", { S::Unknown, S::Unknown, S::Operational, S::Unknown }, {} },
        { "outage, unknown, outage: one alarm", { S::PartialOutage, S::Unknown, S::PartialOutage }, { 0 } },
        { "outage, unknown, operational: recovery", { S::PartialOutage, S::Unknown, S::Operational }, { 0, 2 } },
        { "degraded is not an alarm", { S::Operational, S::DegradedPerformance, S::Operational }, {} },
        { "outage via degraded still recovers once",
          { S::PartialOutage, S::DegradedPerformance, S::Operational },
          { 0, 2 } },
        { "maintenance is not a model alarm", { S::Operational, S::UnderMaintenance }, {} },
        { "operational at start is not a recovery", { S::Operational, S::Operational }, {} },
        { "second outage after recovery is news", { S::PartialOutage, S::Operational, S::PartialOutage }, { 0, 1, 2 } },
    };
    for (const auto& row : rows) {
        SECTION(row.name)
        {
            QVector<HealthSnapshot> seq;
            for (S s : row.states)
                seq << snap({ model(s) });
            const auto raised = runSequence(seq);
            QVector<int> at;
            for (int i = 0; i < raised.size(); ++i) {
                CHECK(raised[i].count(mk()) <= 1);
                if (raised[i].contains(mk()))
                    at << i;
            }
            CHECK(at == row.raisedAt);
        }
    }
}

TEST_CASE("alarm texts: urgency, ahead of the official page, recovery replaces the alarm", "[notify]")
{
    QVector<NotificationDecision> d;
    runSequence(
        { snap({ model(S::Operational) }), snap({ model(S::MajorOutage, true) }), snap({ model(S::Operational) }) }, {},
        &d);
    REQUIRE(d[1].raise.size() == 1);
    const Notification& alarm = d[1].raise.first();
    CHECK(alarm.title.contains(QLatin1String("Claude Opus 4.5")));
    CHECK(alarm.title.contains(healthStateText(S::MajorOutage)));
    CHECK(alarm.body.contains(QLatin1String("Ahead of the official status page")));
    CHECK(alarm.urgency == NotificationUrgency::Critical);
    CHECK(alarm.url == QUrl(QStringLiteral("https://status.claude.com")));
    REQUIRE(d[2].raise.size() == 1);
    CHECK(d[2].raise.first().key == alarm.key); // same key: the recovery replaces the alarm on screen
    CHECK(d[2].raise.first().urgency == NotificationUrgency::Low);

    d.clear();
    runSequence({ snap({ model(S::PartialOutage, false) }) }, {}, &d);
    CHECK_FALSE(d[0].raise.first().body.contains(QLatin1String("Ahead of")));
    CHECK(d[0].raise.first().urgency == NotificationUrgency::Normal);
}

TEST_CASE("offline suppresses outage alarms and says so once", "[notify]")
{
    QVector<NotificationDecision> d;
    const auto raised = runSequence(
        { snap({ model(S::Operational) }), snap({ model(S::MajorOutage) }, Connectivity::Offline), // must never alarm
          snap({ model(S::Unknown) }, Connectivity::Offline), snap({ model(S::Unknown) }, Connectivity::Offline),
          snap({ model(S::Operational) }) },
        {}, &d);
    CHECK(raised[1] == QStringList { NotificationPolicy::connectivityKey() });
    CHECK(d[1].raise.first().urgency == NotificationUrgency::Low);
    CHECK(raised[2].isEmpty());
    CHECK(raised[3].isEmpty());
    CHECK(raised[4].isEmpty()); // back online and fine: no "recovery" from an outage we never claimed
    CHECK(d[4].withdraw.contains(NotificationPolicy::connectivityKey()));
}

TEST_CASE("pause drops notifications without replaying them afterwards", "[notify]")
{
    NotificationSettings paused;
    paused.pausedUntil = kNow.addSecs(3600);
    NotificationPolicy policy;
    const auto down = snap({ model(S::PartialOutage) });
    CHECK(policy.decide(snap({ model(S::Operational) }), down, paused, kNow).raise.isEmpty());
    // The pause ended, the outage goes on: it was dropped, not queued.
    CHECK(policy.decide(down, down, paused, kNow.addSecs(7200)).raise.isEmpty());
    // Recovery after the pause is news again.
    CHECK(policy.decide(down, snap({ model(S::Operational) }), paused, kNow.addSecs(7300)).raise.size() == 1);
}

TEST_CASE("per-kind switches", "[notify]")
{
    struct Row {
        const char* name;
        NotificationSettings settings;
        QStringList expectedAtOutage;
        QStringList expectedAtRecovery;
    };
    NotificationSettings noOutage;
    noOutage.modelOutage = false;
    NotificationSettings noRecovery;
    noRecovery.modelRecovery = false;
    NotificationSettings noIncident;
    noIncident.officialIncident = false;
    const QString ik = NotificationPolicy::incidentKey(QStringLiteral("inc1"));
    const QVector<Row> rows = {
        // One story: the incident names the model in outage, so the model's alarm tells it (no second notification).
        { "all on", {}, { mk() }, { mk() } },
        { "outage off", noOutage, { ik }, { mk() } },
        { "recovery off", noRecovery, { mk() }, {} },
        { "incident off", noIncident, { mk() }, { mk() } },
    };
    for (const auto& row : rows) {
        SECTION(row.name)
        {
            auto down = snap({ model(S::PartialOutage) });
            down.incidents << incident(QStringLiteral("inc1"), QStringLiteral("Elevated errors on Claude Opus 4.5"));
            QVector<NotificationDecision> d;
            const auto raised = runSequence({ snap({ model(S::Operational) }), down, snap({ model(S::Operational) }) },
                                            row.settings, &d);
            CHECK(raised[1] == row.expectedAtOutage);
            CHECK(raised[2] == row.expectedAtRecovery);
            if (!row.settings.modelRecovery)
                CHECK(d[2].withdraw.contains(mk())); // a stale alarm must not stay on screen
            CHECK(d[2].withdraw.contains(ik)); // the good feed no longer lists it: resolved
        }
    }
}

TEST_CASE("official incidents and maintenances", "[notify]")
{
    auto a = snap({ model(S::Operational) });
    auto b = a;
    b.incidents << incident(QStringLiteral("inc1"), QStringLiteral("Elevated errors"));
    b.incidents.first().incident.updates << IncidentUpdate { QStringLiteral("u1"),
                                                             QStringLiteral("investigating"),
                                                             QStringLiteral("We are investigating <errors>."),
                                                             kNow,
                                                             {},
                                                             {} };
    auto c = b;
    Incident mt;
    mt.id = QStringLiteral("mt1");
    mt.name = QStringLiteral("Database upgrade");
    mt.status = QStringLiteral("scheduled");
    c.maintenances << mt;
    auto d4 = c;
    d4.maintenances.first().status = QStringLiteral("in_progress");
    auto stale = d4;
    stale.feed.ok = false;
    stale.incidents.clear(); // a failed fetch lists nothing: that is not "resolved"
    stale.maintenances.clear();

    QVector<NotificationDecision> d;
    const auto raised = runSequence({ a, b, b, c, d4, d4, stale }, {}, &d);
    CHECK(raised[1] == QStringList { NotificationPolicy::incidentKey(QStringLiteral("inc1")) });
    CHECK(d[1].raise.first().url == QUrl(QStringLiteral("https://stspg.io/inc1")));
    CHECK(d[1].raise.first().body.contains(QLatin1String("Claude Opus 4.5")));
    CHECK(d[1].raise.first().body.contains(QLatin1String("<errors>"))); // plain text; the notifier escapes
    CHECK(raised[2].isEmpty());
    CHECK(raised[3].isEmpty()); // scheduled is only an announcement
    CHECK(raised[4] == QStringList { NotificationPolicy::maintenanceKey(QStringLiteral("mt1")) });
    CHECK(raised[5].isEmpty());
    CHECK(d[6].isEmpty());
}

TEST_CASE("problems on the user's side are reported once and not as outages", "[notify]")
{
    auto withProbe = [](ProbeOutcome o, int http) {
        ModelHealth m = model(S::Unknown);
        ProbeResult p;
        p.modelId = kOpus;
        p.outcome = o;
        p.httpStatus = http;
        m.lastProbe = p;
        return snap({ m });
    };
    NotificationSettings noProblems;
    noProblems.probeProblem = false;
    QVector<NotificationDecision> d;
    const auto raised = runSequence({ withProbe(ProbeOutcome::AuthError, 401), withProbe(ProbeOutcome::AuthError, 401),
                                      snap({ model(S::Operational) }) },
                                    {}, &d);
    CHECK(raised[0] == QStringList { NotificationPolicy::probeProblemKey(probeOutcomeKey(ProbeOutcome::AuthError)) });
    CHECK(d[0].raise.first().body.contains(QLatin1String("401")));
    CHECK(raised[1].isEmpty());
    CHECK(d[2].withdraw.contains(NotificationPolicy::probeProblemKey(probeOutcomeKey(ProbeOutcome::AuthError))));
    CHECK(runSequence({ withProbe(ProbeOutcome::BillingError, 402) }, noProblems)[0].isEmpty());
    CHECK(runSequence({ withProbe(ProbeOutcome::ServerError, 500) })[0].isEmpty()); // the provider's, judged by state
}

TEST_CASE("the first previous snapshot counts as already shown", "[notify]")
{
    NotificationPolicy policy;
    const auto down = snap({ model(S::PartialOutage) });
    CHECK(policy.decide(down, down, {}, kNow).raise.isEmpty()); // restored after a restart: no re-announcement
    CHECK(policy.decide(down, snap({ model(S::Operational) }), {}, kNow).raise.size() == 1);
    policy.reset();
    CHECK(policy.decide(HealthSnapshot(), down, {}, kNow).raise.size() == 1);
}

TEST_CASE("a restart re-announces nothing: the ledger restores what was shown", "[notify][ledger]")
{
    // An outage on Opus and an open official incident were announced before the app quit.
    HealthSnapshot before;
    before.generatedAt = QDateTime::fromSecsSinceEpoch(1795780800, Qt::UTC);
    before.feed.ok = true;
    ModelHealth opus;
    opus.id = QStringLiteral("claude-opus-4-5");
    opus.displayName = QStringLiteral("Claude Opus 4.5");
    opus.state = HealthState::MajorOutage;
    before.models << opus;
    IncidentHealth inc;
    inc.incident.id = QStringLiteral("inc1");
    inc.incident.name = QStringLiteral("Elevated errors on Claude Opus 4.5");
    inc.incident.status = QStringLiteral("investigating");
    inc.effect = HealthState::MajorOutage;
    inc.modelIds << opus.id;
    before.incidents << inc;

    NotificationPolicy first;
    const NotificationDecision shown
        = first.decide(HealthSnapshot(), before, NotificationSettings(), before.generatedAt);
    REQUIRE(shown.raise.size() == 1); // one story: the model alarm, which tells the incident
    CHECK(shown.raise.first().body.contains(QLatin1String("Elevated errors on Claude Opus 4.5")));
    const QHash<QString, QString> ledger = first.ledger();
    CHECK(ledger.value(QStringLiteral("model:claude-opus-4-5")) == QStringLiteral("major_outage"));
    CHECK(ledger.value(QStringLiteral("incident:inc1")) == QStringLiteral("model")); // told in the model's alarm
    CHECK(ledger.value(QStringLiteral("outage:claude-opus-4-5")) == before.generatedAt.toString(Qt::ISODate));

    // After the restart the same world is not news …
    NotificationPolicy restarted;
    restarted.restore(ledger);
    HealthSnapshot after = before;
    after.generatedAt = before.generatedAt.addSecs(600);
    CHECK(restarted.decide(HealthSnapshot(), after, NotificationSettings(), after.generatedAt).raise.isEmpty());
    // … but the recovery still is, once: the outage was open before the restart.
    HealthSnapshot recovered = after;
    recovered.models[0].state = HealthState::Operational;
    recovered.incidents.clear();
    const NotificationDecision back = restarted.decide(after, recovered, NotificationSettings(), after.generatedAt);
    REQUIRE(back.raise.size() == 1);
    CHECK(back.raise.first().key == QStringLiteral("model:claude-opus-4-5"));
    CHECK(back.raise.first().title
          == QStringLiteral("Claude Opus 4.5 is back to normal after 10 min")); // the start survived the restart
    CHECK(back.withdraw.contains(QStringLiteral("incident:inc1")));

    // Without the ledger the restart would have announced it again (what users saw before).
    NotificationPolicy forgetful;
    CHECK(forgetful.decide(HealthSnapshot(), after, NotificationSettings(), after.generatedAt).raise.size() == 1);
}

namespace {

HealthSnapshot withIncident(HealthSnapshot s, IncidentHealth ih)
{
    s.incidents << std::move(ih);
    return s;
}

QStringList actionIds(const Notification& n)
{
    QStringList ids;
    for (const auto& a : n.actions)
        ids << a.id;
    return ids;
}

QStringList actionLabels(const Notification& n)
{
    QStringList labels;
    for (const auto& a : n.actions)
        labels << a.label;
    return labels;
}

// Stands in for the Korean catalogue: proves the duration reaches the sentence as its own argument, so a translation
// can put it where Korean wants it ("47분 만에 정상").
class FakeKorean : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "NotificationPolicy") != 0)
            return {};
        const QByteArray text(source);
        if (text == "%1 is back to normal after %2")
            return QStringLiteral("%1: %2 만에 정상");
        if (text == "%n min")
            return QStringLiteral("%n분");
        if (text == "%n h")
            return QStringLiteral("%n시간");
        return {};
    }
};

} // namespace

TEST_CASE("one story per event: an incident naming a model in outage is told in the model's alarm", "[notify][story]")
{
    const IncidentHealth named = incident(QStringLiteral("inc1"), QStringLiteral("Elevated errors on Claude Opus 4.5"));
    IncidentHealth unnamed = incident(QStringLiteral("inc2"), QStringLiteral("Login issues on claude.ai"));
    unnamed.modelIds.clear();
    const QString ik1 = NotificationPolicy::incidentKey(QStringLiteral("inc1"));
    const QString ik2 = NotificationPolicy::incidentKey(QStringLiteral("inc2"));

    SECTION("at the same instant: one notification, the model alarm, mentioning the incident")
    {
        QVector<NotificationDecision> d;
        const auto raised = runSequence(
            { snap({ model(S::Operational) }), withIncident(snap({ model(S::MajorOutage) }), named) }, {}, &d);
        CHECK(raised[1] == QStringList { mk() });
        CHECK(d[1].raise.first().body.contains(QLatin1String("Official incident: Elevated errors on Claude Opus 4.5")));
        CHECK(d[1].raise.first().url == QUrl(QStringLiteral("https://stspg.io/inc1")));
    }
    SECTION("the incident is named once: the evaluator's incident reason is not repeated under it")
    {
        // As the evaluator builds it: the incident's reason leads, then the probe side's.
        ModelHealth m = model(S::MajorOutage);
        m.reasons = { Reason(QStringLiteral("official_incident"),
                             { QStringLiteral("Elevated errors on Claude Opus 4.5"), QStringLiteral("major_outage") }),
                      Reason(QStringLiteral("probe_failures"), { QStringLiteral("6") }) };
        QVector<NotificationDecision> d;
        runSequence({ snap({ model(S::Operational) }), withIncident(snap({ m }), named) }, {}, &d);
        REQUIRE(d[1].raise.size() == 1);
        CHECK(d[1].raise.first().body
              == QStringLiteral("Official incident: Elevated errors on Claude Opus 4.5\n6 failed probes in a row"));
    }
    SECTION("an incident that names no watched model still raises its own notification")
    {
        const auto raised
            = runSequence({ snap({ model(S::Operational) }), withIncident(snap({ model(S::Operational) }), unnamed) });
        CHECK(raised[1] == QStringList { ik2 });
        const auto both
            = runSequence({ snap({ model(S::Operational) }),
                            withIncident(withIncident(snap({ model(S::PartialOutage) }), named), unnamed) });
        CHECK(both[1] == (QStringList { mk(), ik2 }));
    }
    SECTION("the page confirms later: the alarm is updated in place, no incident notification")
    {
        QVector<NotificationDecision> d;
        const auto down = snap({ model(S::PartialOutage, true) });
        auto confirmed = withIncident(snap({ model(S::PartialOutage) }), named);
        const auto raised = runSequence({ snap({ model(S::Operational) }), down, confirmed, confirmed }, {}, &d);
        CHECK(raised[1] == QStringList { mk() });
        CHECK(raised[2] == QStringList { mk() });
        CHECK(d[2].raise.first().body.contains(QLatin1String("Elevated errors on Claude Opus 4.5")));
        CHECK(d[2].raise.first().resident);
        CHECK(raised[3].isEmpty());
    }
    SECTION("an incident first seen while the model is only degraded is taken over by the alarm")
    {
        QVector<NotificationDecision> d;
        auto minor = named;
        minor.effect = S::DegradedPerformance;
        const auto raised = runSequence({ snap({ model(S::Operational) }),
                                          withIncident(snap({ model(S::DegradedPerformance) }), minor),
                                          withIncident(snap({ model(S::PartialOutage) }), named) },
                                        {}, &d);
        CHECK(raised[1] == QStringList { ik1 });
        CHECK(raised[2] == QStringList { mk() });
        CHECK(d[2].withdraw.contains(ik1)); // one story on screen, not two
    }
}

TEST_CASE("a recovery closes the story with its duration since the outage was first announced", "[notify][duration]")
{
    CHECK(NotificationPolicy::durationText(47 * 60) == QStringLiteral("47 min"));
    CHECK(NotificationPolicy::durationText(72 * 60) == QStringLiteral("1 h 12 min"));
    CHECK(NotificationPolicy::durationText(2 * 3600) == QStringLiteral("2 h"));
    CHECK(NotificationPolicy::durationText(10) == QStringLiteral("1 min")); // never "0 min"
    CHECK(NotificationPolicy::durationText(29 * 3600 + 5 * 60) == QStringLiteral("29 h 5 min"));

    ManualClock clock;
    NotificationPolicy policy;
    const auto down = snap({ model(S::MajorOutage) });
    const auto partial = snap({ model(S::PartialOutage) });
    const auto up = snap({ model(S::Operational) });
    CHECK(policy.decide(up, down, {}, clock.now()).raise.size() == 1); // announced: the story starts here
    clock.advanceMs(20 * 60 * 1000);
    CHECK(policy.decide(down, partial, {}, clock.now()).raise.size() == 1); // the same story goes on
    clock.advanceMs(27 * 60 * 1000);
    const NotificationDecision back = policy.decide(partial, up, {}, clock.now());
    REQUIRE(back.raise.size() == 1);
    CHECK(back.raise.first().title == QStringLiteral("Claude Opus 4.5 is back to normal after 47 min"));
    CHECK(back.raise.first().body == QStringLiteral("Recovered from: Partial outage."));

    SECTION("over an hour")
    {
        CHECK(policy.decide(up, down, {}, clock.now()).raise.size() == 1);
        clock.advanceMs(72 * 60 * 1000);
        CHECK(policy.decide(down, up, {}, clock.now()).raise.first().title
              == QStringLiteral("Claude Opus 4.5 is back to normal after 1 h 12 min"));
    }
    SECTION("in Korean the duration is its own argument")
    {
        FakeKorean ko;
        REQUIRE(QCoreApplication::installTranslator(&ko));
        CHECK(policy.decide(up, down, {}, clock.now()).raise.size() == 1);
        clock.advanceMs(47 * 60 * 1000);
        const QString title = policy.decide(down, up, {}, clock.now()).raise.first().title;
        CHECK(NotificationPolicy::durationText(72 * 60) == QStringLiteral("1시간 12분"));
        QCoreApplication::removeTranslator(&ko);
        CHECK(title == QStringLiteral("Claude Opus 4.5: 47분 만에 정상"));
    }
}

TEST_CASE("an outage stays on screen while it lasts, a downgrade updates it in place", "[notify][resident]")
{
    QVector<NotificationDecision> d;
    const auto raised = runSequence({ snap({ model(S::Operational) }), snap({ model(S::MajorOutage) }),
                                      snap({ model(S::PartialOutage) }), snap({ model(S::Operational) }) },
                                    {}, &d);
    REQUIRE(raised == (QVector<QStringList> { {}, { mk() }, { mk() }, { mk() } })); // one key: updated in place
    const Notification& major = d[1].raise.first();
    const Notification& downgrade = d[2].raise.first();
    const Notification& recovery = d[3].raise.first();
    CHECK(major.resident);
    CHECK(major.urgency == NotificationUrgency::Critical);
    CHECK(downgrade.resident); // today's bug: a normal notification that expired while the outage went on
    CHECK(downgrade.urgency == NotificationUrgency::Normal);
    CHECK(downgrade.title.contains(healthStateText(S::PartialOutage)));
    CHECK(downgrade.body.contains(QLatin1String("The outage continues.")));
    CHECK_FALSE(recovery.resident);
    CHECK(recovery.urgency == NotificationUrgency::Low);
}

TEST_CASE("actions: details, snooze, status page; the rejected-key notice names every model", "[notify][actions]")
{
    QVector<NotificationDecision> d;
    runSequence({ snap({ model(S::Operational) }), snap({ model(S::MajorOutage) }) }, {}, &d);
    const Notification& alarm = d[1].raise.first();
    CHECK(actionIds(alarm)
          == (QStringList { NotificationAction::details(), NotificationAction::snooze(),
                            NotificationAction::statusPage() }));
    CHECK(actionLabels(alarm)
          == (QStringList { QStringLiteral("Details"), QStringLiteral("Snooze 1 h"),
                            QStringLiteral("Open status page") }));
    CHECK(alarm.url == QUrl(QStringLiteral("https://status.claude.com")));

    // Probes run one model at a time: the key is first rejected for Opus, then for Sonnet too.
    const QString sonnet = QStringLiteral("claude-sonnet-4-5");
    auto rejected = [](ModelHealth m) {
        ProbeResult p;
        p.modelId = m.id;
        p.outcome = ProbeOutcome::AuthError;
        p.httpStatus = 401;
        m.lastProbe = p;
        m.state = S::Unknown;
        return m;
    };
    const auto one = snap({ rejected(model(S::Unknown)), model(S::Unknown, false, sonnet) });
    const auto both = snap({ rejected(model(S::Unknown)), rejected(model(S::Unknown, false, sonnet)) });
    d.clear();
    const QString pk = NotificationPolicy::probeProblemKey(probeOutcomeKey(ProbeOutcome::AuthError));
    const auto raised = runSequence({ one, both, both }, {}, &d);
    CHECK(raised == (QVector<QStringList> { { pk }, { pk }, {} })); // updated in place as models join, then quiet
    const Notification& notice = d[1].raise.first();
    CHECK(notice.body.contains(QLatin1String("Claude Opus 4.5")));
    CHECK(notice.body.contains(sonnet));
    CHECK(actionIds(notice) == QStringList { NotificationAction::settings() });
    CHECK(actionLabels(notice) == QStringList { QStringLiteral("Settings…") });
    CHECK_FALSE(notice.resident);
}

TEST_CASE("a restart on the manual clock keeps the outage's start for the recovery", "[notify][ledger]")
{
    ManualClock clock;
    const auto up = snap({ model(S::Operational) });
    const auto down = snap({ model(S::PartialOutage) });
    NotificationPolicy first;
    REQUIRE(first.decide(up, down, {}, clock.now()).raise.size() == 1);
    clock.advanceMs(30 * 60 * 1000);
    REQUIRE(first.decide(down, down, {}, clock.now()).raise.isEmpty());
    const auto ledger = first.ledger();

    clock.advanceMs(5 * 60 * 1000); // the app was off for five minutes
    NotificationPolicy restarted;
    restarted.restore(ledger);
    CHECK(restarted.decide(down, down, {}, clock.now()).raise.isEmpty());
    clock.advanceMs(12 * 60 * 1000);
    const auto back = restarted.decide(down, up, {}, clock.now());
    REQUIRE(back.raise.size() == 1);
    CHECK(back.raise.first().title == QStringLiteral("Claude Opus 4.5 is back to normal after 47 min"));

    // A ledger written before outages kept their start ("1") still recovers, without a duration.
    auto old = ledger;
    old.insert(QStringLiteral("outage:") + kOpus, QStringLiteral("1"));
    NotificationPolicy upgraded;
    upgraded.restore(old);
    CHECK(upgraded.decide(down, up, {}, clock.now()).raise.first().title
          == QStringLiteral("Claude Opus 4.5 is back to normal"));
}
