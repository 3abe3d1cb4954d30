// End-to-end real-tray test: the real `modelpulse` binary, docked in trayer under Xvfb, against the simulated
// provider running in this process. Everything is observed from outside the app, through the X server: the icon's
// window in trayer's panel (xwininfo), its pixels (a screen grab), the context menu (xdotool right click, a new
// override-redirect window, a screenshot), the menu's rows (xdotool keys "Copy diagnostics", then the X clipboard),
// and the single-instance popup (a second launch). Run it with
//   tests/support/headless-session.sh build/tests/gui/test_e2e_tray
// Outside that session it fails loudly; it never skips. Screenshots land in e2e-screenshots/ in the build dir.
#include "e2eapp.h"
#include "history/historystore.h"
#include "simprovider.h"

#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

#include <functional>
#include <optional>

namespace {
const QString kOpus = QStringLiteral("claude-opus-4-5");
const QString kSonnet = QStringLiteral("claude-sonnet-4-5");
const QString kKey = QStringLiteral("sk-ant-e2e-0123456789abcdef");
const QString kApiComponent = QStringLiteral("k8w3r06qmzrp"); // "Claude API (api.anthropic.com)", watched by default

void requireHeadlessSession()
{
    const QString platform = QGuiApplication::platformName();
    INFO("platform " << platform.toStdString() << ", DISPLAY " << qgetenv("DISPLAY").toStdString()
                     << "; run this test under tests/support/headless-session.sh (Xvfb + trayer + D-Bus)");
    REQUIRE(qEnvironmentVariableIsSet("MODELPULSE_HEADLESS_SESSION"));
    REQUIRE(!qEnvironmentVariableIsEmpty("DISPLAY"));
    REQUIRE(platform != QStringLiteral("offscreen"));
    REQUIRE(platform != QStringLiteral("minimal"));
    REQUIRE(QFile::exists(QStringLiteral(MODELPULSE_EXE)));
}

QString outDir()
{
    const QString dir = QStringLiteral(MODELPULSE_E2E_OUT);
    QDir().mkpath(dir);
    return dir;
}

/*! \brief Runs a short X tool synchronously (a few ms; the sim's clients just wait) and returns its stdout. */
QString tool(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(1000);
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAllStandardOutput());
}

bool xdotool(const QStringList& args)
{
    int rc = -1;
    tool(QStringLiteral("xdotool"), args, &rc);
    return rc == 0;
}

/*! \brief Waits \a ms while this thread's event loop keeps serving (the simulated provider lives here). */
void serve(int ms)
{
    QTest::qWait(ms);
}

using e2e::waitUntil;

// ---- X windows, seen from outside the app ----

struct XWindow {
    QString id;
    QRect geometry; //!< absolute
    bool viewable = false;
    bool overrideRedirect = false;
};

XWindow windowInfo(const QString& id)
{
    XWindow w;
    w.id = id;
    const QString out = tool(QStringLiteral("xwininfo"), { QStringLiteral("-id"), id });
    static const QRegularExpression geo(QStringLiteral(
        R"(Absolute upper-left X:\s+(-?\d+)\s+Absolute upper-left Y:\s+(-?\d+)[\s\S]*?Width:\s+(\d+)\s+Height:\s+(\d+))"));
    const auto m = geo.match(out);
    if (m.hasMatch())
        w.geometry = QRect(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    w.viewable = out.contains(QStringLiteral("Map State: IsViewable"));
    w.overrideRedirect = out.contains(QStringLiteral("Override Redirect State: yes"));
    return w;
}

/*! \brief The root's children that are mapped (menus and popups are top-level override-redirect windows). */
QVector<XWindow> viewableTopLevels()
{
    const QString out = tool(QStringLiteral("xwininfo"), { QStringLiteral("-root"), QStringLiteral("-children") });
    static const QRegularExpression line(QStringLiteral(R"(^\s+(0x[0-9a-fA-F]+)\s)"),
                                         QRegularExpression::MultilineOption);
    QVector<XWindow> windows;
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const XWindow w = windowInfo(it.next().captured(1));
        if (w.viewable)
            windows.append(w);
    }
    return windows;
}

QSet<QString> ids(const QVector<XWindow>& windows)
{
    QSet<QString> out;
    for (const auto& w : windows)
        out.insert(w.id);
    return out;
}

