// Parse cost of the feeds ModelPulse polls: the summary every interval (target: median <= 100 us in
// Release for the 12 KB GitHub capture), history and single incidents on demand.
// Usage: bench_parse [N]   (default N = 2000 timed runs after N/10 warm-up runs)
#include "feed/statuspageparser.h"

#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

QByteArray fixture(const char* name)
{
    QFile f(QStringLiteral(MODELPULSE_FIXTURES "/statuspage/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_parse: cannot read fixture %s\n", name);
        std::exit(2);
    }
    return f.readAll();
}

// Each parse must succeed (a failing parse is fast and would flatter the numbers).
template <typename Parse> bool run(const char* label, const char* file, int n, Parse parse)
{
    const QByteArray body = fixture(file);
    for (int i = 0; i < std::max(n / 10, 1); ++i) {
        if (!parse(body).ok()) {
            std::fprintf(stderr, "bench_parse: %s did not parse\n", file);
            return false;
        }
    }
    std::vector<double> micros;
    micros.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const bool ok = parse(body).ok();
        const auto end = std::chrono::steady_clock::now();
        if (!ok)
            return false;
        micros.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    std::sort(micros.begin(), micros.end());
    const double median = micros[micros.size() / 2];
    const double p95 = micros[std::min(micros.size() - 1, micros.size() * 95 / 100)];
    std::printf("bench_parse %-9s %-40s %6lld bytes  N=%d  median %8.1f us  p95 %8.1f us\n", label, file,
                static_cast<long long>(body.size()), n, median, p95);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    bool ok = run("summary", "github_summary_partial_outage.json", n, StatuspageParser::parseSummary);
    ok = run("incident", "github_incident_critical_resolved.json", n, StatuspageParser::parseIncident) && ok;
    ok = run("atom", "digitalocean_history.atom", n, StatuspageParser::parseHistoryFeed) && ok;
    ok = run("atom", "streamyard_history.atom", n, StatuspageParser::parseHistoryFeed) && ok;
    ok = run("rss", "streamyard_history.rss", n, StatuspageParser::parseHistoryFeed) && ok;
    return ok ? 0 : 1;
}
