// How long one evaluation takes for a realistic page: 4 watched models, the real GitHub summary from
// 2022-11-25 (indicator minor, Packages partial_outage, an open incident with 7 updates) plus three
// Claude-style incidents. The evaluator runs on every feed poll and every probe, so it must stay cheap.

#include "feed/statuspageparser.h"
#include "health/healthevaluator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

Incident claudeIncident(const QString& title, const QString& body, const QStringList& components)
{
    Incident inc;
    inc.id = title.left(12);
    inc.name = title;
    inc.status = QStringLiteral("investigating");
    inc.impact = QStringLiteral("major");
    inc.componentIds = components;
    for (int i = 0; i < 5; ++i) {
        IncidentUpdate u;
        u.status = QStringLiteral("investigating");
        u.body = body;
        u.affectedComponentIds = components;
        inc.updates.append(u);
    }
    return inc;
}

StatusSummary loadSummary()
{
    QFile f(QStringLiteral(MODELPULSE_FIXTURES "/statuspage/github_summary_partial_outage.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(f.fileName()));
        return {};
    }
    const ParseResult<StatusSummary> parsed = StatuspageParser::parseSummary(f.readAll());
    if (!parsed.ok()) {
        std::fprintf(stderr, "fixture did not parse: %s\n", qPrintable(parsed.error));
        return {};
    }
    return *parsed.value;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    StatusSummary summary = loadSummary();
    if (summary.components.isEmpty())
        return 1;
    const QString api = QStringLiteral("brv1bkgrwx7q"); // GitHub's "API Requests"
    summary.incidents.append(claudeIncident(QStringLiteral("Elevated errors on Claude Opus 4.7"),
                                            QStringLiteral("We are investigating elevated error rates on Claude Opus "
                                                           "4.7. Opus 4.7 requests may fail with 529 errors."),
                                            { api }));
    summary.incidents.append(claudeIncident(
        QStringLiteral("Elevated errors for multiple models"),
        QStringLiteral("We are seeing elevated errors on requests to Claude Mythos 5.1, Claude Fable 5.1, and "
                       "Claude Opus 5. A fix has been implemented and we are monitoring the results."),
        { api }));
    summary.incidents.append(claudeIncident(QStringLiteral("Elevated errors on Claude.ai, API, Claude Code"),
                                            QStringLiteral("Users may see errors when logging in to claude.ai and "
                                                           "platform.claude.com."),
                                            { api }));

    EvaluatorInput in;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795780800, Qt::UTC);
    in.feed.url = QUrl(QStringLiteral("https://status.claude.com"));
    in.feed.summary = summary;
    in.feed.lastSuccess = now.addSecs(-20);
    in.now = now;
    in.connectivity.state = Connectivity::Online;
    for (const char* id : { "claude-opus-4-5-20251101", "claude-sonnet-4-5", "claude-haiku-4-5", "claude-opus-5" }) {
        const ModelInfo m = modelInfoFromId(QString::fromUtf8(id));
        in.models.append(m);
        ProbeResult r;
        r.modelId = m.id;
        r.outcome = ProbeOutcome::Ok;
        r.httpStatus = 200;
        r.latencyMs = 800;
        r.at = now;
        in.probes.insert(m.id, applyProbe({}, r, {}));
    }

    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5000;
    std::vector<double> us;
    us.reserve(size_t(n));
    int sink = 0;
    QElapsedTimer timer;
    for (int i = 0; i < n; ++i) {
        timer.start();
        const HealthSnapshot snap = HealthEvaluator::evaluate(in);
        us.push_back(double(timer.nsecsElapsed()) / 1000.0);
        sink += int(snap.models.size()) + int(snap.incidents.size());
    }
    std::sort(us.begin(), us.end());
    const double median = us[us.size() / 2];
    const double p95 = us[std::min(us.size() - 1, size_t(double(us.size()) * 0.95))];
    std::printf("evaluate: %d runs, %d models, %d incidents: median %.1f us, p95 %.1f us (sink %d)\n", n,
                int(in.models.size()), int(summary.incidents.size()), median, p95, sink);
    return 0;
}
