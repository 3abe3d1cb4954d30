// diff(previous, current, now) and carrySince() as tables: every kind of subject, every side, the first snapshot,
// and the two rules a user would notice if they broke — a failed fetch never "resolves" an incident, and `since`
// only moves when the state does.

#include "monitor/transition.h"
#include "testhelpers.h"

#include <QVector>

using K = Transition::Kind;
using S = Transition::Side;
using H = HealthState;

namespace Catch {
template <> struct StringMaker<Transition> {
    static std::string convert(const Transition& t)
    {
        return QStringLiteral("{%1 %2 %3 %4: \"%5\" -> \"%6\" at %7, reason \"%8\"}")
            .arg(t.provider, transitionKindKey(t.kind), t.id, transitionSideKey(t.side), t.from, t.to,
                 t.at.toString(Qt::ISODate), t.reasonCode)
            .toStdString();
    }
};
} // namespace Catch

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
const QDateTime t1 = t0.addSecs(60);
const QDateTime t2 = t0.addSecs(120);
const QDateTime t3 = t0.addSecs(180);

HealthSnapshot snapshotAt(const QDateTime& at)
{
    HealthSnapshot s;
    s.generatedAt = at;
    s.feed.ok = true;
    s.connectivity.state = Connectivity::Online;
    return s;
}

ModelHealth model(const char* id, H official, H probe, H state, Reasons reasons = {})
{
    ModelHealth m;
    m.id = QString::fromLatin1(id);
    m.official = official;
    m.probe = probe;
    m.state = state;
    m.reasons = std::move(reasons);
    return m;
}

Component component(const char* id, H status)
{
    Component c;
    c.id = QString::fromLatin1(id);
    c.name = c.id;
    c.status = status;
    return c;
}

IncidentHealth incident(const char* id, const char* status, H effect)
{
    IncidentHealth ih;
    ih.incident.id = QString::fromLatin1(id);
    ih.incident.name = QStringLiteral("Elevated errors on Claude Opus 4.5");
    ih.incident.status = QString::fromLatin1(status);
    ih.incident.impact = QStringLiteral("major");
    ih.effect = effect;
    return ih;
}

Incident maintenance(const char* id, const char* status)
{
    Incident m;
    m.id = QString::fromLatin1(id);
    m.name = QStringLiteral("Database upgrade");
    m.status = QString::fromLatin1(status);
    m.impact = QStringLiteral("maintenance");
    return m;
}

Transition tx(K kind, const char* id, S side, const char* from, const char* to, const QDateTime& at,
              const char* reason = "", const char* provider = "anthropic")
{
    Transition t;
    t.provider = QString::fromLatin1(provider);
    t.kind = kind;
    t.id = QString::fromLatin1(id);
    t.side = side;
    t.from = QString::fromLatin1(from);
    t.to = QString::fromLatin1(to);
    t.at = at;
    t.reasonCode = QString::fromLatin1(reason);
    return t;
}

const Reason incidentReason(QStringLiteral("official_incident"),
                            { QStringLiteral("Elevated errors"), QStringLiteral("partial_outage") });
const Reason probeReason(QStringLiteral("last_probe"), { QStringLiteral("server_error"), QStringLiteral("500") });

} // namespace

