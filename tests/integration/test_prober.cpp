// The real Prober and ModelDiscovery against the simulated provider: one test per outcome class.
#include "net/retryafter.h"
#include "probe/modeldiscovery.h"
#include "probe/prober.h"
#include "simprovider.h"
#include "testhelpers.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QThread>
#include <catch2/catch.hpp>

namespace {
const QString kKey = QStringLiteral("sk-ant-test-SENTINEL-0000");
const QString kModel = QStringLiteral("claude-opus-4-5");

using testsupport::waitFor;

void checkNoKey(const ProbeResult& r)
{
    for (const QString& field : { r.modelId, r.errorType, r.errorMessage, r.requestId }) {
        CHECK_FALSE(field.contains(kKey));
        CHECK_FALSE(field.contains(QStringLiteral("SENTINEL")));
    }
}

struct Fixture {
    SimProvider sim;
    QNetworkAccessManager nam;
    SystemClock clock;
    Prober prober { &nam, &clock };

    Fixture()
    {
        REQUIRE(sim.listen());
        sim.setModels(QStringList { kModel });
        ProberConfig config;
        config.apiUrl = sim.baseUrl();
        config.apiKey = kKey;
        config.timeoutMs = 1500;
        config.slowThresholdMs = 250;
        prober.setConfig(config);
    }

    ProbeResult run(const ModelBehaviour& behaviour, ProbeUsage* usage = nullptr)
    {
        sim.setModelBehaviour(kModel, behaviour);
        std::optional<ProbeResult> result;
        auto c = QObject::connect(&prober, &Prober::finished, [&](const ProbeResult& r, const ProbeUsage& u) {
            result = r;
            if (usage)
                *usage = u;
        });
        REQUIRE(prober.probe(kModel));
        REQUIRE(waitFor([&] { return result.has_value(); }));
        QObject::disconnect(c);
        checkNoKey(*result);
        CHECK(result->modelId == kModel);
        CHECK(result->at.isValid());
        return *result;
    }
};
} // namespace

TEST_CASE("request format: path, headers, body", "[prober]")
{
    Fixture f;
    ProbeUsage usage;
    const ProbeResult r = f.run(ModelBehaviour::ok(), &usage);
    CHECK(r.outcome == ProbeOutcome::Ok);
    CHECK(r.httpStatus == 200);
    CHECK(r.requestId.startsWith(QStringLiteral("req_")));
    CHECK(r.latencyMs >= 0);
    CHECK(r.ttfbMs >= 0);
    CHECK(r.ttfbMs <= r.latencyMs);
    CHECK(usage == ProbeUsage { 8, 1 });
    REQUIRE(f.sim.requestCount(QStringLiteral("/v1/messages")) == 1);
    const SimRequest req = f.sim.requests().constLast();
    CHECK(req.method == "POST");
    CHECK(req.header("anthropic-version") == "2023-06-01");
    CHECK(req.header("content-type") == "application/json");
    CHECK(req.apiKeyFingerprint == SimProvider::keyFingerprint(kKey));
    CHECK(req.body == R"({"max_tokens":1,"messages":[{"content":"ping","role":"user"}],"model":"claude-opus-4-5"})");
}

TEST_CASE("outcome classes through the real network code", "[prober]")
{
    Fixture f;
    using K = ModelBehaviour::Kind;
    CHECK(f.run(ModelBehaviour::ok(400)).outcome == ProbeOutcome::Slow);

    ProbeResult r = f.run(ModelBehaviour::error(529));
    CHECK(r.outcome == ProbeOutcome::Overloaded);
    CHECK(r.errorType == QStringLiteral("overloaded_error"));
    r = f.run(ModelBehaviour::error(500));
    CHECK(r.outcome == ProbeOutcome::ServerError);
    CHECK(r.errorType == QStringLiteral("api_error"));
    CHECK(f.run(ModelBehaviour::error(503)).outcome == ProbeOutcome::ServerError);
    r = f.run(ModelBehaviour::error(429, 17));
    CHECK(r.outcome == ProbeOutcome::RateLimited);
    CHECK(r.retryAfterSec == 17);
    CHECK(f.run(ModelBehaviour::error(401)).outcome == ProbeOutcome::AuthError);
    CHECK(f.run(ModelBehaviour::error(403)).outcome == ProbeOutcome::AuthError);
    CHECK(f.run(ModelBehaviour::error(402)).outcome == ProbeOutcome::BillingError);
    CHECK(f.run(ModelBehaviour::error(404)).outcome == ProbeOutcome::BadRequest);
    CHECK(f.run(ModelBehaviour::error(400)).outcome == ProbeOutcome::BadRequest);
    CHECK(f.run(ModelBehaviour::error(413)).outcome == ProbeOutcome::BadRequest);

    // A 200 is good news only when it is a message.
    r = f.run(ModelBehaviour::of(K::Html));
    CHECK(r.outcome == ProbeOutcome::ServerError);
    CHECK(r.httpStatus == 200);
    CHECK(f.run(ModelBehaviour::of(K::Truncate)).outcome == ProbeOutcome::ServerError);
    CHECK(f.run(ModelBehaviour::of(K::Cut)).outcome == ProbeOutcome::ServerError);
}

TEST_CASE("a hanging API times out at the configured limit", "[prober]")
{
    Fixture f;
    QElapsedTimer t;
    t.start();
    const ProbeResult r = f.run(ModelBehaviour::of(ModelBehaviour::Kind::Hang));
    CHECK(r.outcome == ProbeOutcome::Timeout);
    CHECK(t.elapsed() < 5000);
    CHECK(r.latencyMs >= 1400);
}

