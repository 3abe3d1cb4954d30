// Which models does status-page prose name? Titles marked "real" are from status.claude.com.

#include "feed/statuspageparser.h"
#include "health/healthevaluator.h"
#include "health/modelfamilies.h"
#include "testhelpers.h"

#include <catch2/catch.hpp>

#include <algorithm>

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
    { "real: all models", "Elevated errors across all models", true },
    { "real: many models is no list", "Elevated errors across many models", false },
    { "real: Claude Cowork is a product", "Degraded functionality for Claude Cowork on Windows", false },
    { "real: Claude Tag and Claude Design are products",
      "an outage affecting features such as document creation in claude.ai, Cowork Remote, Claude Code, Claude Code on "
      "the Web, Claude Tag, and Claude Design",
      false },
    { "real: a new family by the shape of its name", "Elevated errors for Claude Fable 5", true },
    { "an unknown bare word is no family", "Nova models are slow", false },
    { "a family the text itself introduces", "Claude Nova 6 is slow, and other Nova models too", true },
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

TEST_CASE("a family the page introduces counts as a bare word anywhere in the incident", "[attribution]")
{
    const ModelInfo opus5 = modelInfoFromId(QStringLiteral("claude-opus-5"));
    bool any = true;
    HealthEvaluator::modelsNamedBy(incident("Errors on Nova models", {}), { opus5 }, &any);
    CHECK_FALSE(any); // "Nova" is nobody's family here: no seed, not watched, not introduced

    // Updates are newest first: the title introduces Claude Nova 6, the later update widens to the family.
    const ModelInfo nova5 = modelInfoFromId(QStringLiteral("claude-nova-5"));
    const Incident widened = incident("Elevated errors on Claude Nova 6", { "Errors now affect other Nova models." });
    HealthEvaluator::modelsNamedBy(widened, { opus5 }, &any);
    CHECK(any);
    CHECK(HealthEvaluator::incidentNamesModel(widened, nova5));
    CHECK_FALSE(HealthEvaluator::incidentNamesModel(incident("Elevated errors on Claude Nova 6", {}), nova5));
}

TEST_CASE("the latest update that lists models wins", "[attribution]")
{
    const ModelInfo opus5 = modelInfoFromId(QStringLiteral("claude-opus-5"));
    const ModelInfo sonnet5 = modelInfoFromId(QStringLiteral("claude-sonnet-5"));
    const ModelInfo haiku45 = modelInfoFromId(QStringLiteral("claude-haiku-4-5"));
    const QVector<ModelInfo> watched { opus5, sonnet5, haiku45 };
    const auto named = [&](const Incident& inc) { return HealthEvaluator::modelsNamedBy(inc, watched); };
    // Bodies newest first, as on the wire.
    CHECK(named(incident("Elevated errors on Claude Opus 5", { "We are continuing to investigate." }))
          == QStringList { QStringLiteral("claude-opus-5") });
    CHECK(named(incident("Elevated errors on Claude Opus 5", { "Errors are now limited to Sonnet 5." }))
          == QStringList { QStringLiteral("claude-sonnet-5") });
    CHECK(named(incident("Elevated errors on Claude Opus 5", { "Haiku 4.5 is also returning errors." }))
          == QStringList { QStringLiteral("claude-opus-5"), QStringLiteral("claude-haiku-4-5") });
    CHECK(named(incident("Elevated errors on Claude Opus 5 and Sonnet 5", { "Opus 5 errors are back to baseline." }))
          == QStringList { QStringLiteral("claude-sonnet-5") });
    CHECK(named(incident("Elevated errors on Claude Opus 5", { "The errors are back to baseline." })).isEmpty());
    // A closing update names what the incident was about, recovery wording or not (real: dnl3q35xkn3s).
    Incident closed = incident("Degraded performance on Claude Sonnet 5",
                               { "As of 15:20 UTC (8:20am PT), error rates on Claude Sonnet 5 have returned to "
                                 "baseline. This incident is resolved.",
                                 "We are currently investigating this issue." });
    closed.updates[0].status = QStringLiteral("resolved");
    CHECK(named(closed) == QStringList { QStringLiteral("claude-sonnet-5") });
}

