// StatusNotifierItem host test: the real `modelpulse` binary on xfce4-panel's systray plugin (a real SNI host that
// owns org.kde.StatusNotifierWatcher, as KDE Plasma and GNOME's AppIndicator extension do), against the simulated
// provider running in this process. Qt's QSystemTrayIcon becomes a StatusNotifierItem when a watcher with a
// registered host is on the bus at the time the icon is created, and an XEmbed icon otherwise; so the panel is
// started before the app. The session's trayer need not be stopped (Qt then never looks for an XEmbed tray), but the
// panel and the app run on an X server of their own (snihost.h: xfce4-panel's systray would take the XEmbed tray
// selection from trayer for good and break the session's later XEmbed tests).
//
// Everything is read from outside the app, the way a host reads it: the watcher's RegisteredStatusNotifierItems,
// the item's Status / IconPixmap / AttentionIconName / AttentionIconPixmap / ToolTip, and its menu through
// com.canonical.dbusmenu (AboutToShow, then GetLayout, as a host does when the user opens it); plus screenshots of
// the panel. Part 1 runs on the session bus (dunst is the notification server), in English and Korean. Part 2 runs
// on a private bus on which no notification server exists or can be activated, so the app falls back to
// QSystemTrayIcon::showMessage: the icon the host shows must stay the state icon (issue 10: Qt's SNI backend sets
// NeedsAttention with AttentionIconName "dialog-information", a light bulb in xfce4-panel, for 10 s after every
// balloon).
//
// Run it with
//   tests/support/headless-session.sh build/ci/tests/gui/test_snitray
// Outside that session it fails loudly; it never skips. It leaves the session as it found it: the panel, its
// watcher and its X server are gone when it ends. Screenshots land in sni-screenshots/ in the build dir.
#include "simprovider.h"
#include "snihost.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

#include <functional>
#include <optional>

using namespace snitest;

namespace {
const QString kOpus = QStringLiteral("claude-opus-4-5");
const QString kSonnet = QStringLiteral("claude-sonnet-4-5");
const QString kKey = QStringLiteral("sk-ant-sni-0123456789abcdef");

void requireHeadlessSession()
{
    const QString platform = QGuiApplication::platformName();
    INFO("platform " << platform.toStdString() << ", DISPLAY " << qgetenv("DISPLAY").toStdString()
                     << "; run this test under tests/support/headless-session.sh (Xvfb + D-Bus), with xfce4-panel "
                        "and xfconf installed (packaging/install-deps.sh)");
    REQUIRE(qEnvironmentVariableIsSet("MODELPULSE_HEADLESS_SESSION"));
    REQUIRE(!qEnvironmentVariableIsEmpty("DISPLAY"));
    REQUIRE(platform != QStringLiteral("offscreen"));
    REQUIRE(platform != QStringLiteral("minimal"));
    REQUIRE(QDBusConnection::sessionBus().isConnected());
    REQUIRE(QFile::exists(QStringLiteral(MODELPULSE_EXE)));
    REQUIRE(QFile::exists(kXfconfd));
    for (const char* tool : { "xfce4-panel", "dbus-daemon", "Xvfb", "xwininfo", "import" }) {
        INFO("missing tool " << tool);
        REQUIRE(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty());
    }
}

QString outDir()
{
    const QString dir = QStringLiteral(MODELPULSE_SNI_OUT);
    QDir().mkpath(dir);
    return dir;
}

// ---- pixels ----

struct Dominance {
    int red = 0;
    int green = 0;
    int opaque = 0;
};

Dominance dominance(const QImage& img)
{
    Dominance d;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb p = img.pixel(x, y);
            if (qAlpha(p) < 128)
                continue;
            ++d.opaque;
            d.red += qRed(p) > 120 && qRed(p) > qGreen(p) + 60 && qRed(p) > qBlue(p) + 60 ? 1 : 0;
            d.green += qGreen(p) > 110 && qGreen(p) > qRed(p) + 40 && qGreen(p) > qBlue(p) + 20 ? 1 : 0;
        }
    return d;
}

bool mostlyGreen(const QImage& img)
{
    const Dominance d = dominance(img);
    return d.opaque > 0 && d.green > d.opaque / 4 && d.red * 10 < d.green;
}

bool mostlyRed(const QImage& img)
{
    const Dominance d = dominance(img);
    return d.opaque > 0 && d.red > d.opaque / 4 && d.green * 10 < d.red;
}

