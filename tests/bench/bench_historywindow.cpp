// The history window on a year of generated history (bench_history --dir DIR): open (query on a pool thread + first
// paint), range switch, RSS with the window open. One figure per line: NAME VALUE UNIT. Run from a Release build:
//   build/bench/tests/bench/bench_history --dir DIR
//   build/bench/tests/bench/bench_historywindow --dir DIR   (offscreen unless QT_QPA_PLATFORM is set)
#include "history/historystore.h"
#include "historywindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

bool waitShown(HistoryWindow& w, int& shown, int target, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (shown < target && t.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    w.grab(); // the first paint, synchronously
    return shown >= target;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Data dir with history.sqlite."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    p.addOptions({ dirOpt, runsOpt });
    p.process(app);
    const QString path = HistoryStore::defaultPath(p.value(dirOpt));
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "bench_historywindow: no %s (generate it with bench_history --dir)\n", qPrintable(path));
        return 1;
    }
    const int runs = std::max(1, p.value(runsOpt).toInt());
    const QDateTime now = [&] {
        HistoryStore s(path);
        s.open();
        QSqlQuery q(s.database());
        q.exec(QStringLiteral("SELECT max(at) FROM probe_samples"));
        return q.next() ? QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC)
                        : QDateTime::currentDateTimeUtc();
    }();
    // The models with probe history (what a tray watching them shows), not every model the page ever named.
    const QStringList models = [&] {
        HistoryStore s(path);
        s.open();
        QStringList out;
        QSqlQuery q(s.database());
        q.exec(QStringLiteral("SELECT DISTINCT model FROM probe_hours ORDER BY model"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }();
    const QStringList services { QStringLiteral("k8w3r06qmzrp"), QStringLiteral("rwppv331jlwc") };
    // The tray's loader: a connection of its own on the pool thread, as app/trayapp.cpp does.
    const HistoryLoader loader = [path, now, models, services](HistoryRange range) {
        HistoryStore store(path);
        store.open();
        return store.query(range, now, models, services);
    };

    std::printf("bench_historywindow %s, %lld models, history up to %s\n", qPrintable(path),
                static_cast<long long>(models.size()), qPrintable(now.toString(Qt::ISODate)));
    double rssOpen = -1;
    for (HistoryRange range : { HistoryRange::Quarter, HistoryRange::Year }) {
        std::vector<double> open;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            int shown = 0;
            HistoryWindow w([&](HistoryRange) { return loader(range); });
            QObject::connect(&w, &HistoryWindow::viewShown, [&] { ++shown; });
            w.resize(960, 860);
            w.show();
            if (!waitShown(w, shown, 1))
                return 2;
            open.push_back(double(t.nsecsElapsed()) / 1e6);
            rssOpen = std::max(rssOpen, rssMb());
        }
        std::printf("window_open_%s_ms %.1f ms\n", qPrintable(historyRangeKey(range)), median(open));
    }
    {
        int shown = 0;
        HistoryWindow w(loader);
        QObject::connect(&w, &HistoryWindow::viewShown, [&] { ++shown; });
        w.resize(960, 860);
        w.show();
        waitShown(w, shown, 1);
        std::vector<double> switches;
        const HistoryRange cycle[]
            = { HistoryRange::Day, HistoryRange::Month, HistoryRange::Quarter, HistoryRange::Week };
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            w.setRange(cycle[i % 4]);
            if (!waitShown(w, shown, shown + 1))
                return 3;
            switches.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::printf("range_switch_ms %.1f ms\n", median(switches));
        rssOpen = std::max(rssOpen, rssMb());
    }
    std::printf("rss_window_open %.1f MB\n", rssOpen);
    return 0;
}
