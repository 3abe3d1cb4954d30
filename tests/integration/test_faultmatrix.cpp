// The fault matrix (issue 9): the real `modelpulse --once --json` against a hostile network on loopback. One row per
// fault, for the status feed and for the probes: every status code DESIGN.md names, hangs, a trickling server, refused
// and reset connections, truncated, huge, HTML, challenge, CAPTCHA and invalid UTF-8 bodies, redirect loops and
// redirects elsewhere, and the hardening items (a key with a line break, feeds that say nothing, a 304 nobody asked
// for, a key echoed back in a redirect host, an API host unreachable while the rest answers). Each row asserts the
// model's state, the exit code, a reason code, and that the key appears nowhere: stdout, stderr, the data dir.
// Rows run in parallel (each its own HOME, servers and process); the matrix is printed as a table.

#include "clitesthelpers.h"
#include "probeclihelpers.h"
#include "rawserver.h"

#include <QEventLoop>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iterator>
#include <memory>

namespace {

const QString kKey = QStringLiteral("sk-ant-api03-FaultMatrixKeyAbCdEf0123456789");
const QString kModel = QStringLiteral("claude-opus-4-5");
const QByteArray kSummaryPath = "/api/v2/summary.json";
const QByteArray kMessagesPath = "/v1/messages";

const QByteArray kHtml = "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser"
                         "</body></html>";
const QByteArray kCaptcha = "<html><body><form action=\"/captcha\"><div class=\"g-recaptcha\" data-sitekey=\"x\">"
                            "</div>Please verify you are a human</form></body></html>";
const QByteArray kBadUtf8 = "{\"status\":{\"indicator\":\"none\",\"description\":\"All \xff\xfe Systems\"},"
                            "\"components\":[]}";
const QByteArray kMessage = R"({"id":"msg_1","type":"message","role":"assistant","model":"claude-opus-4-5",
    "content":[{"type":"text","text":"p"}],"stop_reason":"max_tokens","usage":{"input_tokens":8,"output_tokens":1}})";

