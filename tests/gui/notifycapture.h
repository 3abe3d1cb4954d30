#pragma once
// What a real notification server was asked, seen from the bus: `dbus-monitor --session` as a child process, its
// text output parsed into Notify calls (with the id the server answered), CloseNotification calls and the server's
// NotificationClosed / ActionInvoked signals, in bus order. Used by the end-to-end notification test.

#include <QByteArray>
#include <QMap>
#include <QPair>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace notifycapture {

/*! \brief One org.freedesktop.Notifications.Notify call as it went over the bus. */
struct NotifyCall {
    QString sender; //!< the caller's unique bus name
    uint serial = 0;
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions; //!< flat id, label, id, label, …
    QMap<QString, QString> hints; //!< key → "type value" as dbus-monitor prints it ("byte 2", "boolean true")
    int expireTimeout = -1;
    uint id = 0; //!< from the server's reply; 0 until it answered
    double at = 0; //!< when it went over the bus (seconds since the epoch, as dbus-monitor stamps it)

    int urgency() const
    {
        const QString u = hints.value(QStringLiteral("urgency"));
        return u.startsWith(QLatin1String("byte ")) ? u.mid(5).toInt() : -1;
    }
    bool resident() const { return hints.value(QStringLiteral("resident")) == QLatin1String("boolean true"); }
};

/*! \brief Anything on the bus that concerns notifications, in the order dbus-monitor saw it. */
struct BusEvent {
    enum class Kind { Notify, Close, Closed, Action };
    Kind kind = Kind::Notify;
    int notify = -1; //!< index into Capture::notifies() for Kind::Notify
    QString sender; //!< caller (Notify, Close)
    uint id = 0; //!< notification id (Close, Closed, Action)
    uint reason = 0; //!< NotificationClosed: 1 expired, 2 dismissed, 3 closed by a call, 4 undefined
    QString action; //!< ActionInvoked's action key
};

/*! \brief Parses dbus-monitor's text output (only complete messages). */
class Parser {
public:
    void parse(const QString& text)
    {
        m_notifies.clear();
        m_events.clear();
        static const QRegularExpression header(
            QStringLiteral(R"(^(method call|method return|signal|error) time=(\S+) sender=(\S+) -> destination=(.+?) )"
                           R"(serial=(\d+)(?: reply_serial=(\d+))?(?: path=[^;]*; interface=([^;]*); member=(\S+))?$)"),
            QRegularExpression::MultilineOption);
        struct Block {
            QRegularExpressionMatch head;
            QString content;
        };
        QVector<Block> blocks;
        for (auto it = header.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (!blocks.isEmpty())
                blocks.last().content = text.mid(blocks.last().head.capturedEnd() + 1,
                                                 m.capturedStart() - blocks.last().head.capturedEnd() - 1);
            blocks.append({ m, {} });
        }
        if (!blocks.isEmpty()) {
            // The last message is complete once dbus-monitor wrote its final newline (it flushes per message).
            const int from = blocks.last().head.capturedEnd() + 1;
            blocks.last().content = text.endsWith(QLatin1Char('\n')) ? text.mid(from) : QString();
        }
        QMap<QPair<QString, uint>, uint> replies; // (destination, reply_serial) → uint32 answered
        static const QRegularExpression uintReply(QStringLiteral(R"(^   uint32 (\d+)\s*$)"));
        for (const Block& b : blocks) {
            if (b.head.captured(1) == QLatin1String("method return")) {
                const auto r = uintReply.match(b.content);
                if (r.hasMatch())
                    replies.insert({ b.head.captured(4), b.head.captured(6).toUInt() }, r.captured(1).toUInt());
            }
        }
        for (const Block& b : blocks) {
            const QString type = b.head.captured(1);
            const QString iface = b.head.captured(7);
            const QString member = b.head.captured(8);
            if (iface != QLatin1String("org.freedesktop.Notifications"))
                continue;
            BusEvent e;
            e.sender = b.head.captured(3);
            if (type == QLatin1String("method call") && member == QLatin1String("Notify")) {
                auto n = parseNotify(b.content);
                if (!n)
                    continue;
                n->sender = e.sender;
                n->serial = b.head.captured(5).toUInt();
                n->at = b.head.captured(2).toDouble();
                n->id = replies.value({ n->sender, n->serial }, 0);
                e.kind = BusEvent::Kind::Notify;
                e.notify = int(m_notifies.size());
                m_notifies.append(*n);
            } else if (type == QLatin1String("method call") && member == QLatin1String("CloseNotification")) {
                static const QRegularExpression arg(QStringLiteral(R"(^   uint32 (\d+))"));
                const auto m = arg.match(b.content);
                if (!m.hasMatch())
                    continue;
                e.kind = BusEvent::Kind::Close;
                e.id = m.captured(1).toUInt();
            } else if (type == QLatin1String("signal") && member == QLatin1String("NotificationClosed")) {
                static const QRegularExpression args(QStringLiteral(R"(^   uint32 (\d+)\n   uint32 (\d+))"));
                const auto m = args.match(b.content);
                if (!m.hasMatch())
                    continue;
                e.kind = BusEvent::Kind::Closed;
                e.id = m.captured(1).toUInt();
                e.reason = m.captured(2).toUInt();
            } else if (type == QLatin1String("signal") && member == QLatin1String("ActionInvoked")) {
                static const QRegularExpression args(QStringLiteral(R"re(^   uint32 (\d+)\n   string "(.*)"\s*$)re"));
                const auto m = args.match(b.content);
                if (!m.hasMatch())
                    continue;
                e.kind = BusEvent::Kind::Action;
                e.id = m.captured(1).toUInt();
                e.action = m.captured(2);
            } else {
                continue;
            }
            m_events.append(e);
        }
    }

