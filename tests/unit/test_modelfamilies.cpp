// Model families read from the page's own prose, and the default watched models without a key.
#include "feed/statuspageparser.h"
#include "health/modelfamilies.h"
#include "testhelpers.h"

#include <QCryptographicHash>
#include <catch2/catch.hpp>

namespace {

// The real Anthropic captures live in tests/fixtures/anthropic/, beside the generic statuspage/ ones that
// testsupport::fixtureBytes() reads: same helper, one directory over.
QByteArray anthropicFixture(const char* name)
{
    return testsupport::fixtureBytes((std::string("../anthropic/") + name).c_str());
}

QString ids(const QVector<ModelInfo>& models)
{
    QStringList out;
    for (const ModelInfo& m : models)
        out << m.id;
    return out.join(QStringLiteral(", "));
}

QString mentionText(const QVector<ModelMention>& mentions)
{
    QStringList out;
    for (const ModelMention& m : mentions) {
        QString s = m.allModels ? QStringLiteral("all") : (m.family + u' ' + m.version).trimmed();
        if (m.recovered)
            s += QStringLiteral(" (recovered)");
        if (m.additive)
            s += QStringLiteral(" (also)");
        out << s;
    }
    return out.join(QStringLiteral(", "));
}

Incident incident(const char* created, const char* title, std::initializer_list<const char*> bodies)
{
    Incident inc;
    inc.name = QString::fromUtf8(title);
    inc.createdAt = testsupport::utc(created);
    for (const char* b : bodies) {
        IncidentUpdate u;
        u.body = QString::fromUtf8(b);
        inc.updates.append(u);
    }
    return inc;
}

} // namespace

TEST_CASE("the copies of the Anthropic captures are byte-identical to shared/fixtures", "[modelfamilies][fixture]")
{
    // sha256 of shared/fixtures/anthropic/* (tests/fixtures/anthropic/PROVENANCE.md).
    const std::pair<const char*, const char*> files[] = {
        { "incident_461yvfrzpwtt_narrowing.json", "1319a49422183057d28b69962f7bb9586a8e6a422c906e67d6e20da048a5ff1e" },
        { "incident_fsh2zzzl2c4l_flapping.json", "d59cea3038df9a223999e6c24705a75666a580014c15378f222ab4ffa73181c1" },
        { "incidents_2026-09-15.json", "c5fa64d8e93bcc7ce412d726dc57b4bb1ab39171e5a84f76710ab3606e1bf264" },
    };
    for (const auto& [name, sha] : files) {
        CAPTURE(name);
        CHECK(QCryptographicHash::hash(anthropicFixture(name), QCryptographicHash::Sha256).toHex() == QByteArray(sha));
    }
}

TEST_CASE("a family is introduced by the shape of its name, minus products", "[modelfamilies]")
{
    const auto introduced = [](const char* text) {
        return ModelProse(QString::fromUtf8(text)).introducedFamilies().join(QStringLiteral(", "));
    };
    CHECK(introduced("Elevated errors for Claude Fable 5") == QStringLiteral("fable")); // real
    CHECK(introduced("Intermittent error spikes for Claude Mythos 5.1 and Claude Fable 5.1")
          == QStringLiteral("mythos, fable")); // real
    CHECK(introduced("Elevated errors on Claude Nova 6") == QStringLiteral("nova"));
    CHECK(introduced("requests to claude-nova-6-20270101 fail") == QStringLiteral("nova"));
    CHECK(introduced("Claude Code 2.0.5 fails to start").isEmpty());
    CHECK(introduced("Degraded functionality for Claude Cowork on Windows").isEmpty()); // real
    CHECK(introduced("Claude for Microsoft Office 365").isEmpty()); // real, lower-case "for"
    CHECK(introduced("Claude 2.1 is retired").isEmpty());
    CHECK(introduced("claude-2.1 is retired").isEmpty());
    CHECK(introduced("Claude Status 2025 review").isEmpty()); // a year is no version
    CHECK(introduced("claude nova 6").isEmpty()); // the shape needs a capitalised name
}

