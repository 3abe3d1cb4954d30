#pragma once
// A StatusNotifierItem host for the GUI tests, and a host's view of an item: xfce4-panel's systray plugin (which owns
// org.kde.StatusNotifierWatcher) with its own xfconfd, on the session bus or on a private one; the item's properties,
// pixmaps and dbusmenu read over D-Bus the way a host reads them. Used by test_snitray.cpp.

#include "e2eapp.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTest>
#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <optional>

namespace snitest {
const QString kXfconfd = QStringLiteral("/usr/lib/x86_64-linux-gnu/xfce4/xfconf/xfconfd");
const QString kWatcher = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString kItemInterface = QStringLiteral("org.kde.StatusNotifierItem");

/*! \brief Waits \a ms while this thread's event loop keeps serving (the simulated provider lives here). */
inline void serve(int ms)
{
    QTest::qWait(ms);
}

using e2e::waitUntil;
/*! \brief A child process that lives until stopped: terminate, then kill. Output goes to its log path. */
using Child = e2e::App;

// ---- D-Bus, as a host sees it ----

inline bool hasOwner(const QDBusConnection& bus, const QString& name)
{
    return bus.interface() && bus.interface()->isServiceRegistered(name).value();
}

/*! \brief org.freedesktop.DBus.Properties.Get, unwrapped; an invalid QVariant when the call fails. */
inline QVariant property(const QDBusConnection& bus, const QString& service, const QString& path,
                         const QString& interface, const QString& name)
{
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                                       QStringLiteral("Get"));
    call << interface << name;
    const QDBusMessage reply = bus.call(call, QDBus::Block, 3000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().first().value<QDBusVariant>().variant();
}

inline QStringList registeredItems(const QDBusConnection& bus)
{
    return property(bus, kWatcher, QStringLiteral("/StatusNotifierWatcher"), kWatcher,
                    QStringLiteral("RegisteredStatusNotifierItems"))
        .toStringList();
}

inline bool hostRegistered(const QDBusConnection& bus)
{
    return property(bus, kWatcher, QStringLiteral("/StatusNotifierWatcher"), kWatcher,
                    QStringLiteral("IsStatusNotifierHostRegistered"))
        .toBool();
}

struct ItemAddress {
    QString service;
    QString path;
};

/*! \brief A watcher entry is "service/path" (xfce4-panel, KDE) or a bare service name (then /StatusNotifierItem). */
inline ItemAddress itemAddress(const QString& entry)
{
    const int slash = entry.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return { entry, QStringLiteral("/StatusNotifierItem") };
    return { entry.left(slash), entry.mid(slash) };
}

/*! \brief The largest image of an SNI pixmap property, a(iiay) of ARGB32 in network byte order. */
inline QImage largestPixmap(const QVariant& value)
{
    QImage best;
    if (!value.canConvert<QDBusArgument>())
        return best;
    const QDBusArgument arg = value.value<QDBusArgument>();
    arg.beginArray();
    while (!arg.atEnd()) {
        int width = 0;
        int height = 0;
        QByteArray data;
        arg.beginStructure();
        arg >> width >> height >> data;
        arg.endStructure();
        if (width <= 0 || height <= 0 || data.size() < width * height * 4
            || width * height <= best.width() * best.height())
            continue;
        QImage img(width, height, QImage::Format_ARGB32);
        const auto* p = reinterpret_cast<const uchar*>(data.constData());
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x, p += 4)
                img.setPixel(x, y, qRgba(p[1], p[2], p[3], p[0]));
        best = img;
    }
    arg.endArray();
    return best;
}

/*! \brief What a host reads of the item to draw it. */
struct ItemState {
    QString status;
    QString iconName;
    QImage icon;
    QString attentionIconName;
    QImage attentionIcon;
    QString toolTipTitle;
    QString menuPath;

    bool needsAttention() const { return status == QLatin1String("NeedsAttention"); }
    /*! \brief The image the host shows: the attention icon while the item needs attention (a themed name first). */
    QImage shown() const { return needsAttention() ? attentionIcon : icon; }
    /*! \brief A themed icon name the host would draw instead of our pixels ("dialog-information"). */
    QString shownName() const { return needsAttention() ? attentionIconName : iconName; }
};

inline ItemState readItem(const QDBusConnection& bus, const ItemAddress& a)
{
    auto get = [&](const char* name) { return property(bus, a.service, a.path, kItemInterface, QLatin1String(name)); };
    ItemState s;
    s.status = get("Status").toString();
    s.iconName = get("IconName").toString();
    s.icon = largestPixmap(get("IconPixmap"));
    s.attentionIconName = get("AttentionIconName").toString();
    s.attentionIcon = largestPixmap(get("AttentionIconPixmap"));
    s.menuPath = get("Menu").value<QDBusObjectPath>().path();
    // ToolTip is (s a(iiay) s s): icon name, icon, title, text.
    const QVariant tip = get("ToolTip");
    if (tip.canConvert<QDBusArgument>()) {
        const QDBusArgument arg = tip.value<QDBusArgument>();
        QString iconName;
        QString title;
        arg.beginStructure();
        arg >> iconName;
        arg.beginArray();
        while (!arg.atEnd()) {
            int w = 0;
            int h = 0;
            QByteArray data;
            arg.beginStructure();
            arg >> w >> h >> data;
            arg.endStructure();
        }
        arg.endArray();
        arg >> title;
        arg.endStructure();
        s.toolTipTitle = title;
    }
    return s;
}