    const QVector<NotifyCall>& notifies() const { return m_notifies; }
    const QVector<BusEvent>& events() const { return m_events; }

private:
    // dbus-monitor prints strings raw (no escaping; a body's newlines are newlines): the signature (susssasa{sv}i)
    // tells where each argument ends.
    static std::optional<NotifyCall> parseNotify(const QString& content)
    {
        static const QRegularExpression call(
            QStringLiteral(R"re(^   string "([\s\S]*?)"\n   uint32 (\d+)\n   string "([\s\S]*?)"\n)re"
                           R"re(   string "([\s\S]*?)"\n   string "([\s\S]*?)"\n   array \[\n([\s\S]*?)   \]\n)re"
                           R"re(   array \[\n([\s\S]*?)   \]\n   int32 (-?\d+)\s*$)re"));
        const auto m = call.match(content);
        if (!m.hasMatch())
            return std::nullopt;
        NotifyCall n;
        n.appName = m.captured(1);
        n.replacesId = m.captured(2).toUInt();
        n.appIcon = m.captured(3);
        n.summary = m.captured(4);
        n.body = m.captured(5);
        static const QRegularExpression action(QStringLiteral(R"re(^      string "(.*)"$)re"),
                                               QRegularExpression::MultilineOption);
        for (auto it = action.globalMatch(m.captured(6)); it.hasNext();)
            n.actions << it.next().captured(1);
        static const QRegularExpression hint(
            QStringLiteral(R"re(dict entry\(\n\s+string "([^"]*)"\n\s+variant\s+(\w+ .*)\n\s+\))re"));
        for (auto it = hint.globalMatch(m.captured(7)); it.hasNext();) {
            const auto h = it.next();
            n.hints.insert(h.captured(1), h.captured(2).trimmed());
        }
        n.expireTimeout = m.captured(8).toInt();
        return n;
    }

    QVector<NotifyCall> m_notifies;
    QVector<BusEvent> m_events;
};

/*!
 * \brief dbus-monitor on the session bus, started before the app: Notify and CloseNotification calls, the server's
 * replies and its signals.
 */
class Capture {
public:
    Capture()
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(
            QStringLiteral("dbus-monitor"),
            { QStringLiteral("--session"),
              QStringLiteral("type='method_call',interface='org.freedesktop.Notifications',member='Notify'"),
              QStringLiteral("type='method_call',interface='org.freedesktop.Notifications',member='CloseNotification'"),
              QStringLiteral("type='method_return',sender='org.freedesktop.Notifications'"),
              QStringLiteral("type='signal',interface='org.freedesktop.Notifications'") });
    }
    ~Capture() { stop(); }
    Capture(const Capture&) = delete;
    Capture& operator=(const Capture&) = delete;

    /*! \brief dbus-monitor became a monitor: it prints the NameLost of its own name when it did. */
    bool ready()
    {
        read();
        return m_text.contains(QLatin1String("member=NameLost"));
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        read();
        m_process.terminate();
        if (!m_process.waitForFinished(2000)) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
        read();
    }

    /*! \brief Everything seen so far, parsed. */
    const Parser& parsed()
    {
        read();
        m_parser.parse(m_text);
        return m_parser;
    }
    const QString& text() const { return m_text; }

private:
    // Bytes first: a read may end inside a multi-byte character (Hangul is three bytes).
    void read()
    {
        const QByteArray more = m_process.readAllStandardOutput();
        if (more.isEmpty())
            return;
        m_bytes += more;
        m_text = QString::fromUtf8(m_bytes);
    }

    QProcess m_process;
    QByteArray m_bytes;
    QString m_text;
    Parser m_parser;
};

} // namespace notifycapture
