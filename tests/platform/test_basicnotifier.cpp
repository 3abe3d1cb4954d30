// BasicNotifier: the fallback hands notifications to the tray's showMessage and reports a balloon click.
#include "basicnotifier.h"
#include "platformtesthelpers.h"

TEST_CASE("the fallback passes notifications to the callback and reports clicks", "[notify][platform]")
{
    QVector<Notification> shown;
    BasicNotifier notifier([&](const Notification& n) { shown.append(n); });
    QString clickedKey;
    QString clickedAction;
    QUrl clickedUrl;
    QObject::connect(&notifier, &Notifier::actionInvoked, [&](const QString& k, const QString& a, const QUrl& u) {
        clickedKey = k;
        clickedAction = a;
        clickedUrl = u;
    });
    notifier.activateLast(); // nothing shown yet: nothing to report
    CHECK(clickedKey.isEmpty());

    Notification n;
    n.key = QStringLiteral("model:claude-opus-4-5");
    n.title = QStringLiteral("Claude Opus 4.5: Partial outage");
    n.body = QStringLiteral("5 < 6 & 7"); // plain text for a balloon: passed as is
    n.url = QUrl(QStringLiteral("https://status.claude.com"));
    notifier.notify(n);
    REQUIRE(shown.size() == 1);
    CHECK(shown.first() == n);
    notifier.activateLast();
    CHECK(clickedKey == n.key);
    CHECK(clickedAction == NotificationAction::statusPage()); // no buttons: a click opens the page
    CHECK(clickedUrl == n.url);

    // With buttons, a click on the balloon is the first of them (a model alarm: its details).
    n.actions = { { NotificationAction::details(), QStringLiteral("Details") },
                  { NotificationAction::snooze(), QStringLiteral("Snooze 1 h") } };
    notifier.notify(n);
    notifier.activateLast();
    CHECK(clickedAction == NotificationAction::details());

    clickedKey.clear();
    notifier.withdraw(n.key);
    notifier.activateLast();
    CHECK(clickedKey.isEmpty());
}
