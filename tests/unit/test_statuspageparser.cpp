// StatuspageParser JSON side against real captures (tests/fixtures/statuspage, see PROVENANCE.md) and the
// quirks DESIGN.md "Real captures" lists, each as a small inline body.
#include "feed/statuspageparser.h"
#include "testhelpers.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace {

using testsupport::fixtureBytes;
using testsupport::utc;

QStringList ids(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* id : list)
        out << QLatin1String(id);
    return out;
}

} // namespace

TEST_CASE("github summary: indicator understates, Packages partial_outage, one incident", "[parser][fixture]")
{
    const auto r = StatuspageParser::parseSummary(fixtureBytes("github_summary_partial_outage.json"));
    REQUIRE(r.ok());
    CHECK(r.error.isEmpty());
    const StatusSummary& s = *r.value;
    CHECK(s.pageId == u"kctbh9vrtdwd");
    CHECK(s.pageName == u"GitHub");
    CHECK(s.pageUrl == u"https://www.githubstatus.com");
    CHECK(s.pageUpdatedAt == utc("2022-11-25T15:50:05.892Z"));
    CHECK(s.indicator == u"minor");
    CHECK(s.description == u"Minor Service Outage");

    REQUIRE(s.components.size() == 11);
    CHECK(s.components.first().id == u"8l4ygp009s5s");
    CHECK(s.components.first().name == u"Git Operations");
    CHECK(s.components.first().position == 1);
    CHECK(s.components.last().name == u"Copilot");
    int notOperational = 0;
    for (const Component& c : s.components) {
        CHECK(c.groupId.isEmpty());
        CHECK_FALSE(c.isGroup);
        CHECK(c.status == healthStateFromKey(c.rawStatus));
        if (c.status != HealthState::Operational)
            ++notOperational;
    }
    CHECK(notOperational == 1);
    const Component& packages = s.components.at(7);
    CHECK(packages.id == u"st3j38cctv9l");
    CHECK(packages.name == u"Packages");
    CHECK(packages.rawStatus == u"partial_outage");
    CHECK(packages.status == HealthState::PartialOutage);
    CHECK(packages.position == 8);

    CHECK(s.maintenances.isEmpty());
    REQUIRE(s.incidents.size() == 1);
    const Incident& inc = s.incidents.first();
    CHECK(inc.id == u"ljwdk6qml8z8");
    CHECK(inc.name == u"Incident with Packages and Pages");
    CHECK(inc.status == u"investigating");
    CHECK(inc.impact == u"major");
    CHECK(inc.shortlink == u"https://stspg.io/33vh8r7z43kh");
    CHECK(inc.createdAt == utc("2022-11-25T14:39:09.548Z"));
    CHECK(inc.startedAt == utc("2022-11-25T14:39:09.542Z"));
    CHECK(inc.updatedAt == utc("2022-11-25T15:50:04.970Z"));
    CHECK(inc.startedAt.timeSpec() == Qt::UTC);
    CHECK_FALSE(inc.resolvedAt.isValid());
    CHECK_FALSE(inc.isResolved());
    CHECK(inc.componentIds == ids({ "st3j38cctv9l", "vg70hn9s2tyj" }));

    // Seven interim updates, all still "investigating"; newest first as on the wire.
    REQUIRE(inc.updates.size() == 7);
    for (const IncidentUpdate& u : inc.updates)
        CHECK(u.status == u"investigating");
    for (int i = 1; i < inc.updates.size(); ++i)
        CHECK(inc.updates.at(i - 1).createdAt > inc.updates.at(i).createdAt);
    CHECK(inc.updates.first().id == u"k0x2s8g2plxb");
    CHECK(inc.updates.first().createdAt == utc("2022-11-25T15:50:04.967Z"));
    CHECK(inc.updates.first().body.startsWith(u"Packages is now experiencing degraded performance."));
    CHECK(inc.updates.first().affectedComponentIds == ids({ "vg70hn9s2tyj", "st3j38cctv9l" }));
    CHECK(inc.updates.at(1).id == u"8fnd7wsp5v36");
    CHECK(inc.updates.at(1).affectedComponentIds.isEmpty()); // affected_components: null
    CHECK(inc.updates.last().id == u"n1dr3fb22655");
    CHECK(inc.updates.last().createdAt == utc("2022-11-25T14:39:09.577Z"));
    CHECK(inc.updates.last().affectedComponentIds == ids({ "st3j38cctv9l" }));
}

