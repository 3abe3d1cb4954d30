#pragma once

#include "health/healthstate.h"

#include <QDateTime>
#include <QDebug>
#include <QString>
#include <QUrl>
#include <QVector>

/*! \brief What selecting an action row does. */
enum class TrayAction {
    None,
    ShowModelDetails, //!< modelId
    OpenUrl, //!< url
    Refresh,
    OpenStatusPage, //!< url
    History,
    PauseNotifications, //!< until
    ResumeNotifications,
    Settings,
    CopyDiagnostics,
    About,
    Quit,
};

/*!
 * \brief One row of the tray menu, the status popup and the fallback window (all three show the same rows).
 *
 * A plain value: TrayMenuModel produces a list of them from a snapshot, tests compare them, widgets render them.
 */
struct TrayMenuRow {
    enum class Kind { Header, Model, Service, Incident, Maintenance, Connectivity, Hint, Action, Separator };

    Kind kind = Kind::Separator;
    QString text;
    bool hasState = false; //!< draw a state icon
    HealthState state = HealthState::Unknown;
    bool enabled = false;
    TrayAction action = TrayAction::None;
    QString id; //!< model id, component id or incident id
    QUrl url; //!< incident page / status page
    QDateTime until; //!< PauseNotifications target
    QVector<TrayMenuRow> children; //!< a submenu (Pause notifications ▸)
    bool muted = false; //!< a model or service row whose notifications are muted

    bool operator==(const TrayMenuRow& o) const
    {
        return kind == o.kind && text == o.text && hasState == o.hasState && state == o.state && enabled == o.enabled
            && action == o.action && id == o.id && url == o.url && until == o.until && children == o.children
            && muted == o.muted;
    }
    bool operator!=(const TrayMenuRow& o) const { return !(*this == o); }
};

inline QDebug operator<<(QDebug d, const TrayMenuRow& r)
{
    QDebugStateSaver saver(d);
    d.nospace() << "TrayMenuRow(" << static_cast<int>(r.kind) << ", " << r.text << ", enabled=" << r.enabled << ")";
    return d;
}
