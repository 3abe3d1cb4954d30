// The evaluator as a user meets it: given the page and the probes, what does each model show and why.

#include "health/healthevaluator.h"

#include <catch2/catch.hpp>

#include <functional>
#include <vector>

namespace {

using H = HealthState;
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1795780800, Qt::UTC); // 2026-11-27 12:00 UTC
const QString kApi = QStringLiteral("k8w3r06qmzrp");

Component component(const char* id, const char* name, H status = H::Operational)
{
    Component c;
    c.id = QString::fromUtf8(id);
    c.name = QString::fromUtf8(name);
    c.status = status;
    c.rawStatus = healthStateKey(status);
    return c;
}

Incident incident(const char* title, const char* impact, const char* status = "investigating",
                  QStringList components = {}, const char* body = "We are investigating this issue.")
{
    Incident inc;
    inc.id = QString::fromUtf8(title).left(12);
    inc.name = QString::fromUtf8(title);
    inc.impact = QString::fromUtf8(impact);
    inc.status = QString::fromUtf8(status);
    inc.componentIds = components;
    IncidentUpdate u;
    u.status = inc.status;
    u.body = QString::fromUtf8(body);
    inc.updates.append(u);
    return inc;
}

// status.claude.com's shape: claude.ai, platform, API, Claude Code (ids other than the API's are made up).
EvaluatorInput greenInput()
{
    StatusSummary s;
    s.pageName = QStringLiteral("Claude");
    s.indicator = QStringLiteral("none");
    s.description = QStringLiteral("All Systems Operational");
    s.components
        = { component("rwppv331jlwc", "claude.ai"), component("0qbwn08sd68x", "platform.claude.com"),
            component("k8w3r06qmzrp", "Claude API (api.anthropic.com)"), component("yyzkbfz2thpt", "Claude Code") };
    EvaluatorInput in;
    in.feed.url = QUrl(QStringLiteral("https://status.claude.com"));
    in.feed.summary = s;
    in.feed.lastSuccess = kNow.addSecs(-30);
    in.feed.lastAttempt = in.feed.lastSuccess;
    in.now = kNow;
    in.connectivity.state = Connectivity::Online;
    for (const char* id : { "claude-opus-4-5", "claude-sonnet-4-5", "claude-haiku-4-5", "claude-opus-5" }) {
        in.models.append(modelInfoFromId(QString::fromUtf8(id)));
        ProbeSideState ps;
        ps.state = H::Operational;
        ps.consecutiveSuccesses = 3;
        in.probes.insert(QString::fromUtf8(id), ps);
    }
    return in;
}

ProbeSideState probeAfter(std::initializer_list<std::pair<ProbeOutcome, int>> outcomes)
{
    ProbeSideState ps;
    for (const auto& [o, http] : outcomes) {
        ProbeResult r;
        r.outcome = o;
        r.httpStatus = http;
        r.latencyMs = 400;
        r.at = kNow;
        ps = applyProbe(ps, r, {});
    }
    return ps;
}

struct Expect {
    const char* model;
    H state;
    H official;
    H probe;
    bool ahead;
    const char* reason; // some reason contains this; "" = no check
};

struct Scenario {
    const char* label;
    std::function<void(EvaluatorInput&)> setup;
    H overall;
    std::vector<Expect> models; // unlisted models: not checked
};

StatusSummary& sum(EvaluatorInput& in)
{
    return *in.feed.summary;
}

