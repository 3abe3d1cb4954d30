#pragma once

#include "health/healthstate.h"

#include <QHash>
#include <QIcon>
#include <QPixmap>
#include <QVector>

/*!
 * \brief Paints the tray and menu icons at runtime, for every state, size and device pixel ratio.
 *
 * Shape carries the meaning as well as colour, for colour-blind users: operational ✓ green circle,
 * degraded ! amber triangle, outage × red square (major: darker, full-size), maintenance ◐ blue circle,
 * unknown ? grey circle. Every shape has a dark outline so it stays legible on light and on dark panels;
 * a stale icon (feed not fetched for a while) is drawn at reduced opacity. Icons are cached per
 * (state, stale): an update that does not change the state costs nothing.
 *
 * Nothing is painted up front: each cached QIcon paints a rendering the first time a size (in device pixels)
 * and mode is asked for, and keeps only the renderings that were asked for (the tray's size, the menu's 16 px).
 * Renderings are painted into a QImage, so no paint engine and its scratch buffers stay alive with the pixmaps.
 */
class TrayIconPainter {
public:
    /*! \brief Logical sizes every icon carries; each at device pixel ratio 1 and 2. */
    static QVector<int> sizes();

    /*!
     * \brief The cached icon: every size and ratio, each painted on first use. \a paused adds a pause badge in the
     * lower right corner (notifications snoozed or in quiet hours) without hiding the state's shape.
     */
    QIcon iconFor(HealthState state, bool stale = false, bool paused = false);
    /*! \brief A single rendering, \a size logical pixels at \a dpr (the pixmap is size×dpr physical pixels). */
    static QPixmap render(HealthState state, int size, qreal dpr = 1.0, bool stale = false, bool paused = false);
    /*! \brief For menu rows: the cached icon's \a size rendering at \a dpr. */
    QPixmap pixmapFor(HealthState state, int size = 16, qreal dpr = 1.0, bool stale = false);
    /*! \brief The shape's fill colour for \a state, so other views (the history bars) speak the same colours. */
    static QColor fillColour(HealthState state);

private:
    QHash<int, QIcon> m_cache;
};