std::string describe(const ItemState& s)
{
    const Dominance d = dominance(s.shown());
    return "status " + s.status.toStdString() + ", shown name '" + s.shownName().toStdString() + "', shown pixmap "
        + std::to_string(s.shown().width()) + "x" + std::to_string(s.shown().height()) + " (red "
        + std::to_string(d.red) + ", green " + std::to_string(d.green) + " of " + std::to_string(d.opaque)
        + " opaque px), tooltip '" + s.toolTipTitle.toStdString() + "'";
}

/*! \brief Runs an X tool against the host's display; its stdout (a few ms; the sim's clients just wait). */
QByteArray xtool(const HostDisplay& display, const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(display.environment(QProcessEnvironment::systemEnvironment()));
    p.start(program, args);
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    return p.readAllStandardOutput();
}

/*! \brief The xfce4-panel window (the panel itself, not its 10x10 leader) from `xwininfo -root -tree`. */
QRect panelGeometry(const HostDisplay& display)
{
    const QString out = QString::fromLocal8Bit(
        xtool(display, QStringLiteral("xwininfo"), { QStringLiteral("-root"), QStringLiteral("-tree") }));
    static const QRegularExpression line(
        QStringLiteral(R"re(\("xfce4-panel" "Xfce4-panel"\)\s+(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+))re"));
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        const QRect r(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
        if (r.width() > 40 && r.height() >= 16)
            return r;
    }
    return {};
}

/*! \brief A screenshot of \a r on the host's display (ImageMagick's import: this process is not connected to it). */
QImage grab(const HostDisplay& display, const QRect& r)
{
    const QImage root
        = QImage::fromData(xtool(display, QStringLiteral("import"),
                                 { QStringLiteral("-window"), QStringLiteral("root"), QStringLiteral("png:-") }),
                           "PNG");
    return root.copy(r).convertToFormat(QImage::Format_RGB32);
}

void save(const QImage& image, const QString& name)
{
    CHECK(image.save(QDir(outDir()).filePath(name + QStringLiteral(".png"))));
}

/*! \brief Grabs the panel until \a want holds for it (or \a timeoutMs passes), saves and returns the last grab. */
QImage shootPanel(const HostDisplay& display, const QString& name, const std::function<bool(const Dominance&)>& want,
                  int timeoutMs = 3000)
{
    QImage img;
    waitUntil(
        [&] {
            const QRect r = panelGeometry(display);
            img = r.isValid() ? grab(display, r) : QImage();
            return !img.isNull() && want(dominance(img));
        },
        timeoutMs, 200);
    if (!img.isNull())
        save(img, name);
    return img;
}

// ---- the app ----

