// The real `modelpulse --once` binary when the user's own network is the problem ("is it me?"), and the
// sentinel-key test: the key never shows up in output, files or logs, and only reaches its API host.

#include "probeclihelpers.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace probecli;

namespace {
const QString kKey = QStringLiteral("sk-ant-test-offline-0002");

void checkEveryModelUnknown(const OnceRun& run)
{
    const QJsonArray models = run.json.value(u"models").toArray();
    REQUIRE(models.size() == 3);
    for (const auto& v : models) {
        const QJsonObject m = v.toObject();
        INFO(m.value(u"id").toString().toStdString() << ": " << reasonsText(m).toStdString());
        CHECK(m.value(u"state").toString() == u"unknown");
        CHECK(m.value(u"official").toString() == u"unknown");
        CHECK(m.value(u"probe").toString() == u"unknown");
        CHECK_FALSE(m.value(u"ahead_of_official").toBool());
        CHECK(m.value(u"last_probe").toObject().value(u"outcome").toString() == u"network_error");
    }
}
} // namespace

TEST_CASE("offline: status page and API both unreachable → every model unknown, \"you are offline\", exit 3",
          "[cli][offline]")
{
    QTemporaryDir home;
    // Two endpoints (127.0.0.1:A for the page, 127.0.0.1:B for the API), both refusing connections:
    // ConnectivityChecker::decide() counts host:port pairs, and two that fail at TCP level is the
    // "clear evidence" DESIGN.md asks for before saying offline.
    SimProvider status;
    REQUIRE(status.listen());
    SimProvider api;
    REQUIRE(api.listen());
    status.setOffline(SimStep::Offline::Refuse);
    api.setOffline(SimStep::Offline::Refuse);

    const OnceRun run = runOnce(probeArgs(status.baseUrl(), api.baseUrl(), home.filePath(QStringLiteral("d"))),
                                keyedEnvironment(home, kKey));
    REQUIRE(run.process.finished);
    INFO(run.process.out.toStdString() << run.process.err.toStdString());
    CHECK(run.process.exitCode == 3);
    CHECK(run.process.elapsedMs < 10000);
    CHECK(run.json.value(u"overall").toString() == u"unknown");
    CHECK(run.json.value(u"connectivity").toString() == u"offline");
    CHECK_FALSE(run.json.value(u"connectivity_reason").toString().isEmpty());
    CHECK_FALSE(run.json.value(u"feed").toObject().value(u"ok").toBool());
    checkEveryModelUnknown(run);
    for (const auto& v : run.json.value(u"models").toArray())
        CHECK(reasonsText(v.toObject()).contains(u"offline"));
    // Refused at TCP level: nothing reached either server.
    CHECK(status.requestCount() == 0);
    CHECK(api.requestCount() == 0);
}

TEST_CASE("offline in the table output says so too", "[cli][offline][table]")
{
    QTemporaryDir home;
    SimProvider status;
    REQUIRE(status.listen());
    SimProvider api;
    REQUIRE(api.listen());
    status.setOffline(SimStep::Offline::Refuse);
    api.setOffline(SimStep::Offline::Refuse);
    QStringList args = probeArgs(status.baseUrl(), api.baseUrl(), home.filePath(QStringLiteral("d")));
    args.removeAll(QStringLiteral("--json"));
    args << QStringLiteral("--lang") << QStringLiteral("en");
    const ProcessOutput out = runProcess(QStringLiteral(MODELPULSE_EXE), args, keyedEnvironment(home, kKey));
    INFO(out.out.toStdString());
    CHECK(out.exitCode == 3);
    CHECK(QString::fromUtf8(out.out).contains(u"offline", Qt::CaseInsensitive));
}

TEST_CASE("murkier failures are unknown, not offline", "[cli][offline]")
{
    // One endpoint only (page and API on the same refused host:port): not enough evidence that the
    // user's network is down — it could be that one server. And servers that accept the connection and
    // then drop it prove that the user's network works.
    struct Case {
        const char* label;
        bool sameEndpoint;
        SimStep::Offline mode;
    };
    const Case c = GENERATE(Case { "one refused endpoint for page and API", true, SimStep::Offline::Refuse },
                            Case { "two endpoints that accept and drop", false, SimStep::Offline::Drop });
    INFO(c.label);
    QTemporaryDir home;
    SimProvider status;
    REQUIRE(status.listen());
    SimProvider api;
    REQUIRE(api.listen());
    status.setOffline(c.mode);
    api.setOffline(c.mode);
    const QUrl apiUrl = c.sameEndpoint ? status.baseUrl() : api.baseUrl();

    const OnceRun run = runOnce(probeArgs(status.baseUrl(), apiUrl, home.filePath(QStringLiteral("d"))),
                                keyedEnvironment(home, kKey));
    INFO(run.process.out.toStdString());
    CHECK(run.process.exitCode == 3);
    CHECK(run.json.value(u"overall").toString() == u"unknown");
    // Only a link monitor that reports no link at all (not this sandbox) may call a lone refusal offline.
    if (run.json.value(u"connectivity_reason").toString() != u"No network")
        CHECK(run.json.value(u"connectivity").toString() != u"offline");
    checkEveryModelUnknown(run);
    for (const auto& v : run.json.value(u"models").toArray())
        CHECK_FALSE(reasonsText(v.toObject()).contains(u"offline"));
}