TEST_CASE("a redirect is not followed: the key never reaches the other host", "[prober]")
{
    Fixture f;
    // "Another host" that is really this simulator (localhost vs 127.0.0.1): following would show in its log.
    ModelBehaviour redirect = ModelBehaviour::of(ModelBehaviour::Kind::Redirect, 307);
    redirect.location = QUrl(QStringLiteral("http://localhost:%1/v1/messages").arg(f.sim.port()));
    const ProbeResult r = f.run(redirect);
    CHECK(r.outcome == ProbeOutcome::NetworkError);
    CHECK(r.httpStatus == 307);
    CHECK(r.errorMessage.contains(QStringLiteral("not sent")));
    QCoreApplication::processEvents();
    waitFor([] { return false; }, 300); // give a (wrongly) followed request time to arrive
    REQUIRE(f.sim.requestCount(QStringLiteral("/v1/messages")) == 1);
    for (const auto& req : f.sim.requests())
        CHECK_FALSE(req.host.startsWith(QStringLiteral("localhost")));
    CHECK(r.errorMessage.contains(QStringLiteral("localhost")));
}

TEST_CASE("network errors: nothing listening", "[prober]")
{
    QNetworkAccessManager nam;
    SystemClock clock;
    Prober prober(&nam, &clock);
    quint16 port = 0;
    {
        SimProvider probe;
        REQUIRE(probe.listen());
        port = probe.port();
    }
    ProberConfig config;
    config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.apiKey = kKey;
    prober.setConfig(config);
    std::optional<ProbeResult> result;
    QObject::connect(&prober, &Prober::finished, [&](const ProbeResult& r, const ProbeUsage&) { result = r; });
    REQUIRE(prober.probe(kModel));
    REQUIRE(waitFor([&] { return result.has_value(); }));
    CHECK(result->outcome == ProbeOutcome::NetworkError);
    CHECK(result->httpStatus == 0);
    checkNoKey(*result);

    // The key is never sent in clear to a non-loopback host.
    config.apiUrl = QUrl(QStringLiteral("http://example.com"));
    prober.setConfig(config);
    result.reset();
    REQUIRE(prober.probe(kModel));
    REQUIRE(waitFor([&] { return result.has_value(); }));
    CHECK(result->outcome == ProbeOutcome::NetworkError);
    checkNoKey(*result);
}

TEST_CASE("retry-after in seconds or as an HTTP date", "[prober]")
{
    const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    CHECK(parseRetryAfter("30", now) == 30);
    CHECK(parseRetryAfter("Fri, 27 Nov 2026 12:01:00 GMT", now) == 60);
    CHECK_FALSE(parseRetryAfter("", now).has_value());
    CHECK_FALSE(parseRetryAfter("soon", now).has_value());
}

TEST_CASE("model discovery pages with after_id and picks the newest of each family", "[discovery]")
{
    SimProvider sim;
    REQUIRE(sim.listen());
    QStringList ids;
    for (int i = 0; i < 130; ++i)
        ids.append(QStringLiteral("claude-test-%1").arg(i));
    ids << QStringLiteral("claude-opus-4-5") << QStringLiteral("claude-sonnet-4-5")
        << QStringLiteral("claude-haiku-4-5");
    sim.setModels(ids);
    QNetworkAccessManager nam;
    ModelDiscovery discovery(&nam);
    std::optional<ModelDiscoveryResult> result;
    QObject::connect(&discovery, &ModelDiscovery::finished, [&](const ModelDiscoveryResult& r) { result = r; });
    discovery.start(sim.baseUrl(), kKey);
    REQUIRE(waitFor([&] { return result.has_value(); }));
    REQUIRE(result->ok);
    CHECK(result->models.size() == ids.size());
    CHECK(sim.requestCount(QStringLiteral("/v1/models")) >= 2);
    const auto defaults = ModelDiscovery::chooseDefaults(result->models);
    // Families are open-ended: "claude-test-N" is a family of its own here; the three long-standing ones lead.
    REQUIRE(defaults.size() == 4);
    CHECK(defaults[0].family == QStringLiteral("opus"));
    CHECK(defaults[1].family == QStringLiteral("sonnet"));
    CHECK(defaults[2].family == QStringLiteral("haiku"));
    CHECK(defaults[3].family == QStringLiteral("test"));

    // Without a key: an error, and the caller falls back to builtinModels().
    result.reset();
    discovery.start(sim.baseUrl(), QString());
    REQUIRE(waitFor([&] { return result.has_value(); }));
    CHECK_FALSE(result->ok);
    CHECK_FALSE(result->error.isEmpty());
}

TEST_CASE("chooseDefaults: newest by created_at, else by version", "[discovery]")
{
    const auto at = [](int y, int m) { return QDateTime(QDate(y, m, 1), QTime(0, 0), Qt::UTC); };
    QVector<DiscoveredModel> models {
        { modelInfoFromId(QStringLiteral("claude-opus-4-1-20250805")), at(2025, 8) },
        { modelInfoFromId(QStringLiteral("claude-opus-4-5-20251101")), at(2025, 11) },
        { modelInfoFromId(QStringLiteral("claude-sonnet-4-5-20250929")), at(2025, 9) },
        { modelInfoFromId(QStringLiteral("claude-3-7-sonnet-20250219")), at(2025, 2) },
        { modelInfoFromId(QStringLiteral("claude-3-5-haiku-20241022")), QDateTime() },
        { modelInfoFromId(QStringLiteral("claude-haiku-4-5-20251001")), QDateTime() },
    };
    const auto d = ModelDiscovery::chooseDefaults(models);
    REQUIRE(d.size() == 3);
    CHECK(d[0].id == QStringLiteral("claude-opus-4-5-20251101"));
    CHECK(d[1].id == QStringLiteral("claude-sonnet-4-5-20250929"));
    CHECK(d[2].id == QStringLiteral("claude-haiku-4-5-20251001"));
}