/*! \brief com.canonical.dbusmenu layout (ia{sv}av): every item's "label", depth first. */
inline void collectLabels(const QDBusArgument& arg, QStringList& labels)
{
    int id = 0;
    QVariantMap properties;
    arg.beginStructure();
    arg >> id >> properties;
    if (properties.contains(QStringLiteral("label")))
        labels << properties.value(QStringLiteral("label")).toString();
    arg.beginArray();
    while (!arg.atEnd()) {
        QDBusVariant child;
        arg >> child;
        collectLabels(child.variant().value<QDBusArgument>(), labels);
    }
    arg.endArray();
    arg.endStructure();
}

/*! \brief Opens the menu the way a host does (AboutToShow on the root, then GetLayout) and returns its labels. */
inline QStringList menuLabels(const QDBusConnection& bus, const ItemAddress& item, const QString& menuPath)
{
    const QString iface = QStringLiteral("com.canonical.dbusmenu");
    QDBusMessage about = QDBusMessage::createMethodCall(item.service, menuPath, iface, QStringLiteral("AboutToShow"));
    about << 0;
    bus.call(about, QDBus::Block, 3000);
    QDBusMessage layout = QDBusMessage::createMethodCall(item.service, menuPath, iface, QStringLiteral("GetLayout"));
    layout << 0 << -1 << QStringList();
    const QDBusMessage reply = bus.call(layout, QDBus::Block, 3000);
    QStringList labels;
    if (reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 2)
        collectLabels(reply.arguments().at(1).value<QDBusArgument>(), labels);
    return labels;
}

inline QString rowWith(const QStringList& labels, const QString& needle)
{
    for (const QString& l : labels)
        if (l.contains(needle))
            return l;
    return {};
}

// ---- the host: xfconfd + xfce4-panel with one systray plugin ----

/*!
 * \brief A private session bus from a config with no service directories: nothing can be activated on it, so no
 * notification server can appear (the standard session config would activate dunst's .service file on the first
 * Notify call).
 */
class PrivateBus {
public:
    explicit PrivateBus(const QString& dir)
    {
        const QString config = QDir(dir).filePath(QStringLiteral("bus.conf"));
        QFile f(config);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)")
                    .arg(dir)
                    .toUtf8());
        f.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                         QStringLiteral("--print-address=1") });
        REQUIRE(m_daemon.waitForStarted(5000));
        waitUntil([this] { return m_daemon.canReadLine(); }, 5000, 20);
        m_address = QString::fromLocal8Bit(m_daemon.readLine()).trimmed();
        REQUIRE(!m_address.isEmpty());
        m_bus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(m_address, QStringLiteral("sni-private")));
        REQUIRE(m_bus->isConnected());
    }
    ~PrivateBus()
    {
        m_bus.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("sni-private"));
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(3000))
            m_daemon.kill();
        m_daemon.waitForFinished(2000);
    }
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    QString address() const { return m_address; }
    const QDBusConnection& bus() const { return *m_bus; }

private:
    QProcess m_daemon;
    QString m_address;
    std::unique_ptr<QDBusConnection> m_bus;
};