/*! \brief A viewable override-redirect top-level window that was not in \a before, at least \a minSize big. */
std::optional<XWindow> newPopupWindow(const QSet<QString>& before, const QSize& minSize)
{
    for (const XWindow& w : viewableTopLevels()) {
        if (!before.contains(w.id) && w.overrideRedirect && w.geometry.width() >= minSize.width()
            && w.geometry.height() >= minSize.height())
            return w;
    }
    return std::nullopt;
}

std::optional<XWindow> waitForNewPopup(const QSet<QString>& before, const QSize& minSize, int timeoutMs)
{
    std::optional<XWindow> found;
    waitUntil([&] { return bool(found = newPopupWindow(before, minSize)); }, timeoutMs, 150);
    return found;
}

/*!
 * \brief The app's tray icon window embedded in trayer's panel: a window of class "modelpulse" inside the
 * panel's rectangle in `xwininfo -root -tree` (trayer reparents it; Qt itself never learns where it is).
 */
QRect dockedIcon()
{
    const QString out = tool(QStringLiteral("xwininfo"), { QStringLiteral("-root"), QStringLiteral("-tree") });
    static const QRegularExpression line(
        QStringLiteral(
            R"re(^\s+0x[0-9a-fA-F]+ "([^"]*)": \(([^)]*)\)\s+(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+))re"),
        QRegularExpression::MultilineOption);
    QRect panel;
    QVector<QRect> icons;
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        const QRect r(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        if (m.captured(1) == QStringLiteral("panel") && m.captured(2).contains(QStringLiteral("trayer")))
            panel = r;
        else if (m.captured(2) == QStringLiteral("\"modelpulse\" \"modelpulse\""))
            icons.append(r);
    }
    for (const QRect& r : std::as_const(icons)) {
        if (panel.isValid() && panel.contains(r) && r.width() >= 8 && r.height() >= 8)
            return r;
    }
    return {};
}

// ---- pixels ----

QImage grab(const QRect& r)
{
    QScreen* screen = QGuiApplication::primaryScreen();
    REQUIRE(screen);
    return screen->grabWindow(0, r.x(), r.y(), r.width(), r.height()).toImage().convertToFormat(QImage::Format_RGB32);
}

void save(const QImage& image, const QString& name)
{
    const QString path = QDir(outDir()).filePath(name + QStringLiteral(".png"));
    CHECK(image.save(path));
}

struct Dominance {
    int red = 0;
    int green = 0;
    int area = 1;
};

Dominance dominance(const QImage& img)
{
    Dominance d;
    d.area = std::max(1, img.width() * img.height());
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            d.red += qRed(p) > 120 && qRed(p) > qGreen(p) + 60 && qRed(p) > qBlue(p) + 60 ? 1 : 0;
            d.green += qGreen(p) > 110 && qGreen(p) > qRed(p) + 40 && qGreen(p) > qBlue(p) + 20 ? 1 : 0;
        }
    return d;
}

bool mostlyGreen(const QImage& img)
{
    const Dominance d = dominance(img);
    return d.green > d.area / 4 && d.red * 10 < d.green;
}

bool mostlyRed(const QImage& img)
{
    const Dominance d = dominance(img);
    return d.red > d.area / 4 && d.green * 10 < d.red;
}