const std::vector<Scenario>& scenarios()
{
    static const std::vector<Scenario> list = {
        { "all green",
          [](EvaluatorInput&) {},
          H::Operational,
          { { "claude-opus-4-5", H::Operational, H::Operational, H::Operational, false, "" } } },
        { "indicator understates: minor while components are partial",
          [](EvaluatorInput& in) {
              sum(in).indicator = QStringLiteral("minor");
              for (int i : { 0, 1, 3 })
                  sum(in).components[i].status = H::PartialOutage;
          },
          H::PartialOutage,
          { { "claude-opus-4-5", H::Operational, H::Operational, H::Operational, false, "" } } },
        { "stale feed: official unknown, probes decide the model",
          [](EvaluatorInput& in) {
              in.feed.lastSuccess = kNow.addSecs(-181);
              sum(in).indicator = QStringLiteral("critical");
          },
          H::Operational, // every model probed fine: exit 3 is for "feed unusable and no probe result"
          { { "claude-opus-4-5", H::Operational, H::Unknown, H::Operational, false,
              "Status feed is stale (last update 2026-11-27 11:56 UTC)" } } },
        { "no feed and no probes: unknown",
          [](EvaluatorInput& in) {
              in.feed.summary.reset();
              in.feed.lastSuccess = {};
              in.feed.consecutiveFailures = 2;
              in.feed.lastError = QStringLiteral("HTTP 403 challenge page");
              in.probes.clear();
          },
          H::Unknown,
          { { "claude-sonnet-4-5", H::Unknown, H::Unknown, H::Unknown, false, "unavailable: HTTP 403" },
            { "claude-haiku-4-5", H::Unknown, H::Unknown, H::Unknown, false, "Not probed yet" } } },
        { "monitoring caps a critical incident at degraded",
          [](EvaluatorInput& in) {
              sum(in).incidents = { incident("Elevated errors on Claude Opus 4.5", "critical", "monitoring") };
          },
          H::DegradedPerformance,
          { { "claude-opus-4-5", H::DegradedPerformance, H::DegradedPerformance, H::Operational, false,
              "Official incident: Elevated errors on Claude Opus 4.5 (Degraded performance)" },
            { "claude-opus-5", H::Operational, H::Operational, H::Operational, false, "" } } },
        { "real: Opus 4.7 incident leaves Opus 4.5 alone",
          [](EvaluatorInput& in) { sum(in).incidents = { incident("Elevated errors on Claude Opus 4.7", "major") }; },
          H::Operational,
          { { "claude-opus-4-5", H::Operational, H::Operational, H::Operational, false, "" } } },
        { "real: multiple models named in the body",
          [](EvaluatorInput& in) {
              sum(in).incidents = { incident("Elevated errors for multiple models", "major", "identified", { kApi },
                                             "Elevated errors on requests to Claude Mythos 5.1, Claude Fable 5.1, "
                                             "and Claude Opus 5.") };
              sum(in).components[2].status = H::PartialOutage;
          },
          H::PartialOutage,
          { { "claude-opus-5", H::PartialOutage, H::PartialOutage, H::Operational, false, "Official incident" },
            // The API component is red, but the incident on it explains that: Opus 4.5 is not named.
            { "claude-opus-4-5", H::Operational, H::Operational, H::Operational, false, "" } } },
        { "API component red and no incident posted: every model gets its status",
          [](EvaluatorInput& in) { sum(in).components[2].status = H::MajorOutage; },
          H::MajorOutage,
          { { "claude-haiku-4-5", H::MajorOutage, H::MajorOutage, H::Operational, false,
              "Claude API (api.anthropic.com): Major outage (no incident posted)" } } },
        { "real: incident on the API naming no model applies to every model",
          [](EvaluatorInput& in) {
              Incident inc = incident("Elevated errors on Claude.ai, API, Claude Code", "minor");
              inc.updates[0].affectedComponentIds = { kApi, QStringLiteral("rwppv331jlwc") };
              sum(in).incidents = { inc };
          },
          H::DegradedPerformance,
          { { "claude-sonnet-4-5", H::DegradedPerformance, H::DegradedPerformance, H::Operational, false,
              "Official incident" } } },
        { "real: console incident does not touch models",
          [](EvaluatorInput& in) {
              sum(in).incidents = { incident("Elevated errors on platform.claude.com", "major", "investigating",
                                             { QStringLiteral("0qbwn08sd68x") }) };
              sum(in).components[1].status = H::PartialOutage;
          },
          H::PartialOutage,
          { { "claude-opus-4-5", H::Operational, H::Operational, H::Operational, false, "" } } },
        { "an unknown impact word is not all clear",
          [](EvaluatorInput& in) { sum(in).incidents = { incident("Sonnet 4.5 errors", "severe") }; },
          H::DegradedPerformance,
          { { "claude-sonnet-4-5", H::DegradedPerformance, H::DegradedPerformance, H::Operational, false, "" } } },
        { "resolved incidents count not at all",
          [](EvaluatorInput& in) { sum(in).incidents = { incident("Haiku 4.5 errors", "critical", "resolved") }; },
          H::Operational,
          { { "claude-haiku-4-5", H::Operational, H::Operational, H::Operational, false, "" } } },
        { "offline: unknown everywhere, not an outage",
          [](EvaluatorInput& in) {
              in.connectivity = { Connectivity::Offline, QStringLiteral("DNS failed") };
              sum(in).components[2].status = H::MajorOutage;
              in.probes[QStringLiteral("claude-opus-4-5")] = probeAfter({ { ProbeOutcome::NetworkError, 0 } });
          },
          H::Unknown,
          { { "claude-opus-4-5", H::Unknown, H::MajorOutage, H::Unknown, false, "You are offline" },
            { "claude-opus-5", H::Unknown, H::MajorOutage, H::Operational, false, "You are offline" } } },
        { "ahead of official: two 529s while the page is green",
          [](EvaluatorInput& in) {
              in.probes[QStringLiteral("claude-opus-4-5")] = probeAfter(
                  { { ProbeOutcome::Ok, 200 }, { ProbeOutcome::Overloaded, 529 }, { ProbeOutcome::Overloaded, 529 } });
          },
          H::PartialOutage,
          { { "claude-opus-4-5", H::PartialOutage, H::Operational, H::PartialOutage, true,
              "Overloaded (529) (HTTP 529)" },
            { "claude-sonnet-4-5", H::Operational, H::Operational, H::Operational, false, "" } } },
        { "official worse than the probe is not ahead",
          [](EvaluatorInput& in) { sum(in).incidents = { incident("Opus 4.5 down", "critical") }; },
          H::MajorOutage,
          { { "claude-opus-4-5", H::MajorOutage, H::MajorOutage, H::Operational, false, "" } } },
        { "probes off: the official side alone, with the reason",
          [](EvaluatorInput& in) {
              in.probesEnabled = false;
              in.probesDisabledReason = QStringLiteral("no API key");
              sum(in).incidents = { incident("Opus models slow", "minor") };
          },
          H::DegradedPerformance,
          { { "claude-opus-4-5", H::DegradedPerformance, H::DegradedPerformance, H::Unknown, false,
              "Probes are off: no API key" },
            { "claude-haiku-4-5", H::Operational, H::Operational, H::Unknown, false, "" } } },
        // Never an outage, and not a green check either: the page's "operational" does not say it works for them.
        { "rejected key: probe unknown with its reason, never an outage, never green",
          [](EvaluatorInput& in) {
              in.probes[QStringLiteral("claude-opus-4-5")] = probeAfter({ { ProbeOutcome::AuthError, 401 } });
          },
          H::Unknown,
          { { "claude-opus-4-5", H::Unknown, H::Operational, H::Unknown, false, "not an outage" } } },
    };
    return list;
}

