// The real `modelpulse --once --json --no-probes` binary against the simulated provider on 127.0.0.1:
// real captures give correct snapshots and exit codes; every broken feed gives "unknown" and exit 3.

#include "clitesthelpers.h"

#include <QJsonArray>

namespace {
QStringList feedArgs(const SimProvider& sim,
                     const QString& models = QStringLiteral("claude-opus-4-5,claude-sonnet-4-5"))
{
    return { QStringLiteral("--once"),
             QStringLiteral("--json"),
             QStringLiteral("--no-probes"),
             QStringLiteral("--status-url"),
             sim.baseUrl().toString(),
             QStringLiteral("--models"),
             models,
             QStringLiteral("--timeout-ms"),
             QStringLiteral("2000") };
}
} // namespace

TEST_CASE("a real summary capture gives the page's state, its incident and exit 2", "[cli][feed]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    REQUIRE(sim.setSummaryFile(fixture("github_summary_partial_outage.json")));

    const OnceRun run = runOnce(feedArgs(sim), cleanEnvironment(home));
    REQUIRE(run.process.finished);
    INFO(run.process.err.toStdString());
    CHECK(run.process.exitCode == 2);
    const QJsonObject& j = run.json;
    CHECK(j.value(u"schema").toInt() == 1);
    // The indicator says "minor", a component says partial_outage: the worst wins.
    CHECK(j.value(u"overall").toString() == u"partial_outage");
    CHECK(j.value(u"connectivity").toString() == u"online");
    const QJsonObject feed = j.value(u"feed").toObject();
    CHECK(feed.value(u"ok").toBool());
    CHECK(feed.value(u"indicator").toString() == u"minor");
    CHECK(feed.value(u"description").toString() == u"Minor Service Outage");
    CHECK(j.value(u"components").toArray().size() == 11);
    const QJsonArray incidents = j.value(u"incidents").toArray();
    REQUIRE(incidents.size() == 1);
    CHECK(incidents.at(0).toObject().value(u"name").toString() == u"Incident with Packages and Pages");
    CHECK(incidents.at(0).toObject().value(u"models").toArray().isEmpty());
    // GitHub's incident names no Claude model: the models stay operational, unprobed.
    const QJsonObject opus = run.model(QStringLiteral("claude-opus-4-5"));
    CHECK(opus.value(u"state").toString() == u"operational");
    CHECK(opus.value(u"probe").toString() == u"unknown");
    CHECK(opus.value(u"last_probe").isNull());
    CHECK(sim.requestCount(QStringLiteral("/api/v2/summary.json")) == 1);
}

TEST_CASE("an Anthropic-shaped page attributes a model incident to that model only", "[cli][feed]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setStatusPage(QJsonDocument::fromJson(R"({"incidents":[{"name":"Elevated errors on Claude Opus 4.5",
        "status":"investigating","impact":"major","components":["k8w3r06qmzrp"]}]})")
                          .object());

    const OnceRun run = runOnce(feedArgs(sim), cleanEnvironment(home));
    INFO(run.process.out.toStdString());
    CHECK(run.process.exitCode == 2);
    CHECK(run.model(QStringLiteral("claude-opus-4-5")).value(u"official").toString() == u"partial_outage");
    CHECK(run.model(QStringLiteral("claude-sonnet-4-5")).value(u"official").toString() == u"operational");
    CHECK(run.json.value(u"incidents").toArray().at(0).toObject().value(u"models").toArray()
          == QJsonArray { QStringLiteral("claude-opus-4-5") });
}

TEST_CASE("an all-green page exits 0", "[cli][feed]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setStatusPage(QJsonObject { { QStringLiteral("indicator"), QStringLiteral("none") } });
    const OnceRun run = runOnce(feedArgs(sim), cleanEnvironment(home));
    CHECK(run.process.exitCode == 0);
    CHECK(run.json.value(u"overall").toString() == u"operational");
}

TEST_CASE("real captures that are not a summary are a failed fetch, never all clear", "[cli][feed]")
{
    // Served at /api/v2/summary.json: the single-incident endpoint (wrong shape) and the history feeds (XML).
    const char* name = GENERATE("github_incident_major_resolved.json", "github_incident_critical_resolved.json",
                                "parse_history.rss", "streamyard_history.atom", "digitalocean_history.atom");
    INFO(name);
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setSummaryJson(readFile(fixture(name)));
    const OnceRun run = runOnce(feedArgs(sim), cleanEnvironment(home));
    CHECK(run.process.exitCode == 3);
    CHECK(run.json.value(u"overall").toString() == u"unknown");
    CHECK_FALSE(run.json.value(u"feed").toObject().value(u"ok").toBool());
    CHECK_FALSE(run.json.value(u"feed").toObject().value(u"error").toString().isEmpty());
    CHECK(run.model(QStringLiteral("claude-opus-4-5")).value(u"state").toString() == u"unknown");
}

