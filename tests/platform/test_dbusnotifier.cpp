// DBusNotifier against a REAL notification server: dunst on the session bus of tests/support/headless-session.sh.
// dunst's own org.dunstproject.cmd0 interface is the witness: its history shows what it really received.
#include "linux/dbusnotifier.h"
#include "platformtesthelpers.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusReply>
#include <QUuid>

using platformtest::waitFor;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kDunst = QStringLiteral("org.dunstproject.cmd0");

QDBusMessage callDunst(const QString& method, const QVariantList& args = {})
{
    QDBusMessage m = QDBusMessage::createMethodCall(kService, kPath, kDunst, method);
    m.setArguments(args);
    return QDBusConnection::sessionBus().call(m, QDBus::Block, 5000);
}

struct HistoryEntry {
    uint id = 0;
    QString appname, summary, body;
    qint64 timeout = -1; //!< dunst's timeout for the notification's urgency: critical → 0 (stays), others > 0
};

// dunst 1.9 NotificationListHistory: aa{sv} with id, appname, summary, body (as received), timeout, …
// It lists only closed notifications (TESTENV.md).
QVector<HistoryEntry> readHistory()
{
    const QDBusMessage reply = callDunst(QStringLiteral("NotificationListHistory"));
    REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
    QVector<HistoryEntry> out;
    const QDBusArgument arg = reply.arguments().value(0).value<QDBusArgument>();
    arg.beginArray();
    while (!arg.atEnd()) {
        QVariantMap raw;
        arg >> raw;
        HistoryEntry e;
        e.id = raw.value(QStringLiteral("id")).toUInt();
        e.appname = raw.value(QStringLiteral("appname")).toString();
        e.summary = raw.value(QStringLiteral("summary")).toString();
        e.body = raw.value(QStringLiteral("body")).toString();
        e.timeout = raw.value(QStringLiteral("timeout")).toLongLong();
        out.append(e);
    }
    arg.endArray();
    return out;
}

QVector<HistoryEntry> closeAllAndReadHistory()
{
    REQUIRE(callDunst(QStringLiteral("NotificationCloseAll")).type() == QDBusMessage::ReplyMessage);
    return readHistory();
}

QString unique(const char* what)
{
    return QLatin1String(what) + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

uint waitShown(DBusNotifier& n, const QString& key)
{
    uint id = 0;
    auto c = QObject::connect(&n, &DBusNotifier::shown, &n, [&](const QString& k, uint i) {
        if (k == key)
            id = i;
    });
    waitFor([&] { return id != 0; }, 5000);
    QObject::disconnect(c);
    return id;
}

} // namespace

TEST_CASE("dunst receives the notification and an update replaces it in place", "[notify][platform]")
{
    platformtest::requireHeadlessSession();
    platformtest::requireBusName(kService);
    REQUIRE(platformtest::ownerProcessName(kService) == QLatin1String("dunst"));
    REQUIRE(DBusNotifier::isServiceAvailable());
    closeAllAndReadHistory(); // start from a known state

    DBusNotifier notifier;
    QString failure;
    QObject::connect(&notifier, &DBusNotifier::failed, [&](const QString&, const QString& r) { failure = r; });

    Notification n;
    n.key = QStringLiteral("model:claude-opus-4-5");
    n.title = unique("Claude Opus 4.5: Partial outage");
    n.body = unique("5 < 6 & 7 > 3 <b>not bold</b>");
    n.urgency = NotificationUrgency::Normal;
    n.url = QUrl(QStringLiteral("https://stspg.io/example"));
    notifier.notify(n);
    const uint first = waitShown(notifier, n.key);
    INFO(failure.toStdString());
    REQUIRE(first != 0);
    CHECK(notifier.notificationId(n.key) == first);

    Notification update = n;
    update.title = unique("Claude Opus 4.5: Major outage");
    update.body = unique("still failing <i>& worse</i>");
    update.urgency = NotificationUrgency::Critical;
    notifier.notify(update);
    const uint second = waitShown(notifier, n.key);
    CHECK(second == first); // replaces_id reused: dunst updated the same notification

    const auto history = closeAllAndReadHistory();
    int ours = 0;
    for (const auto& e : history) {
        // This test's two titles only: dunst's history also holds what earlier tests in the session showed.
        if (e.appname != QLatin1String("ModelPulse") || (e.summary != n.title && e.summary != update.title))
            continue;
        ++ours;
        CHECK(e.id == first);
        CHECK(e.summary == update.title);
        CHECK(e.timeout == 0); // dunst keeps critical notifications until dismissed: the urgency hint arrived
        CHECK(e.body == DBusNotifier::escapeMarkup(update.body));
    }
    CHECK(ours == 1); // one notification on screen, not two stacked

    // The escaping itself, independent of what dunst does with it when rendering.
    CHECK(DBusNotifier::escapeMarkup(n.body).contains(
        QLatin1String("5 &lt; 6 &amp; 7 &gt; 3 &lt;b&gt;not bold&lt;/b&gt;")));
}