TEST_CASE("diff: each side of a model changes alone, and all together", "[transition]")
{
    struct Row {
        const char* label;
        ModelHealth before;
        ModelHealth after;
        QVector<Transition> expected;
    };
    const QVector<Row> rows {
        // The page posts a degraded incident while our probes already see a partial outage: combined stays.
        { "official alone",
          model("claude-opus-4-5", H::Operational, H::PartialOutage, H::PartialOutage, { probeReason }),
          model("claude-opus-4-5", H::DegradedPerformance, H::PartialOutage, H::PartialOutage,
                { probeReason, incidentReason }),
          { tx(K::Model, "claude-opus-4-5", S::Official, "operational", "degraded_performance", t1, "last_probe") } },
        // Our probes start failing under a page that already says major outage: combined stays major.
        { "probe alone",
          model("claude-opus-4-5", H::MajorOutage, H::Operational, H::MajorOutage, { incidentReason }),
          model("claude-opus-4-5", H::MajorOutage, H::DegradedPerformance, H::MajorOutage,
                { incidentReason, probeReason }),
          { tx(K::Model, "claude-opus-4-5", S::Probe, "operational", "degraded_performance", t1,
               "official_incident") } },
        // Going offline: both sides keep their last word, the combined state becomes unknown.
        { "combined alone",
          model("claude-opus-4-5", H::Operational, H::Operational, H::Operational),
          model("claude-opus-4-5", H::Operational, H::Operational, H::Unknown, { Reason(QStringLiteral("offline")) }),
          { tx(K::Model, "claude-opus-4-5", S::Combined, "operational", "unknown", t1, "offline") } },
        { "all three",
          model("claude-opus-4-5", H::Operational, H::Operational, H::Operational),
          model("claude-opus-4-5", H::PartialOutage, H::MajorOutage, H::MajorOutage, { incidentReason, probeReason }),
          { tx(K::Model, "claude-opus-4-5", S::Official, "operational", "partial_outage", t1, "official_incident"),
            tx(K::Model, "claude-opus-4-5", S::Probe, "operational", "major_outage", t1, "official_incident"),
            tx(K::Model, "claude-opus-4-5", S::Combined, "operational", "major_outage", t1, "official_incident") } },
        // Recovery with no reason left: the reason code is empty, not a stale one.
        { "recovery without reasons",
          model("claude-opus-4-5", H::PartialOutage, H::Operational, H::PartialOutage, { incidentReason }),
          model("claude-opus-4-5", H::Operational, H::Operational, H::Operational),
          { tx(K::Model, "claude-opus-4-5", S::Official, "partial_outage", "operational", t1),
            tx(K::Model, "claude-opus-4-5", S::Combined, "partial_outage", "operational", t1) } },
        // Only the reasons changed (a second probe failure is counted): no state changed, nothing to announce.
        { "reasons alone",
          model("claude-opus-4-5", H::Operational, H::PartialOutage, H::PartialOutage, { probeReason }),
          model("claude-opus-4-5", H::Operational, H::PartialOutage, H::PartialOutage,
                { Reason(QStringLiteral("probe_failures"), { QStringLiteral("2") }), probeReason }),
          {} },
    };
    for (const Row& row : rows) {
        INFO(row.label);
        HealthSnapshot before = snapshotAt(t0);
        before.models = { row.before, model("claude-haiku-4-5", H::Operational, H::Operational, H::Operational) };
        HealthSnapshot after = snapshotAt(t1);
        // The other model is unchanged: it contributes nothing.
        after.models = { row.after, model("claude-haiku-4-5", H::Operational, H::Operational, H::Operational) };
        CHECK(diff(before, after, t1) == row.expected);
    }
}

TEST_CASE("diff: an unchanged world gives no transition, whatever else moved", "[transition]")
{
    HealthSnapshot before = snapshotAt(t0);
    before.models
        = { model("claude-opus-4-5", H::PartialOutage, H::PartialOutage, H::PartialOutage, { incidentReason }) };
    before.components = { component("k8w3r06qmzrp", H::PartialOutage), component("rwppv331jlwc", H::Operational) };
    before.incidents = { incident("inc1", "investigating", H::PartialOutage) };
    before.maintenances = { maintenance("m1", "scheduled") };
    HealthSnapshot after = before;
    after.generatedAt = t1; // only time passed
    after.feed.fetchedAt = t1;
    CHECK(diff(before, after, t1).isEmpty());

    // A failed fetch keeps the last components and incidents: still nothing changed.
    after.feed.ok = false;
    after.feed.error = Reason(QStringLiteral("feed_challenge"), { QStringLiteral("403") });
    CHECK(diff(before, after, t1).isEmpty());
}

