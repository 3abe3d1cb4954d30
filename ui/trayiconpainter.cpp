#include "trayiconpainter.h"

#include <QApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOption>

namespace {
struct Style {
    QColor fill;
    QColor glyph;
};

Style styleFor(HealthState state)
{
    switch (state) {
    case HealthState::Operational:
        return { QColor(0x2f, 0x9e, 0x44), Qt::white };
    case HealthState::DegradedPerformance:
        return { QColor(0xf5, 0xa6, 0x23), QColor(0x20, 0x16, 0x00) };
    case HealthState::PartialOutage:
        return { QColor(0xe0, 0x31, 0x31), Qt::white };
    case HealthState::MajorOutage:
        return { QColor(0x9c, 0x0c, 0x0c), Qt::white };
    case HealthState::UnderMaintenance:
        return { QColor(0x1c, 0x7e, 0xd6), Qt::white };
    case HealthState::Unknown:
        break;
    }
    return { QColor(0x86, 0x8e, 0x96), Qt::white };
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
        p.drawPolyline(QPolygonF { QPointF(0.28, 0.52), QPointF(0.44, 0.68), QPointF(0.73, 0.34) });
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

int cacheKey(HealthState state, bool stale, bool paused)
{
    return static_cast<int>(state) * 4 + (stale ? 1 : 0) + (paused ? 2 : 0);
}

/*!
 * \brief One state's icon, painted on demand: a rendering per (device-pixel size, mode) the first time it is
 * asked for, kept for the next time. Reports TrayIconPainter::sizes() as its sizes, like the eager icon did.
 */
class StateIconEngine : public QIconEngine {
public:
    StateIconEngine(HealthState state, bool stale, bool paused)
        : m_state(state)
        , m_stale(stale)
        , m_paused(paused)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const QPaintDevice* device = painter->device();
        const qreal dpr = device ? device->devicePixelRatio() : qApp->devicePixelRatio();
        QPixmap pm = pixmap(rect.size() * dpr, mode, state);
        painter->drawPixmap(rect, pm);
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return side > 0 ? QSize(side, side) : QSize();
    }

    // \a size is in device pixels (QIcon::pixmap() passes the logical size times the ratio): the rendering is
    // painted at ratio 1 and QIcon gives it the ratio that was asked for.
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        if (side <= 0)
            return QPixmap();
        const quint64 key = (quint64(side) << 8) | quint64(mode);
        auto it = m_renderings.constFind(key);
        if (it != m_renderings.constEnd())
            return *it;
        QPixmap pm = TrayIconPainter::render(m_state, side, 1.0, m_stale, m_paused);
        if (mode != QIcon::Normal) {
            // What QIcon does for a mode it has no pixmap for (greyed when disabled, tinted when selected).
            if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) {
                QStyleOption opt(0);
                opt.palette = QGuiApplication::palette();
                const QPixmap generated = app->style()->generatedIconPixmap(mode, pm, &opt);
                if (!generated.isNull())
                    pm = generated;
            }
        }
        m_renderings.insert(key, pm);
        return pm;
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> out;
        for (int size : TrayIconPainter::sizes())
            out << QSize(size, size);
        return out;
    }

    QString key() const override { return QStringLiteral("ModelPulseStateIcon"); }
    QIconEngine* clone() const override { return new StateIconEngine(*this); }
    bool isNull() override { return false; }

private:
    HealthState m_state;
    bool m_stale;
    bool m_paused;
    QHash<quint64, QPixmap> m_renderings;
};
} // namespace

QVector<int> TrayIconPainter::sizes()
{
    return { 16, 22, 24, 32, 48 };
}

QPixmap TrayIconPainter::render(HealthState state, int size, qreal dpr, bool stale, bool paused)
{
    const int physical = qRound(size * dpr);
    // Painted into a QImage: a painted QPixmap would keep its raster paint engine (and the stroker's scratch
    // buffers) for as long as it lives; the image's engine goes with the image at the end of this function.
    QImage image(physical, physical, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(dpr);

    QPainter p(&image);
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
    if (paused) {
        // A dark disc with two white bars in the lower right quarter: "notifications paused", readable at 16 px.
        p.setOpacity(1.0);
        p.setPen(QPen(QColor(255, 255, 255), outline));
        p.setBrush(QColor(0x33, 0x33, 0x33));
        p.drawEllipse(QRectF(0.52, 0.52, 0.46, 0.46));
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(0.64, 0.62, 0.07, 0.26));
        p.drawRect(QRectF(0.79, 0.62, 0.07, 0.26));
    }
    p.end();
    // A copy, so that the pixmap does not share the image data that holds the paint engine.
    return QPixmap::fromImage(image.copy());
}

QIcon TrayIconPainter::iconFor(HealthState state, bool stale, bool paused)
{
    const int key = cacheKey(state, stale, paused);
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    const QIcon icon(new StateIconEngine(state, stale, paused));
    m_cache.insert(key, icon);
    return icon;
}

QColor TrayIconPainter::fillColour(HealthState state)
{
    return styleFor(state).fill;
}

QPixmap TrayIconPainter::pixmapFor(HealthState state, int size, qreal dpr, bool stale)
{
    return iconFor(state, stale).pixmap(QSize(size, size), dpr);
}