TEST_CASE("every broken feed gives unknown and exit 3 within the timeout", "[cli][feed]")
{
    struct Case {
        const char* label;
        Misbehaviour m;
        const char* errorMentions;
    };
    const Case c = GENERATE(Case { "HTTP 500", Misbehaviour::of(Misbehaviour::Mode::Status, 500), "500" },
                            Case { "HTML with status 200", Misbehaviour::of(Misbehaviour::Mode::Html), "HTML" },
                            Case { "403 challenge", Misbehaviour::of(Misbehaviour::Mode::Challenge), "403" },
                            Case { "405 challenge", Misbehaviour::of(Misbehaviour::Mode::Challenge, 405), "405" },
                            Case { "truncated JSON", Misbehaviour::of(Misbehaviour::Mode::Truncate), "JSON" },
                            Case { "connection cut mid-body", Misbehaviour::of(Misbehaviour::Mode::Cut), "" },
                            Case { "garbage body", Misbehaviour::of(Misbehaviour::Mode::Garbage), "" },
                            Case { "hung server", Misbehaviour::of(Misbehaviour::Mode::Hang), "2 s" });
    INFO(c.label);
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    REQUIRE(sim.setSummaryFile(fixture("github_summary_partial_outage.json")));
    sim.setStatuspageMisbehaviour(c.m);

    const OnceRun run = runOnce(feedArgs(sim), cleanEnvironment(home));
    REQUIRE(run.process.finished);
    CHECK(run.process.exitCode == 3);
    CHECK(run.process.elapsedMs < 8000);
    CHECK(run.json.value(u"overall").toString() == u"unknown");
    const QJsonObject feed = run.json.value(u"feed").toObject();
    CHECK_FALSE(feed.value(u"ok").toBool());
    INFO(feed.value(u"error").toString().toStdString());
    CHECK(feed.value(u"error").toString().contains(QString::fromLatin1(c.errorMentions)));
    for (const auto& m : run.json.value(u"models").toArray())
        CHECK(m.toObject().value(u"state").toString() == u"unknown");
}

TEST_CASE("a redirect to another loopback page is followed (status.anthropic.com → status.claude.com)", "[cli][feed]")
{
    QTemporaryDir home;
    SimProvider target;
    REQUIRE(target.listen());
    REQUIRE(target.setSummaryFile(fixture("github_summary_partial_outage.json")));
    SimProvider old;
    REQUIRE(old.listen());
    Misbehaviour redirect = Misbehaviour::of(Misbehaviour::Mode::Redirect, 301);
    redirect.location = QUrl(target.baseUrl().toString() + QStringLiteral("/api/v2/summary.json"));
    old.setStatuspageMisbehaviour(redirect);

    const OnceRun run = runOnce(feedArgs(old), cleanEnvironment(home));
    CHECK(run.process.exitCode == 2);
    CHECK(run.json.value(u"feed").toObject().value(u"ok").toBool());
    CHECK(target.requestCount(QStringLiteral("/api/v2/summary.json")) == 1);
}

TEST_CASE("a redirect to plain http off loopback is refused", "[cli][feed]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    Misbehaviour redirect = Misbehaviour::of(Misbehaviour::Mode::Redirect, 302);
    redirect.location = QUrl(QStringLiteral("http://status.example.com/api/v2/summary.json"));
    sim.setStatuspageMisbehaviour(redirect);
    const OnceRun run = runOnce(feedArgs(sim), cleanEnvironment(home));
    CHECK(run.process.exitCode == 3);
    CHECK(run.json.value(u"feed").toObject().value(u"error").toString().contains(u"unsafe"));
}

TEST_CASE("bad usage exits 64 with a message", "[cli]")
{
    QTemporaryDir home;
    const QStringList bad[] = {
        { QStringLiteral("--once"), QStringLiteral("--status-url"), QStringLiteral("http://status.claude.com") },
        { QStringLiteral("--once"), QStringLiteral("--lang"), QStringLiteral("fr") },
        { QStringLiteral("--json") },
        { QStringLiteral("--once"), QStringLiteral("--frobnicate") },
        { QStringLiteral("--once"), QStringLiteral("--status-url"), QStringLiteral("ftp://x") },
        { QStringLiteral("--once"), QStringLiteral("--models"), QStringLiteral("claude-opus-4-5,foo!") },
    };
    for (const QStringList& args : bad) {
        INFO(args.join(u' ').toStdString());
        const ProcessOutput out = runProcess(QStringLiteral(MODELPULSE_EXE), args, cleanEnvironment(home));
        CHECK(out.exitCode == 64);
        CHECK_FALSE(out.err.isEmpty());
        CHECK(out.out.isEmpty());
    }
}

TEST_CASE("help and version (--help, --version) answer as users expect", "[cli]")
{
    QTemporaryDir home;
    const ProcessOutput help
        = runProcess(QStringLiteral(MODELPULSE_EXE), { QStringLiteral("--help") }, cleanEnvironment(home));
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("--once"));
    CHECK(help.out.contains("--status-url"));
    // The readers of the stored history are named too, though a separate parser handles them.
    CHECK(help.out.contains("modelpulse history"));
    CHECK(help.out.contains("modelpulse --status-line"));
    const ProcessOutput version
        = runProcess(QStringLiteral(MODELPULSE_EXE), { QStringLiteral("--version") }, cleanEnvironment(home));
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(MODELPULSE_VERSION));
}

TEST_CASE("without --json a short aligned table is printed", "[cli][table]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    REQUIRE(sim.setSummaryFile(fixture("github_summary_partial_outage.json")));
    QStringList args = feedArgs(sim);
    args.removeAll(QStringLiteral("--json"));
    const ProcessOutput out = runProcess(QStringLiteral(MODELPULSE_EXE), args, cleanEnvironment(home));
    CHECK(out.exitCode == 2);
    const QStringList lines = QString::fromUtf8(out.out).split(u'\n');
    const auto header
        = std::find_if(lines.begin(), lines.end(), [](const QString& l) { return l.startsWith(u"Model "); });
    REQUIRE(header != lines.end());
    const int stateColumn = int(header->indexOf(u"State"));
    const QString opusRow = *(header + 1);
    CHECK(opusRow.startsWith(u"Claude Opus 4.5"));
    CHECK(opusRow.indexOf(u"Operational") == stateColumn);
}