/*! \brief One panel at the bottom of the screen (trayer is at the top right) holding xfce4-panel's systray. */
inline void writePanelConfig(const QString& configHome)
{
    const QString dir = QDir(configHome).filePath(QStringLiteral("xfce4/xfconf/xfce-perchannel-xml"));
    REQUIRE(QDir().mkpath(dir));
    QFile f(QDir(dir).filePath(QStringLiteral("xfce4-panel.xml")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=10;x=0;y=0"/>
      <property name="length" type="uint" value="25"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="size" type="uint" value="32"/>
      <property name="icon-size" type="uint" value="24"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="systray"/>
  </property>
</channel>
)");
}

/*!
 * \brief An X server of the host's own. xfce4-panel's systray plugin is also an XEmbed tray: on the session's display
 * it takes the _NET_SYSTEM_TRAY_S0 selection from trayer, which never takes it back, so every later XEmbed test in
 * the session would find no tray. On a display of its own the session's trayer is never touched.
 */
class HostDisplay {
public:
    HostDisplay()
    {
        // -displayfd 1: Xvfb picks a free display and prints its number when it accepts connections.
        m_xvfb.start(QStringLiteral("Xvfb"),
                     { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                       QStringLiteral("0"), QStringLiteral("640x240x24"), QStringLiteral("-nolisten"),
                       QStringLiteral("tcp") });
        REQUIRE(m_xvfb.waitForStarted(5000));
        waitUntil([this] { return m_xvfb.canReadLine(); }, 10000, 20);
        const QString number = QString::fromLocal8Bit(m_xvfb.readLine()).trimmed();
        INFO("Xvfb for the SNI host printed no display number");
        REQUIRE(!number.isEmpty());
        m_display = QLatin1Char(':') + number;
    }
    ~HostDisplay()
    {
        m_xvfb.terminate();
        if (!m_xvfb.waitForFinished(3000))
            m_xvfb.kill();
        m_xvfb.waitForFinished(2000);
    }
    HostDisplay(const HostDisplay&) = delete;
    HostDisplay& operator=(const HostDisplay&) = delete;

    QString name() const { return m_display; }
    /*! \brief \a env pointed at this display (no XAUTHORITY: the server has no access control, only local use). */
    QProcessEnvironment environment(QProcessEnvironment env) const
    {
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.remove(QStringLiteral("XAUTHORITY"));
        return env;
    }

private:
    QProcess m_xvfb;
    QString m_display;
};

/*!
 * \brief xfconfd and xfce4-panel on \a busAddress and a HostDisplay of their own, with their own XDG_CONFIG_HOME.
 * xfconfd is started here rather than D-Bus activated so that it reads this config, not the session's. Stopping
 * waits until the watcher is gone (the app has to be on display() too: its menus and windows are X windows).
 */
class SniHost {
public:
    SniHost(const QDBusConnection& bus, const QString& busAddress, const QString& dir, const QString& logDir)
        : m_bus(bus)
    {
        REQUIRE(QDir().mkpath(dir));
        const QString configHome = QDir(dir).filePath(QStringLiteral("xfce-config"));
        writePanelConfig(configHome);
        QProcessEnvironment env = m_display.environment(QProcessEnvironment::systemEnvironment());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        env.remove(QStringLiteral("SESSION_MANAGER"));
        // GTK would activate the accessibility bus on the session bus and leave it running after the test.
        env.insert(QStringLiteral("NO_AT_BRIDGE"), QStringLiteral("1"));
        env.insert(QStringLiteral("GTK_A11Y"), QStringLiteral("none"));
        const QString tag = QFileInfo(dir).fileName();
        const QDir logs(logDir);
        INFO("another org.kde.StatusNotifierWatcher is on the bus before ours started");
        REQUIRE_FALSE(hasOwner(m_bus, kWatcher));
        m_xfconfd = std::make_unique<Child>(kXfconfd, QStringList(), env,
                                            logs.filePath(tag + QStringLiteral("-xfconfd.log")));
        REQUIRE(m_xfconfd->started());
        INFO("xfconfd did not take org.xfce.Xfconf");
        REQUIRE(waitUntil([&] { return hasOwner(m_bus, QStringLiteral("org.xfce.Xfconf")); }, 5000, 50));
        m_panel = std::make_unique<Child>(QStringLiteral("xfce4-panel"),
                                          QStringList { QStringLiteral("--disable-wm-check") }, env,
                                          logs.filePath(tag + QStringLiteral("-xfce4-panel.log")));
        REQUIRE(m_panel->started());
        INFO("xfce4-panel's systray did not register org.kde.StatusNotifierWatcher with a host");
        REQUIRE(waitUntil([&] { return hasOwner(m_bus, kWatcher) && hostRegistered(m_bus); }, 10000, 50));
    }
    ~SniHost()
    {
        // The session's later tests must see no watcher, or their apps would become SNI items nobody shows.
        m_panel.reset();
        waitUntil([&] { return !hasOwner(m_bus, kWatcher); }, 5000, 50);
        CHECK_FALSE(hasOwner(m_bus, kWatcher));
        m_xfconfd.reset();
        // m_display goes last, after everything that draws on it.
    }
    SniHost(const SniHost&) = delete;
    SniHost& operator=(const SniHost&) = delete;

    bool running() const { return m_panel->running(); }
    const HostDisplay& display() const { return m_display; }

private:
    QDBusConnection m_bus;
    HostDisplay m_display;
    std::unique_ptr<Child> m_xfconfd;
    std::unique_ptr<Child> m_panel;
};

/*! \brief The app's item among the watcher's entries: its service belongs to the app's process id. */
inline std::optional<ItemAddress> appItem(const QDBusConnection& bus, qint64 pid)
{
    for (const QString& entry : registeredItems(bus)) {
        const ItemAddress a = itemAddress(entry);
        if (bus.interface()->servicePid(a.service).value() == uint(pid))
            return a;
    }
    return std::nullopt;
}
} // namespace snitest