TEST_CASE("diff: a first snapshot makes everything appear from nothing", "[transition]")
{
    // previous without generatedAt means "nothing known yet", even if it holds data (a default-built snapshot).
    HealthSnapshot previous;
    previous.models = { model("claude-opus-4-5", H::PartialOutage, H::PartialOutage, H::PartialOutage) };
    previous.components = { component("k8w3r06qmzrp", H::PartialOutage) };
    previous.incidents = { incident("inc1", "investigating", H::PartialOutage) };
    REQUIRE_FALSE(previous.generatedAt.isValid());

    HealthSnapshot first = snapshotAt(t0);
    first.models = { model("claude-opus-4-5", H::PartialOutage, H::Unknown, H::PartialOutage, { incidentReason }) };
    first.components = { component("k8w3r06qmzrp", H::PartialOutage) };
    first.incidents = { incident("inc1", "investigating", H::PartialOutage) };
    first.maintenances = { maintenance("m1", "scheduled") };

    const QVector<Transition> expected {
        tx(K::Model, "claude-opus-4-5", S::Official, "", "partial_outage", t0, "official_incident"),
        // Not probed yet: "unknown" is a state too, and it is new.
        tx(K::Model, "claude-opus-4-5", S::Probe, "", "unknown", t0, "official_incident"),
        tx(K::Model, "claude-opus-4-5", S::Combined, "", "partial_outage", t0, "official_incident"),
        tx(K::Service, "k8w3r06qmzrp", S::Official, "", "partial_outage", t0),
        tx(K::Incident, "inc1", S::Official, "", "investigating/partial_outage", t0, "official_incident"),
        tx(K::Maintenance, "m1", S::Official, "", "scheduled", t0),
        tx(K::Connectivity, "", S::Combined, "", "online", t0),
    };
    CHECK(diff(previous, first, t0) == expected);

    SECTION("a model added to the watch list later appears from nothing too")
    {
        HealthSnapshot next = first;
        next.generatedAt = t1;
        next.models << model("claude-haiku-4-5", H::Operational, H::Unknown, H::Operational);
        CHECK(diff(first, next, t1)
              == QVector<Transition> { tx(K::Model, "claude-haiku-4-5", S::Official, "", "operational", t1),
                                       tx(K::Model, "claude-haiku-4-5", S::Probe, "", "unknown", t1),
                                       tx(K::Model, "claude-haiku-4-5", S::Combined, "", "operational", t1) });
    }
}

TEST_CASE("diff: a service's component status change", "[transition]")
{
    HealthSnapshot before = snapshotAt(t0);
    before.components = { component("rwppv331jlwc", H::Operational), component("k8w3r06qmzrp", H::Operational) };
    HealthSnapshot after = snapshotAt(t1);
    after.components = { component("rwppv331jlwc", H::Operational), component("k8w3r06qmzrp", H::MajorOutage) };
    CHECK(diff(before, after, t1)
          == QVector<Transition> { tx(K::Service, "k8w3r06qmzrp", S::Official, "operational", "major_outage", t1) });

    HealthSnapshot back = snapshotAt(t2);
    back.components = { component("rwppv331jlwc", H::UnderMaintenance), component("k8w3r06qmzrp", H::Operational) };
    CHECK(diff(after, back, t2)
          == QVector<Transition> { tx(K::Service, "rwppv331jlwc", S::Official, "operational", "under_maintenance", t2),
                                   tx(K::Service, "k8w3r06qmzrp", S::Official, "major_outage", "operational", t2) });
}

