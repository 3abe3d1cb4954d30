#include "statusrowsview.h"

#include "menutext.h"
#include "trayiconpainter.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
using Kind = TrayMenuRow::Kind;

QWidget* labelRow(const QString& text, const QPixmap& icon, bool bold)
{
    auto* box = new QWidget;
    auto* h = new QHBoxLayout(box);
    h->setContentsMargins(6, 2, 6, 2);
    if (!icon.isNull()) {
        auto* pic = new QLabel;
        pic->setPixmap(icon);
        h->addWidget(pic);
    }
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText); // feed text as written, never as markup
    label->setWordWrap(true);
    if (bold) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    h->addWidget(label, 1);
    return box;
}
} // namespace

StatusRowsView::StatusRowsView(TrayIconPainter* painter, QWidget* parent)
    : QWidget(parent)
    , m_painter(painter)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(0);
}

void StatusRowsView::setRows(const QVector<TrayMenuRow>& rows)
{
    if (rows == m_rows && m_built)
        return;
    m_rows = rows;
    m_built = false;
    if (isVisible())
        ensureBuilt();
}

void StatusRowsView::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auto& row : m_rows)
        m_layout->addWidget(widgetFor(row));
    m_layout->addStretch(1);
}

QWidget* StatusRowsView::widgetFor(const TrayMenuRow& row)
{
    const QPixmap icon = row.hasState ? m_painter->pixmapFor(row.state, 16, devicePixelRatioF()) : QPixmap();
    switch (row.kind) {
    case Kind::Separator: {
        auto* line = new QFrame;
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        return line;
    }
    case Kind::Header:
        return labelRow(row.text, icon, true);
    default:
        break;
    }
    // Rows that do nothing (the offline line, a disabled hint) are plain text: greyed buttons would hide them.
    if (!row.enabled && row.action == TrayAction::None && row.children.isEmpty())
        return labelRow(row.text, icon, false);

    auto* button = new QPushButton(row.hasState ? QIcon(icon) : QIcon(), MenuText::shown(row.text, fontMetrics()));
    if (MenuText::elided(row.text, fontMetrics()) != row.text)
        button->setToolTip(row.text);
    button->setFlat(true);
    button->setEnabled(row.enabled || !row.children.isEmpty());
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 3px 6px; }"));
    button->setCursor(Qt::PointingHandCursor);
    if (!row.children.isEmpty()) {
        auto* menu = new QMenu(button);
        for (const auto& child : row.children) {
            QAction* a = menu->addAction(MenuText::escaped(child.text));
            a->setEnabled(child.enabled);
            connect(a, &QAction::triggered, this, [this, child] { emit rowActivated(child); });
        }
        button->setMenu(menu);
    } else {
        connect(button, &QPushButton::clicked, this, [this, row] { emit rowActivated(row); });
    }
    if ((row.kind == Kind::Model || row.kind == Kind::Service) && !row.id.isEmpty()) {
        // Right click on a model or service: mute its notifications (or notify again), as in Settings.
        button->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(button, &QWidget::customContextMenuRequested, this, [this, button, row](const QPoint& at) {
            QMenu menu(button);
            const QString name = row.text.section(QStringLiteral(" — "), 0, 0);
            QAction* toggle = menu.addAction(row.muted ? tr("Notify me about %1 again").arg(MenuText::escaped(name))
                                                       : tr("Mute notifications for %1").arg(MenuText::escaped(name)));
            if (menu.exec(button->mapToGlobal(at)) == toggle)
                emit muteRequested(row, !row.muted);
        });
    }
    return button;
}
