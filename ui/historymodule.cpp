#include "historymodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibrary>

QStringList historyModuleCandidates()
{
    const QDir app(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral("libmodelpulse-history.so");
    return { app.filePath(name), app.filePath(QStringLiteral("../lib/modelpulse/") + name) };
}

QWidget* openHistoryModule(HistoryLoader loader, HistoryUrlOpener openUrl, QString* error)
{
    static HistoryModuleEntry entry = nullptr;
    if (!entry) {
        QStringList tried;
        for (const QString& path : historyModuleCandidates()) {
            if (!QFile::exists(path)) {
                tried << QDir::cleanPath(path);
                continue;
            }
            QLibrary library(path);
            // Kept loaded for the rest of the session: the window's code and its Qt Charts stay mapped once used.
            if (library.load())
                entry = reinterpret_cast<HistoryModuleEntry>(library.resolve(kHistoryModuleEntry));
            if (entry)
                break;
            tried << QStringLiteral("%1 (%2)").arg(QDir::cleanPath(path), library.errorString());
        }
        if (!entry) {
            if (error)
                *error = QCoreApplication::translate("HistoryModule",
                                                     "The history window is not installed or cannot be loaded: %1")
                             .arg(tried.join(QStringLiteral("; ")));
            return nullptr;
        }
    }
    return entry(&loader, &openUrl);
}
