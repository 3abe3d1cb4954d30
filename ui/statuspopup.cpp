#include "statuspopup.h"

#include "statusrowsview.h"

#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

StatusPopup::StatusPopup(TrayIconPainter* painter, QWidget* parent)
    : QWidget(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_demo(new QLabel(this))
    , m_title(new QLabel(this))
    , m_freshness(new QLabel(this))
    , m_view(new StatusRowsView(painter, this))
    , m_ticker(new QTimer(this))
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);
    auto* v = new QVBoxLayout(frame);
    v->setContentsMargins(6, 6, 6, 6);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_freshness->setTextFormat(Qt::PlainText);
    m_freshness->setForegroundRole(QPalette::PlaceholderText);
    m_demo->setTextFormat(Qt::PlainText);
    m_demo->setWordWrap(true);
    m_demo->hide();
    v->addWidget(m_demo);
    v->addWidget(m_title);
    v->addWidget(m_freshness);
    v->addWidget(m_view);
    m_ticker->setInterval(1000); // only while shown: no wakeups at idle
    connect(m_ticker, &QTimer::timeout, this, [this] {
        if (m_tick)
            m_tick();
    });
    setMinimumWidth(340);
    connect(m_view, &StatusRowsView::muteRequested, this, &StatusPopup::muteRequested);
    connect(m_view, &StatusRowsView::rowActivated, this, [this](const TrayMenuRow& row) {
        close();
        emit rowActivated(row);
    });
    retranslate();
}

void StatusPopup::setRows(const QVector<TrayMenuRow>& rows)
{
    m_view->setRows(rows);
    if (isVisible())
        fitToScreen(); // rows came or went while open: shrink or grow, and stay on screen
}

void StatusPopup::setHeadline(const QString& headline, const QString& freshness, bool demo)
{
    const bool changed = m_title->text() != headline || m_freshness->text() != freshness || m_demo->isVisible() != demo;
    m_title->setText(headline.isEmpty() ? tr("ModelPulse") : headline);
    m_freshness->setText(freshness);
    m_freshness->setVisible(!freshness.isEmpty());
    m_demo->setVisible(demo);
    if (changed && isVisible())
        fitToScreen();
}

QString StatusPopup::headlineText() const
{
    return m_title->text();
}

QString StatusPopup::freshnessText() const
{
    return m_freshness->isVisible() ? m_freshness->text() : QString();
}

void StatusPopup::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_ticker->start();
}

void StatusPopup::hideEvent(QHideEvent* event)
{
    m_ticker->stop();
    QWidget::hideEvent(event);
}

void StatusPopup::showNear(const QRect& anchor)
{
    const QPoint cursor = QCursor::pos();
    m_anchor = anchor.isValid() && !anchor.isEmpty() ? anchor : QRect(cursor, QSize(1, 1));
    fitToScreen();
    show();
    raise();
    activateWindow();
}

void StatusPopup::fitToScreen()
{
    m_view->ensureBuilt(); // before the size is taken
    // The layouts first: rows just removed must not leave their height behind (a blank band). Their requests
    // are posted events; answer them now, inside out, so the size hint below is today's.
    m_view->updateGeometry();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (layout())
        layout()->activate();
    resize(sizeHint().expandedTo(minimumSizeHint()));
    const QRect a = m_anchor.isValid() ? m_anchor : QRect(QCursor::pos(), QSize(1, 1));
    QScreen* screen = QGuiApplication::screenAt(a.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect avail = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(size().boundedTo(avail.size()));
    // Below a tray at the top of the screen, above one at the bottom; aligned to the icon's right edge.
    QPoint pos(a.right() - width(), a.bottom() + 4);
    if (pos.y() + height() > avail.bottom())
        pos.setY(a.top() - height() - 4);
    pos.setX(qBound(avail.left(), pos.x(), qMax(avail.left(), avail.right() - width())));
    pos.setY(qBound(avail.top(), pos.y(), qMax(avail.top(), avail.bottom() - height())));
    move(pos);
}

void StatusPopup::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void StatusPopup::setVisible(bool visible)
{
    if (visible)
        m_view->ensureBuilt();
    QWidget::setVisible(visible);
}

void StatusPopup::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatusPopup::retranslate()
{
    if (m_title->text().isEmpty())
        m_title->setText(tr("ModelPulse"));
    m_demo->setText(tr("ModelPulse demo — a simulated provider on this computer, not Anthropic"));
}
