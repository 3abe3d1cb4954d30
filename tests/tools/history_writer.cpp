// history_writer DIR [BATCH]: the crash test's victim. Opens DIR's history store and writes probe samples forever in
// transactions of BATCH (default 50) through HistoryStore::begin()/commit(), as the recorder's writer thread does,
// printing the total committed so far after each commit ("committed N"). Whatever it printed is on disk.

#include "history/historystore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: history_writer DIR [BATCH]\n");
        return 64;
    }
    const int batch = args.size() > 2 ? args.at(2).toInt() : 50;
    HistoryStore store(HistoryStore::defaultPath(args.at(1)));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "history_writer: %s\n", qPrintable(error));
        return 1;
    }
    qint64 committed = store.count(QStringLiteral("probe_samples"));
    QDateTime at = QDateTime::fromSecsSinceEpoch(1789430400, Qt::UTC).addSecs(committed * 60); // 2026-09-15
    const QStringList models { QStringLiteral("claude-opus-5"), QStringLiteral("claude-sonnet-5"),
                               QStringLiteral("claude-haiku-4-5") };
    for (;;) {
        if (!store.begin())
            return 2;
        for (int i = 0; i < batch; ++i) {
            ProbeResult r;
            r.modelId = models.at(int((committed + i) % models.size()));
            r.outcome = (committed + i) % 7 == 0 ? ProbeOutcome::Overloaded : ProbeOutcome::Ok;
            r.latencyMs = r.outcome == ProbeOutcome::Ok ? 300 + (committed + i) % 900 : -1;
            r.httpStatus = r.outcome == ProbeOutcome::Ok ? 200 : 529;
            r.at = at;
            at = at.addSecs(60);
            store.addSample(QStringLiteral("anthropic"), r);
        }
        if (!store.commit())
            return 3;
        committed += batch;
        std::printf("committed %lld\n", static_cast<long long>(committed));
        std::fflush(stdout);
    }
}