namespace {

// The real Anthropic captures live in tests/fixtures/anthropic/, beside the generic statuspage/ ones that
// testsupport::fixtureBytes() reads: same helper, one directory over.
QByteArray anthropicFixture(const char* name)
{
    return testsupport::fixtureBytes((std::string("../anthropic/") + name).c_str());
}

const char* const kWatched[] = {
    "claude-opus-5",    "claude-opus-4-8",  "claude-opus-4-6", "claude-sonnet-5",
    "claude-fable-5",   "claude-fable-5-1", "claude-mythos-5", "claude-mythos-5-1",
    "claude-haiku-4-5", "claude-opus-4-7",  "claude-opus-4-5", "claude-sonnet-4-6",
};

QVector<ModelInfo> watchedModels()
{
    QVector<ModelInfo> out;
    for (const char* id : kWatched)
        out.append(modelInfoFromId(QString::fromLatin1(id)));
    return out;
}

// Sorted and joined, so a failure prints the whole set.
QString sortedText(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list.join(QStringLiteral(", "));
}

QString everyWatched()
{
    QStringList ids;
    for (const char* id : kWatched)
        ids << QString::fromLatin1(id);
    return sortedText(ids);
}

QString attributed(const Incident& inc, bool* any = nullptr)
{
    return sortedText(HealthEvaluator::modelsNamedBy(inc, watchedModels(), any));
}

// The incident as the page showed it after its oldest \a kept updates (the wire keeps them newest first).
Incident asAfter(const Incident& full, qsizetype kept)
{
    Incident inc = full;
    inc.updates = full.updates.mid(full.updates.size() - kept);
    inc.status = kept > 0 ? inc.updates.constFirst().status : QStringLiteral("investigating");
    return inc;
}

struct PrefixCase {
    qsizetype kept;
    const char* models; //!< sorted, ", "-joined ids
};

// \a firstNaming: how many updates it takes until some text names a model (both titles are generic).
void checkPrefixes(const Incident& full, qsizetype firstNaming, const std::vector<PrefixCase>& cases)
{
    REQUIRE(full.updates.size() >= 2);
    REQUIRE(full.updates.constFirst().createdAt > full.updates.constLast().createdAt); // newest first
    REQUIRE(qsizetype(cases.size()) == full.updates.size() + 1);
    for (const PrefixCase& c : cases) {
        const Incident inc = asAfter(full, c.kept);
        INFO("after " << c.kept << " update(s); latest: "
                      << (c.kept ? inc.updates.constFirst().body.toStdString() : std::string("(title only)")));
        bool any = false;
        CHECK(attributed(inc, &any) == QString::fromLatin1(c.models));
        CHECK(any == (c.kept >= firstNaming));
    }
}

} // namespace

TEST_CASE("real 461yvfrzpwtt: an exhaustive list, then a narrower one, then the page's own three",
          "[attribution][fixture]")
{
    const auto r = StatuspageParser::parseIncident(anthropicFixture("incident_461yvfrzpwtt_narrowing.json"));
    REQUIRE(r.ok());
    REQUIRE(r.value->updates.size() == 7);
    checkPrefixes(
        *r.value, 1,
        {
            // "Elevated errors for multiple models" names none (the evaluator's API-component rule then
            // applies it to every watched model; not attribution's business).
            { 0, "" },
            { 1, "claude-fable-5-1, claude-mythos-5-1, claude-opus-5" },
            { 2, "claude-fable-5-1, claude-mythos-5-1, claude-opus-5" },
            // "An exhaustive list of affected models: Mythos/Fable 5.1, Mythos/Fable 5, Opus 5, Opus 4.8,
            // Opus 4.6." — slash shorthand, and Fable 5 is not Fable 5.1.
            { 3,
              "claude-fable-5, claude-fable-5-1, claude-mythos-5, claude-mythos-5-1, claude-opus-4-6, "
              "claude-opus-4-8, claude-opus-5" },
            { 4,
              "claude-fable-5, claude-fable-5-1, claude-mythos-5, claude-mythos-5-1, claude-opus-4-6, "
              "claude-opus-4-8, claude-opus-5" }, // "continuing to work on a fix": no list, no change
                                                  // "The only affected models right now are Opus 4.8 and Opus 5. The
                                                  // rest of the models have recovered to baseline error rate."
            { 5, "claude-opus-4-8, claude-opus-5" },
            // "A fix has been deployed for Claude Mythos 5.1, Claude Fable 5.1, and Claude Opus 5": the page
            // goes back to its first three, and Opus 4.8 drops out. A careful reader might still suspect
            // Opus 4.8, but the page lists these three again in the resolved update too; we follow the page.
            { 6, "claude-fable-5-1, claude-mythos-5-1, claude-opus-5" },
            { 7, "claude-fable-5-1, claude-mythos-5-1, claude-opus-5" },
        });
}

