#pragma once

#include "history/historytypes.h"

#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

/*!
 * \brief Produces the view of one range. Called OFF the GUI thread (on Qt's global thread pool), so it must not
 * touch widgets and must be safe to call while a previous call is still running; typically it wraps
 * `HistoryStore::query(range, QDateTime::currentDateTimeUtc(), watchedModels)`. It may throw: the window
 * then shows the message instead of the chart.
 */
using HistoryLoader = std::function<HistoryView(HistoryRange range)>;
using HistoryUrlOpener = std::function<void(const QUrl& url)>;

/*!
 * \brief The history window lives in its own library (`libmodelpulse-history.so`, with Qt Charts and QtConcurrent),
 * loaded the first time the window is opened: until then the tray maps none of it.
 *
 * Looked for beside the binary (the build tree) and in `../lib/modelpulse/` (the package). Returns the window
 * (created, or raised and reloaded when it is open), or null with a translated \a error when the library is
 * missing or unusable — the tray goes on without the window.
 */
QWidget* openHistoryModule(HistoryLoader loader, HistoryUrlOpener openUrl, QString* error);

/*! \brief Where openHistoryModule() found (or would look for) the library; for diagnostics and tests. */
QStringList historyModuleCandidates();

/*! \brief The exported entry point's name and signature (ui/history/historymoduleentry.cpp). */
inline constexpr char kHistoryModuleEntry[] = "modelpulse_open_history_window";
using HistoryModuleEntry = QWidget* (*)(const HistoryLoader* loader, const HistoryUrlOpener* openUrl);