TEST_CASE("diff: an incident appears, changes status and effect, and resolves only on a good fetch", "[transition]")
{
    HealthSnapshot s0 = snapshotAt(t0);
    HealthSnapshot s1 = snapshotAt(t1);
    s1.incidents = { incident("inc1", "investigating", H::PartialOutage) };
    CHECK(diff(s0, s1, t1)
          == QVector<Transition> {
              tx(K::Incident, "inc1", S::Official, "", "investigating/partial_outage", t1, "official_incident") });

    // Status changes, effect stays.
    HealthSnapshot s2 = s1;
    s2.generatedAt = t2;
    s2.incidents = { incident("inc1", "identified", H::PartialOutage) };
    CHECK(diff(s1, s2, t2)
          == QVector<Transition> { tx(K::Incident, "inc1", S::Official, "investigating/partial_outage",
                                      "identified/partial_outage", t2, "official_incident") });

    // Effect changes, status stays (the page raised the impact).
    HealthSnapshot s2b = s2;
    s2b.incidents = { incident("inc1", "identified", H::MajorOutage) };
    CHECK(diff(s2, s2b, t2)
          == QVector<Transition> { tx(K::Incident, "inc1", S::Official, "identified/partial_outage",
                                      "identified/major_outage", t2, "official_incident") });

    // Monitoring caps the effect at degraded: both words move in one transition.
    HealthSnapshot s3 = s2b;
    s3.generatedAt = t3;
    s3.incidents = { incident("inc1", "monitoring", H::DegradedPerformance) };
    CHECK(diff(s2b, s3, t3)
          == QVector<Transition> { tx(K::Incident, "inc1", S::Official, "identified/major_outage",
                                      "monitoring/degraded_performance", t3, "official_incident") });

    SECTION("a failed fetch says nothing about the incident ending")
    {
        HealthSnapshot failed = snapshotAt(t3.addSecs(60));
        failed.feed.ok = false;
        failed.feed.error = Reason(QStringLiteral("feed_timeout"), { QStringLiteral("15") });
        CHECK(diff(s3, failed, failed.generatedAt).isEmpty());
        // The next good fetch that shows the incident gone resolves it then, from its last known words.
        HealthSnapshot good = snapshotAt(t3.addSecs(120));
        CHECK(diff(s3, good, good.generatedAt)
              == QVector<Transition> { tx(K::Incident, "inc1", S::Official, "monitoring/degraded_performance",
                                          "resolved", good.generatedAt, "official_incident") });
    }

    SECTION("leaving the feed on a good fetch is \"resolved\"; another incident is untouched")
    {
        HealthSnapshot s4 = snapshotAt(t3.addSecs(60));
        s4.incidents = { incident("inc2", "investigating", H::DegradedPerformance) };
        HealthSnapshot before = s3;
        before.incidents << incident("inc2", "investigating", H::DegradedPerformance);
        CHECK(diff(before, s4, s4.generatedAt)
              == QVector<Transition> { tx(K::Incident, "inc1", S::Official, "monitoring/degraded_performance",
                                          "resolved", s4.generatedAt, "official_incident") });
    }
}

TEST_CASE("diff: a maintenance goes scheduled → in_progress → completed", "[transition]")
{
    HealthSnapshot s0 = snapshotAt(t0);
    HealthSnapshot s1 = snapshotAt(t1);
    s1.maintenances = { maintenance("m1", "scheduled") };
    HealthSnapshot s2 = snapshotAt(t2);
    s2.maintenances = { maintenance("m1", "in_progress") };
    HealthSnapshot s3 = snapshotAt(t3); // the page lists only scheduled and running maintenances

    CHECK(diff(s0, s1, t1) == QVector<Transition> { tx(K::Maintenance, "m1", S::Official, "", "scheduled", t1) });
    CHECK(diff(s1, s2, t2)
          == QVector<Transition> { tx(K::Maintenance, "m1", S::Official, "scheduled", "in_progress", t2) });
    CHECK(diff(s2, s3, t3)
          == QVector<Transition> { tx(K::Maintenance, "m1", S::Official, "in_progress", "completed", t3) });

    // Gone from a failed fetch is not completed.
    HealthSnapshot failed = snapshotAt(t3);
    failed.feed.ok = false;
    CHECK(diff(s2, failed, t3).isEmpty());
}

TEST_CASE("diff: connectivity online → offline → online with the reason code", "[transition]")
{
    HealthSnapshot online = snapshotAt(t0);
    HealthSnapshot offline = snapshotAt(t1);
    offline.connectivity = { Connectivity::Offline, Reason(QStringLiteral("no_network")) };
    HealthSnapshot back = snapshotAt(t2);

    CHECK(diff(online, offline, t1)
          == QVector<Transition> { tx(K::Connectivity, "", S::Combined, "online", "offline", t1, "no_network") });
    CHECK(diff(offline, back, t2)
          == QVector<Transition> { tx(K::Connectivity, "", S::Combined, "offline", "online", t2) });

    HealthSnapshot unknown = snapshotAt(t3);
    unknown.connectivity = { Connectivity::Unknown, Reason(QStringLiteral("proxy_refused")) };
    CHECK(diff(back, unknown, t3)
          == QVector<Transition> { tx(K::Connectivity, "", S::Combined, "online", "unknown", t3, "proxy_refused") });
}

