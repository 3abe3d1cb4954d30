// The one symbol libmodelpulse-history.so exports for the tray (ui/historymodule.cpp resolves it by name).
#include "historymodule.h"
#include "historywindow.h"

extern "C" Q_DECL_EXPORT QWidget* modelpulse_open_history_window(const HistoryLoader* loader,
                                                                 const HistoryUrlOpener* openUrl)
{
    static_assert(std::is_same_v<decltype(&modelpulse_open_history_window), HistoryModuleEntry>);
    HistoryWindow* window = openHistoryWindow(*loader);
    // openHistoryWindow() reuses an open window: hook up its links once.
    if (!window->property("modelpulse-url-hooked").toBool()) {
        QObject::connect(window, &HistoryWindow::openUrlRequested, window,
                         [open = *openUrl](const QUrl& url) { open(url); });
        window->setProperty("modelpulse-url-hooked", true);
    }
    return window;
}
