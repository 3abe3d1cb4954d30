// The real `modelpulse --once --json` binary with probes, against the simulated provider on 127.0.0.1:
// every probe outcome class per model, the confirmation probe, "ahead of the official page",
// model discovery and the probe cost counters (issue 3, "Done means").

#include "history/historystore.h"
#include "probeclihelpers.h"

#include <QDateTime>
#include <QJsonArray>

using namespace probecli;

namespace {
const QString kKey = QStringLiteral("sk-ant-test-probes-0001");

struct Outcome {
    const char* label;
    ModelBehaviour behaviour; //!< what the sim's /v1/messages does for Opus (Sonnet and Haiku answer ok)
    const char* outcome; //!< last_probe.outcome
    int httpStatus; //!< last_probe.http_status; 0 = null
    const char* errorType; //!< last_probe.error_type; "" = null
    const char* probe; //!< probe side
    const char* state; //!< combined state (the official page is green)
    bool ahead; //!< ahead_of_official
    int probes; //!< /v1/messages requests for Opus: 2 when a confirmation ran
    const char* reasonMentions; //!< a reason contains this ("" = no check)
    int exitCode;
};

ModelBehaviour latency(int ms)
{
    return ModelBehaviour::ok(ms);
}
} // namespace

TEST_CASE("each probe outcome class through the real binary, per model", "[cli][probes]")
{
    using K = ModelBehaviour::Kind;
    const Outcome c
        = GENERATE(Outcome { "200 message → ok", ModelBehaviour::ok(), "ok", 200, "", "operational", "operational",
                             false, 1, "", 0 },
                   Outcome { "200 after 900 ms with --slow-ms 400 → slow", latency(900), "slow", 200, "",
                             "degraded_performance", "degraded_performance", true, 1, "Slow", 1 },
                   Outcome { "529 twice → overloaded, partial_outage", ModelBehaviour::error(529), "overloaded", 529,
                             "overloaded_error", "partial_outage", "partial_outage", true, 2, "2 failed probes", 2 },
                   Outcome { "500 twice → server_error, partial_outage", ModelBehaviour::error(500), "server_error",
                             500, "api_error", "partial_outage", "partial_outage", true, 2, "2 failed probes", 2 },
                   Outcome { "503 twice → server_error", ModelBehaviour::error(503), "server_error", 503, "api_error",
                             "partial_outage", "partial_outage", true, 2, "", 2 },
                   Outcome { "200 with a truncated body → server_error", ModelBehaviour::of(K::Truncate),
                             "server_error", 200, "", "partial_outage", "partial_outage", true, 2, "", 2 },
                   Outcome { "200 with an HTML page → server_error", ModelBehaviour::of(K::Html), "server_error", 200,
                             "", "partial_outage", "partial_outage", true, 2, "", 2 },
                   Outcome { "connection cut mid-body → server_error", ModelBehaviour::of(K::Cut), "server_error", 200,
                             "", "partial_outage", "partial_outage", true, 2, "", 2 },
                   Outcome { "hang past --timeout-ms 1500 → timeout", ModelBehaviour::of(K::Hang), "timeout", 0, "",
                             "partial_outage", "partial_outage", true, 2, "", 2 },
                   Outcome { "429 with retry-after → rate_limited, the user's quota", ModelBehaviour::error(429, 30),
                             "rate_limited", 429, "rate_limit_error", "unknown", "unknown", false, 1, "quota", 3 },
                   Outcome { "401 → auth_error, the user's key, never an outage", ModelBehaviour::error(401),
                             "auth_error", 401, "authentication_error", "unknown", "unknown", false, 1, "key", 3 },
                   Outcome { "403 → auth_error", ModelBehaviour::error(403), "auth_error", 403, "permission_error",
                             "unknown", "unknown", false, 1, "key", 3 },
                   Outcome { "402 → billing_error", ModelBehaviour::error(402), "billing_error", 402, "billing_error",
                             "unknown", "unknown", false, 1, "Billing", 3 },
                   Outcome { "404 model → bad_request", ModelBehaviour::error(404), "bad_request", 404,
                             "not_found_error", "unknown", "unknown", false, 1, "not found", 3 },
                   Outcome { "400 → bad_request", ModelBehaviour::error(400), "bad_request", 400,
                             "invalid_request_error", "unknown", "unknown", false, 1, "", 3 });
    INFO(c.label);

    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setStatusPage(QJsonObject { { QStringLiteral("indicator"), QStringLiteral("none") } });
    sim.setExpectedApiKey(kKey);
    sim.setModelBehaviour(kOpus, c.behaviour);

    QStringList args = probeArgs(sim.baseUrl(), sim.baseUrl(), home.filePath(QStringLiteral("d")));
    args << QStringLiteral("--slow-ms") << QStringLiteral("400");
    const OnceRun run = runOnce(args, keyedEnvironment(home, kKey));
    REQUIRE(run.process.finished);
    INFO(run.process.out.toStdString() << run.process.err.toStdString());
    CHECK(run.process.exitCode == c.exitCode);
    CHECK(run.json.value(u"connectivity").toString() == u"online");

    const QJsonObject opus = run.model(kOpus);
    INFO(reasonsText(opus).toStdString());
    CHECK(opus.value(u"official").toString() == u"operational");
    CHECK(opus.value(u"probe").toString() == QLatin1String(c.probe));
    CHECK(opus.value(u"state").toString() == QLatin1String(c.state));
    CHECK(opus.value(u"ahead_of_official").toBool() == c.ahead);
    const QJsonObject last = opus.value(u"last_probe").toObject();
    CHECK(last.value(u"outcome").toString() == QLatin1String(c.outcome));
    if (c.httpStatus > 0) {
        CHECK(last.value(u"http_status").toInt() == c.httpStatus);
        CHECK(last.value(u"request_id").toString().startsWith(u"req_sim_"));
    } else {
        CHECK(last.value(u"http_status").isNull());
    }
    if (*c.errorType)
        CHECK(last.value(u"error_type").toString() == QLatin1String(c.errorType));
    else
        CHECK(last.value(u"error_type").isNull());
    CHECK(last.value(u"latency_ms").toInteger(-1) >= 0);
    CHECK_FALSE(last.value(u"at").toString().isEmpty());
    if (*c.reasonMentions)
        CHECK(reasonsText(opus).contains(QLatin1String(c.reasonMentions)));
    CHECK(probesFor(sim, kOpus) == c.probes);

    // The other models are probed independently and stay green.
    for (const QString& other : { kSonnet, kHaiku }) {
        INFO(other.toStdString());
        const QJsonObject m = run.model(other);
        CHECK(m.value(u"state").toString() == u"operational");
        CHECK(m.value(u"probe").toString() == u"operational");
        CHECK(m.value(u"last_probe").toObject().value(u"outcome").toString() == u"ok");
        CHECK(m.value(u"last_probe").toObject().value(u"http_status").toInt() == 200);
        CHECK(probesFor(sim, other) == 1);
    }
}

