// The real `modelpulse --once` against simulated pages: the user's settings file counts (options and environment
// still win), OpenAI's real page is a second provider end to end, and the additive JSON fields (`since`,
// `reason_codes`, `feed.error_code`, `providers`) are there for every reader.

#include "clitesthelpers.h"
#include "testhelpers.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString openAiFixture()
{
    return QStringLiteral(MODELPULSE_FIXTURES "/openai/summary_incidentio_shim_2026-07-09.json");
}

/*! \brief A settings file as a user (or the Settings dialog) writes it: plain INI, lists comma separated. */
QString writeSettings(const QTemporaryDir& home, const QByteArray& ini)
{
    const QString path = QDir(home.path()).filePath(QStringLiteral("user-settings.ini"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(ini);
    return path;
}

QStringList modelIds(const QJsonObject& providerOrTop)
{
    QStringList out;
    for (const auto& m : providerOrTop.value(u"models").toArray())
        out << m.toObject().value(u"id").toString();
    return out;
}

QJsonObject providerEntry(const QJsonObject& json, const QString& id)
{
    for (const auto& p : json.value(u"providers").toArray())
        if (p.toObject().value(u"provider").toString() == id)
            return p.toObject();
    return {};
}

const QStringList kOnceFeedOnly { QStringLiteral("--once"), QStringLiteral("--json"), QStringLiteral("--no-probes"),
                                  QStringLiteral("--timeout-ms"), QStringLiteral("2000") };

/*! \brief Anthropic's default components with claude.ai (rwppv331jlwc) in a partial outage, no incident. */
void claudeAiPartialOutage(SimProvider& sim)
{
    sim.setStatusPage(QJsonDocument::fromJson(R"({"components": {"rwppv331jlwc": "partial_outage"}})").object());
}

} // namespace

TEST_CASE("one check (--once) honours the settings file: its page, watched services and models", "[cli][settings]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    claudeAiPartialOutage(sim);
    const QByteArray page = sim.baseUrl().toString().toUtf8();
    // No --status-url and no --models: both come from the file.
    const QByteArray common = "[General]\nstatusUrl=" + page + "\n[watch]\nmodels=claude-opus-4-5,claude-haiku-4-5\n";

    SECTION("a watched service in a partial outage exits 2")
    {
        const QString file = writeSettings(home, common + "services=rwppv331jlwc\n");
        const OnceRun run
            = runOnce(kOnceFeedOnly + QStringList { QStringLiteral("--settings"), file }, cleanEnvironment(home));
        INFO(run.process.err.toStdString());
        CHECK(run.process.exitCode == 2);
        CHECK(run.json.value(u"overall").toString() == u"partial_outage");
        CHECK(run.json.value(u"feed").toObject().value(u"url").toString() == sim.baseUrl().toString());
        CHECK(sim.requestCount(QStringLiteral("/api/v2/summary.json")) == 1);
        CHECK(modelIds(run.json)
              == QStringList { QStringLiteral("claude-opus-4-5"), QStringLiteral("claude-haiku-4-5") });
        // The models themselves are fine: the API component is operational and no incident names them.
        CHECK(run.model(QStringLiteral("claude-opus-4-5")).value(u"state").toString() == u"operational");
    }

    SECTION("the same page with only an operational service watched exits 0")
    {
        const QString file = writeSettings(home, common + "services=0qbwn08sd68x\n");
        const OnceRun run
            = runOnce(kOnceFeedOnly + QStringList { QStringLiteral("--settings"), file }, cleanEnvironment(home));
        INFO(run.process.err.toStdString());
        CHECK(run.process.exitCode == 0);
        CHECK(run.json.value(u"overall").toString() == u"operational");
        // The page's own overall still tells the truth about claude.ai.
        CHECK(run.json.value(u"official_overall").toString() == u"partial_outage");
        CHECK(modelIds(run.json)
              == QStringList { QStringLiteral("claude-opus-4-5"), QStringLiteral("claude-haiku-4-5") });
    }

    SECTION("--models beats the file's models; the rest of the file still counts")
    {
        const QString file = writeSettings(home, common + "services=rwppv331jlwc\n");
        const OnceRun run = runOnce(kOnceFeedOnly
                                        + QStringList { QStringLiteral("--settings"), file, QStringLiteral("--models"),
                                                        QStringLiteral("claude-sonnet-4-5,claude-opus-4-5") },
                                    cleanEnvironment(home));
        INFO(run.process.err.toStdString());
        CHECK(modelIds(run.json)
              == QStringList { QStringLiteral("claude-sonnet-4-5"), QStringLiteral("claude-opus-4-5") });
        CHECK(run.process.exitCode == 2); // the file's watched service
    }

    SECTION("MODELPULSE_MODELS beats the file's models")
    {
        const QString file = writeSettings(home, common + "services=0qbwn08sd68x\n");
        QProcessEnvironment env = cleanEnvironment(home);
        env.insert(QStringLiteral("MODELPULSE_MODELS"), QStringLiteral("claude-sonnet-4-5"));
        const OnceRun run = runOnce(kOnceFeedOnly + QStringList { QStringLiteral("--settings"), file }, env);
        INFO(run.process.err.toStdString());
        CHECK(modelIds(run.json) == QStringList { QStringLiteral("claude-sonnet-4-5") });
        CHECK(run.process.exitCode == 0);
    }

    SECTION("--status-url beats the file's page")
    {
        SimProvider other;
        REQUIRE(other.listen());
        other.setStatusPage(QJsonObject { { QStringLiteral("indicator"), QStringLiteral("none") } });
        const QString file = writeSettings(home, common + "services=rwppv331jlwc\n");
        const OnceRun run = runOnce(kOnceFeedOnly
                                        + QStringList { QStringLiteral("--settings"), file,
                                                        QStringLiteral("--status-url"), other.baseUrl().toString() },
                                    cleanEnvironment(home));
        CHECK(run.process.exitCode == 0);
        CHECK(run.json.value(u"feed").toObject().value(u"url").toString() == other.baseUrl().toString());
        CHECK(sim.requestCount(QStringLiteral("/api/v2/summary.json")) == 0);
    }
}

TEST_CASE("OpenAI's real page as a second provider, end to end", "[cli][providers]")
{
    QTemporaryDir home;
    SimProvider claude;
    REQUIRE(claude.listen());
    SimProvider openai;
    REQUIRE(openai.listen());
    openai.setSummaryJson(readFile(openAiFixture()));
    const QStringList args = kOnceFeedOnly
        + QStringList { QStringLiteral("--providers"),  QStringLiteral("anthropic,openai"),
                        QStringLiteral("--models"),     QStringLiteral("claude-opus-4-5"),
                        QStringLiteral("--status-url"), claude.baseUrl().toString(),
                        QStringLiteral("--status-url"), QStringLiteral("openai=") + openai.baseUrl().toString() };

    SECTION("Claude's API in a partial outage, OpenAI all green: two entries, exit 2")
    {
        claude.setStatusPage(QJsonDocument::fromJson(R"({"components": {"k8w3r06qmzrp": "partial_outage"}})").object());
        const OnceRun run = runOnce(args, cleanEnvironment(home));
        INFO(run.process.err.toStdString());
        REQUIRE(run.process.finished);
        CHECK(run.process.exitCode == 2);

        const QJsonArray providers = run.json.value(u"providers").toArray();
        REQUIRE(providers.size() == 2);
        CHECK(providers.at(0).toObject().value(u"provider").toString() == u"anthropic");
        CHECK(providers.at(1).toObject().value(u"provider").toString() == u"openai");

        // The capture (2026-07-09): indicator "none", "All Systems Operational", 25 components all operational,
        // and the shim has no incidents or scheduled_maintenances keys at all.
        const QJsonObject o = providers.at(1).toObject();
        CHECK(o.value(u"overall").toString() == u"operational");
        CHECK(o.value(u"official_overall").toString() == u"operational");
        const QJsonObject feed = o.value(u"feed").toObject();
        CHECK(feed.value(u"ok").toBool());
        CHECK(feed.value(u"url").toString() == openai.baseUrl().toString());
        CHECK(feed.value(u"indicator").toString() == u"none");
        CHECK(feed.value(u"description").toString() == u"All Systems Operational");
        CHECK(feed.value(u"error_code").isNull());
        const QJsonArray components = o.value(u"components").toArray();
        REQUIRE(components.size() == 25);
        CHECK(components.first().toObject().value(u"id").toString() == u"01JMXBRMFE4MAP2BHSJNZ787WX");
        CHECK(components.first().toObject().value(u"name").toString() == u"Images");
        CHECK(components.at(16).toObject().value(u"name").toString() == u"Codex API");
        CHECK(components.last().toObject().value(u"id").toString() == u"01K8C008QVXHA6JX98PAS42VPD");
        CHECK(components.last().toObject().value(u"name").toString() == u"ChatGPT Atlas");
        for (const auto& c : components)
            CHECK(c.toObject().value(u"status").toString() == u"operational");
        CHECK(o.value(u"incidents").toArray().isEmpty());
        CHECK(o.value(u"maintenances").toArray().isEmpty());
        CHECK(o.value(u"models").toArray().isEmpty()); // feed only: no models, no probes
        CHECK(openai.requestCount(QStringLiteral("/v1/messages")) == 0);
        CHECK(openai.requestCount(QStringLiteral("/v1/models")) == 0);

        // The top level still describes Anthropic (schema 1 readers see what they saw before).
        CHECK(run.json.value(u"provider").toString() == u"anthropic");
        CHECK(run.json.value(u"overall").toString() == u"partial_outage");
        CHECK(run.json.value(u"feed").toObject().value(u"url").toString() == claude.baseUrl().toString());
        CHECK(modelIds(run.json) == QStringList { QStringLiteral("claude-opus-4-5") });
        CHECK(run.json.value(u"components").toArray().size() == 4);
        const QJsonObject a = providerEntry(run.json, QStringLiteral("anthropic"));
        CHECK(a.value(u"overall").toString() == u"partial_outage");
        CHECK(modelIds(a) == QStringList { QStringLiteral("claude-opus-4-5") });
        CHECK(claude.requestCount(QStringLiteral("/api/v2/summary.json")) == 1);
        CHECK(openai.requestCount(QStringLiteral("/api/v2/summary.json")) == 1);
    }

    SECTION("Claude all green, OpenAI's page unreadable: the worst of both is unknown, exit 3")
    {
        claude.setStatusPage(QJsonObject { { QStringLiteral("indicator"), QStringLiteral("none") } });
        openai.setStatuspageMisbehaviour(Misbehaviour::of(Misbehaviour::Mode::Challenge));
        const OnceRun run = runOnce(args, cleanEnvironment(home));
        INFO(run.process.err.toStdString());
        CHECK(run.process.exitCode == 3);
        CHECK(run.json.value(u"overall").toString() == u"operational"); // Anthropic's, at the top
        const QJsonObject o = providerEntry(run.json, QStringLiteral("openai"));
        CHECK(o.value(u"overall").toString() == u"unknown");
        CHECK(o.value(u"feed").toObject().value(u"error_code").toString() == u"feed_challenge");
    }

    SECTION("both green: exit 0")
    {
        claude.setStatusPage(QJsonObject { { QStringLiteral("indicator"), QStringLiteral("none") } });
        const OnceRun run = runOnce(args, cleanEnvironment(home));
        CHECK(run.process.exitCode == 0);
        CHECK(run.json.value(u"providers").toArray().size() == 2);
    }
}

TEST_CASE("unknown providers are bad usage", "[cli][providers]")
{
    QTemporaryDir home;
    struct Case {
        QStringList args;
        const char* mentions;
    };
    const QVector<Case> cases {
        { { QStringLiteral("--once"), QStringLiteral("--providers"), QStringLiteral("bogus") }, "bogus" },
        { { QStringLiteral("--once"), QStringLiteral("--providers"), QStringLiteral("anthropic,bogus") }, "bogus" },
        { { QStringLiteral("--once"), QStringLiteral("--status-url"), QStringLiteral("nope=https://x") }, "nope" },
    };
    for (const Case& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const ProcessOutput out = runProcess(QStringLiteral(MODELPULSE_EXE), c.args, cleanEnvironment(home));
        INFO(out.err.toStdString());
        CHECK(out.exitCode == 64);
        CHECK(out.err.contains(c.mentions));
        CHECK(out.out.isEmpty());
    }
    // The environment variable is read with the same rule.
    QProcessEnvironment env = cleanEnvironment(home);
    env.insert(QStringLiteral("MODELPULSE_PROVIDERS"), QStringLiteral("bogus"));
    const ProcessOutput out = runProcess(QStringLiteral(MODELPULSE_EXE), { QStringLiteral("--once") }, env);
    CHECK(out.exitCode == 64);
    CHECK(out.err.contains("bogus"));
}

TEST_CASE("every model carries since, reason_codes and reason_causes; the feed carries error_code", "[cli][json]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    const QStringList args = kOnceFeedOnly
        + QStringList { QStringLiteral("--status-url"), sim.baseUrl().toString(), QStringLiteral("--models"),
                        QStringLiteral("claude-opus-4-5,claude-haiku-4-5") };
    const QRegularExpression rfc3339Utc(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));

    struct Case {
        const char* label;
        bool challenge;
        const char* errorCode; // nullptr: JSON null
        QStringList reasonCodes; // per model, derived from the evaluator's rules for this page
        QStringList reasonCauses; // what each reason wraps ("" for JSON null)
        int exitCode;
    };
    const Case c = GENERATE_COPY(
        // API component red, no incident: every model gets its status; probes are off (--no-probes).
        Case { "page ok",
               false,
               nullptr,
               { QStringLiteral("api_component"), QStringLiteral("probes_off") },
               { QString(), QStringLiteral("no_probes_option") },
               2 },
        // A 403 challenge: the official side is "feed unavailable", nothing is known: exit 3.
        Case { "page answers 403",
               true,
               "feed_challenge",
               { QStringLiteral("feed_unavailable"), QStringLiteral("probes_off") },
               { QStringLiteral("feed_challenge"), QStringLiteral("no_probes_option") },
               3 });
    INFO(c.label);
    sim.setStatusPage(QJsonDocument::fromJson(R"({"components": {"k8w3r06qmzrp": "partial_outage"}})").object());
    if (c.challenge)
        sim.setStatuspageMisbehaviour(Misbehaviour::of(Misbehaviour::Mode::Challenge));

    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    const OnceRun run = runOnce(args, cleanEnvironment(home));
    const QDateTime ended = QDateTime::currentDateTimeUtc().addSecs(1);
    INFO(run.process.err.toStdString());
    CHECK(run.process.exitCode == c.exitCode);

    const QJsonObject feed = run.json.value(u"feed").toObject();
    if (c.errorCode)
        CHECK(feed.value(u"error_code").toString() == QLatin1String(c.errorCode));
    else
        CHECK(feed.value(u"error_code").isNull());
    // The feed failed with an HTTP answer: our own network is fine, no connectivity reason.
    CHECK(run.json.value(u"connectivity_reason_code").isNull());

    const QString generatedText = run.json.value(u"generated_at").toString();
    CHECK(rfc3339Utc.match(generatedText).hasMatch());
    const QDateTime generated = QDateTime::fromString(generatedText, Qt::ISODate);
    REQUIRE(generated.isValid());
    CHECK(generated >= started);
    CHECK(generated <= ended);

    const QJsonArray models = run.json.value(u"models").toArray();
    REQUIRE(models.size() == 2);
    for (const auto& v : models) {
        const QJsonObject m = v.toObject();
        INFO(m.value(u"id").toString().toStdString());
        const QString sinceText = m.value(u"since").toString();
        CHECK(rfc3339Utc.match(sinceText).hasMatch());
        // Everything is new in a single run: the state began during this run. The monitor evaluates more than once
        // (models, then the page, then connectivity), milliseconds apart: since is the moment the model's state
        // became what it is, never after generated_at and at most a clock-second tick before it.
        const QDateTime since = QDateTime::fromString(sinceText, Qt::ISODate);
        REQUIRE(since.isValid());
        CHECK(since <= generated);
        CHECK(since.secsTo(generated) <= 1);
        CHECK(since >= started);
        const QJsonArray reasons = m.value(u"reasons").toArray();
        const QJsonArray codes = m.value(u"reason_codes").toArray();
        CHECK(codes.size() == reasons.size());
        QStringList codeList;
        for (const auto& code : codes)
            codeList << code.toString();
        CHECK(codeList == c.reasonCodes);
        // reason_causes: same length, the wrapped code or null.
        const QJsonArray causes = m.value(u"reason_causes").toArray();
        REQUIRE(causes.size() == codes.size());
        QStringList causeList;
        for (const auto& cause : causes) {
            CHECK((cause.isNull() || (cause.isString() && !cause.toString().isEmpty())));
            causeList << cause.toString();
        }
        CHECK(causeList == c.reasonCauses);
        for (const auto& r : reasons)
            CHECK_FALSE(r.toString().isEmpty()); // text next to each code, for humans
    }
    // Components carry since too.
    for (const auto& comp : run.json.value(u"components").toArray())
        CHECK(rfc3339Utc.match(comp.toObject().value(u"since").toString()).hasMatch());
}