TEST_CASE("github incident with 19-digit tweet_id parses in wire order", "[parser][fixture]")
{
    const auto r = StatuspageParser::parseIncident(fixtureBytes("github_incident_major_resolved.json"));
    REQUIRE(r.ok());
    const Incident& inc = *r.value;
    CHECK(inc.id == u"lc8s9rtyjmgq");
    CHECK(inc.name == u"Incident with GitHub Actions");
    CHECK(inc.status == u"resolved");
    CHECK(inc.isResolved());
    CHECK(inc.impact == u"major");
    CHECK(inc.shortlink == u"https://stspg.io/3ly8hy6f17kj");
    CHECK(inc.startedAt == utc("2021-08-10T20:09:03.894Z"));
    CHECK(inc.resolvedAt == utc("2021-08-10T23:10:51.289Z"));
    CHECK(inc.componentIds == ids({ "br0l2tvcx85d" }));
    REQUIRE(inc.updates.size() == 5);
    QStringList statuses;
    for (const IncidentUpdate& u : inc.updates)
        statuses << u.status;
    CHECK(statuses == ids({ "resolved", "monitoring", "identified", "investigating", "investigating" }));
    CHECK(inc.updates.at(1).id == u"j5w02y0pl9qg"); // the one with tweet_id 1425224704026046467
    CHECK(inc.updates.at(1).createdAt == utc("2021-08-10T22:37:02.850Z"));
    CHECK(inc.updates.at(1).affectedComponentIds == ids({ "br0l2tvcx85d" })); // old == new partial_outage
    CHECK(inc.updates.at(3).affectedComponentIds.isEmpty()); // affected_components: []
    CHECK(inc.updates.last().createdAt == utc("2021-08-10T20:09:04.042Z"));
}

TEST_CASE("github critical incident: ten components, long resolved body", "[parser][fixture]")
{
    const auto r = StatuspageParser::parseIncident(fixtureBytes("github_incident_critical_resolved.json"));
    REQUIRE(r.ok());
    const Incident& inc = *r.value;
    CHECK(inc.id == u"gqx5l06jjxhp");
    CHECK(inc.name == u"Incident On 2023-06-29");
    CHECK(inc.impact == u"critical");
    CHECK(inc.resolvedAt == utc("2023-06-29T18:36:19.000Z"));
    CHECK(inc.componentIds.size() == 10);
    CHECK(inc.componentIds.first() == u"8l4ygp009s5s");
    REQUIRE(inc.updates.size() == 8);
    CHECK(inc.updates.first().status == u"resolved");
    CHECK(inc.updates.first().body.startsWith(u"From 17:39-18:12 UTC GitHub was down"));
    CHECK(inc.updates.first().body.size() > 1500);
    CHECK(inc.updates.first().affectedComponentIds.size() == 10);
    CHECK(inc.updates.last().id == u"ry1xb4w4nsqr");
    CHECK(inc.updates.last().createdAt == utc("2023-06-29T17:52:11.671Z"));
}

