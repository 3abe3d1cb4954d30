#include "uptimestrip.h"

#include "historytext.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace {
constexpr int Gap = 2;
constexpr int Height = 34;
} // namespace

UptimeStrip::UptimeStrip(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UptimeStrip::setSeries(const HistorySubject& subject, const QVector<HistoryBucket>& buckets)
{
    m_subject = subject;
    m_buckets = buckets;
    update();
}

QSize UptimeStrip::sizeHint() const
{
    return { qMax(200, int(m_buckets.size()) * 8), Height };
}

QSize UptimeStrip::minimumSizeHint() const
{
    return { qMax(60, int(m_buckets.size()) * 3), Height };
}

QRect UptimeStrip::barRect(int index) const
{
    const int n = int(m_buckets.size());
    if (index < 0 || index >= n)
        return {};
    // Integer edges from the same formula for every bar: no bar is a pixel wider by accumulated rounding, and
    // the gaps stay even.
    const int w = width() + Gap;
    const int left = index * w / n;
    const int right = (index + 1) * w / n - Gap;
    return QRect(QPoint(left, 0), QPoint(qMax(left, right - 1), height() - 1));
}

bool UptimeStrip::showsShapes() const
{
    return !m_buckets.isEmpty() && barRect(0).width() >= MinShapeWidth;
}

int UptimeStrip::barAt(const QPoint& pos) const
{
    for (int i = 0; i < m_buckets.size(); ++i)
        if (barRect(i).adjusted(0, 0, Gap, 0).contains(pos))
            return i;
    return -1;
}

QString UptimeStrip::barToolTip(int index) const
{
    if (index < 0 || index >= m_buckets.size())
        return {};
    return HistoryText::bucketTooltip(m_subject, m_buckets[index]);
}

void UptimeStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const bool shapes = showsShapes();
    const qreal dpr = devicePixelRatioF();
    for (int i = 0; i < m_buckets.size(); ++i) {
        const HealthState state = m_buckets[i].worst;
        const QRect r = barRect(i);
        p.fillRect(r, TrayIconPainter::fillColour(state));
        if (shapes) {
            // The tray's own rendering of the state (outline, glyph), at the foot of the bar.
            const int side = qMin(r.width() - 2, 16);
            if (side >= 8) {
                const QRect icon(r.center().x() - side / 2, r.bottom() - side - 1, side, side);
                p.drawPixmap(icon, m_icons.pixmapFor(state, side, dpr));
            }
        }
    }
}

bool UptimeStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = barAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), barToolTip(index), this, barRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