TEST_CASE("extra facts per outcome: latency of a slow answer, retry-after of a 429", "[cli][probes]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setModelBehaviour(kOpus, ModelBehaviour::ok(900));
    sim.setModelBehaviour(kSonnet, ModelBehaviour::error(429, 30));
    QStringList args = probeArgs(sim.baseUrl(), sim.baseUrl(), home.filePath(QStringLiteral("d")));
    args << QStringLiteral("--slow-ms") << QStringLiteral("400");
    const OnceRun run = runOnce(args, keyedEnvironment(home, kKey));
    INFO(run.process.out.toStdString());
    const QJsonObject slow = run.model(kOpus).value(u"last_probe").toObject();
    CHECK(slow.value(u"latency_ms").toInteger() >= 900);
    CHECK(slow.value(u"ttfb_ms").toInteger() >= 900);
    const QJsonObject limited = run.model(kSonnet).value(u"last_probe").toObject();
    CHECK(limited.value(u"retry_after_s").toInt() == 30);
    // A rate limit is not a provider failure: no confirmation probe, and retry-after is not waited for.
    CHECK(probesFor(sim, kSonnet) == 1);
    CHECK(run.process.elapsedMs < 15000);
}

TEST_CASE("without --slow-ms a sub-second answer is ok (default slow threshold 10 s)", "[cli][probes]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setModelBehaviour(kOpus, ModelBehaviour::ok(900));
    const OnceRun run = runOnce(probeArgs(sim.baseUrl(), sim.baseUrl(), home.filePath(QStringLiteral("d"))),
                                keyedEnvironment(home, kKey));
    CHECK(run.model(kOpus).value(u"last_probe").toObject().value(u"outcome").toString() == u"ok");
    CHECK(run.model(kOpus).value(u"probe").toString() == u"operational");
    CHECK(run.process.exitCode == 0);
}