int differing(const QImage& a, const QImage& b)
{
    int n = 0;
    for (int y = 0; y < qMin(a.height(), b.height()); ++y)
        for (int x = 0; x < qMin(a.width(), b.width()); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n + std::abs(a.width() * a.height() - b.width() * b.height());
}

std::string describe(const QImage& img)
{
    const Dominance d = dominance(img);
    return "red " + std::to_string(d.red) + ", green " + std::to_string(d.green) + " of " + std::to_string(d.area)
        + " px";
}

/*! \brief Grabs \a icon until \a want holds (or \a timeoutMs passes); returns the last grab. */
QImage waitForIcon(const QRect& icon, const std::function<bool(const QImage&)>& want, int timeoutMs)
{
    QImage img;
    waitUntil([&] { return want(img = grab(icon)); }, timeoutMs, 200);
    return img;
}

// ---- the app ----

using e2e::App;

/*! \brief Own HOME and XDG dirs, the test key, English C locale; notifications off so no bubble covers the menu. */
QProcessEnvironment appEnvironment(const QTemporaryDir& home)
{
    QProcessEnvironment env = e2e::appEnvironment(home.path(), kKey);

    const QString configDir = home.filePath(QStringLiteral("config/modelpulse"));
    QDir().mkpath(configDir);
    QFile ini(QDir(configDir).filePath(QStringLiteral("modelpulse.ini")));
    REQUIRE(ini.open(QIODevice::WriteOnly));
    ini.write("[notify]\nmodelOutage=false\nmodelRecovery=false\nofficialIncident=false\nuserSideProblem=false\n");
    return env;
}

QStringList appArgs(const SimProvider& sim, const QString& dataDir, const QString& lang)
{
    return { QStringLiteral("--status-url"),
             sim.baseUrl().toString(),
             QStringLiteral("--api-url"),
             sim.baseUrl().toString(),
             QStringLiteral("--models"),
             kOpus + QLatin1Char(',') + kSonnet,
             QStringLiteral("--lang"),
             lang,
             QStringLiteral("--data-dir"),
             dataDir,
             QStringLiteral("--poll-interval-sec"),
             QStringLiteral("1"),
             QStringLiteral("--probe-interval-sec"),
             QStringLiteral("2"),
             QStringLiteral("--confirm-delay-ms"),
             QStringLiteral("300"),
             QStringLiteral("--timeout-ms"),
             QStringLiteral("3000") };
}

int probesFor(const SimProvider& sim, const QString& model)
{
    int n = 0;
    for (const SimRequest& r : sim.requests()) {
        if (r.path == QLatin1String("/v1/messages") && r.body.contains(model.toUtf8()))
            ++n;
    }
    return n;
}

QJsonObject greenPage()
{
    return { { QStringLiteral("indicator"), QStringLiteral("none") } };
}

QJsonObject opusIncidentPage()
{
    return { { QStringLiteral("components"), QJsonObject { { kApiComponent, QStringLiteral("major_outage") } } },
             { QStringLiteral("incidents"),
               QJsonArray {
                   QJsonObject { { QStringLiteral("name"), QStringLiteral("Elevated errors on Claude Opus 4.5") },
                                 { QStringLiteral("status"), QStringLiteral("investigating") },
                                 { QStringLiteral("impact"), QStringLiteral("critical") },
                                 { QStringLiteral("components"), QJsonArray { kApiComponent } } } } } };
}

QRect waitForDock(App& app)
{
    QRect icon;
    waitUntil([&] { return app.running() && (icon = dockedIcon()).isValid(); }, 10000, 100);
    return icon;
}

struct MenuShot {
    QImage image;
    QRect geometry;
    QString diagnostics;
};

/*!
 * \brief Right-clicks the icon, screenshots the menu window that appears, then picks "Copy diagnostics" with the
 * keyboard (Up from nothing selected is the last row, Quit; two more Ups: About, Copy diagnostics) and reads the
 * X clipboard. Retried: the app rebuilds its menu when a probe changes a row's text, which drops the keyboard
 * selection if it lands between the keys.
 */
MenuShot openMenuAndCopyDiagnostics(const QRect& icon, const QString& shotName)
{
    MenuShot shot;
    for (int attempt = 0; attempt < 3 && !shot.diagnostics.contains(QStringLiteral("### ModelPulse diagnostics"));
         ++attempt) {
        const QSet<QString> before = ids(viewableTopLevels());
        REQUIRE(xdotool({ QStringLiteral("mousemove"), QString::number(icon.center().x()),
                          QString::number(icon.center().y()), QStringLiteral("click"), QStringLiteral("3") }));
        const auto menu = waitForNewPopup(before, QSize(100, 100), 5000);
        INFO("no new override-redirect window of at least 100x100 px appeared after the right click");
        REQUIRE(menu);
        serve(400); // let it paint
        // Re-read the geometry: the menu may have resized while it was first shown.
        shot.geometry = windowInfo(menu->id).geometry;
        shot.image = grab(shot.geometry);
        save(shot.image, shotName);
        REQUIRE(xdotool({ QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("40"), QStringLiteral("Up"),
                          QStringLiteral("Up"), QStringLiteral("Up"), QStringLiteral("Return") }));
        waitUntil(
            [&] {
                shot.diagnostics = QGuiApplication::clipboard()->text();
                return shot.diagnostics.contains(QStringLiteral("### ModelPulse diagnostics"));
            },
            4000, 100);
        const bool stillOpen = windowInfo(menu->id).viewable;
        if (!shot.diagnostics.contains(QStringLiteral("### ModelPulse diagnostics"))) {
            // Evidence for a failed attempt: what the screen and the clipboard showed.
            save(grab(QGuiApplication::primaryScreen()->geometry()),
                 shotName + QStringLiteral("-attempt-%1-failed").arg(attempt));
            WARN("attempt " << attempt << ": menu still open " << stillOpen << ", clipboard '"
                            << shot.diagnostics.left(80).toStdString() << "'");
        }
        if (stillOpen)
            xdotool({ QStringLiteral("key"), QStringLiteral("Escape") });
        waitUntil([&] { return !windowInfo(menu->id).viewable; }, 2000, 100);
    }
    QFile out(QDir(outDir()).filePath(shotName + QStringLiteral("-diagnostics.md")));
    if (out.open(QIODevice::WriteOnly))
        out.write(shot.diagnostics.toUtf8());
    return shot;
}

/*! \brief The state column of a model's row in the diagnostics table ("| id | state | official | probe | …"). */
QString diagnosticsState(const QString& diagnostics, const QString& model)
{
    const QRegularExpression row(QStringLiteral(R"(^\| %1 \| (\w+) \|)").arg(QRegularExpression::escape(model)),
                                 QRegularExpression::MultilineOption);
    const auto m = row.match(diagnostics);
    return m.hasMatch() ? m.captured(1) : QString();
}
} // namespace

