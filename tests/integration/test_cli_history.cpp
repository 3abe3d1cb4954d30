// `modelpulse history` and `modelpulse --status-line` through the real binary, on a store the test seeds: exit codes,
// the documented formats (docs/history.md), and that neither reader ever sends a request to a provider.

#include "clitesthelpers.h"
#include "history/historystore.h"

#include <QDir>
#include <QLocale>

namespace {

const QString kOpus = QStringLiteral("claude-opus-5");

struct Env {
    QTemporaryDir home;
    SimProvider sim; // every provider URL points here: a reader that sent anything would show in requestCount()
    QString dataDir;
    QProcessEnvironment env;
    Env()
    {
        REQUIRE(sim.listen());
        dataDir = home.path() + QStringLiteral("/modelpulse-data");
        env = cleanEnvironment(home);
        env.insert(QStringLiteral("MODELPULSE_STATUS_URL"), sim.baseUrl().toString());
        env.insert(QStringLiteral("MODELPULSE_API_URL"), sim.baseUrl().toString());
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-test-never-used"));
    }
    ProcessOutput run(QStringList args) const
    {
        args << QStringLiteral("--data-dir") << dataDir;
        return runProcess(QStringLiteral(MODELPULSE_EXE), args, env, 20000);
    }
};

ProbeResult probe(const QString& model, const QDateTime& at, ProbeOutcome outcome)
{
    ProbeResult r;
    r.modelId = model;
    r.at = at;
    r.outcome = outcome;
    r.latencyMs = outcome == ProbeOutcome::Ok ? 600 : -1;
    return r;
}

// Opus 5: 10 probes over the last days, 2 of them 529s (own availability 80 %), the first 12 min before an official
// incident attributed to it; Sonnet 5 and Haiku 4.5 only in the transitions.
void seed(const QString& dataDir, const QDateTime& now)
{
    HistoryStore store(HistoryStore::defaultPath(dataDir));
    REQUIRE(store.open());
    REQUIRE(store.begin());
    const QDateTime created = now.addDays(-3);
    for (int i = 0; i < 10; ++i)
        store.addSample(
            QStringLiteral("anthropic"),
            probe(kOpus, created.addSecs(-12 * 60 + i * 3600), i < 2 ? ProbeOutcome::Overloaded : ProbeOutcome::Ok));
    Incident inc;
    inc.id = QStringLiteral("cli1");
    inc.name = QStringLiteral("Elevated errors on Claude Opus 5, again");
    inc.status = QStringLiteral("resolved");
    inc.impact = QStringLiteral("major");
    inc.shortlink = QStringLiteral("https://stspg.io/cli1");
    inc.createdAt = inc.startedAt = created;
    inc.resolvedAt = inc.updatedAt = created.addSecs(3600);
    inc.updates = {
        { QStringLiteral("b"), QStringLiteral("resolved"), QStringLiteral("Resolved."), created.addSecs(3600), {}, {} },
        { QStringLiteral("a"), QStringLiteral("investigating"), QStringLiteral("Looking."), created, {}, {} }
    };
    store.upsertIncident(QStringLiteral("anthropic"), inc, { kOpus });
    const auto t = [&](const char* model, const char* to, const QDateTime& at) {
        return Transition { QStringLiteral("anthropic"),
                            Transition::Kind::Model,
                            QString::fromLatin1(model),
                            Transition::Side::Combined,
                            QStringLiteral("operational"),
                            QString::fromLatin1(to),
                            at,
                            {} };
    };
    // Opus has been in partial outage for 12 min 30 s; the others went back to operational earlier.
    store.addTransitions({ t("claude-opus-5", "operational", now.addDays(-1)),
                           t("claude-opus-5", "partial_outage", now.addSecs(-(12 * 60 + 30))),
                           t("claude-sonnet-5", "degraded_performance", now.addSecs(-7200)),
                           t("claude-sonnet-5", "operational", now.addSecs(-3600)),
                           t("claude-haiku-4-5", "operational", now.addDays(-2)) });
    REQUIRE(store.commit());
}

} // namespace

TEST_CASE("history and status-line with no store yet exit 3 and say so", "[cli][history]")
{
    Env e;
    const ProcessOutput h = e.run({ QStringLiteral("history"), QStringLiteral("--json") });
    REQUIRE(h.finished);
    CHECK(h.exitCode == 3);
    CHECK(h.out.isEmpty());
    CHECK(h.err.contains("no history yet"));
    const ProcessOutput s = e.run({ QStringLiteral("--status-line") });
    CHECK(s.exitCode == 3);
    CHECK(s.err.contains("no history yet"));
    // A reader creates nothing.
    CHECK_FALSE(QFileInfo::exists(HistoryStore::defaultPath(e.dataDir)));
    CHECK(e.sim.requestCount() == 0);
}

