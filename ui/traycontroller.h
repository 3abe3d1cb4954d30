#pragma once

#include "health/healthsnapshot.h"
#include "trayiconpainter.h"
#include "traymenucontext.h"
#include "traymenurow.h"

#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>

#include <functional>
#include <memory>

class FallbackWindow;
class ModelDetailsDialog;
class QMenu;
class Settings;
class StatusPopup;

/*!
 * \brief The tray: icon (worst watched state), tooltip, context menu, left-click popup, model details, and the
 * fallback window when there is no tray host.
 *
 * Reads HealthSnapshot values only; every decision about health was made in core. What a row does is reported
 * through signals the composition root connects (refresh, open URL, settings, …); this class changes nothing
 * outside the UI. The menu is rebuilt only when its rows change, the icon only when (state, stale) changes.
 *
 * Nothing that showing the icon does not need is built up front: the menu's actions are built when it is about
 * to show (or asked for), the popup, the fallback window and the details dialog on first use, and the rows of a
 * hidden popup or fallback window only when it is shown.
 */
class TrayController : public QObject {
    Q_OBJECT
public:
    explicit TrayController(QObject* parent = nullptr);
    ~TrayController() override;

    void setSnapshot(const HealthSnapshot& snapshot);
    /*! \brief The latest probe outcomes, for "Copy diagnostics". */
    void setRecentProbes(const QVector<ProbeResult>& probes) { m_recentProbes = probes; }
    HealthSnapshot snapshot() const { return m_snapshot; }

    void setWatched(const QStringList& modelIds, const QStringList& serviceIds);
    /*! \brief Snapshots of the other watched providers (feed only), shown in sections of their own. */
    void setOtherProviders(const QVector<HealthSnapshot>& snapshots);
    void setHasKey(bool hasKey);
    void setNotificationsPausedUntil(const QDateTime& until);
    /*! \brief When the next scheduled check is due (the popup's "next in 40 s"). */
    void setNextCheck(const QDateTime& at);
    /*! \brief A refresh the user asked for is under way: the popup says "checking…". */
    void setChecking(bool checking);
    /*! \brief The simulated provider of --demo: the popup's title and the tooltip say so. */
    void setDemo(bool demo);
    void setStatusPageUrl(const QUrl& url);
    void setHistoryAvailable(bool available);
    /*! \brief Follows watched models/services, status URL and pause time from \a settings (and its changes). */
    void bindSettings(Settings* settings);
    /*! \brief Injected clock for ages and pause targets (default: the system clock). */
    void setClock(std::function<QDateTime()> now);
    /*! \brief Injected tray-host check (default: QSystemTrayIcon::isSystemTrayAvailable). */
    void setTrayAvailableCheck(std::function<bool()> check);
    /*! \brief Seconds between checks for a tray host while the fallback window is up (one single-shot timer). */
    void setTrayRetryIntervalMs(int ms);

    /*! \brief Shows the tray icon, or the fallback window when there is no tray host. Never waits for anything. */
    void show();
    /*! \brief Opens the status popup (left click; also what a second instance asks for). */
    void showPopup();
    /*! \brief Opens the details of \a modelId (a notification's "Details"). */
    void showModelDetails(const QString& modelId) { showDetails(modelId); }
    /*! \brief Does what selecting \a row means: emits the matching signal or opens model details. */
    void activate(const TrayMenuRow& row);

    QVector<TrayMenuRow> rows() const { return m_rows; }
    TrayMenuContext context() const;
    HealthState iconState() const { return m_iconState; }
    bool iconStale() const { return m_iconStale; }
    QString toolTip() const { return m_toolTip; }
    bool usingFallback() const;

    QSystemTrayIcon* trayIcon() const { return m_tray; }
    /*! \brief The context menu, with the current rows (built now if they changed since it was last built). */
    QMenu* contextMenu();
    /*! \brief The status popup, the fallback window, the details dialog: each created on first use. */
    StatusPopup* statusPopup();
    FallbackWindow* fallbackWindow();
    ModelDetailsDialog* detailsDialog();
    TrayIconPainter* painter() { return &m_painter; }

signals:
    void refreshRequested();
    void openUrlRequested(const QUrl& url);
    void settingsRequested();
    void historyRequested();
    /*! \brief Emitted after the diagnostics Markdown was put on the clipboard. */
    void copyDiagnosticsRequested();
    /*! \brief \a until is null for "resume notifications". */
    void pauseNotificationsRequested(const QDateTime& until);
    void aboutRequested();
    void quitRequested();
    /*! \brief Emitted when the details dialog for \a modelId opens. */
    void modelDetailsRequested(const QString& modelId);
    /*! \brief From a row's context menu: mute (or unmute) the notifications of a model or a service. */
    void muteRequested(bool model, const QString& id, bool mute);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();
    void ensureMenu();
    void rebuildMenu();
    void onActivated(QSystemTrayIcon::ActivationReason reason);
    void showDetails(const QString& modelId);

    HealthSnapshot m_snapshot;
    QVector<ProbeResult> m_recentProbes;
    TrayMenuContext m_context;
    QVector<TrayMenuRow> m_rows;
    QString m_toolTip;
    HealthState m_iconState = HealthState::Unknown;
    bool m_iconStale = false;
    bool m_iconPaused = false;
    bool m_iconSet = false;
    bool m_shown = false;
    bool m_menuDirty = true;

    std::function<QDateTime()> m_now;
    std::function<bool()> m_trayAvailable;
    TrayIconPainter m_painter;
    QSystemTrayIcon* m_tray;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<StatusPopup> m_popup;
    std::unique_ptr<FallbackWindow> m_fallback;
    std::unique_ptr<ModelDetailsDialog> m_details;
    QTimer m_trayRetry;
};