TEST_CASE("sentinel key: never in stdout, stderr, the data dir or HOME, and only sent to its API host",
          "[cli][secrets]")
{
    const QString sentinel
        = QStringLiteral("sk-ant-test-SENTINEL-%1").arg(QString::number(QRandomGenerator::global()->generate64(), 16));
    const QByteArray needle = sentinel.toUtf8();
    const QByteArray tail = needle.mid(needle.lastIndexOf('-') + 1); // the random part alone
    QTemporaryDir home;
    const QString dataDir = home.filePath(QStringLiteral("data"));

    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setExpectedApiKey(sentinel);
    SimProvider other; // where a redirect points: another loopback host
    REQUIRE(other.listen(0, QHostAddress(QStringLiteral("127.0.0.2"))));
    ModelBehaviour redirect = ModelBehaviour::of(ModelBehaviour::Kind::Redirect, 307);
    redirect.location = QUrl(other.baseUrl().toString() + QStringLiteral("/v1/messages"));
    const QString opus41 = QStringLiteral("claude-opus-4-1");
    sim.setModelBehaviour(kOpus, ModelBehaviour::ok());
    sim.setModelBehaviour(kSonnet, ModelBehaviour::error(401));
    sim.setModelBehaviour(kHaiku, ModelBehaviour::error(500));
    sim.setModelBehaviour(opus41, redirect);

    QProcessEnvironment env = keyedEnvironment(home, sentinel);
    // Caches, state and temporary files land under HOME too, so the scan below covers them.
    for (const char* var : { "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR" }) {
        const QString dir = home.filePath(QString::fromLatin1(var).toLower());
        REQUIRE(QDir().mkpath(dir));
        env.insert(QString::fromLatin1(var), dir);
    }
    // Every log category on, so anything that logs the key would show on stderr.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));

    int runs = 0;
    for (const char* lang : { "en", "ko" }) {
        for (const bool json : { true, false }) {
            INFO("lang " << lang << (json ? " --json" : " table"));
            QStringList args = probeArgs(sim.baseUrl(), sim.baseUrl(), dataDir, kThree + QStringLiteral(",") + opus41);
            if (!json)
                args.removeAll(QStringLiteral("--json"));
            args << QStringLiteral("--lang") << QString::fromLatin1(lang);
            const ProcessOutput out = runProcess(QStringLiteral(MODELPULSE_EXE), args, env);
            ++runs;
            REQUIRE(out.finished);
            CHECK(out.exitCode == 2); // Haiku's 500s
            CHECK_FALSE(out.out.isEmpty());
            CHECK_FALSE(out.out.contains(needle));
            CHECK_FALSE(out.out.contains(tail));
            CHECK_FALSE(out.err.contains(needle));
            CHECK_FALSE(out.err.contains(tail));
        }
    }
    // The runs did their work (the key was used and a probe round happened each time).
    CHECK(probesFor(sim, kOpus) == runs);
    CHECK(probesFor(sim, kHaiku) == 2 * runs);
    CHECK(QFile::exists(dataDir + QStringLiteral("/history.sqlite"))); // the probe cost counters

    // Every file the runs could have written: the data dir lives under HOME, so is XDG config/data.
    const QStringList files = allFiles(home.path());
    CHECK_FALSE(files.isEmpty());
    for (const QString& path : files) {
        INFO(path.toStdString());
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        CHECK_FALSE(bytes.contains(needle));
        CHECK_FALSE(bytes.contains(tail));
        // Also as UTF-16 (QSettings, SQLite can store text that way).
        const QString s = sentinel;
        CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char*>(s.utf16()), s.size() * 2)));
    }

    // Only the configured API host saw the key, and only on API requests.
    CHECK(other.requestCount() == 0);
    for (const SimRequest& r : sim.requests()) {
        INFO(r.method.toStdString() << " " << r.path.toStdString());
        if (r.path.startsWith(u"/v1/")) {
            CHECK(r.hasApiKey);
            CHECK(r.apiKeyFingerprint == SimProvider::keyFingerprint(sentinel));
        } else {
            CHECK_FALSE(r.hasApiKey);
        }
        for (const auto& h : r.headers)
            CHECK_FALSE(h.second.contains(tail));
    }
}

TEST_CASE("without a key (no ANTHROPIC_API_KEY, no keychain) nothing is sent to the API and the reason says why",
          "[cli][secrets]")
{
    QTemporaryDir home;
    SimProvider sim;
    REQUIRE(sim.listen());
    QProcessEnvironment env = cleanEnvironment(home);
    // No Secret Service either. "disabled:" rather than unset: with DISPLAY set, libdbus would autolaunch a bus
    // through X11 and D-Bus activation would start gnome-keyring, which then waits for a new-keyring password.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    const OnceRun run = runOnce(probeArgs(sim.baseUrl(), sim.baseUrl(), home.filePath(QStringLiteral("d")), {}), env);
    INFO(run.process.out.toStdString() << run.process.err.toStdString());
    CHECK(run.process.exitCode == 0); // the page is green; the probe side is simply unknown
    CHECK(run.process.elapsedMs < 10000);
    CHECK(sim.requestCount(QStringLiteral("/v1/messages")) == 0);
    CHECK(sim.requestCount(QStringLiteral("/v1/models")) == 0);
    const QJsonArray models = run.json.value(u"models").toArray();
    REQUIRE(models.size() == 3); // the built-in list
    for (const auto& v : models) {
        const QJsonObject m = v.toObject();
        CHECK(m.value(u"probe").toString() == u"unknown");
        CHECK(m.value(u"state").toString() == u"operational");
        CHECK(m.value(u"last_probe").isNull());
        CHECK(reasonsText(m).contains(u"Probes are off"));
        CHECK(reasonsText(m).contains(u"ANTHROPIC_API_KEY"));
    }
}
