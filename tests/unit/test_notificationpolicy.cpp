// NotificationPolicy: when to notify, as a table of snapshot sequences. Pure: no clock, no bus, no display.
#include "notify/notificationpolicy.h"

#include <catch2/catch.hpp>

namespace {

using S = HealthState;
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1795780800, Qt::UTC);
const QString kOpus = QStringLiteral("claude-opus-4-5");

ModelHealth model(S state, bool ahead = false, const QString& id = kOpus)
{
    ModelHealth m;
    m.id = id;
    m.displayName = id == kOpus ? QStringLiteral("Claude Opus 4.5") : id;
    m.state = state;
    m.aheadOfOfficial = ahead;
    return m;
}

HealthSnapshot snap(QVector<ModelHealth> models, Connectivity c = Connectivity::Online)
{
    HealthSnapshot s;
    s.generatedAt = kNow;
    s.connectivity.state = c;
    s.feed.ok = true;
    s.feed.url = QUrl(QStringLiteral("https://status.claude.com"));
    s.models = std::move(models);
    return s;
}

IncidentHealth incident(const QString& id, const QString& name, const QString& status = QStringLiteral("investigating"))
{
    IncidentHealth ih;
    ih.incident.id = id;
    ih.incident.name = name;
    ih.incident.status = status;
    ih.incident.impact = QStringLiteral("major");
    ih.incident.shortlink = QStringLiteral("https://stspg.io/") + id;
    ih.effect = S::PartialOutage;
    ih.modelIds = { kOpus };
    return ih;
}

// Feeds the snapshots in order (starting from a default "previous") and returns the raised keys per step.
QVector<QStringList> runSequence(const QVector<HealthSnapshot>& seq, const NotificationSettings& settings = {},
                                 QVector<NotificationDecision>* decisions = nullptr)
{
    NotificationPolicy policy;
    HealthSnapshot previous;
    QVector<QStringList> out;
    for (const auto& s : seq) {
        const NotificationDecision d = policy.decide(previous, s, settings, kNow);
        QStringList keys;
        for (const auto& n : d.raise)
            keys << n.key;
        out << keys;
        if (decisions)
            decisions->append(d);
        previous = s;
    }
    return out;
}

QString mk()
{
    return NotificationPolicy::modelKey(kOpus);
}

} // namespace

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
        { "all on", {}, { mk(), ik }, { mk() } },
        { "outage off", noOutage, { ik }, { mk() } },
        { "recovery off", noRecovery, { mk(), ik }, {} },
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
    REQUIRE(shown.raise.size() == 2); // the model alarm and the incident
    const QHash<QString, QString> ledger = first.ledger();
    CHECK(ledger.value(QStringLiteral("model:claude-opus-4-5")) == QStringLiteral("major_outage"));
    CHECK(ledger.contains(QStringLiteral("incident:inc1")));

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
    CHECK(back.raise.first().title.contains(QStringLiteral("operational again")));
    CHECK(back.withdraw.contains(QStringLiteral("incident:inc1")));

    // Without the ledger the restart would have announced both again (what users saw before).
    NotificationPolicy forgetful;
    CHECK(forgetful.decide(HealthSnapshot(), after, NotificationSettings(), after.generatedAt).raise.size() == 2);
}
