// libFuzzer entry: the settings loader (an INI file through QSettings, then one validation per key). The bytes are
// the file; contract: loading never crashes, and whatever the file says, every value read back passes the same
// validation a value set in the dialog must pass (a corrupt file falls back to defaults, never to garbage).
#include "settings/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
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
