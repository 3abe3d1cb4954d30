// Screenshot tool as a test: renders the open menu, the status popup, the settings dialog, the history window (and,
// on a real X server with a tray, the tray with its menu open) in English and Korean. PNGs go to
// $MODELPULSE_SCREENSHOT_DIR, else to <build>/screenshots. To refresh docs/screenshots:
//   MODELPULSE_SCREENSHOT_DIR=$PWD/docs/screenshots tests/support/headless-session.sh
//   build-ui/tests/gui/test_screenshots
#include "guitestsupport.h"
#include "health/healthevaluator.h"
#include "historytestdata.h"
#include "historywindow.h"
#include "settingsdialog.h"
#include "statuspopup.h"
#include "traycontroller.h"
#include "traygeometry.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <catch2/catch.hpp>

namespace {
QString outputDir()
{
    const QString dir = qEnvironmentVariableIsSet("MODELPULSE_SCREENSHOT_DIR")
        ? qEnvironmentVariable("MODELPULSE_SCREENSHOT_DIR")
        : QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

void save(const QPixmap& pm, const QString& name)
{
    REQUIRE_FALSE(pm.isNull());
    const QString path = outputDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    CHECK(pm.save(path));
}

// The demo's most telling moment: Opus failing before the official page says so, an incident and a maintenance.
HealthSnapshot demoSnapshot()
{
    auto s = guitest::snapshot(HealthState::Operational);
    s.generatedAt = QDateTime::currentDateTimeUtc();
    s.feed.fetchedAt = s.generatedAt.addSecs(-20);
    s.models[0].state = s.models[0].probe = HealthState::PartialOutage;
    s.models[0].aheadOfOfficial = true;
    s.models[0].lastProbe->outcome = ProbeOutcome::Overloaded;
    s.models[0].lastProbe->httpStatus = 529;
    s.models[1].state = s.models[1].official = HealthState::DegradedPerformance;
    s.components[2].status = HealthState::DegradedPerformance;
    auto inc = guitest::incident(QStringLiteral("Elevated errors on Claude Sonnet 4.5"),
                                 { QStringLiteral("claude-sonnet-4-5") });
    inc.incident.startedAt = s.generatedAt.addSecs(-12 * 60);
    inc.effect = HealthState::DegradedPerformance;
    s.incidents << inc;
    Incident m;
    m.id = QStringLiteral("mnt1");
    m.name = QStringLiteral("Scheduled database maintenance");
    m.status = QStringLiteral("scheduled");
    m.scheduledFor = s.generatedAt.addSecs(3 * 3600);
    s.maintenances << m;
    // What the Monitor puts in every snapshot: core's watched-overall rule (the icon).
    s.overall = HealthEvaluator::watchedOverall(s, { QStringLiteral("k8w3r06qmzrp"), QStringLiteral("rwppv331jlwc") });
    return s;
}

// A second provider watched through its page only: "Claude is down, OpenAI is up" at a glance.
HealthSnapshot openAiSnapshot()
{
    HealthSnapshot s;
    s.provider = QStringLiteral("openai");
    s.generatedAt = QDateTime::currentDateTimeUtc();
    s.feed.ok = true;
    s.feed.url = QUrl(QStringLiteral("https://status.openai.com"));
    s.feed.fetchedAt = s.generatedAt.addSecs(-30);
    for (const char* name : { "APIs", "ChatGPT", "Sora", "FedRAMP" }) {
        Component c;
        c.id = QString::fromLatin1(name).toLower();
        c.name = QString::fromLatin1(name);
        c.status = HealthState::Operational;
        s.components << c;
    }
    s.officialOverall = s.overall = HealthState::Operational;
    return s;
}

void shoot(const QString& lang)
{
    TrayController tray;
    tray.setHasKey(true);
    tray.setWatched({}, { QStringLiteral("k8w3r06qmzrp"), QStringLiteral("rwppv331jlwc") });
    tray.setStatusPageUrl(QUrl(QStringLiteral("https://status.claude.com")));
    tray.setSnapshot(demoSnapshot());
    tray.setOtherProviders({ openAiSnapshot() });
    tray.setHistoryAvailable(true);
    const bool realTray
        = QGuiApplication::platformName() != QStringLiteral("offscreen") && QSystemTrayIcon::isSystemTrayAvailable();
    if (realTray)
        tray.show();

    QMenu* menu = tray.contextMenu();
    QRect icon;
    for (int i = 0;
         realTray && i < 100 && (icon = guitest::trayIconScreenGeometry(tray.trayIcon())).topLeft() == QPoint(0, 0);
         ++i)
        QTest::qWait(50);
    menu->popup(icon.isEmpty() ? QPoint(700, 30) : icon.bottomLeft() + QPoint(-400, 4));
    QTest::qWait(300);
    save(menu->grab(), QStringLiteral("menu-") + lang);
    if (realTray && !icon.isEmpty()) {
        qInfo("tray icon at %d,%d %dx%d; menu at %d,%d %dx%d", icon.x(), icon.y(), icon.width(), icon.height(),
              menu->x(), menu->y(), menu->width(), menu->height());
        // The tray panel and the open menu together, as a user sees them.
        const QRect area = menu->geometry().united(icon.adjusted(-200, -2, 60, 2)).adjusted(-10, 0, 10, 10);
        save(QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height()),
             QStringLiteral("tray-") + lang);
    }
    menu->hide();

    tray.showPopup();
    QTest::qWait(300);
    save(tray.statusPopup()->grab(), QStringLiteral("popup-") + lang);
    tray.statusPopup()->close();

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    SettingsDialog dialog(&settings);
    dialog.setKeyStored(true);
    dialog.setAvailableModels({ modelInfoFromId(QStringLiteral("claude-opus-4-5")),
                                modelInfoFromId(QStringLiteral("claude-sonnet-4-5")),
                                modelInfoFromId(QStringLiteral("claude-haiku-4-5")) });
    dialog.setAvailableServices(demoSnapshot().components);
    // Illustrative estimate only; the real one comes from the composition root.
    dialog.setCostEstimator([](int interval, int models) { return 30.0 * 86400 / interval * models * 0.00002; });
    dialog.setAdvancedVisible(true);
    dialog.show();
    QTest::qWait(300);
    save(dialog.grab(), QStringLiteral("settings-") + lang);
}
} // namespace