const ModelHealth* find(const HealthSnapshot& s, const char* id)
{
    for (const ModelHealth& m : s.models) {
        if (m.id == QString::fromUtf8(id))
            return &m;
    }
    return nullptr;
}

} // namespace

TEST_CASE("evaluator scenarios: what each model shows and why", "[evaluator]")
{
    for (const Scenario& sc : scenarios()) {
        SECTION(sc.label)
        {
            EvaluatorInput in = greenInput();
            sc.setup(in);
            const HealthSnapshot snap = HealthEvaluator::evaluate(in);
            CHECK(healthStateKey(snap.overall) == healthStateKey(sc.overall));
            CHECK(snap.models.size() == in.models.size());
            for (const Expect& e : sc.models) {
                INFO("model " << e.model);
                const ModelHealth* m = find(snap, e.model);
                REQUIRE(m);
                CHECK(healthStateKey(m->state) == healthStateKey(e.state));
                CHECK(healthStateKey(m->official) == healthStateKey(e.official));
                CHECK(healthStateKey(m->probe) == healthStateKey(e.probe));
                CHECK(m->aheadOfOfficial == e.ahead);
                if (*e.reason) {
                    INFO("reasons: " << reasonTexts(m->reasons).join(QStringLiteral(" | ")).toStdString());
                    CHECK(reasonTexts(m->reasons).join(u'\n').contains(QString::fromUtf8(e.reason)));
                }
            }
        }
    }
}

TEST_CASE("official overall is the worst of indicator and every component", "[evaluator]")
{
    StatusSummary s = *greenInput().feed.summary;
    CHECK(HealthEvaluator::officialOverall(s) == H::Operational);
    s.indicator = QStringLiteral("maintenance");
    CHECK(HealthEvaluator::officialOverall(s) == H::UnderMaintenance);
    s.indicator = QStringLiteral("minor");
    Component group = component("grp", "Claude services", H::MajorOutage);
    group.isGroup = true; // a group's status is its own and counts
    s.components.append(group);
    CHECK(HealthEvaluator::officialOverall(s) == H::MajorOutage);
}

TEST_CASE("incident effect: impact, monitoring cap, resolved", "[evaluator]")
{
    struct Case {
        const char* impact;
        const char* status;
        H effect;
    };
    const Case cases[] = {
        { "none", "investigating", H::Operational },
        { "minor", "identified", H::DegradedPerformance },
        { "major", "investigating", H::PartialOutage },
        { "critical", "investigating", H::MajorOutage },
        { "critical", "monitoring", H::DegradedPerformance },
        { "minor", "monitoring", H::DegradedPerformance },
        { "none", "monitoring", H::Operational },
        { "critical", "resolved", H::Operational },
        { "major", "postmortem", H::Operational },
        { "maintenance", "in_progress", H::UnderMaintenance },
        { "maintenance", "completed", H::Operational },
        { "", "investigating", H::DegradedPerformance },
        { "apocalyptic", "investigating", H::DegradedPerformance },
    };
    for (const Case& c : cases) {
        INFO(c.impact << " / " << c.status);
        CHECK(healthStateKey(HealthEvaluator::incidentEffect(incident("x", c.impact, c.status)))
              == healthStateKey(c.effect));
    }
}

