// bench_history [--days N] [--dir DIR] [--modelpulse PATH]: a year of history (6 models × one probe a minute ≈ 3.2 M
// samples, through HistoryStore::addSample in batches of 500 like the recorder) plus the real incidents.json capture
// repeated over the year (shifted by k × 60 days, new ids); then the window's queries and the real binary's readers.
// Prints one figure per line: NAME VALUE UNIT.

#include "feed/statuspageparser.h"
#include "health/modelfamilies.h"
#include "history/historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

double procStatusMb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

void figure(const char* name, double value, const char* unit)
{
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char* name, const QString& fallback) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int days = option("--days", QStringLiteral("365")).toInt();
    const QString binary = option("--modelpulse", QStringLiteral(MODELPULSE_BIN));
    QTemporaryDir temp;
    const QString dataDir = option("--dir", temp.path());
    QDir().mkpath(dataDir);
    const QString path = HistoryStore::defaultPath(dataDir);
    QFile::remove(path);

    const QStringList models { QStringLiteral("claude-opus-5"),    QStringLiteral("claude-sonnet-5"),
                               QStringLiteral("claude-haiku-4-5"), QStringLiteral("claude-opus-4-8"),
                               QStringLiteral("claude-fable-5"),   QStringLiteral("claude-mythos-5") };
    const QStringList services { QStringLiteral("k8w3r06qmzrp"), QStringLiteral("rwppv331jlwc") };
    // The readers use the wall clock: the year ends now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = now.addDays(-days);

    qint64 rows = 0;
    double insertSec = 0;
    {
        HistoryStore store(path);
        QString error;
        if (!store.open(&error)) {
            std::fprintf(stderr, "bench_history: %s\n", qPrintable(error));
            return 1;
        }
        QRandomGenerator rng(20260915);
        QElapsedTimer t;
        t.start();
        int inBatch = 0;
        store.begin();
        for (QDateTime at = start; at < now; at = at.addSecs(60)) {
            for (const QString& model : models) {
                ProbeResult r;
                r.modelId = model;
                r.at = at;
                const quint32 roll = rng.bounded(1000);
                r.outcome = roll < 8 ? ProbeOutcome::Overloaded
                    : roll < 10      ? ProbeOutcome::ServerError
                                     : ProbeOutcome::Ok;
                r.httpStatus = r.outcome == ProbeOutcome::Ok ? 200 : roll < 8 ? 529 : 500;
                r.latencyMs = r.outcome == ProbeOutcome::Ok ? qint64(400 * std::exp(rng.generateDouble() * 1.5)) : -1;
                r.ttfbMs = r.latencyMs > 0 ? r.latencyMs / 2 : -1;
                r.requestId = QStringLiteral("req_%1").arg(rows);
                store.addSample(QStringLiteral("anthropic"), r);
                ++rows;
                if (++inBatch == 500) {
                    store.commit();
                    store.begin();
                    inBatch = 0;
                }
            }
        }
        store.commit();
        insertSec = t.elapsed() / 1000.0;

        // The real capture (2026-07-22 … 2026-09-15), its newest incident moved to a day ago, then again every 60 days
        // back over the range: ~6 × 50 incidents with every update and component transition.
        QFile f(QStringLiteral(MODELPULSE_FIXTURES "/anthropic/incidents_2026-09-15.json"));
        f.open(QIODevice::ReadOnly);
        const auto parsed = StatuspageParser::parseIncidents(f.readAll());
        if (!parsed.ok()) {
            std::fprintf(stderr, "bench_history: cannot parse the capture\n");
            return 1;
        }
        const QVector<Incident> real = *parsed.value;
        QVector<ModelInfo> attribution;
        for (const QString& m : models)
            attribution << modelInfoFromId(m);
        for (const ModelInfo& m : modelsNamedIn(real))
            if (std::none_of(attribution.cbegin(), attribution.cend(),
                             [&](const ModelInfo& w) { return w.id == m.id; }))
                attribution << m;
        const qint64 base = real.constFirst().createdAt.secsTo(now.addDays(-1));
        store.begin();
        int incidents = 0;
        for (int k = 0; k * 60 < days; ++k) {
            QVector<Incident> copy = real;
            const qint64 shift = base - qint64(k) * 60 * 86400;
            for (Incident& i : copy) {
                i.id += QStringLiteral("-%1").arg(k);
                for (QDateTime* d : { &i.createdAt, &i.updatedAt, &i.startedAt, &i.resolvedAt })
                    if (d->isValid())
                        *d = d->addSecs(shift);
                for (IncidentUpdate& u : i.updates) {
                    u.id += QStringLiteral("-%1").arg(k);
                    u.createdAt = u.createdAt.addSecs(shift);
                }
            }
            copy.erase(std::remove_if(copy.begin(), copy.end(), [&](const Incident& i) { return i.createdAt < start; }),
                       copy.end());
            incidents += store.importIncidents(QStringLiteral("anthropic"), copy, attribution);
        }
        // What --status-line reads: one combined transition per model.
        QVector<Transition> transitions;
        for (const QString& m : models)
            transitions << Transition { QStringLiteral("anthropic"),
                                        Transition::Kind::Model,
                                        m,
                                        Transition::Side::Combined,
                                        QStringLiteral("operational"),
                                        m == models.constFirst() ? QStringLiteral("partial_outage")
                                                                 : QStringLiteral("operational"),
                                        now.addSecs(-720),
                                        {} };
        store.addTransitions(transitions);
        store.commit();
        QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        figure("rows", double(rows), "samples");
        figure("incidents", incidents, "incidents");
    }
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    figure("db_size", bytes / 1048576.0, "MB");
    figure("insert_throughput", rows / insertSec, "rows/s");

    const auto timeQueries = [&](HistoryRange range, int runs) {
        HistoryStore store(path);
        store.open();
        QVector<double> ms;
        int series = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const HistoryView v = store.query(range, QDateTime::currentDateTimeUtc(), models, services);
            ms << t.nsecsElapsed() / 1e6;
            series = int(v.series.size());
        }
        if (series != models.size() + services.size())
            std::fprintf(stderr, "bench_history: %d series\n", series);
        return median(ms);
    };
    figure("query_90d_ms", timeQueries(HistoryRange::Quarter, 10), "ms");
    figure("query_1y_ms", timeQueries(HistoryRange::Year, 10), "ms");
    figure("query_rss", procStatusMb("VmRSS:"), "MB");
    figure("query_rss_peak", procStatusMb("VmHWM:"), "MB");

    const auto timeBinary = [&](const QStringList& arguments, int runs) {
        QVector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(binary, arguments + QStringList { QStringLiteral("--data-dir"), dataDir });
            p.waitForFinished(60000);
            ms << t.nsecsElapsed() / 1e6;
            if (p.exitCode() != 0)
                std::fprintf(stderr, "bench_history: %s exit %d: %s\n", qPrintable(arguments.join(u' ')), p.exitCode(),
                             p.readAllStandardError().constData());
        }
        return median(ms);
    };
    figure("history_json_90d_ms",
           timeBinary({ QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--range"),
                        QStringLiteral("90d") },
                      5),
           "ms");
    rusage children {};
    getrusage(RUSAGE_CHILDREN, &children);
    figure("history_json_rss_peak", children.ru_maxrss / 1024.0, "MB");
    figure("history_json_1y_ms",
           timeBinary(
               { QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--range"), QStringLiteral("1y") },
               5),
           "ms");
    figure("status_line_ms", timeBinary({ QStringLiteral("--status-line") }, 10), "ms");
    return 0;
}