TEST_CASE("real fsh2zzzl2c4l: the failing model moves, then all, then baseline, then two more",
          "[attribution][fixture]")
{
    const auto r = StatuspageParser::parseIncident(anthropicFixture("incident_fsh2zzzl2c4l_flapping.json"));
    REQUIRE(r.ok());
    REQUIRE(r.value->updates.size() == 8);
    const std::string allText = everyWatched().toStdString();
    checkPrefixes(*r.value, 2,
                  {
                      { 0, "" }, // "Elevated errors across many models": "many" is no list
                      { 1, "" }, // "We are currently investigating this issue."
                      // "All models except Opus 5 have recovered. We're working to recover Opus 5 as well."
                      { 2, "claude-opus-5" },
                      // "Opus 5 errors are back to baseline but we're seeing again Sonnet 5's errors up."
                      { 3, "claude-sonnet-5" },
                      // "Sonnet 5 errors are back to baseline, but we're seeing an increased error rate on Fable 5."
                      { 4, "claude-fable-5" },
                      // "we are back to errors across all models"
                      { 5, allText.c_str() },
                      // monitoring: "the errors are back to baseline." — names none, says all is well: nothing is
                      // attributed (the incident itself still counts at most degraded while monitoring).
                      { 6, "" },
                      // monitoring: "We are also investigating issues with Opus 4.7 and Opus 4.5." — "also" adds to
                      // an empty set.
                      { 7, "claude-opus-4-5, claude-opus-4-7" },
                      { 8, "claude-opus-4-5, claude-opus-4-7" }, // "This incident has been resolved."
                  });
}

