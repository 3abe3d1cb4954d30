#include "trayiconpainter.h"

#include <QPainter>
#include <QPainterPath>

namespace {
struct Style {
    QColor fill;
    QColor glyph;
};

Style styleFor(HealthState state)
{
    switch (state) {
    case HealthState::Operational:
        return {QColor(0x2f, 0x9e, 0x44), Qt::white};
    case HealthState::DegradedPerformance:
        return {QColor(0xf5, 0xa6, 0x23), QColor(0x20, 0x16, 0x00)};
    case HealthState::PartialOutage:
        return {QColor(0xe0, 0x31, 0x31), Qt::white};
    case HealthState::MajorOutage:
        return {QColor(0x9c, 0x0c, 0x0c), Qt::white};
    case HealthState::UnderMaintenance:
        return {QColor(0x1c, 0x7e, 0xd6), Qt::white};
    case HealthState::Unknown:
        break;
    }
    return {QColor(0x86, 0x8e, 0x96), Qt::white};
}

// Shapes are drawn in a 0..1 box; the painter is scaled to the icon size.
QPainterPath shapeFor(HealthState state)
{
    QPainterPath path;
    switch (state) {
    case HealthState::DegradedPerformance:
        path.moveTo(0.5, 0.05);
        path.lineTo(0.97, 0.92);
        path.lineTo(0.03, 0.92);
        path.closeSubpath();
        break;
    case HealthState::PartialOutage:
        path.addRoundedRect(QRectF(0.1, 0.1, 0.8, 0.8), 0.1, 0.1);
        break;
    case HealthState::MajorOutage:
        // "Filled more strongly": the full box, square corners, darker red.
        path.addRect(QRectF(0.04, 0.04, 0.92, 0.92));
        break;
    default:
        path.addEllipse(QRectF(0.05, 0.05, 0.9, 0.9));
        break;
    }
    return path;
}

QPen glyphPen(const QColor& colour, qreal width)
{
    return QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void paintGlyph(QPainter& p, HealthState state, const QColor& colour)
{
    switch (state) {
    case HealthState::Operational:
        p.setPen(glyphPen(colour, 0.14));
        p.drawPolyline(QPolygonF{QPointF(0.28, 0.52), QPointF(0.44, 0.68), QPointF(0.73, 0.34)});
        break;
    case HealthState::DegradedPerformance:
        p.setPen(glyphPen(colour, 0.13));
        p.drawLine(QPointF(0.5, 0.38), QPointF(0.5, 0.6));
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QPointF(0.5, 0.78), 0.075, 0.075);
        break;
    case HealthState::PartialOutage:
    case HealthState::MajorOutage: {
        const qreal a = state == HealthState::MajorOutage ? 0.26 : 0.3;
        p.setPen(glyphPen(colour, state == HealthState::MajorOutage ? 0.17 : 0.14));
        p.drawLine(QPointF(a, a), QPointF(1 - a, 1 - a));
        p.drawLine(QPointF(1 - a, a), QPointF(a, 1 - a));
        break;
    }
    case HealthState::UnderMaintenance: {
        // ◐: the left half of an inner disc filled, the right half a ring.
        const QRectF inner(0.24, 0.24, 0.52, 0.52);
        p.setPen(glyphPen(colour, 0.08));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(inner);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPie(inner, 90 * 16, 180 * 16);
        break;
    }
    case HealthState::Unknown: {
        // "?" as strokes, so it does not depend on which fonts are installed.
        p.setPen(glyphPen(colour, 0.12));
        p.setBrush(Qt::NoBrush);
        QPainterPath q;
        q.moveTo(0.33, 0.38);
        q.cubicTo(0.33, 0.18, 0.68, 0.18, 0.67, 0.37);
        q.cubicTo(0.66, 0.5, 0.5, 0.5, 0.5, 0.6);
        p.drawPath(q);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QPointF(0.5, 0.78), 0.075, 0.075);
        break;
    }
    }
}

int cacheKey(HealthState state, bool stale)
{
    return static_cast<int>(state) * 2 + (stale ? 1 : 0);
}
} // namespace

QVector<int> TrayIconPainter::sizes()
{
    return {16, 22, 24, 32, 48};
}

QPixmap TrayIconPainter::render(HealthState state, int size, qreal dpr, bool stale)
{
    const int physical = qRound(size * dpr);
    QPixmap pm(physical, physical);
    pm.fill(Qt::transparent);
    pm.setDevicePixelRatio(dpr);

    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size, size);
    if (stale)
        p.setOpacity(0.4);
    const Style style = styleFor(state);
    // A dark outline of at least one physical pixel keeps the shape legible on light panels; the saturated
    // fill keeps it legible on dark ones.
    const qreal outline = qMax(1.0 / (size * dpr), 0.065);
    p.setPen(QPen(QColor(0, 0, 0, 200), outline, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.setBrush(style.fill);
    p.drawPath(shapeFor(state));
    paintGlyph(p, state, style.glyph);
    p.end();
    return pm;
}

QIcon TrayIconPainter::iconFor(HealthState state, bool stale)
{
    const int key = cacheKey(state, stale);
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : sizes()) {
        icon.addPixmap(render(state, size, 1.0, stale));
        icon.addPixmap(render(state, size, 2.0, stale));
    }
    m_cache.insert(key, icon);
    return icon;
}

QPixmap TrayIconPainter::pixmapFor(HealthState state, int size, qreal dpr, bool stale)
{
    return iconFor(state, stale).pixmap(QSize(size, size), dpr);
}