TEST_CASE("the issue's key case: 529 on Opus while the official page is green", "[cli][probes]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setStatusPage(QJsonObject { { QStringLiteral("indicator"), QStringLiteral("none") } });
    sim.setModelBehaviour(kOpus, ModelBehaviour::error(529));

    const OnceRun run = runOnce(probeArgs(sim.baseUrl(), sim.baseUrl(), home.filePath(QStringLiteral("d"))),
                                keyedEnvironment(home, kKey));
    REQUIRE(run.process.finished);
    INFO(run.process.out.toStdString() << run.process.err.toStdString());
    CHECK(run.process.exitCode == 2);
    CHECK(run.json.value(u"overall").toString() == u"partial_outage");
    CHECK(run.json.value(u"official_overall").toString() == u"operational");
    CHECK(run.json.value(u"feed").toObject().value(u"indicator").toString() == u"none");

    const QJsonObject opus = run.model(kOpus);
    CHECK(opus.value(u"state").toString() == u"partial_outage");
    CHECK(opus.value(u"official").toString() == u"operational");
    CHECK(opus.value(u"probe").toString() == u"partial_outage");
    CHECK(opus.value(u"ahead_of_official").toBool());
    CHECK(opus.value(u"last_probe").toObject().value(u"outcome").toString() == u"overloaded");
    CHECK(opus.value(u"last_probe").toObject().value(u"http_status").toInt() == 529);
    CHECK(probesFor(sim, kOpus) == 2); // the first 529 and its confirmation

    for (const QString& other : { kSonnet, kHaiku }) {
        CHECK(run.model(other).value(u"state").toString() == u"operational");
        CHECK_FALSE(run.model(other).value(u"ahead_of_official").toBool());
    }
}

TEST_CASE("a single failure followed by a successful confirmation does not flip the state", "[cli][probes]")
{
    const int firstStatus = GENERATE(529, 500);
    INFO("first answer " << firstStatus);
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    // The first Opus probe fails, every later one succeeds. requestReceived comes before the sim answers.
    int opusProbes = 0;
    QObject::connect(&sim, &SimProvider::requestReceived, &sim, [&](const SimRequest& r) {
        if (messagesModel(r) != kOpus)
            return;
        ++opusProbes;
        sim.setModelBehaviour(kOpus, opusProbes == 1 ? ModelBehaviour::error(firstStatus) : ModelBehaviour::ok());
    });

    const OnceRun run = runOnce(probeArgs(sim.baseUrl(), sim.baseUrl(), home.filePath(QStringLiteral("d"))),
                                keyedEnvironment(home, kKey));
    INFO(run.process.out.toStdString());
    CHECK(opusProbes == 2);
    CHECK(run.process.exitCode == 0);
    const QJsonObject opus = run.model(kOpus);
    CHECK(opus.value(u"state").toString() == u"operational");
    CHECK(opus.value(u"probe").toString() == u"operational");
    CHECK_FALSE(opus.value(u"ahead_of_official").toBool());
    CHECK(opus.value(u"last_probe").toObject().value(u"outcome").toString() == u"ok");
}