TEST_CASE("mentions carry what their clause says about them", "[modelfamilies]")
{
    const QStringList seeds = ModelFamilies::builtinFamilies();
    const auto read
        = [&](const char* text) { return mentionText(ModelProse(QString::fromUtf8(text)).mentions(seeds)); };
    // Real bodies (461yvfrzpwtt, fsh2zzzl2c4l, zhk4v3yv1lsf, rkk5x44tndw9).
    CHECK(read("An exhaustive list of affected models: Mythos/Fable 5.1, Mythos/Fable 5, Opus 5, Opus 4.8, Opus 4.6.")
          == QStringLiteral("mythos 5.1, fable 5.1, mythos 5, fable 5, opus 5, opus 4.8, opus 4.6"));
    CHECK(
        read(
            "As of 7:32 UTC / 0:32 PT, Opus 5 errors are back to baseline but we're seeing again Sonnet 5's errors up.")
        == QStringLiteral("opus 5 (recovered), sonnet 5"));
    CHECK(read("All models except Opus 5 have recovered. We're working to recover Opus 5 as well.")
          == QStringLiteral("all (recovered), opus 5, opus 5 (also)"));
    CHECK(read("As of 01:33 PT / 08:33 UTC we are back to errors across all models.") == QStringLiteral("all"));
    CHECK(read("Claude Opus 5 is operational. Claude Sonnet 5 is degraded.")
          == QStringLiteral("opus 5 (recovered), sonnet 5"));
    CHECK(read("Haiku 4.5 is also returning errors.") == QStringLiteral("haiku 4.5 (also)"));
    CHECK(read("For approximately 10 minutes, error rates on Sonnet 4.6 and 5 were elevated.")
          == QStringLiteral("sonnet 4.6, sonnet 5"));
    // "resolved" and "monitoring for recovery" are said of the models the incident is about.
    CHECK(read("A fix has been deployed for Claude Mythos 5.1, Claude Fable 5.1, and Claude Opus 5 and we are "
               "monitoring for recovery.")
          == QStringLiteral("mythos 5.1, fable 5.1, opus 5"));

    bool general = false;
    ModelProse(QStringLiteral("As of 2:58 PT / 9:58 UTC the errors are back to baseline.")).mentions(seeds, &general);
    CHECK(general);
    ModelProse(QStringLiteral("Opus 5 errors are back to baseline.")).mentions(seeds, &general);
    CHECK_FALSE(general);
    ModelProse(QStringLiteral("We are investigating.")).mentions(seeds, &general);
    CHECK_FALSE(general);

    // A bare word counts only for a known family.
    CHECK(read("Nova models are slow").isEmpty());
    CHECK(mentionText(ModelProse(QStringLiteral("Nova models are slow")).mentions({ QStringLiteral("nova") }))
          == QStringLiteral("nova"));
}

TEST_CASE("versions compare numerically", "[modelfamilies]")
{
    CHECK(ModelFamilies::compareVersions(u"5.1", u"5") > 0);
    CHECK(ModelFamilies::compareVersions(u"5", u"4.8") > 0);
    CHECK(ModelFamilies::compareVersions(u"4.10", u"4.9") > 0);
    CHECK(ModelFamilies::compareVersions(u"5", u"5.0") == 0);
    CHECK(ModelFamilies::compareVersions(u"3.5", u"4") < 0);
}

TEST_CASE("default models: the newest of each family named, most recently mentioned first", "[modelfamilies]")
{
    const QVector<Incident> incidents = {
        incident("2026-08-01T10:00:00Z", "Elevated errors on Claude Opus 4.8", { "Opus models are slow." }),
        incident("2026-09-01T10:00:00Z", "Elevated errors for Claude Nova 6", { "Also claude-2.1 and Claude 3 fail." }),
        incident("2026-08-15T10:00:00Z", "Elevated errors for multiple models",
                 { "Resolved for Claude Opus 5 and Sonnet 4.6.", "Errors on claude-haiku-4-5-20251001." }),
    };
    // Given out of date order: the result does not depend on it. "claude-2.1" / "Claude 3" have no family; bare
    // "Opus models" no version.
    CHECK(ids(newestModelsNamedIn(incidents))
          == QStringLiteral("claude-nova-6, claude-opus-5, claude-sonnet-4-6, claude-haiku-4-5"));
    CHECK(newestModelsNamedIn({}).isEmpty());
}

TEST_CASE("real incidents_2026-09-15: default models without a key", "[modelfamilies][fixture]")
{
    const auto r = StatuspageParser::parseIncidents(anthropicFixture("incidents_2026-09-15.json"));
    REQUIRE(r.ok());
    REQUIRE(r.value->size() == 50);
    const QVector<ModelInfo> models = newestModelsNamedIn(*r.value);
    // Checked by hand against the titles and bodies: Mythos 5.1 and Fable 5.1 (6304r9jjhj34, 2026-09-15); Opus 5
    // (461yvfrzpwtt bodies, 09-03 13:26, newer than Opus 4.8/4.7/4.6/4.5); Sonnet 5 (288w7p4hk1l1, 09-03 12:37; Sonnet
    // 4.6 only in 1019wwb67615); Haiku 4.5 (hkcw95k7r0f4, 08-19; no other Haiku). Mythos 5 / Fable 5 are older.
    CHECK(ids(models)
          == QStringLiteral("claude-mythos-5-1, claude-fable-5-1, claude-opus-5, claude-sonnet-5, claude-haiku-4-5"));
    REQUIRE(models.size() == 5);
    CHECK(models[0].displayName == QStringLiteral("Claude Mythos 5.1"));
    CHECK(models[1].displayName == QStringLiteral("Claude Fable 5.1"));
    CHECK(models[2].displayName == QStringLiteral("Claude Opus 5"));
    CHECK(models[3].displayName == QStringLiteral("Claude Sonnet 5"));
    CHECK(models[4].displayName == QStringLiteral("Claude Haiku 4.5"));
    CHECK(models[4].family == QStringLiteral("haiku"));
    CHECK(models[4].version == QStringLiteral("4.5"));
}
