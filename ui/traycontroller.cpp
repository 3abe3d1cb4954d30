#include "traycontroller.h"

#include "diagnostics.h"
#include "fallbackwindow.h"
#include "menutext.h"
#include "modeldetailsdialog.h"
#include "notify/notificationsettings.h"
#include "settings/settings.h"
#include "statuspopup.h"
#include "traymenumodel.h"

#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QEvent>
#include <QMenu>

TrayController::TrayController(QObject* parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_trayAvailable([] { return QSystemTrayIcon::isSystemTrayAvailable(); })
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(std::make_unique<QMenu>())
{
    m_tray->setContextMenu(m_menu.get());
    // The actions are built when the menu is about to show (a right click on the icon), not on every change.
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayController::ensureMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayController::onActivated);

    // One single-shot timer re-armed only while the fallback window is up: no wakeups otherwise.
    m_trayRetry.setSingleShot(true);
    m_trayRetry.setInterval(5000);
    connect(&m_trayRetry, &QTimer::timeout, this, &TrayController::show);

    // Row texts come from tr(): rebuild them when the app installs another translator.
    qApp->installEventFilter(this);
    update();
}

TrayController::~TrayController()
{
    m_tray->setContextMenu(nullptr);
}

void TrayController::setSnapshot(const HealthSnapshot& snapshot)
{
    m_snapshot = snapshot;
    update();
    if (m_details && m_details->isVisible())
        showDetails(m_details->modelId());
}

void TrayController::setWatched(const QStringList& modelIds, const QStringList& serviceIds)
{
    m_context.watchedModels = modelIds;
    m_context.watchedServices = serviceIds;
    update();
}

void TrayController::setHasKey(bool hasKey)
{
    m_context.hasKey = hasKey;
    update();
}

void TrayController::setNotificationsPausedUntil(const QDateTime& until)
{
    m_context.notificationsPausedUntil = until;
    update();
}

void TrayController::setNextCheck(const QDateTime& at)
{
    m_context.nextCheck = at;
    if (m_popup && m_popup->isVisible())
        update();
}

void TrayController::setChecking(bool checking)
{
    if (m_context.checking == checking)
        return;
    m_context.checking = checking;
    update();
}

void TrayController::setDemo(bool demo)
{
    m_context.demo = demo;
    update();
}

void TrayController::setStatusPageUrl(const QUrl& url)
{
    m_context.statusPageUrl = url;
    update();
}

void TrayController::setHistoryAvailable(bool available)
{
    m_context.historyAvailable = available;
    update();
}

void TrayController::setOtherProviders(const QVector<HealthSnapshot>& snapshots)
{
    if (m_context.otherProviders == snapshots)
        return;
    m_context.otherProviders = snapshots;
    update();
}

void TrayController::bindSettings(Settings* settings)
{
    auto apply = [this, settings] {
        m_context.watchedModels = settings->watchedModels();
        m_context.watchedServices = settings->watchedServices();
        m_context.statusPageUrl = settings->statusUrl();
        // Snoozed, or quiet hours now: what the icon's badge and the tooltip say.
        const NotificationSettings ns = settings->notificationSettings();
        m_context.mutedModels = ns.mutedModels;
        m_context.mutedServices = ns.mutedServices;
        const auto pause = NotificationTiming::pause(ns, m_now());
        m_context.notificationsPausedUntil = pause ? pause->until : QDateTime();
        update();
    };
    connect(settings, &Settings::changed, this, apply);
    apply();
}

void TrayController::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    update();
}

void TrayController::setTrayAvailableCheck(std::function<bool()> check)
{
    m_trayAvailable = std::move(check);
}

void TrayController::setTrayRetryIntervalMs(int ms)
{
    m_trayRetry.setInterval(ms);
}

TrayMenuContext TrayController::context() const
{
    TrayMenuContext c = m_context;
    c.now = m_now();
    return c;
}

bool TrayController::usingFallback() const
{
    return m_shown && !m_tray->isVisible();
}