TEST_CASE("the table prints one section per provider", "[cli][table][providers]")
{
    QTemporaryDir home;
    SimProvider claude;
    REQUIRE(claude.listen());
    claude.setStatusPage(QJsonDocument::fromJson(R"({"components": {"k8w3r06qmzrp": "partial_outage"}})").object());
    SimProvider openai;
    REQUIRE(openai.listen());
    openai.setSummaryJson(readFile(openAiFixture()));
    const ProcessOutput out
        = runProcess(QStringLiteral(MODELPULSE_EXE),
                     { QStringLiteral("--once"), QStringLiteral("--no-probes"), QStringLiteral("--timeout-ms"),
                       QStringLiteral("2000"), QStringLiteral("--providers"), QStringLiteral("anthropic,openai"),
                       QStringLiteral("--models"), QStringLiteral("claude-opus-4-5"), QStringLiteral("--status-url"),
                       claude.baseUrl().toString(), QStringLiteral("--status-url"),
                       QStringLiteral("openai=") + openai.baseUrl().toString() },
                     cleanEnvironment(home));
    INFO(out.out.toStdString());
    CHECK(out.exitCode == 2);
    const QStringList lines = QString::fromUtf8(out.out).split(u'\n');
    const qsizetype claudeTitle = lines.indexOf(QStringLiteral("Claude (Anthropic)"));
    const qsizetype openaiTitle = lines.indexOf(QStringLiteral("OpenAI"));
    REQUIRE(claudeTitle >= 0);
    REQUIRE(openaiTitle > claudeTitle);
    // Each section starts with its own overall and its own page.
    CHECK(lines.value(claudeTitle + 1) == u"Overall: Partial outage");
    CHECK(lines.value(openaiTitle + 1) == u"Overall: Operational");
    CHECK(lines.value(openaiTitle + 2) == u"Official status page: Operational — All Systems Operational");
    // Claude's model rows are in Claude's section only.
    const auto opusRow
        = std::find_if(lines.cbegin(), lines.cend(), [](const QString& l) { return l.startsWith(u"Claude Opus 4.5"); });
    REQUIRE(opusRow != lines.cend());
    CHECK(opusRow - lines.cbegin() > claudeTitle);
    CHECK(opusRow - lines.cbegin() < openaiTitle);
    CHECK(lines.count(QStringLiteral("OpenAI")) == 1);
}
