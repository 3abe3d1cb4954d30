// libFuzzer entry: the settings loader (an INI file through QSettings, then one validation per key). The bytes are
// the file; contract: loading never crashes, and whatever the file says, every value read back passes the same
// validation a value set in the dialog must pass (a corrupt file falls back to defaults, never to garbage).
// Speed: the file lives on tmpfs (/dev/shm) when there is one, and the loader's qWarning lines are not printed —
// together ~4,000 executions a second instead of ~70. run_fuzz.sh runs this target without libFuzzer's per-input
// leak check: QSettings keeps a process-wide cache of parsed files (by design, up to 30), so every input looks like
// a leak and triggers a full LeakSanitizer scan; leaks in our code are caught by the ASan test runs instead.
#include "settings/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {
QString tempBase()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool quiet = [] {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
        return true;
    }();
    (void)quiet;
    static QTemporaryDir dir(QDir(tempBase()).filePath(QStringLiteral("modelpulse-fuzz-settings-XXXXXX")));
    static int n = 0;
    // A new name each time: QSettings caches files by name inside one process.
    const QString path = QDir(dir.path()).filePath(QStringLiteral("s%1.ini").arg(n++));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    {
        Settings settings(path);
        for (Settings::Key key : Settings::allKeys()) {
            if (Settings::validate(key, settings.value(key)))
                __builtin_trap();
        }
    }
    for (const QString& file : QDir(dir.path()).entryList(QDir::Files))
        QFile::remove(QDir(dir.path()).filePath(file));
    return 0;
}
