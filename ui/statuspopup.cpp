#include "statuspopup.h"

#include "statusrowsview.h"

#include <QCursor>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

StatusPopup::StatusPopup(TrayIconPainter* painter, QWidget* parent)
    : QWidget(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_title(new QLabel(this))
    , m_view(new StatusRowsView(painter, this))
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
    v->addWidget(m_title);
    v->addWidget(m_view);
    setMinimumWidth(340);
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
        adjustSize();
}

void StatusPopup::showNear(const QRect& anchor)
{
    m_view->ensureBuilt(); // before the size is taken
    adjustSize();
    const QPoint cursor = QCursor::pos();
    const QRect a = anchor.isValid() && !anchor.isEmpty() ? anchor : QRect(cursor, QSize(1, 1));
    QScreen* screen = QGuiApplication::screenAt(a.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect avail = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    // Below a tray at the top of the screen, above one at the bottom; aligned to the icon's right edge.
    QPoint pos(a.right() - width(), a.bottom() + 4);
    if (pos.y() + height() > avail.bottom())
        pos.setY(a.top() - height() - 4);
    pos.setX(qBound(avail.left(), pos.x(), qMax(avail.left(), avail.right() - width())));
    pos.setY(qBound(avail.top(), pos.y(), qMax(avail.top(), avail.bottom() - height())));
    move(pos);
    show();
    raise();
    activateWindow();
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
    m_title->setText(tr("ModelPulse"));
}
