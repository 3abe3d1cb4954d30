// Which models does status-page prose name? Titles marked "real" are from status.claude.com.

#include "health/healthevaluator.h"

#include <catch2/catch.hpp>

namespace {

struct TextCase {
    const char* label;
    const char* text;
    const char* modelId;
    bool names;
};

const TextCase kTextCases[] = {
    // Real titles and bodies.
    { "real: another Opus version is not ours", "Elevated errors on Claude Opus 4.7", "claude-opus-4-5", false },
    { "real: Opus 4.7 names Opus 4.7", "Elevated errors on Claude Opus 4.7", "claude-opus-4-7", true },
    { "real list: Opus 5 is not Opus 4.5",
      "We are seeing elevated errors on requests to Claude Mythos 5.1, Claude Fable 5.1, and Claude Opus 5.",
      "claude-opus-4-5", false },
    { "real list: names Opus 5", "…requests to Claude Mythos 5.1, Claude Fable 5.1, and Claude Opus 5", "claude-opus-5",
      true },
    { "real list: names Mythos 5.1", "…requests to Claude Mythos 5.1, Claude Fable 5.1, and Claude Opus 5",
      "claude-mythos-5-1", true },
    { "real list: Sonnet not among them", "…requests to Claude Mythos 5.1, Claude Fable 5.1, and Claude Opus 5",
      "claude-sonnet-4-5", false },
    { "real: products are not models", "Elevated errors on Claude.ai, API, Claude Code", "claude-opus-4-5", false },
    { "real: console host is not a model", "Elevated errors on platform.claude.com", "claude-sonnet-4-5", false },
    // Ways of writing our model.
    { "display name", "Degraded performance for Claude Opus 4.5", "claude-opus-4-5", true },
    { "family + version", "Opus 4.5 requests are failing", "claude-opus-4-5", true },
    { "API id in a body", "Requests to claude-opus-4-5-20251101 return 529", "claude-opus-4-5", true },
    { "dated id in text, undated id watched", "model claude-sonnet-4-5-20250929.", "claude-sonnet-4-5", true },
    { "hyphenated version", "Opus 4-5 latency is elevated", "claude-opus-4-5", true },
    { "glued version (decided: counts)", "errors on Opus4.5", "claude-opus-4-5", true },
    { "old official word order", "Elevated errors on Claude 3.5 Sonnet", "claude-3-5-sonnet-20241022", true },
    { "new order for an old model", "Elevated errors on Claude Sonnet 3.5", "claude-3-5-sonnet-20241022", true },
    { "lower case", "elevated errors on claude opus 4.5", "claude-opus-4-5", true },
    { "upper case", "ELEVATED ERRORS ON CLAUDE OPUS 4.5", "claude-opus-4-5", true },
    { "punctuation around the name", "Affected: (Opus 4.5), [Haiku 4.5].", "claude-haiku-4-5", true },
    { "sentence full stop after version", "The issue affected Sonnet 4.5.", "claude-sonnet-4-5", true },
    { "pair: Sonnet", "Sonnet 4.5 and Haiku 4.5", "claude-sonnet-4-5", true },
    { "pair: Haiku", "Sonnet 4.5 and Haiku 4.5", "claude-haiku-4-5", true },
    { "pair: not Opus", "Sonnet 4.5 and Haiku 4.5", "claude-opus-4-5", false },
    { "version list after one family", "Elevated errors on Claude Opus 4.1 and 4.5", "claude-opus-4-5", true },
    // Bare family.
    { "bare family: Opus models", "Elevated errors on Opus models", "claude-opus-4-5", true },
    { "bare family: Claude Opus", "Elevated errors on Claude Opus", "claude-opus-5", true },
    { "bare families in a pair", "Opus and Sonnet requests are slow", "claude-sonnet-4-5", true },
    { "bare family after hyphen", "Opus-class models are slow", "claude-opus-4-5", true },
    { "possessive", "Opus's error rate is elevated", "claude-opus-4-5", true },
    { "prose (decided: whole-word family counts)", "A magnum opus of an outage", "claude-opus-4-5", true },
    { "back-reference to another version", "Errors on Claude Opus 4.7. Opus requests are recovering.",
      "claude-opus-4-5", false },
    { "deliberate widening in the same text", "Errors on Claude Opus 4.7 and other Opus models", "claude-opus-4-5",
      true },
    // Other versions and families.
    { "Opus 4 is not Opus 4.5", "Elevated errors on Claude Opus 4", "claude-opus-4-5", false },
    { "Opus 4.51 is not Opus 4.5", "Elevated errors on Opus 4.51", "claude-opus-4-5", false },
    { "Opus 4.5.1 is not Opus 4.5", "Elevated errors on Opus 4.5.1", "claude-opus-4-5", false },
    { "Opus 4.5 is not Opus 4", "Elevated errors on Opus 4.5", "claude-opus-4-20250514", false },
    { "same version, other family", "Sonnet 4.5 is degraded", "claude-opus-4-5", false },
    { "other id in body", "claude-opus-4-1-20250805 is failing", "claude-opus-4-5", false },
    { "family inside a longer word", "Opuses and sonnets", "claude-opus-4-5", false },
    { "version belongs to the family before it", "Opus 4.5 Sonnet issues, also Sonnet 3.7", "claude-sonnet-4-5",
      false },
    { "id glued to the next sentence", "claude-opus-4-5.Opus 4.7 is fine", "claude-opus-4-5", true },
    { "empty text", "", "claude-opus-4-5", false },
};

struct AnyCase {
    const char* label;
    const char* text;
    bool names;
};

const AnyCase kAnyCases[] = {
    { "real: no model", "Elevated errors on Claude.ai, API, Claude Code", false },
    { "real: console host", "Elevated errors on platform.claude.com", false },
    { "real: multiple models (title alone)", "Elevated errors for multiple models", false },
    { "real: one model", "Elevated errors on Claude Opus 4.7", true },
    { "unknown family with version", "Elevated errors on Claude Nova 6", true },
    { "product with version is not a model", "Claude Code 2.0.5 fails to start", false },
    { "bare family", "Haiku requests time out", true },
    { "API id", "claude-3-haiku-20240307 returns 500", true },
    { "old naming", "Claude 2.1 is retired", true },
    { "an error code after Claude is not a version", "Claude 529 overloaded errors on the API", false },
    { "a year after a capitalised word is not a version", "Claude Status 2025 review", false },
    { "a year after an unknown name is not a version", "Claude Nova 2025", false },
    { "plain prose", "We are investigating reports of login failures.", false },
};

Incident incident(const char* title, std::initializer_list<const char*> bodies)
{
    Incident inc;
    inc.id = QStringLiteral("inc1");
    inc.name = QString::fromUtf8(title);
    inc.status = QStringLiteral("investigating");
    inc.impact = QStringLiteral("major");
    for (const char* b : bodies) {
        IncidentUpdate u;
        u.status = QStringLiteral("investigating");
        u.body = QString::fromUtf8(b);
        inc.updates.append(u);
    }
    return inc;
}

} // namespace