TEST_CASE("incident list endpoints take the same incident shape", "[parser]")
{
    const QByteArray single = fixtureBytes("github_incident_major_resolved.json");
    const auto one = StatuspageParser::parseIncident(single);
    REQUIRE(one.ok());
    // /api/v2/incidents.json wraps the same objects in a list; build one from the real incident.
    const qsizetype at = single.indexOf("\"incident\"");
    QByteArray list = single;
    list.replace(at, 10, "\"incidents\"");
    list.insert(list.indexOf('{', at), '[');
    list.insert(list.lastIndexOf('}'), ']');
    const auto many = StatuspageParser::parseIncidents(list);
    REQUIRE(many.ok());
    REQUIRE(many.value->size() == 1);
    CHECK(many.value->first() == *one.value);

    const auto maint = StatuspageParser::parseIncidents(R"({"page":{},"scheduled_maintenances":[
        {"id":"m1","name":"DB upgrade","status":"scheduled","impact":"maintenance",
         "created_at":"2024-01-01T00:00:00Z","scheduled_for":"2024-01-02T01:00:00.000-08:00",
         "scheduled_until":"2024-01-02T03:00:00-08:00","incident_updates":[],"components":[{"id":"c1"}]}]})");
    REQUIRE(maint.ok());
    REQUIRE(maint.value->size() == 1);
    CHECK(maint.value->first().scheduledFor == utc("2024-01-02T09:00:00Z"));
    CHECK(maint.value->first().scheduledUntil == utc("2024-01-02T11:00:00Z"));
    CHECK(maint.value->first().startedAt == utc("2024-01-01T00:00:00Z")); // no started_at → created_at
    CHECK(maint.value->first().componentIds == ids({ "c1" }));
}

TEST_CASE("real-feed quirks in one incident", "[parser][quirks]")
{
    const auto r = StatuspageParser::parseIncident(R"({"incident":{
        "id":"q1","name":"Elevated errors on Claude Opus 4.7","status":"melting","impact":"apocalyptic",
        "created_at":"2026-09-22T10:00:00.123-07:00","updated_at":"2026-09-22T18:05:00Z",
        "reminder_intervals":"[]","components":null,
        "incident_updates":[
          {"id":"u2","status":"investigating","body":"still","created_at":"2026-09-22T17:05:00Z",
           "tweet_id":1674486844367728640,"custom_tweet":null,
           "affected_components":[{"code":"k8w3r06qmzrp","old_status":"partial_outage","new_status":"partial_outage"},
                                  {"code":"k8w3r06qmzrp","old_status":"partial_outage","new_status":"partial_outage"},
                                  {"code":"abc"},{"nocode":1},7,null]},
          {"id":"u1","status":"investigating","body":"looking","display_at":"2026-09-22T10:00:00-07:00",
           "tweet_id":9223372036854775807999,"affected_components":"[]"},
          "not an update", null]}})");
    REQUIRE(r.ok());
    const Incident& inc = *r.value;
    CHECK(inc.status == u"melting"); // unknown words kept raw
    CHECK(inc.impact == u"apocalyptic");
    CHECK(inc.createdAt == utc("2026-09-22T17:00:00.123Z"));
    CHECK(inc.createdAt.timeSpec() == Qt::UTC);
    CHECK(inc.startedAt == inc.createdAt);
    CHECK(inc.componentIds.isEmpty());
    REQUIRE(inc.updates.size() == 2);
    CHECK(inc.updates.at(0).id == u"u2");
    CHECK(inc.updates.at(0).affectedComponentIds == ids({ "k8w3r06qmzrp", "abc" }));
    CHECK(inc.updates.at(1).createdAt == utc("2026-09-22T17:00:00Z")); // display_at fallback
    CHECK(inc.updates.at(1).affectedComponentIds.isEmpty());
}