TEST_CASE("the escaped body reaches dunst intact", "[notify][platform]")
{
    platformtest::requireHeadlessSession();
    platformtest::requireBusName(kService);
    closeAllAndReadHistory();
    DBusNotifier notifier;
    Notification n;
    n.key = QStringLiteral("incident:esc");
    n.title = unique("Official incident");
    n.body = QStringLiteral("Errors for <Claude> & friends ") + unique("x");
    notifier.notify(n);
    REQUIRE(waitShown(notifier, n.key) != 0);
    bool found = false;
    for (const auto& e : closeAllAndReadHistory()) {
        if (e.summary != n.title)
            continue;
        found = true;
        // dunst keeps the body as received: escaped, so its markup renderer shows "<Claude>" as text.
        CHECK(e.body.startsWith(QLatin1String("Errors for &lt;Claude&gt; &amp; friends ")));
        CHECK(e.timeout > 0); // normal urgency: expires
    }
    CHECK(found);
}

TEST_CASE("withdraw closes the notification on the server", "[notify][platform]")
{
    platformtest::requireHeadlessSession();
    platformtest::requireBusName(kService);
    closeAllAndReadHistory();
    DBusNotifier notifier;
    Notification n;
    n.key = QStringLiteral("maintenance:w");
    n.title = unique("Maintenance started");
    n.body = unique("withdraw me");
    platformtest::ClosedRecorder recorder;
    REQUIRE(recorder.attach());
    notifier.notify(n);
    const uint id = waitShown(notifier, n.key);
    REQUIRE(id != 0);
    notifier.withdraw(n.key);
    CHECK(notifier.notificationId(n.key) == 0);
    // The server itself reports it closed "by a call to CloseNotification" (reason 3).
    CHECK(waitFor([&] { return recorder.closed.contains(qMakePair(id, 3u)); }, 3000));
}

TEST_CASE("invoking the action on the server reports the key, the action and the url", "[notify][platform]")
{
    platformtest::requireHeadlessSession();
    platformtest::requireBusName(kService);
    closeAllAndReadHistory(); // ours will be the only notification displayed
    DBusNotifier notifier;
    QString key;
    QString action;
    QUrl url;
    QObject::connect(&notifier, &Notifier::actionInvoked, [&](const QString& k, const QString& a, const QUrl& u) {
        key = k;
        action = a;
        url = u;
    });
    Notification n;
    n.key = QStringLiteral("model:act");
    n.title = unique("Claude Opus 5: Partial outage");
    n.body = unique("click me");
    n.url = QUrl(QStringLiteral("https://stspg.io/abc"));
    n.actions = { { NotificationAction::details(), QStringLiteral("Details") },
                  { NotificationAction::snooze(), QStringLiteral("Snooze 1 h") },
                  { NotificationAction::statusPage(), QStringLiteral("Open status page") } };
    notifier.notify(n);
    REQUIRE(waitShown(notifier, n.key) != 0);
    waitFor([] { return false; }, 200); // let dunst display it
    // dunst's "do action" on the first displayed notification invokes its "default" action → ActionInvoked; the
    // default is the first button.
    REQUIRE(callDunst(QStringLiteral("NotificationAction"), { QVariant::fromValue(0u) }).type()
            == QDBusMessage::ReplyMessage);
    CHECK(waitFor([&] { return !key.isEmpty(); }, 3000));
    CHECK(key == n.key);
    CHECK(action == NotificationAction::details());
    CHECK(url == n.url);
    closeAllAndReadHistory();
}

TEST_CASE("a resident notification stays until withdrawn, an ordinary one expires", "[notify][platform]")
{
    platformtest::requireHeadlessSession();
    platformtest::requireBusName(kService);
    closeAllAndReadHistory();
    DBusNotifier notifier;
    Notification outage;
    outage.key = QStringLiteral("model:resident");
    outage.title = unique("Claude Opus 5: Partial outage");
    outage.body = unique("still failing");
    outage.resident = true; // normal urgency: only the resident flag keeps it on screen
    Notification notice;
    notice.key = QStringLiteral("maintenance:expires");
    notice.title = unique("Maintenance in 60 min");
    notifier.notify(outage);
    notifier.notify(notice);
    // Both answers may arrive while waiting for the first: wait on the ids, not on the signals.
    REQUIRE(waitFor(
        [&] { return notifier.notificationId(outage.key) != 0 && notifier.notificationId(notice.key) != 0; }, 5000));
    int seen = 0;
    for (const auto& e : closeAllAndReadHistory()) {
        if (e.summary == outage.title) {
            ++seen;
            CHECK(e.timeout == 0); // expire_timeout 0: never expires
        } else if (e.summary == notice.title) {
            ++seen;
            CHECK(e.timeout > 0);
        }
    }
    CHECK(seen == 2);
}