namespace {

// Every family + version (or "all models") any text of the incident names, whatever it says about it.
QString namedIn(const Incident& inc)
{
    QVector<ModelProse> texts { ModelProse(inc.name) };
    for (const IncidentUpdate& u : inc.updates)
        texts.append(ModelProse(u.body));
    QStringList families = ModelFamilies::builtinFamilies();
    for (const ModelProse& p : texts)
        families += p.introducedFamilies();
    QStringList out;
    for (const ModelProse& p : texts) {
        for (const ModelMention& m : p.mentions(families))
            out << (m.allModels ? QStringLiteral("all models") : (m.family + u' ' + m.version).trimmed());
    }
    return sortedText(out);
}

struct TableRow {
    const char* id;
    const char* named; //!< family + version named anywhere, sorted
    const char* attributed; //!< watched ids the resolved incident is attributed to ("*" = every watched model)
};

// Read by hand from incidents_2026-09-15.json (titles and every update body), all 50 incidents.
const TableRow kTable[] = {
    { "6304r9jjhj34", "fable 5.1, mythos 5.1", "claude-fable-5-1, claude-mythos-5-1" },
    { "r1pqn1kb4hvk", "", "" }, // Claude Cowork on Windows: a product
    { "t33dncr5ydvl", "fable 5.1, mythos 5.1", "claude-fable-5-1, claude-mythos-5-1" }, // later: "Claude services"
    { "2pt83vlkk7x7", "", "" },
    { "461yvfrzpwtt", "fable 5, fable 5.1, mythos 5, mythos 5.1, opus 4.6, opus 4.8, opus 5",
      "claude-fable-5-1, claude-mythos-5-1, claude-opus-5" },
    { "288w7p4hk1l1", "sonnet 5", "claude-sonnet-5" },
    { "ls6bn1x81m0w", "sonnet 5", "claude-sonnet-5" },
    { "620swtqyn24k", "", "" }, // "requests to the Claude API": a product
    { "3g3d55q6vk3h", "", "" }, // "Claude for Microsoft Office 365": 365 is no version of anything
    { "nr3h7bw8b3k3", "", "" },
    { "r82kdk0m7vqh", "", "" },
    { "9jrp5rtyzrf6", "", "" },
    { "vr9tpk8w7zr8", "", "" },
    { "n0rlp126qf8g", "", "" },
    { "w43j3xmngxgj", "", "" },
    // "…Claude Opus 5, and Claude Opus 4.8" → "…Claude Opus 5, and other Claude models" → "errors stabilize on Opus 5
    // and Fable 5" → resolved: "…including Claude Opus 5 and Fable 5". "other Claude models" names none we can watch.
    { "vgz5psbjmt1h", "fable 5, mythos 5, opus 4.8, opus 5", "claude-fable-5, claude-opus-5" },
    { "c0ncxxm2wd9r", "", "" }, // "some Claude models"
    { "6xskhw7rn4tf", "", "" },
    { "hkcw95k7r0f4", "haiku 4.5, opus 5", "claude-haiku-4-5, claude-opus-5" },
    // five models → "requests to Claude Opus 5" → resolved: "The issue affecting Claude Opus 5"
    { "q7txxvbsftgq", "fable 5, haiku 4.5, mythos 5, opus 5, sonnet 5", "claude-opus-5" },
    // "Claude Opus 5 is operational. Claude Sonnet 5 is degraded."
    { "zhk4v3yv1lsf", "opus 5, sonnet 5", "claude-sonnet-5" },
    { "qt14v73myyy5", "", "" },
    { "hdynq1pc0fn8", "fable 5", "claude-fable-5" },
    { "005ym4vzrq2w", "", "" },
    { "kmbpgrsszf72", "", "" },
    { "whnd2z49x3xf", "", "" }, // "Claude Code Mobile"
    { "j160kkjmm2n1", "fable 5, mythos 5, sonnet 5", "claude-fable-5, claude-mythos-5" }, // Sonnet 5 dropped later
    { "rk6gkg2gwfny", "fable 5", "claude-fable-5" },
    { "mgp99sn4ynd4", "opus 5", "claude-opus-5" },
    { "f6gkkq6txl7z", "fable 5, mythos 5, opus 5, sonnet 5",
      "claude-fable-5, claude-mythos-5, claude-opus-5, claude-sonnet-5" },
    { "bdr3fq2rkchr", "", "" }, // "errors when making requests to models"
    { "nlg5hjdfphmb", "sonnet 5", "claude-sonnet-5" },
    { "8k9mjhq7wmv3", "sonnet 5", "claude-sonnet-5" },
    { "dnl3q35xkn3s", "sonnet 5", "claude-sonnet-5" },
    { "ch7k4vh9fr1y", "", "" },
    { "jq4x54h69z76", "sonnet 5", "claude-sonnet-5" },
    { "kqjy03gs895j", "opus 4.8", "claude-opus-4-8" },
    { "fsh2zzzl2c4l", "all models, fable 5, opus 4.5, opus 4.7, opus 5, sonnet 5", "claude-opus-4-5, claude-opus-4-7" },
    // Title "across all models"; the monitoring update's "recovery in success rates across all models" is read as a
    // list (all), not as recovery: "recovery" also means "monitoring for recovery" of models still affected.
    { "q2kg8n613kr3", "all models", "*" },
    { "rkk5x44tndw9", "haiku 4.5, opus 5", "claude-haiku-4-5, claude-opus-5" }, // "Haiku 4.5 is also returning errors"
    { "mfdtrknpxghq", "opus 5", "claude-opus-5" },
    { "lhqp09kxq7pb", "opus 5", "claude-opus-5" },
    { "zftg3gqkmv18", "opus 5", "claude-opus-5" },
    { "j6gv862066n7", "fable 5, haiku 4.5, sonnet 5", "claude-fable-5, claude-haiku-4-5, claude-sonnet-5" },
    // The title adds Opus 5; the only body with a list does not name it. The latest list wins (DESIGN.md).
    { "f1q2wvw4qj4j", "fable 5, haiku 4.5, mythos 5, opus 5", "claude-fable-5, claude-haiku-4-5, claude-mythos-5" },
    { "1019wwb67615", "sonnet 4.6, sonnet 5", "claude-sonnet-4-6, claude-sonnet-5" }, // "Sonnet 4.6 and 5"
    { "yc7mr2gvl914", "", "" }, // "Claude by Anthropic for Word"
    { "0lbk5m7mbqk5", "opus 4.8", "claude-opus-4-8" },
    { "db1mh1r2zrn5", "haiku 4.5", "claude-haiku-4-5" },
    { "ng5shnqxj1r7", "", "" }, // Claude Tag, Claude Design: products
};

} // namespace

TEST_CASE("real incidents_2026-09-15: what each of the 50 incidents names and is attributed to",
          "[attribution][fixture]")
{
    const auto r = StatuspageParser::parseIncidents(anthropicFixture("incidents_2026-09-15.json"));
    REQUIRE(r.ok());
    const QVector<Incident>& incidents = *r.value;
    REQUIRE(incidents.size() == 50);
    STATIC_REQUIRE(sizeof(kTable) / sizeof(kTable[0]) == 50);
    for (const TableRow& row : kTable) {
        const auto it = std::find_if(incidents.cbegin(), incidents.cend(),
                                     [&](const Incident& i) { return i.id == QLatin1String(row.id); });
        REQUIRE(it != incidents.cend());
        INFO(row.id << ": " << it->name.toStdString());
        CHECK(namedIn(*it) == QString::fromLatin1(row.named));
        const QString expected
            = qstrcmp(row.attributed, "*") == 0 ? everyWatched() : QString::fromLatin1(row.attributed);
        bool any = false;
        CHECK(attributed(*it, &any) == expected);
        CHECK(any == (row.named[0] != '\0'));
    }
}