TEST_CASE("history --help and status-line --help say what they read and exit 0", "[cli][history]")
{
    Env e;
    for (const QStringList& args : { QStringList { QStringLiteral("history"), QStringLiteral("--help") },
                                     QStringList { QStringLiteral("--status-line"), QStringLiteral("--help") } }) {
        INFO(args.join(u' ').toStdString());
        const ProcessOutput r = e.run(args);
        REQUIRE(r.finished);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("stored history"));
        CHECK(r.out.contains("--data-dir"));
        CHECK(r.out.contains(args.constFirst() == u"history" ? "--range" : "--format"));
        CHECK(r.err.isEmpty());
    }
    // --lang is accepted by both readers (it picks the language of their messages), as by the rest of the binary.
    const ProcessOutput ko = e.run({ QStringLiteral("--status-line"), QStringLiteral("--lang"), QStringLiteral("ko") });
    REQUIRE(ko.finished);
    CHECK(ko.exitCode == 3); // no store yet
    CHECK(ko.err.contains("modelpulse: "));
    CHECK_FALSE(ko.err.contains("lang")); // not "unknown option 'lang'"
    CHECK_FALSE(ko.err.contains("no history yet")); // said in Korean
    CHECK(e.sim.requestCount() == 0);
}

TEST_CASE("history and status-line reject bad usage with 64", "[cli][history]")
{
    Env e;
    seed(e.dataDir, QDateTime::currentDateTimeUtc());
    for (const QStringList& args :
         { QStringList { QStringLiteral("history"), QStringLiteral("--range"), QStringLiteral("2w") },
           QStringList { QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--csv") },
           QStringList { QStringLiteral("history"), QStringLiteral("--models"), QStringLiteral(",") },
           QStringList { QStringLiteral("history"), QStringLiteral("--no-such-option") },
           QStringList { QStringLiteral("--status-line"), QStringLiteral("--format"), QStringLiteral("xml") } }) {
        INFO(args.join(u' ').toStdString());
        const ProcessOutput r = e.run(args);
        REQUIRE(r.finished);
        CHECK(r.exitCode == 64);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith("modelpulse: "));
    }
    CHECK(e.sim.requestCount() == 0);
}

