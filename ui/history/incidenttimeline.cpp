#include "incidenttimeline.h"

#include "historytext.h"
#include "trayiconpainter.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace {
constexpr int DetectionLane = 8; //!< height of our detections' lane
constexpr int LaneGap = 3;
constexpr int MinSpan = 4; //!< a 5-minute incident in a year still shows
constexpr int LabelGap = 4;
constexpr int MaxLanes = 8;
} // namespace

IncidentTimeline::IncidentTimeline(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void IncidentTimeline::setData(const QDateTime& from, const QDateTime& to, const QString& displayName,
                               const QVector<HistoryIncident>& incidents, const QVector<HistoryDetection>& detections)
{
    m_from = from;
    m_to = to;
    m_displayName = displayName;
    m_incidents = incidents;
    std::sort(m_incidents.begin(), m_incidents.end(),
              [](const HistoryIncident& a, const HistoryIncident& b) { return a.start < b.start; });
    m_detections = detections;
    prepare();
    layoutItems(width(), &m_items);
    updateGeometry();
    update();
}

void IncidentTimeline::prepare()
{
    m_heightWidth = -1;
    const QFontMetrics fm = fontMetrics();
    m_prepared.clear();
    m_prepared.reserve(m_incidents.size());
    for (const HistoryIncident& inc : qAsConst(m_incidents)) {
        Prepared p;
        p.state = HistoryText::impactState(inc.incident.impact);
        const QString lead = HistoryText::leadTime(inc);
        p.label = lead.isEmpty() ? inc.incident.name : tr("%1 — %2").arg(inc.incident.name, lead);
        p.toolTip = HistoryText::incidentTooltip(inc);
        p.labelWidth = fm.horizontalAdvance(p.label);
        p.url = QUrl(inc.incident.shortlink);
        m_prepared << p;
    }
    m_detectionTips.clear();
    for (const HistoryDetection& d : qAsConst(m_detections))
        m_detectionTips << HistoryText::detectionTooltip(d, m_displayName);
}

void IncidentTimeline::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        prepare(); // label widths
        layoutItems(width(), &m_items);
        updateGeometry();
    }
}

int IncidentTimeline::xFor(const QDateTime& at, int width) const
{
    const qint64 span = qMax<qint64>(1, m_from.msecsTo(m_to));
    const qint64 offset = qBound<qint64>(0, m_from.msecsTo(at), span);
    return int(offset * (width - 1) / span);
}

int IncidentTimeline::layoutItems(int width, QVector<Item>* out) const
{
    const QFontMetrics fm = fontMetrics();
    const int laneHeight = fm.height() + 4;
    if (out)
        out->clear();
    if (m_incidents.isEmpty() && m_detections.isEmpty())
        return laneHeight; // room for "No incidents in this range"
    width = qMax(width, 1);

    int top = 0;
    if (!m_detections.isEmpty()) {
        for (int i = 0; i < m_detections.size(); ++i) {
            const HistoryDetection& d = m_detections[i];
            Item item;
            item.detection = true;
            item.state = d.worst;
            const int x0 = xFor(d.start, width);
            const int x1 = qMax(x0 + MinSpan, xFor(d.end.isValid() ? d.end : m_to, width));
            item.span = QRect(x0, 0, x1 - x0, DetectionLane);
            item.hit = item.span.adjusted(-1, -1, 1, 1);
            item.toolTip = m_detectionTips.value(i);
            if (out)
                out->append(item);
        }
        top = DetectionLane + LaneGap;
    }

    QVector<int> laneEnds; // rightmost occupied x per lane
    for (int i = 0; i < m_incidents.size() && i < m_prepared.size(); ++i) {
        const HistoryIncident& inc = m_incidents[i];
        const Prepared& prepared = m_prepared[i];
        Item item;
        item.state = prepared.state;
        item.label = prepared.label;
        item.toolTip = prepared.toolTip;
        item.url = prepared.url;
        int x0 = xFor(inc.start, width);
        int x1 = qMax(x0 + MinSpan, xFor(inc.end.isValid() ? inc.end : m_to, width));
        if (x1 > width) {
            x0 = qMax(0, width - MinSpan);
            x1 = width;
        }
        const int labelWidth = prepared.labelWidth;
        // The label goes after the span; when that runs off the right edge, before it; else it is elided.
        int labelLeft = x1 + LabelGap;
        if (labelLeft + labelWidth > width && x0 - LabelGap - labelWidth >= 0)
            labelLeft = x0 - LabelGap - labelWidth;
        const int labelRight = qMin(width, labelLeft + labelWidth);
        const int occupiedLeft = qMin(x0, labelLeft);
        const int occupiedRight = qMax(x1, labelRight);

        int lane = -1;
        for (int i = 0; i < laneEnds.size(); ++i) {
            if (laneEnds[i] + 2 * LabelGap <= occupiedLeft) {
                lane = i;
                break;
            }
        }
        if (lane < 0 && laneEnds.size() < MaxLanes) {
            laneEnds.append(-1000);
            lane = int(laneEnds.size()) - 1;
        }
        if (lane < 0) // every lane taken: share the one that ends first (labels may touch, spans stay correct)
            lane = int(std::min_element(laneEnds.begin(), laneEnds.end()) - laneEnds.begin());
        laneEnds[lane] = qMax(laneEnds[lane], occupiedRight);

        const int y = top + lane * (laneHeight + LaneGap);
        item.span = QRect(x0, y, x1 - x0, laneHeight);
        item.hit = QRect(QPoint(occupiedLeft, y), QPoint(occupiedRight, y + laneHeight - 1));
        if (out)
            out->append(item);
    }
    const int lanes = int(laneEnds.size());
    return top + lanes * laneHeight + qMax(0, lanes - 1) * LaneGap;
}