TEST_CASE("e2e: the real modelpulse in trayer follows the simulated provider and opens its menu in en and ko",
          "[realtray][e2e]")
{
    requireHeadlessSession();
    QElapsedTimer total;
    total.start();

    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setModels(QStringList { kOpus, kSonnet });
    sim.setExpectedApiKey(kKey);
    sim.setStatusPage(greenPage());
    sim.setModelBehaviour(kOpus, ModelBehaviour::ok(30));
    sim.setModelBehaviour(kSonnet, ModelBehaviour::ok(20));

    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QProcessEnvironment env = appEnvironment(home);
    const QString dataDir = home.filePath(QStringLiteral("appdata"));

    MenuShot english;
    {
        App app(QStringLiteral(MODELPULSE_EXE), appArgs(sim, dataDir, QStringLiteral("en")), env,
                QDir(outDir()).filePath(QStringLiteral("modelpulse-en.log")));
        REQUIRE(app.started());

        // 1. The icon docks in trayer's panel and, once both models answered their first probe, is green.
        const QRect icon = waitForDock(app);
        INFO("icon window in trayer: " << icon.x() << "," << icon.y() << " " << icon.width() << "x" << icon.height());
        REQUIRE(icon.isValid());
        REQUIRE(waitUntil([&] { return probesFor(sim, kOpus) >= 1 && probesFor(sim, kSonnet) >= 1; }, 15000));
        const QImage green = waitForIcon(icon, mostlyGreen, 5000);
        save(green, QStringLiteral("icon-1-green"));
        INFO("green icon: " << describe(green));
        REQUIRE(mostlyGreen(green));

        // 2. Opus answers 529 (the page stays green): two failures make a partial outage, the icon turns red.
        sim.setModelBehaviour(kOpus, ModelBehaviour::error(529));
        const QImage probeRed = waitForIcon(icon, mostlyRed, 10000);
        save(probeRed, QStringLiteral("icon-2-red-probe-529"));
        INFO("after Opus 529: " << describe(probeRed));
        CHECK(differing(green, probeRed) > icon.width() * icon.height() / 4);
        REQUIRE(mostlyRed(probeRed));

        // 3. The menu opens on a real right click, with the rows the app has: Opus in outage, Sonnet fine.
        english = openMenuAndCopyDiagnostics(icon, QStringLiteral("menu-en"));
        INFO("diagnostics from the clipboard:\n" << english.diagnostics.toStdString());
        REQUIRE(english.diagnostics.contains(QStringLiteral("### ModelPulse diagnostics")));
        CHECK(diagnosticsState(english.diagnostics, kOpus).contains(QStringLiteral("outage")));
        CHECK(diagnosticsState(english.diagnostics, kSonnet) == QStringLiteral("operational"));
        CHECK(english.diagnostics.contains(QStringLiteral("| %1 | overloaded | 529 |").arg(kOpus)));
        CHECK(english.diagnostics.contains(QStringLiteral("| %1 | ok | 200 |").arg(kSonnet)));
        CHECK_FALSE(english.diagnostics.contains(kKey));
        CHECK(english.geometry.width() > 150);
        CHECK(english.geometry.height() > 200); // a dozen rows and more, not an empty frame
        CHECK(differing(english.image, QImage(english.image.size(), QImage::Format_RGB32))
              > english.image.width() * english.image.height() / 20);

        // 4. Opus recovers: two successes in a row, the icon is green again.
        sim.setModelBehaviour(kOpus, ModelBehaviour::ok(30));
        const QImage recovered = waitForIcon(icon, mostlyGreen, 12000);
        save(recovered, QStringLiteral("icon-3-green-recovered"));
        INFO("after Opus recovered: " << describe(recovered));
        REQUIRE(mostlyGreen(recovered));

        // 5. The official page reports a critical incident on the Claude API: red within a few polls.
        sim.setStatusPage(opusIncidentPage());
        const QImage pageRed = waitForIcon(icon, mostlyRed, 10000);
        save(pageRed, QStringLiteral("icon-4-red-official-incident"));
        INFO("after the official incident: " << describe(pageRed));
        REQUIRE(mostlyRed(pageRed));

        // 6. The page is green again: so is the icon.
        sim.setStatusPage(greenPage());
        const QImage pageGreen = waitForIcon(icon, mostlyGreen, 10000);
        save(pageGreen, QStringLiteral("icon-5-green-resolved"));
        INFO("after the incident resolved: " << describe(pageGreen));
        REQUIRE(mostlyGreen(pageGreen));

        // 7. A second launch with the same data dir exits 0 at once and makes the first show its popup.
        const QSet<QString> before = ids(viewableTopLevels());
        QProcess second;
        second.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        second.start(QStringLiteral(MODELPULSE_EXE), appArgs(sim, dataDir, QStringLiteral("en")));
        REQUIRE(waitUntil([&] { return second.state() == QProcess::NotRunning; }, 10000, 50));
        const qint64 secondMs = clock.elapsed();
        INFO("second launch: exit " << second.exitCode() << " after " << secondMs << " ms; stderr "
                                    << second.readAllStandardError().toStdString());
        CHECK(second.exitStatus() == QProcess::NormalExit);
        CHECK(second.exitCode() == 0);
        CHECK(secondMs < 5000);
        const auto popup = waitForNewPopup(before, QSize(100, 40), 5000);
        INFO("no popup window appeared in the first instance");
        REQUIRE(popup);
        serve(300);
        save(grab(windowInfo(popup->id).geometry), QStringLiteral("single-instance-popup"));
        xdotool({ QStringLiteral("key"), QStringLiteral("Escape") });
        CHECK(app.running());

        // 7a. Until the history window is opened the tray maps neither its library nor Qt Charts; "History…" in the
        // menu loads both and opens the window.
        const QString idleMaps = app.maps();
        REQUIRE_FALSE(idleMaps.isEmpty());
        CHECK_FALSE(idleMaps.contains(QStringLiteral("libmodelpulse-history.so")));
        CHECK_FALSE(idleMaps.contains(QStringLiteral("libQt6Charts")));
        const QSet<QString> beforeHistory = ids(viewableTopLevels());
        REQUIRE(xdotool({ QStringLiteral("mousemove"), QString::number(icon.center().x()),
                          QString::number(icon.center().y()), QStringLiteral("click"), QStringLiteral("3") }));
        const auto historyMenu = waitForNewPopup(beforeHistory, QSize(100, 100), 5000);
        REQUIRE(historyMenu);
        serve(400);
        // From the bottom: Quit, About, Copy diagnostics, Settings…, Pause notifications, History….
        QStringList keys { QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("40") };
        for (int i = 0; i < 6; ++i)
            keys << QStringLiteral("Up");
        keys << QStringLiteral("Return");
        REQUIRE(xdotool(keys));
        std::optional<XWindow> history;
        waitUntil(
            [&] {
                for (const XWindow& w : viewableTopLevels())
                    if (!beforeHistory.contains(w.id) && !w.overrideRedirect && w.geometry.width() >= 400
                        && w.geometry.height() >= 300)
                        history = w;
                return bool(history);
            },
            10000, 200);
        INFO("no history window (a normal top-level of at least 400x300) appeared after History… in the menu");
        REQUIRE(history);
        const QString historyTitle = tool(QStringLiteral("xdotool"), { QStringLiteral("getwindowname"), history->id });
        CHECK(historyTitle.trimmed() == QStringLiteral("ModelPulse — History"));
        serve(1000); // the first range's query and paint
        const QImage historyShot = grab(windowInfo(history->id).geometry);
        save(historyShot, QStringLiteral("history-window-en"));
        CHECK(differing(historyShot, QImage(historyShot.size(), QImage::Format_RGB32))
              > historyShot.width() * historyShot.height() / 20);
        const QString openMaps = app.maps();
        CHECK(openMaps.contains(QStringLiteral("libmodelpulse-history.so")));
        CHECK(openMaps.contains(QStringLiteral("libQt6Charts")));
        CHECK(app.running());
        app.stop();
        REQUIRE(waitUntil([] { return !dockedIcon().isValid(); }, 5000));
    }

    // 7b. SIGTERM (logout, `kill`) quits cleanly: the probes sent are counted in the store's cost row, none of the
    // recorder's queued batch lost (at most the one probe in flight when the signal came is not).
    {
        const int sent = sim.requestCount(QStringLiteral("/v1/messages"));
        HistoryStore store(HistoryStore::defaultPath(dataDir));
        REQUIRE(store.open());
        const CostCounters cost = store.cost(QStringLiteral("anthropic"),
                                             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM")));
        INFO("probes sent " << sent << ", counted " << cost.probes << ", billed " << cost.billed);
        CHECK(cost.probes <= sent);
        CHECK(cost.probes >= sent - 2); // two models: at most one probe each in flight
        CHECK(cost.billed >= 1);
        CHECK(cost.billed < cost.probes); // the 529s were sent but not billed
    }

    // 8. Korean: the same state (Opus failing), the same menu, in Korean.
    sim.setModelBehaviour(kOpus, ModelBehaviour::error(529));
    {
        App app(QStringLiteral(MODELPULSE_EXE), appArgs(sim, dataDir, QStringLiteral("ko")), env,
                QDir(outDir()).filePath(QStringLiteral("modelpulse-ko.log")));
        REQUIRE(app.started());
        const QRect icon = waitForDock(app);
        REQUIRE(icon.isValid());
        const QImage red = waitForIcon(icon, mostlyRed, 15000);
        save(red, QStringLiteral("icon-6-red-ko"));
        INFO("Korean run icon: " << describe(red));
        REQUIRE(mostlyRed(red));

        const MenuShot korean = openMenuAndCopyDiagnostics(icon, QStringLiteral("menu-ko"));
        INFO("diagnostics from the clipboard:\n" << korean.diagnostics.toStdString());
        REQUIRE(korean.diagnostics.contains(QStringLiteral("### ModelPulse diagnostics")));
        CHECK(diagnosticsState(korean.diagnostics, kOpus).contains(QStringLiteral("outage")));
        CHECK(diagnosticsState(korean.diagnostics, kSonnet) == QStringLiteral("operational"));
        // Same rows, other words: the two menus differ in every row, not just in a clock time.
        const int diff = differing(english.image, korean.image);
        const int area
            = std::max(english.image.width() * english.image.height(), korean.image.width() * korean.image.height());
        INFO("menu en " << english.geometry.width() << "x" << english.geometry.height() << ", ko "
                        << korean.geometry.width() << "x" << korean.geometry.height() << "; " << diff
                        << " differing px of " << area);
        // Text is a small part of a menu's pixels (~15 % here), and long rows are elided to the same width in both
        // languages: a twentieth of the area differing is every row's words, not a clock time.
        CHECK(diff > area / 20);
        app.stop();
    }
    INFO("total " << total.elapsed() << " ms");
    CHECK(total.elapsed() < 60000);
    WARN("e2e tray test took " << total.elapsed() << " ms; screenshots in " << outDir().toStdString());
}
