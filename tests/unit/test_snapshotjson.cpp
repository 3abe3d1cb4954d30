#include "health/snapshotjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <catch2/catch.hpp>

namespace {
HealthSnapshot sample()
{
    HealthSnapshot s;
    s.generatedAt = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    s.overall = HealthState::PartialOutage;
    s.officialOverall = HealthState::DegradedPerformance;
    s.connectivity = { Connectivity::Online, {} };
    s.feed.url = QUrl(QStringLiteral("https://status.claude.com"));
    s.feed.ok = true;
    s.feed.indicator = QStringLiteral("minor");
    s.feed.description = QStringLiteral("Minor Service Outage");
    s.feed.fetchedAt = s.generatedAt.addSecs(-5);
    s.components.append({ QStringLiteral("k8w3r06qmzrp"),
                          QStringLiteral("Claude API (api.anthropic.com)"),
                          QStringLiteral("partial_outage"),
                          HealthState::PartialOutage,
                          {},
                          false,
                          3 });
    ModelHealth m;
    m.id = QStringLiteral("claude-opus-4-5");
    m.displayName = QStringLiteral("Claude Opus 4.5");
    m.family = QStringLiteral("opus");
    m.state = HealthState::PartialOutage;
    m.official = HealthState::Operational;
    m.probe = HealthState::PartialOutage;
    m.aheadOfOfficial = true;
    ProbeResult p;
    p.modelId = m.id;
    p.outcome = ProbeOutcome::Overloaded;
    p.httpStatus = 529;
    p.errorType = QStringLiteral("overloaded_error");
    p.requestId = QStringLiteral("req_123");
    p.latencyMs = 812;
    p.at = s.generatedAt.addSecs(-30);
    m.lastProbe = p;
    m.reasons
        = Reasons { Reason(QStringLiteral("last_probe"), { QStringLiteral("overloaded"), QStringLiteral("529") }) };
    s.models.append(m);
    ModelHealth unprobed = m;
    unprobed.id = QStringLiteral("claude-haiku-4-5");
    unprobed.lastProbe.reset();
    s.models.append(unprobed);
    return s;
}
} // namespace

TEST_CASE("the --json snapshot has the schema 1 fields a script relies on", "[json]")
{
    const QJsonObject o = SnapshotJson::toJson(sample());
    CHECK(o.value(u"schema").toInt() == 1);
    CHECK(o.value(u"generated_at").toString() == u"2026-11-27T12:00:00Z");
    CHECK(o.value(u"overall").toString() == u"partial_outage");
    CHECK(o.value(u"connectivity").toString() == u"online");
    const QJsonObject feed = o.value(u"feed").toObject();
    CHECK(feed.value(u"ok").toBool());
    CHECK(feed.value(u"stale").toBool() == false);
    CHECK(feed.value(u"error").isNull());
    CHECK(feed.value(u"indicator").toString() == u"minor");
    CHECK(feed.value(u"fetched_at").toString() == u"2026-11-27T11:59:55Z");
    const QJsonObject component = o.value(u"components").toArray().at(0).toObject();
    CHECK(component.value(u"id").toString() == u"k8w3r06qmzrp");
    CHECK(component.value(u"status").toString() == u"partial_outage");

    const QJsonArray models = o.value(u"models").toArray();
    REQUIRE(models.size() == 2);
    const QJsonObject opus = models.at(0).toObject();
    CHECK(opus.value(u"id").toString() == u"claude-opus-4-5");
    CHECK(opus.value(u"display_name").toString() == u"Claude Opus 4.5");
    CHECK(opus.value(u"state").toString() == u"partial_outage");
    CHECK(opus.value(u"official").toString() == u"operational");
    CHECK(opus.value(u"probe").toString() == u"partial_outage");
    CHECK(opus.value(u"ahead_of_official").toBool());
    const QJsonObject probe = opus.value(u"last_probe").toObject();
    CHECK(probe.value(u"outcome").toString() == u"overloaded");
    CHECK(probe.value(u"http_status").toInt() == 529);
    CHECK(probe.value(u"error_type").toString() == u"overloaded_error");
    CHECK(probe.value(u"request_id").toString() == u"req_123");
    CHECK(probe.value(u"latency_ms").toInt() == 812);
    CHECK(probe.value(u"at").toString() == u"2026-11-27T11:59:30Z");
    CHECK(models.at(1).toObject().value(u"last_probe").isNull());
}

TEST_CASE("times in the snapshot are UTC even when the source had an offset", "[json]")
{
    const QDateTime local(QDate(2026, 11, 27), QTime(21, 0), QTimeZone(9 * 3600));
    CHECK(SnapshotJson::timeToJson(local).toString() == u"2026-11-27T12:00:00Z");
    CHECK(SnapshotJson::timeToJson(QDateTime()).isNull());
}