TEST_CASE("screenshots of the menu, the popup and the settings dialog in English and Korean", "[screenshots]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    shoot(QStringLiteral("en"));

    QTranslator ko;
    const bool haveKo = ko.load(QStringLiteral(":/i18n/modelpulse_ko.qm"));
    if (haveKo)
        QCoreApplication::installTranslator(&ko);
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    shoot(QStringLiteral("ko"));
    if (haveKo)
        QCoreApplication::removeTranslator(&ko);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("screenshots of the history window in English and Korean", "[screenshots]")
{
    const QDateTime to = QDateTime::currentDateTimeUtc();
    auto shootHistory = [&](const QString& lang) {
        HistoryWindow window([to](HistoryRange) { return guitest::demoView(to); });
        QSignalSpy shown(&window, &HistoryWindow::viewShown);
        window.resize(960, 860);
        window.show();
        REQUIRE(shown.wait(5000));
        QTest::qWait(300);
        save(window.grab(), QStringLiteral("history-") + lang);
    };
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    shootHistory(QStringLiteral("en"));

    QTranslator ko;
    const bool haveKo = ko.load(QStringLiteral(":/i18n/modelpulse_ko.qm"));
    if (haveKo)
        QCoreApplication::installTranslator(&ko);
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    shootHistory(QStringLiteral("ko"));
    if (haveKo)
        QCoreApplication::removeTranslator(&ko);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
