#pragma once
// Where the tray icon really is on screen. With an XEmbed host (trayer) Qt reports QSystemTrayIcon::geometry()
// at 0,0: the icon window was reparented into the panel and Qt never learns the offset. xwininfo asks the
// X server for the absolute position of the icon's own window instead.

#include <QApplication>
#include <QProcess>
#include <QRect>
#include <QRegularExpression>
#include <QSystemTrayIcon>
#include <QWidget>

namespace guitest {

inline QRect trayIconScreenGeometry(QSystemTrayIcon* icon)
{
    const QRect reported = icon->geometry();
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qstrcmp(w->metaObject()->className(), "QSystemTrayIconSys") != 0 || !w->isVisible())
            continue;
        QProcess p;
        p.start(QStringLiteral("xwininfo"), { QStringLiteral("-id"), QString::number(w->winId()) });
        if (!p.waitForFinished(3000))
            break;
        const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
        static const QRegularExpression re(QStringLiteral(
            R"(Absolute upper-left X:\s+(-?\d+)\s+Absolute upper-left Y:\s+(-?\d+)[\s\S]*Width:\s+(\d+)\s+Height:\s+(\d+))"));
        const auto m = re.match(out);
        if (m.hasMatch())
            return QRect(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    }
    return reported;
}

} // namespace guitest
