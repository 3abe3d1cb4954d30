#include "fallbackwindow.h"

#include "statusrowsview.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

FallbackWindow::FallbackWindow(TrayIconPainter* painter, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_notice(new QLabel(this))
    , m_view(new StatusRowsView(painter, this))
{
    auto* v = new QVBoxLayout(this);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    v->addWidget(m_notice);
    v->addWidget(m_view, 1);
    setMinimumWidth(380);
    connect(m_view, &StatusRowsView::rowActivated, this, &FallbackWindow::rowActivated);
    retranslate();
}

void FallbackWindow::setRows(const QVector<TrayMenuRow>& rows)
{
    m_view->setRows(rows);
}

void FallbackWindow::setVisible(bool visible)
{
    if (visible)
        m_view->ensureBuilt();
    QWidget::setVisible(visible);
}

void FallbackWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FallbackWindow::retranslate()
{
    setWindowTitle(tr("ModelPulse"));
    m_notice->setText(tr("The system tray is not available, so ModelPulse shows its status in this window. "
                         "It moves to the tray as soon as one appears."));
}