TEST_CASE("incident.io shim summary: no time_zone, groups, incidents or maintenances", "[parser][quirks]")
{
    const auto r = StatuspageParser::parseSummary(R"({
        "page":{"id":"01JMBBQ0KBRRWZ1KCP3BYD0Q33","name":"OpenAI","url":"https://status.openai.com",
                "updated_at":"2025-06-10T14:51:22.120000Z"},
        "components":[{"id":"01JMXBRMFE6N2NNT7DG6XZQ6PW","name":"APIs","status":"operational","position":1},
                      {"id":"01JMXBRMFE2","name":"ChatGPT","status":"degraded_performance"},
                      {"id":"01JMXBRMFE3","name":"Sora","status":"full_outage"}],
        "status":{"indicator":"minor","description":"Partially Degraded Service"}})");
    REQUIRE(r.ok());
    const StatusSummary& s = *r.value;
    CHECK(s.pageUpdatedAt == utc("2025-06-10T14:51:22.120Z")); // microseconds cut to milliseconds
    CHECK(s.incidents.isEmpty());
    CHECK(s.maintenances.isEmpty());
    REQUIRE(s.components.size() == 3);
    CHECK(s.components.at(0).status == HealthState::Operational);
    CHECK(s.components.at(1).status == HealthState::DegradedPerformance);
    CHECK(s.components.at(2).status == HealthState::Unknown);
    CHECK(s.components.at(2).rawStatus == u"full_outage");
    CHECK(s.components.at(1).position == 0);

    const auto indicatorOnly = StatuspageParser::parseSummary(R"({"status":{"indicator":"none"}})");
    REQUIRE(indicatorOnly.ok());
    CHECK(indicatorOnly.value->indicator == u"none");
    const auto componentsOnly = StatuspageParser::parseSummary(R"({"components":[{"id":"a","group":true}]})");
    REQUIRE(componentsOnly.ok());
    CHECK(componentsOnly.value->indicator.isEmpty()); // maps to Unknown, never "none"
    CHECK(componentsOnly.value->components.first().isGroup);
    CHECK(componentsOnly.value->components.first().status == HealthState::Unknown);
}

TEST_CASE("bad bodies are errors with a readable reason, never an all-clear", "[parser][errors]")
{
    const QByteArray real = fixtureBytes("github_summary_partial_outage.json");
    struct Bad {
        QByteArray body;
        const char* reason;
    };
    const Bad bad = GENERATE_COPY(values<Bad>({
        { "", "empty" },
        { " \r\n\t", "empty" },
        { "\xEF\xBB\xBF", "empty" },
        { "<!DOCTYPE html><html><body>All Systems Operational</body></html>", "HTML instead of JSON" },
        { "\xEF\xBB\xBF\n  <html><head><title>Just a moment...</title></head></html>", "HTML instead of JSON" },
        { "\n\n<HTML>403 Forbidden", "HTML instead of JSON" },
        { real.left(real.size() / 2), "not valid JSON" },
        { "{\"status\":{\"indicator\":\"none\"}", "not valid JSON" },
        { "{\"status\":{\"indicator\":\"none\"}} trailing", "not valid JSON" },
        { "operational", "not valid JSON" },
        { "[]", "unexpected shape" },
        { "[{\"status\":{\"indicator\":\"none\"}}]", "unexpected shape" },
        { "{}", "unexpected shape" },
        { "{\"status\":\"operational\"}", "unexpected shape" },
        { "{\"status\":{\"indicator\":3}}", "unexpected shape" },
        { "{\"status\":{\"description\":\"All good\"}}", "unexpected shape" },
        { "{\"components\":{}}", "unexpected shape" },
        { QByteArray("\x00\x01\x02", 3), "not valid JSON" },
    }));
    CAPTURE(bad.body.left(60).toStdString());
    const auto summary = StatuspageParser::parseSummary(bad.body);
    CHECK_FALSE(summary.ok());
    CHECK(summary.error.contains(QLatin1String(bad.reason)));
    CHECK_FALSE(StatuspageParser::parseIncidents(bad.body).ok());
    CHECK_FALSE(StatuspageParser::parseIncident(bad.body).ok());
    CHECK_FALSE(StatuspageParser::parseIncident(bad.body).error.isEmpty());
}

TEST_CASE("JSON scalars at top level are errors", "[parser][errors]")
{
    const char* body = GENERATE("null", "true", "42", "\"operational\"");
    CAPTURE(body);
    const auto r = StatuspageParser::parseSummary(body);
    CHECK_FALSE(r.ok());
    CHECK(r.error.contains(u"not valid JSON"));
}