/*! \brief Own HOME and XDG dirs, the test key, C locale; \a notifications false writes them off in the ini. */
QProcessEnvironment appEnvironment(const QString& home, const QString& busAddress, bool notifications)
{
    QProcessEnvironment env = e2e::appEnvironment(home, kKey);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    const QString configDir = home + QStringLiteral("/config/modelpulse");
    QDir().mkpath(configDir);
    QFile ini(QDir(configDir).filePath(QStringLiteral("modelpulse.ini")));
    REQUIRE(ini.open(QIODevice::WriteOnly));
    if (!notifications)
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

std::optional<ItemAddress> waitForItem(const QDBusConnection& bus, Child& app)
{
    std::optional<ItemAddress> item;
    waitUntil([&] { return app.running() && bool(item = appItem(bus, app.process().processId())); }, 10000, 100);
    return item;
}

ItemState waitForShown(const QDBusConnection& bus, const ItemAddress& item,
                       const std::function<bool(const QImage&)>& want, int timeoutMs)
{
    ItemState s;
    waitUntil([&] { return want((s = readItem(bus, item)).shown()); }, timeoutMs, 200);
    return s;
}

/*!
 * \brief Part 1 for one language: green, Opus answers 529 twice and the item turns red, the menu opened over D-Bus
 * says so in that language. Leaves Opus failing.
 */
void greenToRed(SimProvider& sim, const SniHost& host, const QDBusConnection& bus, const QString& busAddress,
                const QString& home, const QString& lang, const QString& outageWord)
{
    sim.setModelBehaviour(kOpus, ModelBehaviour::ok(30));
    const QString dataDir = home + QStringLiteral("/appdata-") + lang;
    Child app(QStringLiteral(MODELPULSE_EXE), appArgs(sim, dataDir, lang),
              host.display().environment(appEnvironment(home, busAddress, false)),
              QDir(outDir()).filePath(QStringLiteral("modelpulse-") + lang + QStringLiteral(".log")));
    REQUIRE(app.started());

    // 1. The item registers with the watcher (and so the app chose Qt's SNI tray, not XEmbed into trayer).
    const auto item = waitForItem(bus, app);
    INFO("watcher's items: " << registeredItems(bus).join(QStringLiteral(", ")).toStdString());
    REQUIRE(item);
    INFO("item " << item->service.toStdString() << item->path.toStdString());

    // 2. Green once both models answered, drawn from our pixels (no themed icon name).
    const ItemState green = waitForShown(bus, *item, mostlyGreen, 15000);
    INFO("green: " << describe(green));
    REQUIRE(mostlyGreen(green.shown()));
    CHECK(green.status == QStringLiteral("Active"));
    CHECK(green.shownName().isEmpty());
    save(green.icon, QStringLiteral("item-") + lang + QStringLiteral("-1-green"));
    shootPanel(host.display(), QStringLiteral("panel-") + lang + QStringLiteral("-1-green"),
               [](const Dominance& d) { return d.green > 20; });

    // 3. Opus answers 529: two failures make a partial outage, the item's icon turns red.
    sim.setModelBehaviour(kOpus, ModelBehaviour::error(529));
    const ItemState red = waitForShown(bus, *item, mostlyRed, 12000);
    INFO("red: " << describe(red));
    REQUIRE(mostlyRed(red.shown()));
    CHECK(red.status == QStringLiteral("Active"));
    save(red.icon, QStringLiteral("item-") + lang + QStringLiteral("-2-red"));
    // The host draws what the item says: red pixels in the panel itself.
    const QImage panel = shootPanel(host.display(), QStringLiteral("panel-") + lang + QStringLiteral("-2-red"),
                                    [](const Dominance& d) { return d.red > 20; });
    INFO("panel grab: red " << dominance(panel).red << ", green " << dominance(panel).green);
    CHECK(dominance(panel).red > 20);

    // 4. The menu a host opens after the change shows the new state in the Opus row.
    REQUIRE(!red.menuPath.isEmpty());
    QStringList labels;
    waitUntil(
        [&] {
            labels = menuLabels(bus, *item, red.menuPath);
            return rowWith(labels, QStringLiteral("Opus")).contains(outageWord);
        },
        5000, 200);
    QFile dump(QDir(outDir()).filePath(QStringLiteral("menu-") + lang + QStringLiteral(".txt")));
    if (dump.open(QIODevice::WriteOnly))
        dump.write(labels.join(QLatin1Char('\n')).toUtf8());
    INFO("menu labels:\n" << labels.join(QLatin1Char('\n')).toStdString());
    CHECK(rowWith(labels, QStringLiteral("Opus")).contains(outageWord));
    CHECK_FALSE(rowWith(labels, QStringLiteral("Sonnet")).contains(outageWord));
    CHECK(labels.size() > 8);
    app.stop();
    CHECK(waitUntil([&] { return !appItem(bus, app.process().processId()); }, 5000));
}
} // namespace

TEST_CASE("sni: the real modelpulse on xfce4-panel's StatusNotifier host follows the state, en and ko",
          "[realtray][sni]")
{
    requireHeadlessSession();
    QElapsedTimer total;
    total.start();

    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setModels(QStringList { kOpus, kSonnet });
    sim.setExpectedApiKey(kKey);
    sim.setStatusPage({ { QStringLiteral("indicator"), QStringLiteral("none") } });
    sim.setModelBehaviour(kSonnet, ModelBehaviour::ok(20));

    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QDBusConnection session = QDBusConnection::sessionBus();
    const QString sessionAddress = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    REQUIRE(!sessionAddress.isEmpty());

    // On the session bus: dunst is the notification server there; notifications are off in the ini so that only
    // the state changes the item.
    {
        SniHost host(session, sessionAddress, tmp.filePath(QStringLiteral("session-bus")), outDir());
        const QString home = tmp.filePath(QStringLiteral("home"));
        greenToRed(sim, host, session, sessionAddress, home, QStringLiteral("en"), QStringLiteral("outage"));
        greenToRed(sim, host, session, sessionAddress, home, QStringLiteral("ko"), QStringLiteral("장애"));
        CHECK(host.running());
    }
    INFO("total " << total.elapsed() << " ms");
    CHECK(total.elapsed() < 40000);
    WARN("SNI test (en, ko) took " << total.elapsed() << " ms; screenshots in " << outDir().toStdString());
}