QByteArray apiError(int status)
{
    const char* type = status == 529 ? "overloaded_error"
        : status >= 500              ? "api_error"
        : status == 429              ? "rate_limit_error"
        : status == 401              ? "authentication_error"
        : status == 403              ? "permission_error"
        : status == 402              ? "billing_error"
        : status == 404              ? "not_found_error"
        : status == 413              ? "request_too_large"
                                     : "invalid_request_error";
    return QByteArray(R"({"type":"error","error":{"type":")") + type + R"(","message":"simulated"}})";
}

enum class Side { Feed, Probe };

/*! \brief One row's world: its servers, its HOME, its command line. */
struct Cell {
    QTemporaryDir home;
    SimProvider sim;
    RawServer raw;
    QString statusUrl;
    QString apiUrl;
    QProcessEnvironment env;
    QStringList extraArgs;
};

struct Row {
    const char* name;
    Side side;
    std::function<void(Cell&)> setup;
    const char* state; //!< the model's combined state
    int exitCode;
    const char* code; //!< in the model's reason_codes or reason_causes, feed.error_code or connectivity_reason_code
    std::function<QString(const Cell&, const OnceRun&)> extra = {}; //!< more checks: an empty string passes
};

RawBehaviour status(int code, const QByteArray& body = "{}")
{
    return RawBehaviour::http(code, body);
}

void feedServes(Cell& c, const RawBehaviour& b)
{
    c.raw.set(kSummaryPath, b);
}

void probeServes(Cell& c, const RawBehaviour& b)
{
    c.raw.set(kMessagesPath, b);
}

QString noRequest(const Cell& c, const OnceRun&)
{
    QStringList problems;
    if (c.raw.count(kMessagesPath) + c.raw.count("/v1/models") > 0)
        problems << QStringLiteral("a request was sent with the key");
    for (const QByteArray& head : c.raw.heads())
        if (head.toLower().contains("x-injected"))
            problems << QStringLiteral("an injected header arrived");
    return problems.join(QStringLiteral("; "));
}

QString feedRowsAllUnknown(const Cell&, const OnceRun& run)
{
    // Never "all clear": the official side is unknown and the table must not say Operational.
    return run.json.value(u"official_overall").toString() == u"unknown"
        ? QString()
        : QStringLiteral("official_overall is not unknown");
}

QVector<Row> rows()
{
    using K = RawBehaviour::Kind;
    QVector<Row> r;
    // ---- The status feed (--no-probes): every failure is a failed fetch, never "all clear".
    r.append({ "feed 200 real page", Side::Feed,
               [](Cell& c) {
                   feedServes(c, RawBehaviour::http(200, readFile(fixture("github_summary_partial_outage.json"))));
               },
               "operational", 2, "" });
    for (int code : { 304, 400, 401, 402, 404, 413, 500, 502, 503, 504, 529 })
        r.append({ nullptr, Side::Feed, [code](Cell& c) { feedServes(c, status(code)); }, "unknown", 3,
                   code == 304 ? "feed_unexpected_304" : "feed_http_error", feedRowsAllUnknown });
    for (int code : { 403, 405 })
        r.append({ nullptr, Side::Feed,
                   [code](Cell& c) {
                       feedServes(c, RawBehaviour::http(code, kHtml, "text/html", "cf-mitigated: challenge\r\n"));
                   },
                   "unknown", 3, "feed_challenge" });
    r.append({ "feed 429", Side::Feed,
               [](Cell& c) { feedServes(c, RawBehaviour::http(429, "{}", "application/json", "Retry-After: 30\r\n")); },
               "unknown", 3, "feed_rate_limited" });
    r.append({ "feed hang", Side::Feed, [](Cell& c) { feedServes(c, RawBehaviour::of(K::Hang)); }, "unknown", 3,
               "feed_timeout" });
    r.append({ "feed slowloris", Side::Feed,
               [](Cell& c) { feedServes(c, RawBehaviour::trickle(RawBehaviour::http(200, kBadUtf8).response)); },
               "unknown", 3, "feed_timeout" });
    r.append({ "feed refused", Side::Feed,
               [](Cell& c) { c.statusUrl = QStringLiteral("http://127.0.0.1:%1").arg(closedPort()); }, "unknown", 3,
               "feed_unreachable" });
    r.append({ "feed reset", Side::Feed, [](Cell& c) { feedServes(c, RawBehaviour::of(K::Reset)); }, "unknown", 3,
               "feed_unreachable" });
    r.append({ "feed truncated (cut)", Side::Feed,
               [](Cell& c) { feedServes(c, RawBehaviour::truncated(200, "{\"status\":{\"indic", 4000)); }, "unknown", 3,
               "feed_connection_failed" });
    r.append({ "feed truncated JSON", Side::Feed,
               [](Cell& c) { feedServes(c, status(200, "{\"status\":{\"indicator\":\"no")); }, "unknown", 3,
               "feed_malformed" });
    r.append({ "feed 10 MB body", Side::Feed,
               [](Cell& c) { feedServes(c, status(200, QByteArray(10 * 1024 * 1024, ' ') + "{}")); }, "unknown", 3,
               "feed_too_large" });
    r.append({ "feed HTML 200", Side::Feed, [](Cell& c) { feedServes(c, RawBehaviour::http(200, kHtml, "text/html")); },
               "unknown", 3, "feed_malformed" });
    r.append({ "feed CAPTCHA 200", Side::Feed,
               [](Cell& c) { feedServes(c, RawBehaviour::http(200, kCaptcha, "text/html")); }, "unknown", 3,
               "feed_malformed" });
    r.append({ "feed invalid UTF-8", Side::Feed, [](Cell& c) { feedServes(c, status(200, kBadUtf8)); }, "unknown", 3,
               "feed_malformed" });
    r.append({ "feed redirect loop", Side::Feed,
               [](Cell& c) { feedServes(c, RawBehaviour::redirect(302, c.raw.base() + kSummaryPath)); }, "unknown", 3,
               "feed_redirect_loop" });
    r.append({ "feed redirect to http off loopback", Side::Feed,
               [](Cell& c) {
                   feedServes(c, RawBehaviour::redirect(301, "http://status.example.invalid/api/v2/summary.json"));
               },
               "unknown", 3, "feed_unsafe_redirect" });
    // Issue 9 item 2: a 200 JSON body that says nothing.
    r.append({ "feed says nothing: components [] and no status", Side::Feed,
               [](Cell& c) { feedServes(c, status(200, R"({"page":{"id":"x"},"components":[],"incidents":[]})")); },
               "unknown", 3, "feed_not_status_page", feedRowsAllUnknown });
    r.append({ "feed says nothing: numbers for strings", Side::Feed,
               [](Cell& c) {
                   feedServes(c,
                              status(200, R"({"status":{"indicator":0},"components":[{"id":1,"name":2,"status":3}]})"));
               },
               "unknown", 3, "feed_not_status_page", feedRowsAllUnknown });
    r.append({ "feed says nothing: status is a string", Side::Feed,
               [](Cell& c) { feedServes(c, status(200, R"({"status":"ok","components":[]})")); }, "unknown", 3,
               "feed_not_status_page", feedRowsAllUnknown });

    // ---- The probes (the feed is a healthy simulated page).
    r.append({ "probe 200 message", Side::Probe, [](Cell& c) { probeServes(c, status(200, kMessage)); }, "operational",
               0, "" });
    for (int code : { 500, 502, 503, 504, 529 })
        r.append({ nullptr, Side::Probe, [code](Cell& c) { probeServes(c, status(code, apiError(code))); },
                   "partial_outage", 2, "probe_failures" });
    for (int code : { 401, 403 })
        r.append({ nullptr, Side::Probe, [code](Cell& c) { probeServes(c, status(code, apiError(code))); }, "unknown",
                   3, "key_rejected" });
    r.append({ "probe 402", Side::Probe, [](Cell& c) { probeServes(c, status(402, apiError(402))); }, "unknown", 3,
               "billing_error" });
    r.append({ "probe 429", Side::Probe,
               [](Cell& c) {
                   probeServes(c, RawBehaviour::http(429, apiError(429), "application/json", "retry-after: 30\r\n"));
               },
               "unknown", 3, "rate_limited" });
    for (int code : { 400, 404, 413 })
        r.append({ nullptr, Side::Probe, [code](Cell& c) { probeServes(c, status(code, apiError(code))); }, "unknown",
                   3, "bad_model" });
    r.append({ "probe hang", Side::Probe, [](Cell& c) { probeServes(c, RawBehaviour::of(K::Hang)); }, "partial_outage",
               2, "probe_failures" });
    r.append({ "probe slowloris", Side::Probe,
               [](Cell& c) { probeServes(c, RawBehaviour::trickle(status(200, kMessage).response)); }, "partial_outage",
               2, "probe_failures" });
    r.append({ "probe truncated (cut)", Side::Probe,
               [](Cell& c) { probeServes(c, RawBehaviour::truncated(200, kMessage.left(40), kMessage.size())); },
               "partial_outage", 2, "probe_failures" });
    r.append({ "probe 10 MB body", Side::Probe,
               [](Cell& c) { probeServes(c, status(200, QByteArray(10 * 1024 * 1024, ' ') + kMessage)); },
               "partial_outage", 2, "probe_failures" });
    r.append({ "probe HTML 200", Side::Probe,
               [](Cell& c) { probeServes(c, RawBehaviour::http(200, kHtml, "text/html")); }, "partial_outage", 2,
               "probe_failures" });
    r.append(
        { "probe challenge 403", Side::Probe,
          [](Cell& c) { probeServes(c, RawBehaviour::http(403, kHtml, "text/html", "cf-mitigated: challenge\r\n")); },
          "unknown", 3, "key_rejected" });
    r.append({ "probe CAPTCHA 200", Side::Probe,
               [](Cell& c) { probeServes(c, RawBehaviour::http(200, kCaptcha, "text/html")); }, "partial_outage", 2,
               "probe_failures" });
    r.append({ "probe invalid UTF-8", Side::Probe, [](Cell& c) { probeServes(c, status(200, kBadUtf8)); },
               "partial_outage", 2, "probe_failures" });
    r.append({ "probe redirect loop", Side::Probe,
               [](Cell& c) { probeServes(c, RawBehaviour::redirect(307, c.raw.base() + kMessagesPath)); }, "unknown", 3,
               "network_error",
               [](const Cell& c, const OnceRun&) {
                   // Never followed: the key went to the configured host only, once per probe (first + confirmation).
                   return c.raw.count(kMessagesPath) <= 2 ? QString() : QStringLiteral("the redirect was followed");
               } });
    r.append({ "probe redirect to another host", Side::Probe,
               [](Cell& c) { probeServes(c, RawBehaviour::redirect(307, "https://api.example.invalid/v1/messages")); },
               "unknown", 3, "network_error" });
    // Item 7: the key comes back lower-cased in a redirect's host name.
    r.append({ "probe redirect echoes the key (lower case)", Side::Probe,
               [](Cell& c) {
                   probeServes(
                       c, RawBehaviour::redirect(307, "https://" + kKey.toLatin1() + ".example.invalid/v1/messages"));
               },
               "unknown", 3, "network_error",
               [](const Cell&, const OnceRun& run) {
                   return run.process.out.contains("[redacted].example.invalid")
                       ? QString()
                       : QStringLiteral("no [redacted] host shown");
               } });
    // Item 8: only the API host fails at the network level while the status host answers.
    r.append({ "probe refused (API unreachable, feed fine)", Side::Probe,
               [](Cell& c) { c.apiUrl = QStringLiteral("http://127.0.0.1:%1").arg(closedPort()); }, "unknown", 3,
               "api_unreachable" });
    r.append({ "probe reset (API unreachable, feed fine)", Side::Probe,
               [](Cell& c) { probeServes(c, RawBehaviour::of(K::Reset)); }, "unknown", 3, "api_unreachable" });
    r.append({ "probe refused while the page reports trouble", Side::Probe,
               [](Cell& c) {
                   c.apiUrl = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
                   c.sim.setStatusPage(
                       QJsonDocument::fromJson(R"({"components":{"k8w3r06qmzrp":"partial_outage"}})").object());
               },
               "partial_outage", 2, "api_unreachable" });
    // Item 1: a key with a line break or a control character never reaches a header.
    for (const char* bad : { "\r\nX-Injected: yes", "\r\n\r\nGET /v1/models HTTP/1.1\r\nX-Injected: yes", "\x01" }) {
        r.append({ nullptr, Side::Probe,
                   [bad](Cell& c) {
                       probeServes(c, status(200, kMessage));
                       const QString key = kKey.left(20) + QString::fromLatin1(bad) + kKey.mid(20);
                       c.env.insert(QStringLiteral("ANTHROPIC_API_KEY"), key);
                   },
                   "operational", 0, "key_invalid",
                   [bad](const Cell& c, const OnceRun& run) {
                       QString problems = noRequest(c, run);
                       const QByteArray want = QByteArray(bad).contains('\n') ? "line break" : "control character";
                       if (!run.process.out.contains(want))
                           problems += QStringLiteral(" reason does not say ") + QString::fromLatin1(want);
                       return problems.trimmed();
                   } });
    }
    return r;
}

struct Outcome {
    QString name;
    QString state;
    int exitCode = -1;
    QStringList codes;
    bool keyLeaked = false;
    QString problems;
    qint64 ms = 0;
};

bool containsKey(const QByteArray& bytes)
{
    return bytes.toLower().contains(kKey.toLower().toLatin1())
        || bytes.toLower().contains(kKey.left(20).toLower().toLatin1());
}

QStringList codesOf(const OnceRun& run)
{
    QStringList codes;
    const QJsonObject model = run.model(kModel);
    const QJsonArray reasonCodes = model.value(u"reason_codes").toArray();
    const QJsonArray causes = model.value(u"reason_causes").toArray();
    for (qsizetype i = 0; i < reasonCodes.size(); ++i) {
        const QString code = reasonCodes.at(i).toString();
        // "probes_off(key_invalid)": the reason with the one it wraps; the feed's is shown as feed:… below.
        const QString cause = causes.at(i).toString();
        codes << (cause.isEmpty() || code == u"feed_unavailable" ? code : code + u'(' + cause + u')');
    }
    const QJsonObject feed = run.json.value(u"feed").toObject();
    if (feed.value(u"error_code").isString())
        codes << QStringLiteral("feed:") + feed.value(u"error_code").toString();
    if (run.json.value(u"connectivity_reason_code").isString())
        codes << QStringLiteral("conn:") + run.json.value(u"connectivity_reason_code").toString();
    return codes;
}

} // namespace