TEST_CASE("diff: transitions carry the snapshot's provider", "[transition]")
{
    HealthSnapshot before = snapshotAt(t0);
    before.provider = QStringLiteral("openai");
    before.components = { component("01JMXBRMFE4MAP2BHSJNZ787WX", H::Operational) };
    HealthSnapshot after = before;
    after.generatedAt = t1;
    after.components = { component("01JMXBRMFE4MAP2BHSJNZ787WX", H::PartialOutage) };
    CHECK(diff(before, after, t1)
          == QVector<Transition> { tx(K::Service, "01JMXBRMFE4MAP2BHSJNZ787WX", S::Official, "operational",
                                      "partial_outage", t1, "", "openai") });
}

TEST_CASE("carrySince: since stays while the state holds and moves to now when it changes", "[transition]")
{
    HealthSnapshot first = snapshotAt(t0);
    first.models = { model("claude-opus-4-5", H::Operational, H::Operational, H::Operational),
                     model("claude-haiku-4-5", H::Operational, H::Operational, H::Operational) };
    first.components = { component("k8w3r06qmzrp", H::Operational), component("rwppv331jlwc", H::Operational) };
    carrySince(HealthSnapshot(), first, t0);
    CHECK(first.models.at(0).since == t0);
    CHECK(first.models.at(1).since == t0);
    CHECK(first.serviceSince.value(QStringLiteral("k8w3r06qmzrp")) == t0);
    CHECK(first.serviceSince.value(QStringLiteral("rwppv331jlwc")) == t0);

    // One minute later: Opus fails, the API component turns red; Haiku and claude.ai hold.
    HealthSnapshot second = snapshotAt(t1);
    second.models = { model("claude-opus-4-5", H::PartialOutage, H::Operational, H::PartialOutage),
                      model("claude-haiku-4-5", H::Operational, H::Operational, H::Operational) };
    second.components = { component("k8w3r06qmzrp", H::PartialOutage), component("rwppv331jlwc", H::Operational) };
    carrySince(first, second, t1);
    CHECK(second.models.at(0).since == t1);
    CHECK(second.models.at(1).since == t0);
    CHECK(second.serviceSince.value(QStringLiteral("k8w3r06qmzrp")) == t1);
    CHECK(second.serviceSince.value(QStringLiteral("rwppv331jlwc")) == t0);

    // Only a side changed (official degraded under a probe outage would; here the probe side flips while the
    // combined state stays partial): since is the combined state's, it holds.
    HealthSnapshot third = snapshotAt(t2);
    third.models = { model("claude-opus-4-5", H::PartialOutage, H::PartialOutage, H::PartialOutage),
                     model("claude-haiku-4-5", H::Operational, H::Operational, H::Operational) };
    third.components = second.components;
    carrySince(second, third, t2);
    CHECK(third.models.at(0).since == t1);
    CHECK(third.models.at(1).since == t0);
    CHECK(third.serviceSince.value(QStringLiteral("k8w3r06qmzrp")) == t1);

    // A new model and a new component start at now; a component that left is not kept.
    HealthSnapshot fourth = snapshotAt(t3);
    fourth.models = third.models;
    fourth.models << model("claude-sonnet-4-5", H::Operational, H::Unknown, H::Operational);
    fourth.components = { component("k8w3r06qmzrp", H::PartialOutage), component("yyzkbfz2thpt", H::Operational) };
    carrySince(third, fourth, t3);
    CHECK(fourth.models.at(0).since == t1);
    CHECK(fourth.models.at(2).since == t3);
    CHECK(fourth.serviceSince.value(QStringLiteral("k8w3r06qmzrp")) == t1);
    CHECK(fourth.serviceSince.value(QStringLiteral("yyzkbfz2thpt")) == t3);
    CHECK_FALSE(fourth.serviceSince.contains(QStringLiteral("rwppv331jlwc")));

    // A previous without generatedAt knows nothing: everything starts now even if the states match.
    HealthSnapshot unknownPrev = third;
    unknownPrev.generatedAt = QDateTime();
    HealthSnapshot fifth = third;
    fifth.generatedAt = t3;
    carrySince(unknownPrev, fifth, t3);
    CHECK(fifth.models.at(0).since == t3);
    CHECK(fifth.serviceSince.value(QStringLiteral("k8w3r06qmzrp")) == t3);
}