TEST_CASE("three models, three different answers in one run", "[cli][probes]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setModelBehaviour(kOpus, ModelBehaviour::error(500));
    sim.setModelBehaviour(kSonnet, ModelBehaviour::ok());
    sim.setModelBehaviour(kHaiku, ModelBehaviour::error(401));
    const OnceRun run = runOnce(probeArgs(sim.baseUrl(), sim.baseUrl(), home.filePath(QStringLiteral("d"))),
                                keyedEnvironment(home, kKey));
    INFO(run.process.out.toStdString());
    CHECK(run.process.exitCode == 2);
    CHECK(run.model(kOpus).value(u"probe").toString() == u"partial_outage");
    CHECK(run.model(kSonnet).value(u"probe").toString() == u"operational");
    CHECK(run.model(kHaiku).value(u"probe").toString() == u"unknown");
    CHECK(run.model(kHaiku).value(u"state").toString() == u"unknown"); // the user's key: not green, not an outage
    CHECK(reasonsText(run.model(kHaiku)).contains(u"key"));
    CHECK(run.model(kHaiku).value(u"last_probe").toObject().value(u"outcome").toString() == u"auth_error");
}

TEST_CASE("a redirect to another host is not followed and the key never reaches it", "[cli][probes][secrets]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    SimProvider other; // another loopback host: 127.0.0.2
    REQUIRE(other.listen(0, QHostAddress(QStringLiteral("127.0.0.2"))));
    const int status = GENERATE(301, 302, 307, 308);
    INFO("redirect " << status);
    ModelBehaviour redirect = ModelBehaviour::of(ModelBehaviour::Kind::Redirect, status);
    redirect.location = QUrl(other.baseUrl().toString() + QStringLiteral("/v1/messages"));
    sim.setModelBehaviour(kOpus, redirect);

    const OnceRun run = runOnce(probeArgs(sim.baseUrl(), sim.baseUrl(), home.filePath(QStringLiteral("d"))),
                                keyedEnvironment(home, kKey));
    INFO(run.process.out.toStdString());
    const QJsonObject opus = run.model(kOpus);
    CHECK(opus.value(u"last_probe").toObject().value(u"outcome").toString() == u"network_error");
    CHECK(opus.value(u"last_probe").toObject().value(u"http_status").toInt() == status);
    // Says nothing about Claude: the probe side is unknown, no alarm — and no green check we cannot stand behind.
    CHECK(opus.value(u"probe").toString() == u"unknown");
    CHECK(opus.value(u"state").toString() == u"unknown");
    CHECK(reasonsText(opus).contains(u"not followed"));
    CHECK(run.process.exitCode == 3);
    CHECK(other.requestCount() == 0);
    // The configured host saw the key (its fingerprint) on API requests only, never on the status page.
    for (const SimRequest& r : sim.requests()) {
        INFO(r.path.toStdString());
        if (r.path.startsWith(u"/v1/"))
            CHECK(r.apiKeyFingerprint == SimProvider::keyFingerprint(kKey));
        else
            CHECK_FALSE(r.hasApiKey);
    }
}

TEST_CASE("an API url on a closed port while the page answers: the API host is unreachable from here, not an outage",
          "[cli][probes]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    SimProvider closed;
    REQUIRE(closed.listen());
    const QUrl closedUrl = closed.baseUrl();
    closed.setOffline(SimStep::Offline::Refuse); // the port is closed: connection refused

    const OnceRun run = runOnce(probeArgs(sim.baseUrl(), closedUrl, home.filePath(QStringLiteral("d"))),
                                keyedEnvironment(home, kKey));
    INFO(run.process.out.toStdString());
    // The page is green but our probes cannot reach the API from here: not an outage, not a green check (exit 3).
    CHECK(run.process.exitCode == 3);
    CHECK(run.json.value(u"connectivity").toString() == u"online"); // the status page answered
    for (const QString& id : { kOpus, kSonnet, kHaiku }) {
        const QJsonObject m = run.model(id);
        CHECK(m.value(u"last_probe").toObject().value(u"outcome").toString() == u"network_error");
        CHECK(m.value(u"last_probe").toObject().value(u"http_status").isNull());
        CHECK(m.value(u"probe").toString() == u"unknown");
        CHECK(m.value(u"state").toString() == u"unknown");
        // Issue 9 item 8: the status host answered, so say which host fails rather than a bare network error.
        CHECK(reasonsText(m).contains(u"127.0.0.1 unreachable from here, the rest of the internet works"));
        CHECK(m.value(u"reason_codes").toArray().contains(QStringLiteral("api_unreachable")));
    }
    CHECK(closed.requestCount() == 0);
}