TEST_CASE("fault matrix: every fault of the feed and the probes, through the real binary", "[cli][faultmatrix]")
{
    const QVector<Row> table = rows();
    // Names for rows built in loops, in the order they were appended.
    QStringList names;
    {
        int feedCode = 0, probeCode = 0, keyRow = 0;
        const int feedCodes[] = { 304, 400, 401, 402, 404, 413, 500, 502, 503, 504, 529, 403, 405 };
        const int probeCodes[] = { 500, 502, 503, 504, 529, 401, 403, 400, 404, 413 };
        const char* keyRows[]
            = { "key with CR LF + header", "key with CR LF CR LF + second request", "key with a control character" };
        for (const Row& row : table) {
            if (row.name)
                names << QString::fromLatin1(row.name);
            else if (row.side == Side::Feed)
                names << QStringLiteral("feed %1").arg(feedCodes[feedCode++]);
            else if (probeCode < int(std::size(probeCodes)))
                names << QStringLiteral("probe %1").arg(probeCodes[probeCode++]);
            else
                names << QString::fromLatin1(keyRows[keyRow++]);
        }
    }

    std::vector<std::unique_ptr<Cell>> cells;
    std::vector<std::unique_ptr<QProcess>> processes;
    QVector<Outcome> outcomes(table.size());
    for (int i = 0; i < table.size(); ++i) {
        auto cell = std::make_unique<Cell>();
        REQUIRE(cell->sim.listen());
        REQUIRE(cell->raw.listen());
        cell->sim.setStatusPage(QJsonObject { { QStringLiteral("indicator"), QStringLiteral("none") } });
        cell->sim.setModelBehaviour(kModel, ModelBehaviour::ok());
        cell->env = probecli::keyedEnvironment(cell->home, kKey);
        const bool feed = table[i].side == Side::Feed;
        cell->statusUrl = feed ? QString::fromLatin1(cell->raw.base()) : cell->sim.baseUrl().toString();
        cell->apiUrl = QString::fromLatin1(cell->raw.base());
        table[i].setup(*cell);
        cells.push_back(std::move(cell));
    }

    // At most four binaries at once: two cores, ASan, and the servers all live on this thread.
    constexpr int kParallel = 4;
    int next = 0, running = 0, done = 0;
    QEventLoop loop;
    QElapsedTimer total;
    total.start();
    std::function<void()> startMore = [&] {
        while (running < kParallel && next < table.size()) {
            const int i = next++;
            Cell& c = *cells[size_t(i)];
            QStringList args { QStringLiteral("--once"),
                               QStringLiteral("--json"),
                               QStringLiteral("--status-url"),
                               c.statusUrl,
                               QStringLiteral("--api-url"),
                               c.apiUrl,
                               QStringLiteral("--models"),
                               kModel,
                               QStringLiteral("--data-dir"),
                               c.home.filePath(QStringLiteral("data")),
                               QStringLiteral("--confirm-delay-ms"),
                               QStringLiteral("50"),
                               QStringLiteral("--timeout-ms"),
                               QStringLiteral("1000") };
            if (table[i].side == Side::Feed)
                args << QStringLiteral("--no-probes");
            args << c.extraArgs;
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(c.env);
            auto* p = process.get();
            auto* clock = new QElapsedTimer;
            clock->start();
            QObject::connect(p, &QProcess::finished, &loop, [&, i, p, clock] {
                OnceRun run;
                run.process.finished = p->exitStatus() == QProcess::NormalExit;
                run.process.exitCode = p->exitCode();
                run.process.out = p->readAllStandardOutput();
                run.process.err = p->readAllStandardError();
                run.json = QJsonDocument::fromJson(run.process.out).object();
                Outcome& o = outcomes[i];
                o.ms = clock->elapsed();
                delete clock;
                o.name = names.at(i);
                o.state = run.model(kModel).value(u"state").toString();
                o.exitCode = run.process.finished ? run.process.exitCode : -1;
                o.codes = codesOf(run);
                const Cell& cell = *cells[size_t(i)];
                o.keyLeaked = containsKey(run.process.out) || containsKey(run.process.err);
                for (const QString& file : probecli::allFiles(cell.home.path())) {
                    QFile f(file);
                    if (f.open(QIODevice::ReadOnly) && containsKey(f.readAll()))
                        o.keyLeaked = true;
                }
                QStringList problems;
                const Row& row = table[i];
                if (o.state != QLatin1String(row.state))
                    problems << QStringLiteral("state %1, want %2").arg(o.state, QLatin1String(row.state));
                if (o.exitCode != row.exitCode)
                    problems << QStringLiteral("exit %1, want %2").arg(o.exitCode).arg(row.exitCode);
                const QString want = QString::fromLatin1(row.code);
                const bool wrapped = std::any_of(o.codes.cbegin(), o.codes.cend(), [&want](const QString& c) {
                    return c.endsWith(u'(' + want + u')') || c.startsWith(want + u'(');
                });
                if (!want.isEmpty() && !o.codes.contains(want) && !o.codes.contains(QStringLiteral("feed:") + want)
                    && !wrapped)
                    problems << QStringLiteral("no reason code %1").arg(want);
                if (o.keyLeaked)
                    problems << QStringLiteral("the key leaked");
                if (row.extra) {
                    const QString extra = row.extra(cell, run);
                    if (!extra.isEmpty())
                        problems << extra;
                }
                if (!problems.isEmpty() && run.json.isEmpty())
                    problems << QStringLiteral("stderr: ") + QString::fromUtf8(run.process.err.left(300));
                o.problems = problems.join(QStringLiteral("; "));
                --running;
                ++done;
                if (done == table.size())
                    loop.quit();
                else
                    startMore();
            });
            processes.push_back(std::move(process));
            p->start(QStringLiteral(MODELPULSE_EXE), args);
            ++running;
        }
    };
    startMore();
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(120000);
    loop.exec();
    for (auto& p : processes) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(2000);
        }
    }
    REQUIRE(done == table.size());

    // The matrix, one line per row (issue 9 wants it in the closing note).
    std::printf("\n| fault | state | exit | reason codes | key seen | ms | result |\n|---|---|---|---|---|---|---|\n");
    for (const Outcome& o : std::as_const(outcomes))
        std::printf("| %s | %s | %d | %s | %s | %lld | %s |\n", qPrintable(o.name), qPrintable(o.state), o.exitCode,
                    qPrintable(o.codes.join(QStringLiteral(", "))), o.keyLeaked ? "YES" : "no",
                    static_cast<long long>(o.ms),
                    o.problems.isEmpty() ? "ok" : qPrintable(QStringLiteral("FAIL: ") + o.problems));
    std::printf("(%lld rows in %lld ms)\n", static_cast<long long>(outcomes.size()),
                static_cast<long long>(total.elapsed()));
    std::fflush(stdout);

    for (const Outcome& o : std::as_const(outcomes)) {
        INFO(o.name.toStdString() << ": " << o.problems.toStdString());
        CHECK(o.problems.isEmpty());
    }
}