QMenu* TrayController::contextMenu()
{
    ensureMenu();
    return m_menu.get();
}

StatusPopup* TrayController::statusPopup()
{
    if (!m_popup) {
        m_popup = std::make_unique<StatusPopup>(&m_painter);
        connect(m_popup.get(), &StatusPopup::rowActivated, this, &TrayController::activate);
        m_popup->setTick([this] { update(); }); // "checked 20 s ago" moves while it is open
        connect(m_popup.get(), &StatusPopup::muteRequested, this, [this](const TrayMenuRow& row, bool mute) {
            emit muteRequested(row.kind == TrayMenuRow::Kind::Model, row.id, mute);
        });
        m_popup->setRows(m_rows);
        const TrayMenuContext c = context();
        m_popup->setHeadline(TrayMenuModel::headline(m_snapshot, c), TrayMenuModel::freshness(m_snapshot, c), c.demo);
    }
    return m_popup.get();
}

FallbackWindow* TrayController::fallbackWindow()
{
    if (!m_fallback) {
        m_fallback = std::make_unique<FallbackWindow>(&m_painter);
        connect(m_fallback.get(), &FallbackWindow::rowActivated, this, &TrayController::activate);
        m_fallback->setRows(m_rows);
    }
    return m_fallback.get();
}

ModelDetailsDialog* TrayController::detailsDialog()
{
    if (!m_details) {
        m_details = std::make_unique<ModelDetailsDialog>();
        connect(m_details.get(), &ModelDetailsDialog::linkActivated, this, &TrayController::openUrlRequested);
    }
    return m_details.get();
}

void TrayController::show()
{
    m_shown = true;
    if (m_trayAvailable()) {
        m_trayRetry.stop();
        m_tray->show();
        if (m_fallback)
            m_fallback->hide();
        return;
    }
    m_tray->hide();
    if (!fallbackWindow()->isVisible())
        m_fallback->show();
    m_trayRetry.start();
}

void TrayController::showPopup()
{
    if (usingFallback()) {
        fallbackWindow()->show();
        m_fallback->raise();
        m_fallback->activateWindow();
        return;
    }
    statusPopup()->setRows(m_rows);
    QRect anchor = m_tray->geometry();
    // XEmbed hosts (trayer, several panels) leave Qt's geometry at 0,0: Qt never learns where the icon window was
    // reparented to. The click that opens the popup happened on the icon, so the cursor is the better anchor then.
    if (anchor.topLeft() == QPoint(0, 0))
        anchor = QRect(QCursor::pos(), QSize(1, 1));
    m_popup->showNear(anchor);
}

void TrayController::update()
{
    const TrayMenuContext c = context();
    const HealthState state = TrayMenuModel::worstWatched(m_snapshot, c);
    const bool stale = TrayMenuModel::isStale(m_snapshot);
    const bool paused = c.notificationsPausedUntil.isValid() && c.now.isValid() && c.notificationsPausedUntil > c.now;
    if (!m_iconSet || state != m_iconState || stale != m_iconStale || paused != m_iconPaused) {
        m_iconState = state;
        m_iconStale = stale;
        m_iconPaused = paused;
        m_iconSet = true;
        m_tray->setIcon(m_painter.iconFor(state, stale, paused));
    }
    if (m_popup)
        m_popup->setHeadline(TrayMenuModel::headline(m_snapshot, c), TrayMenuModel::freshness(m_snapshot, c), c.demo);
    const QString tip = TrayMenuModel::toolTip(m_snapshot, c);
    if (tip != m_toolTip) {
        m_toolTip = tip;
        m_tray->setToolTip(tip);
    }
    const auto rows = TrayMenuModel::rows(m_snapshot, c);
    if (rows != m_rows) {
        m_rows = rows;
        m_menuDirty = true;
        // The menu is rebuilt when it is about to show: an open menu keeps its rows, so a probe finishing while the
        // user is choosing an entry never clears the menu under the cursor. The popup and the fallback window only
        // store the rows while hidden.
        if (m_popup)
            m_popup->setRows(m_rows);
        if (m_fallback)
            m_fallback->setRows(m_rows);
    }
}