TEST_CASE("without --models the binary lists /v1/models (paginated) and probes the newest of each family",
          "[cli][probes][discovery]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    // 150 models, more than one page of 100; the newest Opus is on the second page.
    const QDateTime base = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00Z"), Qt::ISODate);
    QVector<SimModel> models;
    for (int i = 0; i < 150; ++i)
        models.append({ QStringLiteral("claude-legacy-%1").arg(i), QStringLiteral("Claude Legacy %1").arg(i),
                        base.addDays(-400 - i) });
    models[3] = { QStringLiteral("claude-opus-4-1"), QStringLiteral("Claude Opus 4.1"), base.addDays(-100) };
    models[10] = { QStringLiteral("claude-sonnet-4-5"), QStringLiteral("Claude Sonnet 4.5"), base.addDays(270) };
    models[20] = { QStringLiteral("claude-sonnet-4"), QStringLiteral("Claude Sonnet 4"), base.addDays(140) };
    models[60] = { QStringLiteral("claude-haiku-4-5"), QStringLiteral("Claude Haiku 4.5"), base.addDays(287) };
    models[120] = { QStringLiteral("claude-opus-4-5"), QStringLiteral("Claude Opus 4.5"), base.addDays(327) };
    models[140] = { QStringLiteral("claude-3-haiku-20240307"), QStringLiteral("Claude Haiku 3"), base.addDays(-300) };
    sim.setModels(models);

    const OnceRun run = runOnce(probeArgs(sim.baseUrl(), sim.baseUrl(), home.filePath(QStringLiteral("d")), {}),
                                keyedEnvironment(home, kKey));
    INFO(run.process.out.toStdString() << run.process.err.toStdString());
    CHECK(run.process.exitCode == 0);
    QStringList ids;
    for (const auto& m : run.json.value(u"models").toArray())
        ids << m.toObject().value(u"id").toString();
    CHECK(ids == QStringList { kOpus, kSonnet, kHaiku });
    CHECK(run.model(kOpus).value(u"display_name").toString() == u"Claude Opus 4.5");

    QStringList pages;
    for (const SimRequest& r : sim.requests()) {
        if (r.path == u"/v1/models")
            pages << r.query;
    }
    INFO(pages.join(u'\n').toStdString());
    REQUIRE(pages.size() == 2);
    CHECK_FALSE(pages.at(0).contains(u"after_id"));
    CHECK(pages.at(1).contains(u"after_id=claude-legacy-99"));
    for (const QString& id : { kOpus, kSonnet, kHaiku }) {
        CHECK(probesFor(sim, id) == 1);
        CHECK(run.model(id).value(u"probe").toString() == u"operational");
    }
    CHECK(probesFor(sim, QStringLiteral("claude-opus-4-1")) == 0);
    CHECK(sim.requestCount(QStringLiteral("/v1/messages")) == 3);
}