TEST_CASE("history --json and --csv on a seeded store, without a request", "[cli][history]")
{
    Env e;
    seed(e.dataDir, QDateTime::currentDateTimeUtc());

    const ProcessOutput r = e.run(
        { QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--range"), QStringLiteral("90d") });
    REQUIRE(r.finished);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    QJsonParseError error {};
    const QJsonObject j = QJsonDocument::fromJson(r.out, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(j.value(u"schema").toInt() == 1);
    CHECK(j.value(u"range").toString() == u"90d");
    CHECK(QDateTime::fromString(j.value(u"from").toString(), Qt::ISODate)
              .daysTo(QDateTime::fromString(j.value(u"to").toString(), Qt::ISODate))
          == 90);
    const QJsonArray targets = j.value(u"targets").toArray();
    REQUIRE(targets.size() == 3); // the model in the store, then the API and claude.ai services
    const QJsonObject opus = targets.at(0).toObject();
    CHECK(opus.value(u"provider").toString() == u"anthropic");
    CHECK(opus.value(u"kind").toString() == u"model");
    CHECK(opus.value(u"id").toString() == kOpus);
    CHECK(opus.value(u"display_name").toString() == u"Claude Opus 5");
    CHECK(opus.value(u"availability_own").toDouble() == Approx(80.0));
    // Down 1 h of the ~3 days since the first thing recorded.
    CHECK(opus.value(u"availability_official").toDouble() > 97.0);
    CHECK(opus.value(u"availability_official").toDouble() < 99.0);
    CHECK(opus.value(u"incidents").toInt() == 1);
    for (int i = 1; i < 3; ++i) {
        const QJsonObject service = targets.at(i).toObject();
        CHECK(service.value(u"kind").toString() == u"service");
        CHECK(service.value(u"availability_own").isNull());
        CHECK(service.value(u"availability_official").toDouble() == Approx(100.0)); // no component transition
    }
    CHECK(targets.at(1).toObject().value(u"id").toString() == u"k8w3r06qmzrp");
    const QJsonArray incidents = j.value(u"incidents").toArray();
    REQUIRE(incidents.size() == 1);
    const QJsonObject inc = incidents.at(0).toObject();
    CHECK(inc.value(u"id").toString() == u"cli1");
    CHECK(inc.value(u"name").toString() == u"Elevated errors on Claude Opus 5, again");
    CHECK(inc.value(u"impact").toString() == u"major");
    const QDateTime started = QDateTime::fromString(inc.value(u"started").toString(), Qt::ISODate);
    const QDateTime resolved = QDateTime::fromString(inc.value(u"resolved").toString(), Qt::ISODate);
    REQUIRE(started.isValid());
    CHECK(started.secsTo(resolved) == 3600);
    CHECK(inc.value(u"models").toArray() == QJsonArray { kOpus });
    CHECK(inc.value(u"lead_time_s").toInt() == 720); // the first 529 came 12 min before the page
    CHECK(j.value(u"median_recovery_min").toDouble() == Approx(60));

    const ProcessOutput c = e.run(
        { QStringLiteral("history"), QStringLiteral("--csv"), QStringLiteral("--range"), QStringLiteral("90d") });
    CHECK(c.exitCode == 0);
    const QStringList lines = QString::fromUtf8(c.out).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + 3 + 1);
    CHECK(lines.at(0)
          == u"record,provider,kind,id,display_name,availability_official,availability_own,incidents,started,resolved,"
             "impact,models,lead_time_s");
    CHECK(lines.at(1).startsWith(u"target,anthropic,model,claude-opus-5,Claude Opus 5,"));
    CHECK(lines.at(1).section(u',', 6, 6) == u"80.000");
    CHECK(lines.at(2).startsWith(u"target,anthropic,service,k8w3r06qmzrp,"));
    CHECK(lines.at(4).startsWith(u"incident,anthropic,incident,cli1,\"Elevated errors on Claude Opus 5, again\","));
    CHECK(lines.at(4).endsWith(u",major,claude-opus-5,720"));

    // The table for people: exit 0, the lead time in words.
    const ProcessOutput t = e.run({ QStringLiteral("history"), QStringLiteral("--range"), QStringLiteral("7d") });
    CHECK(t.exitCode == 0);
    CHECK(t.out.contains("detected 12 min before the official page"));
    CHECK(e.sim.requestCount() == 0);
}

TEST_CASE("history --lang ko writes dates the Korean way under an English LANG", "[cli][history][i18n]")
{
    Env e;
    seed(e.dataDir, QDateTime::currentDateTimeUtc());
    e.env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    e.env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    const QDateTime to = QDateTime::currentDateTimeUtc();

    const ProcessOutput ko = e.run({ QStringLiteral("history"), QStringLiteral("--lang"), QStringLiteral("ko") });
    REQUIRE(ko.finished);
    INFO(ko.out.toStdString() << ko.err.toStdString());
    CHECK(ko.exitCode == 0);
    const QString koText = QString::fromUtf8(ko.out);
    // Korean short dates are "26. 12. 2." with 오전/오후; the English ones "12/2/26 3:04 AM".
    // The range ends at the end of the current 6-hour bucket: today or, late in the day, tomorrow.
    const auto showsDate = [&](const QString& text, const QLocale& locale) {
        return text.contains(locale.toString(to.date(), QLocale::ShortFormat))
            || text.contains(locale.toString(to.date().addDays(1), QLocale::ShortFormat));
    };
    CHECK(showsDate(koText, QLocale(QLocale::Korean, QLocale::SouthKorea)));
    CHECK((koText.contains(QStringLiteral("오전")) || koText.contains(QStringLiteral("오후"))));
    CHECK_FALSE(koText.contains(QStringLiteral(" AM")));
    CHECK_FALSE(koText.contains(QStringLiteral(" PM")));

    const ProcessOutput en = e.run({ QStringLiteral("history"), QStringLiteral("--lang"), QStringLiteral("en") });
    REQUIRE(en.finished);
    const QString enText = QString::fromUtf8(en.out);
    CHECK(showsDate(enText, QLocale(QLocale::English, QLocale::UnitedStates)));
    CHECK_FALSE(enText.contains(QStringLiteral("오후")));
}

TEST_CASE("status-line: one short line from the store's transitions, text and json, without a request",
          "[cli][history]")
{
    Env e;
    seed(e.dataDir, QDateTime::currentDateTimeUtc());
    const ProcessOutput text = e.run({ QStringLiteral("--status-line") });
    REQUIRE(text.finished);
    INFO(text.err.toStdString());
    CHECK(text.exitCode == 0);
    // Opus in partial outage for 12 min 30 s (whole minutes shown), the others operational.
    CHECK(QString::fromUtf8(text.out) == QStringLiteral("Opus ✕ 12m · Sonnet ✓ · Haiku ✓\n"));

    const ProcessOutput json
        = e.run({ QStringLiteral("--status-line"), QStringLiteral("--format"), QStringLiteral("json") });
    CHECK(json.exitCode == 0);
    QJsonParseError error {};
    const QJsonObject j = QJsonDocument::fromJson(json.out, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(j.value(u"schema").toInt() == 1);
    CHECK(j.value(u"line").toString() == QStringLiteral("Opus ✕ 12m · Sonnet ✓ · Haiku ✓"));
    const QJsonArray models = j.value(u"models").toArray();
    REQUIRE(models.size() == 3);
    bool sawOpus = false;
    for (const QJsonValue& m : models) {
        if (m.toObject().value(u"id").toString() != kOpus)
            continue;
        sawOpus = true;
        CHECK(m.toObject().value(u"state").toString() == u"partial_outage");
        const QDateTime since = QDateTime::fromString(m.toObject().value(u"since").toString(), Qt::ISODate);
        CHECK(since.secsTo(QDateTime::currentDateTimeUtc()) >= 12 * 60 + 30);
    }
    CHECK(sawOpus);
    CHECK(e.sim.requestCount() == 0);
}