TEST_CASE("invalid JSON reason names the offset", "[parser][errors]")
{
    const auto r = StatuspageParser::parseSummary("{\"status\": {\"indicator\": nope}}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.startsWith(u"The status feed is not valid JSON: "));
    CHECK(r.error.endsWith(u" at offset 27")); // the 'n' of nope
    CHECK(StatuspageParser::parseSummary("<html></html>").error
          == u"The status page returned HTML instead of JSON (a login or challenge page?)");
    const auto incidents = StatuspageParser::parseIncidents("{\"page\":{}}");
    CHECK(incidents.error == u"The status feed has an unexpected shape: no incidents or scheduled_maintenances list");
    CHECK(StatuspageParser::parseIncident("{\"incident\":null}").error.contains(u"no incident object"));
}

TEST_CASE("ISO timestamps with and without milliseconds and offsets", "[parser][time]")
{
    struct Case {
        const char* text;
        const char* expectedUtc;
    };
    const Case c = GENERATE(values<Case>({
        { "2022-11-25T15:50:05.892Z", "2022-11-25T15:50:05.892Z" },
        { "2022-11-25T15:50:05Z", "2022-11-25T15:50:05.000Z" },
        { "2022-11-25T15:50:05.8Z", "2022-11-25T15:50:05.800Z" },
        { "2025-06-10T14:51:22.120456789Z", "2025-06-10T14:51:22.120Z" },
        { "2019-10-30T07:09:11-07:00", "2019-10-30T14:09:11.000Z" },
        { "2019-10-30T07:09:11.250-07:00", "2019-10-30T14:09:11.250Z" },
        { "2019-10-31T01:39:11+05:30", "2019-10-30T20:09:11.000Z" },
        { "2019-10-31T01:39:11+0530", "2019-10-30T20:09:11.000Z" },
        { "2019-12-31T23:30:00-01:00", "2020-01-01T00:30:00.000Z" },
        { "  2019-10-30 14:09:11z ", "2019-10-30T14:09:11.000Z" },
        { "2019-10-30T14:09:11", "2019-10-30T14:09:11.000Z" },
    }));
    CAPTURE(c.text);
    const QDateTime d = StatuspageParser::parseTimestamp(QString::fromLatin1(c.text));
    CHECK(d == utc(c.expectedUtc));
    CHECK(d.timeSpec() == Qt::UTC);
}

TEST_CASE("malformed timestamps are null", "[parser][time]")
{
    const char* text = GENERATE("", "   ", "2022-11-25", "2022-13-01T00:00:00Z", "2022-02-30T00:00:00Z",
                                "2022-11-25T24:00:00Z", "2022-11-25T15:50:61Z", "2022-11-25T15:50:05.Z",
                                "2022-11-25T15:50:05+25:00", "2022-11-25T15:50:05 Mars", "2022-11-25T15:50:05Zjunk",
                                "２０２２-11-25T15:50:05Z", "0000-01-01T00:00:00Z", "yesterday", "null");
    CAPTURE(text);
    CHECK_FALSE(StatuspageParser::parseTimestamp(QString::fromUtf8(text)).isValid());
}

TEST_CASE("a 200 JSON body that says nothing is not a status page, never all clear", "[parser][hardening]")
{
    // Issue 9: each of these used to parse as "no components, no incidents" and made every model operational.
    for (const char* body : { R"({})", R"({"components":[]})", R"({"page":{"id":"x"},"components":[],"incidents":[]})",
                              R"({"status":"ok","components":[]})", R"({"status":{"indicator":0}})",
                              R"({"status":{"indicator":"none"},"components":[{"id":1,"status":"operational"}]})",
                              R"({"components":[{"id":"a","status":3}]})", R"({"components":[{}]})",
                              R"({"components":"none"})", R"({"components":[1,2]})" }) {
        INFO(body);
        const auto r = StatuspageParser::parseSummary(body);
        CHECK_FALSE(r.ok());
        CHECK(r.errorCode == u"feed_not_status_page");
        CHECK_FALSE(r.error.isEmpty());
    }
    // Real shapes still parse: an indicator alone, components alone.
    CHECK(StatuspageParser::parseSummary(R"({"status":{"indicator":"none"},"components":[]})").ok());
    CHECK(StatuspageParser::parseSummary(R"({"components":[{"id":"a","name":"API","status":"operational"}]})").ok());
    // Broken JSON keeps its own reason (feed_malformed), not "not a status page".
    CHECK(StatuspageParser::parseSummary(R"({"status":)").errorCode.isEmpty());
}