void TrayController::ensureMenu()
{
    if (!m_menuDirty)
        return;
    m_menuDirty = false;
    rebuildMenu();
}

void TrayController::rebuildMenu()
{
    m_menu->setToolTipsVisible(true);
    // clear() deletes the actions but not the submenus addMenu() created (their menu action belongs to them).
    for (QMenu* sub : m_menu->findChildren<QMenu*>(Qt::FindDirectChildrenOnly))
        sub->deleteLater();
    m_menu->clear();
    const auto addRows = [this](QMenu* menu, const QVector<TrayMenuRow>& rows, auto& self) -> void {
        for (const auto& row : rows) {
            if (row.kind == TrayMenuRow::Kind::Separator) {
                menu->addSeparator();
                continue;
            }
            if (!row.children.isEmpty()) {
                QMenu* sub = menu->addMenu(MenuText::shown(row.text, menu->fontMetrics()));
                sub->setToolTipsVisible(true);
                self(sub, row.children, self);
                continue;
            }
            QAction* action = menu->addAction(MenuText::shown(row.text, menu->fontMetrics()));
            if (MenuText::elided(row.text, menu->fontMetrics()) != row.text)
                action->setToolTip(row.text); // elided: the whole title on hover
            if (row.hasState)
                action->setIcon(m_painter.iconFor(row.state));
            // Information rows (states, incidents, hints) are read, not greyed out like a disabled command; only
            // an action that cannot run now looks disabled.
            action->setEnabled(row.enabled || row.kind != TrayMenuRow::Kind::Action);
            if (row.kind == TrayMenuRow::Kind::Header) {
                QFont f = action->font();
                f.setBold(true);
                action->setFont(f);
            }
            connect(action, &QAction::triggered, this, [this, row] { activate(row); });
        }
    };
    addRows(m_menu.get(), m_rows, addRows);
}

void TrayController::activate(const TrayMenuRow& row)
{
    switch (row.action) {
    case TrayAction::None:
        break;
    case TrayAction::ShowModelDetails:
        showDetails(row.id);
        break;
    case TrayAction::OpenUrl:
    case TrayAction::OpenStatusPage:
        if (row.url.isValid())
            emit openUrlRequested(row.url);
        break;
    case TrayAction::Refresh:
        emit refreshRequested();
        break;
    case TrayAction::History:
        emit historyRequested();
        break;
    case TrayAction::PauseNotifications:
        emit pauseNotificationsRequested(row.until);
        break;
    case TrayAction::ResumeNotifications:
        emit pauseNotificationsRequested(QDateTime());
        break;
    case TrayAction::Settings:
        emit settingsRequested();
        break;
    case TrayAction::CopyDiagnostics:
        if (QClipboard* clipboard = QGuiApplication::clipboard())
            clipboard->setText(Diagnostics::markdown(m_snapshot, m_recentProbes, m_context.demo));
        emit copyDiagnosticsRequested();
        break;
    case TrayAction::About:
        emit aboutRequested();
        break;
    case TrayAction::Quit:
        emit quitRequested();
        break;
    }
}

void TrayController::showDetails(const QString& modelId)
{
    for (const auto& m : m_snapshot.models) {
        if (m.id != modelId)
            continue;
        const bool wasVisible = m_details && m_details->isVisible();
        detailsDialog()->setModel(m, m_snapshot.incidents, m_context.hasKey);
        if (!wasVisible) {
            m_details->show();
            m_details->raise();
            m_details->activateWindow();
            emit modelDetailsRequested(modelId);
        }
        return;
    }
}

void TrayController::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason != QSystemTrayIcon::Trigger)
        return;
    if (m_popup && m_popup->isVisible())
        m_popup->close();
    else
        showPopup();
}

bool TrayController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == qApp && event->type() == QEvent::LanguageChange) {
        m_rows.clear();
        m_toolTip.clear();
        update();
    }
    return QObject::eventFilter(watched, event);
}
