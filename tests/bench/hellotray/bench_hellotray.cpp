// bench_hellotray: the bare Qt 6 tray app ModelPulse is measured against (bench_tray starts it side by side).
// One QSystemTrayIcon with one icon painted at run time, one context menu with one action — nothing else:
// no network, no settings, no timers. Kept deliberately minimal; do not grow it.
#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);

    QPixmap pixmap(22, 22);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x9e, 0x4f));
        p.drawEllipse(QRectF(2, 2, 18, 18));
    }

    QMenu menu;
    QObject::connect(menu.addAction(QStringLiteral("Quit")), &QAction::triggered, &app, &QCoreApplication::quit);

    QSystemTrayIcon tray { QIcon(pixmap) };
    tray.setToolTip(QStringLiteral("hello tray"));
    tray.setContextMenu(&menu);
    tray.show();
    return QApplication::exec();
}
