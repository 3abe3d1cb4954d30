// libFuzzer entry: the probe cost counter file (probe-cost.json) as CostTracker loads it at start. The bytes are
// written to a fresh data dir; contract: loading never crashes, a spend is never negative or NaN (the cap must keep
// working), and an unreadable file is kept as .bak with a warning rather than silently trusted.
#include "probe/costtracker.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir; // one dir for the run; the file is rewritten for every input
    static ManualClock clock;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("probe-cost.json"));
    QFile::remove(path + QStringLiteral(".bak"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    CostTracker tracker(dir.path(), &clock);
    const double spent = tracker.spentUsd();
    if (std::isnan(spent) || spent < 0)
        __builtin_trap();
    if (!tracker.warning().isEmpty() && !QFile::exists(path + QStringLiteral(".bak")))
        __builtin_trap();
    return 0;
}
