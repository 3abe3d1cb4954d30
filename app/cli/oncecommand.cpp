#include "oncecommand.h"

#include "health/healthstate.h"
#include "health/snapshotjson.h"
#include "oncerunner.h"
#include "snapshottable.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <cstdio>

int runOnce(const AppOptions& options, const OnceKey& key)
{
    QNetworkAccessManager nam;
    SystemClock clock;
    OnceRunner runner(options, key, &nam, &clock);
    HealthSnapshot snapshot;
    QObject::connect(&runner, &OnceRunner::finished, [&](const HealthSnapshot& s) {
        snapshot = s;
        QCoreApplication::exit(0);
    });
    runner.start();
    QCoreApplication::exec();

    const QByteArray out = options.json ? QJsonDocument(SnapshotJson::toJson(snapshot)).toJson(QJsonDocument::Indented)
                                        : snapshotTable(snapshot).toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return exitCodeFor(snapshot.overall);
}