QSize IncidentTimeline::sizeHint() const
{
    return { 400, heightForWidth(width() > 0 ? width() : 400) };
}

QSize IncidentTimeline::minimumSizeHint() const
{
    return { 100, fontMetrics().height() + 4 };
}

int IncidentTimeline::heightForWidth(int width) const
{
    if (width != m_heightWidth) {
        m_height = layoutItems(width, nullptr);
        m_heightWidth = width;
    }
    return m_height;
}

int IncidentTimeline::itemAt(const QPoint& pos) const
{
    // Later items are painted on top: search from the end so the one under the pointer wins.
    for (int i = int(m_items.size()) - 1; i >= 0; --i)
        if (m_items[i].hit.contains(pos))
            return i;
    return -1;
}

void IncidentTimeline::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutItems(width(), &m_items);
}

void IncidentTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (m_items.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, tr("No incidents in this range"));
        return;
    }
    const QFontMetrics fm = fontMetrics();
    for (const Item& item : m_items) {
        const QColor fill = TrayIconPainter::fillColour(item.state);
        if (item.detection) {
            // Our detections: hatched, so they read as "ours" beside the page's solid spans even in grey scale.
            p.fillRect(item.span, fill.lighter(130));
            p.fillRect(item.span, QBrush(fill.darker(140), Qt::BDiagPattern));
            continue;
        }
        p.fillRect(item.span, fill);
        p.setPen(QColor(0, 0, 0, 160));
        p.drawRect(item.span.adjusted(0, 0, -1, -1));
        const bool after = item.hit.left() >= item.span.left();
        const QRect labelRect = after
            ? QRect(QPoint(item.span.right() + LabelGap, item.span.top()), QPoint(item.hit.right(), item.span.bottom()))
            : QRect(QPoint(item.hit.left(), item.span.top()), QPoint(item.span.left() - LabelGap, item.span.bottom()));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(labelRect, Qt::AlignVCenter | (after ? Qt::AlignLeft : Qt::AlignRight),
                   fm.elidedText(item.label, Qt::ElideRight, labelRect.width()));
    }
}

bool IncidentTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = itemAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_items[index].toolTip, this, m_items[index].hit);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void IncidentTimeline::mouseMoveEvent(QMouseEvent* event)
{
    const int index = itemAt(event->position().toPoint());
    const bool link = index >= 0 && !m_items[index].detection && m_items[index].url.isValid();
    setCursor(link ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void IncidentTimeline::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const int index = itemAt(event->position().toPoint());
        if (index >= 0 && !m_items[index].detection && m_items[index].url.isValid()) {
            emit incidentClicked(m_items[index].url);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}