TEST_CASE("sni: with no notification server the fallback balloon leaves the state icon on the SNI host",
          "[realtray][sni]")
{
    requireHeadlessSession();
    QElapsedTimer total;
    total.start();

    SimProvider sim;
    REQUIRE(sim.listen());
    sim.setModels(QStringList { kOpus, kSonnet });
    sim.setExpectedApiKey(kKey);
    sim.setStatusPage({ { QStringLiteral("indicator"), QStringLiteral("none") } });
    sim.setModelBehaviour(kOpus, ModelBehaviour::ok(30));
    sim.setModelBehaviour(kSonnet, ModelBehaviour::ok(20));

    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    PrivateBus priv(tmp.path());
    const QDBusConnection& bus = priv.bus();
    REQUIRE_FALSE(hasOwner(bus, QStringLiteral("org.freedesktop.Notifications")));
    REQUIRE_FALSE(
        bus.interface()->activatableServiceNames().value().contains(QStringLiteral("org.freedesktop.Notifications")));

    SniHost host(bus, priv.address(), tmp.filePath(QStringLiteral("private-bus")), outDir());
    const QString home = tmp.filePath(QStringLiteral("home"));
    Child app(QStringLiteral(MODELPULSE_EXE), appArgs(sim, home + QStringLiteral("/appdata"), QStringLiteral("en")),
              host.display().environment(appEnvironment(home, priv.address(), true)),
              QDir(outDir()).filePath(QStringLiteral("modelpulse-no-notification-server.log")));
    REQUIRE(app.started());
    const auto item = waitForItem(bus, app);
    REQUIRE(item);
    const ItemState green = waitForShown(bus, *item, mostlyGreen, 15000);
    INFO("green: " << describe(green));
    REQUIRE(mostlyGreen(green.shown()));

    // Opus fails: the outage alarm goes to the fallback, QSystemTrayIcon::showMessage. On an SNI host Qt shows it by
    // setting Status=NeedsAttention for the balloon's 10 s (the item's tooltip carries the message meanwhile) and
    // sends Notify to a server that is not there. From the moment the state icon (IconPixmap) is red, what the host
    // shows must be red state icon: no themed attention icon name, and red attention pixels.
    sim.setModelBehaviour(kOpus, ModelBehaviour::error(529));
    bool sawRed = false;
    bool sawAttention = false;
    QString attentionTip;
    QStringList wrong;
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceAttention;
    while (clock.elapsed() < 15000 && !(sawAttention && sinceAttention.elapsed() > 1500)) {
        const ItemState s = readItem(bus, *item);
        if (!sawRed && mostlyRed(s.icon))
            sawRed = true; // the app's state icon (IconPixmap) is red; what the host shows may differ
        if (sawRed && (!s.shownName().isEmpty() || !mostlyRed(s.shown())))
            wrong << QString::fromStdString(describe(s));
        if (s.needsAttention() && !sawAttention) {
            sawAttention = true;
            sinceAttention.start();
            attentionTip = s.toolTipTitle;
            save(s.attentionIcon, QStringLiteral("item-attention"));
            shootPanel(
                host.display(), QStringLiteral("panel-attention"), [](const Dominance& d) { return d.red > 20; }, 1000);
        }
        serve(150);
    }
    INFO("samples that showed something else than the red state icon:\n"
         << wrong.join(QLatin1Char('\n')).toStdString());
    REQUIRE(sawRed);
    {
        INFO("the fallback never asked for attention: was the outage alarm raised at all? see "
             << outDir().toStdString() << "/modelpulse-no-notification-server.log");
        REQUIRE(sawAttention);
    }
    CHECK(wrong.isEmpty());
    INFO("tooltip during the attention: '" << attentionTip.toStdString() << "'");
    CHECK(attentionTip.contains(QStringLiteral("Opus")));

    // 10 s after the last balloon (the escalation to major outage restarts Qt's timer), Qt sets Status=Active again:
    // the plain state icon, still red.
    const bool active = waitUntil([&] { return readItem(bus, *item).status == QStringLiteral("Active"); }, 16000, 200);
    const ItemState after = readItem(bus, *item);
    INFO("after the balloon: " << describe(after));
    CHECK(active);
    CHECK(mostlyRed(after.shown()));
    CHECK(after.shownName().isEmpty());
    app.stop();
    INFO("total " << total.elapsed() << " ms");
    CHECK(total.elapsed() < 35000);
    WARN("SNI test without a notification server took " << total.elapsed() << " ms");
}