TEST_CASE("the API component is found by id, else by the whole word API", "[evaluator]")
{
    StatusSummary s = *greenInput().feed.summary;
    REQUIRE(HealthEvaluator::apiComponent(s));
    CHECK(HealthEvaluator::apiComponent(s)->id == kApi);
    StatusSummary github;
    github.components = { component("a", "APIs and webhooks"), component("b", "api.example.com"),
                          component("brv1bkgrwx7q", "API Requests") };
    REQUIRE(HealthEvaluator::apiComponent(github));
    CHECK(HealthEvaluator::apiComponent(github)->id == QStringLiteral("brv1bkgrwx7q"));
    github.components.removeLast();
    CHECK(HealthEvaluator::apiComponent(github) == nullptr);
}

TEST_CASE("stale after three poll intervals without a success", "[evaluator]")
{
    FeedState f;
    f.pollIntervalSec = 60;
    CHECK(HealthEvaluator::isStale(f, kNow, 3)); // never fetched
    f.lastSuccess = kNow.addSecs(-180);
    CHECK_FALSE(HealthEvaluator::isStale(f, kNow, 3));
    f.lastSuccess = kNow.addSecs(-181);
    CHECK(HealthEvaluator::isStale(f, kNow, 3));
}

TEST_CASE("snapshot carries feed, components, incidents and maintenances", "[evaluator]")
{
    EvaluatorInput in = greenInput();
    in.feed.lastError = QString();
    sum(in).indicator = QStringLiteral("major");
    sum(in).description = QStringLiteral("Partial System Outage");
    sum(in).incidents = { incident("Elevated errors on Claude Opus 4.7", "major"),
                          incident("Opus and Sonnet slow", "minor", "resolved") };
    sum(in).maintenances = { incident("Database upgrade", "maintenance", "scheduled"),
                             incident("Old upgrade", "maintenance", "completed") };
    const HealthSnapshot snap = HealthEvaluator::evaluate(in);
    CHECK(snap.generatedAt == kNow);
    CHECK(snap.feed.ok);
    CHECK_FALSE(snap.feed.stale);
    CHECK(snap.feed.indicator == QStringLiteral("major"));
    CHECK(snap.feed.description == QStringLiteral("Partial System Outage"));
    CHECK(snap.feed.fetchedAt == in.feed.lastSuccess);
    CHECK(snap.components.size() == 4);
    CHECK(snap.officialOverall == H::PartialOutage);
    REQUIRE(snap.incidents.size() == 1); // the resolved one is gone
    CHECK(snap.incidents[0].effect == H::PartialOutage);
    CHECK(snap.incidents[0].modelIds.isEmpty()); // Opus 4.7 is not watched
    REQUIRE(snap.maintenances.size() == 1);
    CHECK(snap.maintenances[0].name == QStringLiteral("Database upgrade"));

    in.feed.consecutiveFailures = 1;
    in.feed.lastError = QStringLiteral("Timed out");
    const HealthSnapshot failing = HealthEvaluator::evaluate(in);
    CHECK_FALSE(failing.feed.ok);
    CHECK(failing.feed.error == QStringLiteral("Timed out"));
    CHECK_FALSE(failing.feed.stale); // one failure within the window: last good data still stands
    CHECK(failing.officialOverall == H::PartialOutage);
}

TEST_CASE("an unusable feed makes the overall state unknown only while some model has no probe result", "[evaluator]")
{
    EvaluatorInput in = greenInput();
    in.feed.summary.reset();
    in.feed.lastSuccess = QDateTime();
    in.feed.consecutiveFailures = 3;
    in.feed.lastError = QStringLiteral("The status page answered HTTP 500.");

    SECTION("every model answered our probes: overall follows the probes (exit 0, not 3)")
    {
        const HealthSnapshot s = HealthEvaluator::evaluate(in);
        CHECK(s.officialOverall == H::Unknown);
        CHECK(s.overall == H::Operational);
        for (const auto& m : s.models)
            CHECK(m.official == H::Unknown);
    }
    SECTION("one model failing on our probes: the outage shows")
    {
        in.probes[QStringLiteral("claude-opus-4-5")]
            = probeAfter({ { ProbeOutcome::Overloaded, 529 }, { ProbeOutcome::Overloaded, 529 } });
        CHECK(HealthEvaluator::evaluate(in).overall == H::PartialOutage);
    }
    SECTION("one model never probed: unknown, never a false all clear")
    {
        in.probes.remove(QStringLiteral("claude-haiku-4-5"));
        CHECK(HealthEvaluator::evaluate(in).overall == H::Unknown);
    }
    SECTION("probes off: unknown")
    {
        in.probesEnabled = false;
        CHECK(HealthEvaluator::evaluate(in).overall == H::Unknown);
    }
}