TEST_CASE("incident text names a model only by its own name or its bare family", "[attribution]")
{
    STATIC_REQUIRE(sizeof(kTextCases) / sizeof(kTextCases[0]) >= 25);
    for (const TextCase& c : kTextCases) {
        SECTION(c.label)
        {
            const ModelInfo model = modelInfoFromId(QString::fromUtf8(c.modelId));
            INFO("text: " << c.text << " | model: " << c.modelId);
            CHECK(HealthEvaluator::textNamesModel(QString::fromUtf8(c.text), model) == c.names);
        }
    }
}

TEST_CASE("text names some model, or none (the API-component rule needs to know)", "[attribution]")
{
    for (const AnyCase& c : kAnyCases) {
        SECTION(c.label)
        {
            INFO("text: " << c.text);
            CHECK(HealthEvaluator::textNamesAnyModel(QString::fromUtf8(c.text)) == c.names);
        }
    }
}

TEST_CASE("an incident names a model in its title or any update body", "[attribution]")
{
    const ModelInfo opus45 = modelInfoFromId(QStringLiteral("claude-opus-4-5"));
    const ModelInfo opus5 = modelInfoFromId(QStringLiteral("claude-opus-5"));
    const ModelInfo mythos = modelInfoFromId(QStringLiteral("claude-mythos-5-1"));

    SECTION("real: the models are only in the body")
    {
        const Incident inc = incident("Elevated errors for multiple models",
                                      { "We are seeing elevated errors on requests to Claude Mythos 5.1, Claude Fable "
                                        "5.1, and Claude Opus 5.",
                                        "We are continuing to investigate this issue." });
        CHECK(HealthEvaluator::incidentNamesModel(inc, opus5));
        CHECK(HealthEvaluator::incidentNamesModel(inc, mythos));
        CHECK_FALSE(HealthEvaluator::incidentNamesModel(inc, opus45));
        bool any = false;
        const QStringList ids = HealthEvaluator::modelsNamedBy(inc, { opus45, opus5, mythos }, &any);
        CHECK(any);
        CHECK(ids == QStringList { QStringLiteral("claude-opus-5"), QStringLiteral("claude-mythos-5-1") });
    }
    SECTION("a bare family in a later update is a back-reference when the title names a version")
    {
        const Incident inc
            = incident("Elevated errors on Claude Opus 4.7", { "Opus error rates are returning to normal." });
        CHECK_FALSE(HealthEvaluator::incidentNamesModel(inc, opus45));
    }
    SECTION("an update widening to the family counts")
    {
        const Incident inc = incident("Elevated errors on Claude Opus 4.7", { "This also affects other Opus models." });
        CHECK(HealthEvaluator::incidentNamesModel(inc, opus45));
    }
    SECTION("real: no model named anywhere")
    {
        const Incident inc = incident("Elevated errors on Claude.ai, API, Claude Code",
                                      { "We are investigating elevated error rates." });
        bool any = true;
        CHECK(HealthEvaluator::modelsNamedBy(inc, { opus45, opus5 }, &any).isEmpty());
        CHECK_FALSE(any);
    }
    SECTION("a watched model of a family we have never heard of is still recognised")
    {
        const ModelInfo nova = modelInfoFromId(QStringLiteral("claude-nova-6"));
        CHECK(HealthEvaluator::incidentNamesModel(incident("Nova 6 is slow", {}), nova));
        CHECK(HealthEvaluator::incidentNamesModel(incident("Errors on Nova models", {}), nova));
    }
}
