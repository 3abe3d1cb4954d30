// Real-tray tests: a real X server with a tray host (tests/support/headless-session.sh: Xvfb + trayer + D-Bus).
// They never skip. Under plain offscreen ctest discovery they are listed, and fail loudly when run there.
#include "guitestsupport.h"
#include "statuspopup.h"
#include "traycontroller.h"
#include "traygeometry.h"
#include "traymenumodel.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QScreen>
#include <QTest>
#include <QTranslator>
#include <catch2/catch.hpp>

namespace {
void requireRealTray()
{
    const QString platform = QGuiApplication::platformName();
    INFO("platform " << platform.toStdString() << "; run under tests/support/headless-session.sh");
    if (qEnvironmentVariableIsSet("MODELPULSE_HEADLESS_SESSION"))
        INFO("MODELPULSE_HEADLESS_SESSION is set, so a tray host must be there");
    REQUIRE(platform != QStringLiteral("offscreen"));
    REQUIRE(platform != QStringLiteral("minimal"));
    REQUIRE(QSystemTrayIcon::isSystemTrayAvailable());
}

QRect waitForDock(TrayController& tray)
{
    for (int i = 0; i < 100; ++i) {
        const QRect geo = guitest::trayIconScreenGeometry(tray.trayIcon());
        if (geo.isValid() && !geo.isEmpty() && geo.width() >= 8 && geo.topLeft() != QPoint(0, 0))
            return geo;
        QTest::qWait(50);
    }
    return {};
}

QImage grabScreen(const QRect& r)
{
    QScreen* screen = QGuiApplication::primaryScreen();
    REQUIRE(screen);
    return screen->grabWindow(0, r.x(), r.y(), r.width(), r.height()).toImage().convertToFormat(QImage::Format_RGB32);
}

struct Dominance {
    int red = 0;
    int green = 0;
};

Dominance dominance(const QImage& img)
{
    Dominance d;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            d.red += qRed(p) > 150 && qRed(p) > qGreen(p) + 60 && qRed(p) > qBlue(p) + 60 ? 1 : 0;
            d.green += qGreen(p) > 110 && qGreen(p) > qRed(p) + 40 && qGreen(p) > qBlue(p) + 20 ? 1 : 0;
        }
    return d;
}

int differing(const QImage& a, const QImage& b)
{
    int n = 0;
    for (int y = 0; y < qMin(a.height(), b.height()); ++y)
        for (int x = 0; x < qMin(a.width(), b.width()); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n;
}

QStringList menuTexts(QMenu* menu)
{
    QStringList out;
    for (QAction* a : menu->actions()) {
        if (!a->isSeparator())
            out << a->text();
    }
    return out;
}

QStringList rowTexts(const QVector<TrayMenuRow>& rows)
{
    QStringList out;
    for (const auto& r : rows) {
        if (r.kind != TrayMenuRow::Kind::Separator)
            out << r.text;
    }
    return out;
}

bool xdotool(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("xdotool"), args);
    return p.waitForFinished(5000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void checkMenuOpens(TrayController& tray, const QRect& geo)
{
    QMenu* menu = tray.contextMenu();
    menu->popup(geo.bottomLeft() + QPoint(0, 4));
    for (int i = 0; i < 40 && !menu->isVisible(); ++i)
        QTest::qWait(25);
    REQUIRE(menu->isVisible());
    QTest::qWait(150);
    CHECK(menuTexts(menu) == rowTexts(tray.rows()));
    const QImage shot = grabScreen(menu->geometry());
    CHECK(shot.width() > 100);
    // The menu really is on screen: its area is not one flat colour.
    CHECK(differing(shot, QImage(shot.size(), QImage::Format_RGB32)) > shot.width() * shot.height() / 20);
    menu->hide();
    QTest::qWait(50);
}
} // namespace

TEST_CASE("real tray: the icon docks and its pixels follow the snapshot", "[realtray]")
{
    requireRealTray();
    TrayController tray;
    tray.setHasKey(true);
    tray.setSnapshot(guitest::snapshot(HealthState::Operational));
    tray.show();
    const QRect geo = waitForDock(tray);
    INFO("tray icon geometry " << geo.x() << "," << geo.y() << " " << geo.width() << "x" << geo.height());
    REQUIRE(geo.isValid());
    QTest::qWait(300);
    const QImage before = grabScreen(geo);
    const Dominance ok = dominance(before);
    CHECK(ok.green > ok.red);

    tray.setSnapshot(guitest::snapshot(HealthState::PartialOutage));
    QImage after;
    for (int i = 0; i < 40; ++i) {
        QTest::qWait(50);
        after = grabScreen(geo);
        if (differing(before, after) > geo.width() * geo.height() / 10)
            break;
    }
    CHECK(differing(before, after) > geo.width() * geo.height() / 10);
    const Dominance outage = dominance(after);
    CHECK(outage.red > outage.green);
    CHECK(outage.red > geo.width() * geo.height() / 8);
    CHECK(tray.toolTip().contains(QStringLiteral("Partial outage")));
}

TEST_CASE("real tray: the context menu and the popup open with the rows, in English and Korean", "[realtray]")
{
    requireRealTray();
    TrayController tray;
    tray.setHasKey(false);
    tray.setStatusPageUrl(QUrl(QStringLiteral("https://status.claude.com")));
    tray.setSnapshot(guitest::snapshot(HealthState::DegradedPerformance));
    tray.show();
    const QRect geo = waitForDock(tray);
    REQUIRE(geo.isValid());

    checkMenuOpens(tray, geo);
    CHECK(menuTexts(tray.contextMenu()).contains(QStringLiteral("Add an API key in Settings to test models yourself")));

    // A real left click on the icon (xdotool, through the X server and trayer) opens the popup near it.
    REQUIRE(xdotool({ QStringLiteral("mousemove"), QString::number(geo.center().x()), QString::number(geo.center().y()),
                      QStringLiteral("click"), QStringLiteral("1") }));
    for (int i = 0; i < 40 && !tray.statusPopup()->isVisible(); ++i)
        QTest::qWait(50);
    CHECK(tray.statusPopup()->isVisible());
    // Near the icon: the popup's top edge is within a few pixels under a tray at the top of the screen.
    CHECK(qAbs(tray.statusPopup()->geometry().top() - geo.bottom()) < 40);
    tray.statusPopup()->close();
    QTest::qWait(100);

    // A real right click opens the context menu.
    REQUIRE(xdotool({ QStringLiteral("mousemove"), QString::number(geo.center().x()), QString::number(geo.center().y()),
                      QStringLiteral("click"), QStringLiteral("3") }));
    for (int i = 0; i < 40 && !tray.contextMenu()->isVisible(); ++i)
        QTest::qWait(50);
    CHECK(tray.contextMenu()->isVisible());
    tray.contextMenu()->hide();
    QTest::qWait(100);

    // Korean: the translator from the .ts files; the menu must still render and keep its rows.
    QTranslator ko;
    const bool haveKo = QFile::exists(QStringLiteral(":/i18n/modelpulse_ko.qm"))
        && ko.load(QStringLiteral(":/i18n/modelpulse_ko.qm"));
    if (haveKo)
        QCoreApplication::installTranslator(&ko);
    QTest::qWait(50);
    checkMenuOpens(tray, geo);
    if (haveKo)
        QCoreApplication::removeTranslator(&ko);
}