TEST_CASE("probe cost counters are kept in the history store and survive restarts", "[cli][probes][cost]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setModelBehaviour(kSonnet, ModelBehaviour::error(529)); // two sent, none billed
    const QString dataDir = home.filePath(QStringLiteral("data-dir"));
    const QString month = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
    const auto readCost = [&] {
        HistoryStore store(HistoryStore::defaultPath(dataDir));
        CHECK(store.open());
        return store.cost(QStringLiteral("anthropic"), month);
    };

    const OnceRun first = runOnce(probeArgs(sim.baseUrl(), sim.baseUrl(), dataDir), keyedEnvironment(home, kKey));
    INFO(first.process.out.toStdString());
    REQUIRE(QFile::exists(HistoryStore::defaultPath(dataDir)));
    CHECK_FALSE(QFile::exists(dataDir + QStringLiteral("/probe-cost.json"))); // one store, no side file
    const CostCounters one = readCost();
    CHECK(one.probes == 4); // opus, haiku, sonnet + sonnet's confirmation
    CHECK(one.billed == 2); // only answered probes cost money
    CHECK(one.usd > 0);
    CHECK(one.usd < 0.001); // two one-token prompts cost a fraction of a cent

    const OnceRun second = runOnce(probeArgs(sim.baseUrl(), sim.baseUrl(), dataDir), keyedEnvironment(home, kKey));
    const CostCounters two = readCost();
    CHECK(two.probes == 8);
    CHECK(two.billed == 4);
    CHECK(two.usd == Approx(2 * one.usd));
    CHECK(sim.requestCount(QStringLiteral("/v1/messages")) == 8);
}

TEST_CASE("a reached monthly cap (in the history store) stops probing with a clear reason", "[cli][probes][cost]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    const QString dataDir = home.filePath(QStringLiteral("data-dir"));
    {
        HistoryStore store(HistoryStore::defaultPath(dataDir));
        REQUIRE(store.open());
        store.addCost(QStringLiteral("anthropic"),
                      { QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM")), 50000, 50000, 2.25 });
    }
    const OnceRun run = runOnce(probeArgs(sim.baseUrl(), sim.baseUrl(), dataDir), keyedEnvironment(home, kKey));
    INFO(run.process.out.toStdString());
    CHECK(sim.requestCount(QStringLiteral("/v1/messages")) == 0);
    CHECK(run.process.exitCode == 0);
    for (const QString& id : { kOpus, kSonnet, kHaiku })
        CHECK(reasonsText(run.model(id)).contains(u"cap"));
}

TEST_CASE("a reached monthly cap in an older version's probe-cost.json is imported and stops probing",
          "[cli][probes][cost]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    const QString dataDir = home.filePath(QStringLiteral("data-dir"));
    REQUIRE(QDir().mkpath(dataDir));
    QFile state(dataDir + QStringLiteral("/probe-cost.json"));
    REQUIRE(state.open(QIODevice::WriteOnly));
    state.write(QJsonDocument(QJsonObject { { QStringLiteral("schema"), 1 },
                                            { QStringLiteral("month"),
                                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM")) },
                                            { QStringLiteral("spent_usd"), 2.25 },
                                            { QStringLiteral("probes"), 50000 },
                                            { QStringLiteral("billed"), 50000 } })
                    .toJson());
    state.close();

    const OnceRun run = runOnce(probeArgs(sim.baseUrl(), sim.baseUrl(), dataDir), keyedEnvironment(home, kKey));
    INFO(run.process.out.toStdString());
    CHECK(sim.requestCount(QStringLiteral("/v1/messages")) == 0);
    CHECK(run.process.exitCode == 0);
    for (const QString& id : { kOpus, kSonnet, kHaiku }) {
        const QJsonObject m = run.model(id);
        CHECK(m.value(u"probe").toString() == u"unknown");
        CHECK(m.value(u"state").toString() == u"operational");
        CHECK(reasonsText(m).contains(u"cap"));
    }
    // Imported once into the store, where the next run finds it.
    CHECK_FALSE(QFile::exists(dataDir + QStringLiteral("/probe-cost.json")));
    CHECK(QFile::exists(dataDir + QStringLiteral("/probe-cost.json.imported")));
    HistoryStore store(HistoryStore::defaultPath(dataDir));
    REQUIRE(store.open());
    CHECK(
        store.cost(QStringLiteral("anthropic"), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"))).usd
        == Approx(2.25));
}
