// End-to-end notification test: the real `modelpulse` binary, with its notifications ON, talks to the real dunst on
// the session bus of tests/support/headless-session.sh while two simulated providers in this process (the status
// page on one port, the API on another, so that "offline" has the two failing endpoints the connectivity check needs)
// play one story: Opus fails (529) → partial, then major outage; the official page posts an incident naming Opus;
// a maintenance is announced ahead of time, starts and ends; the incident is resolved and Opus recovers; the network
// goes away and comes back. (Recovery before offline: back online, probes wait a fixed 60 s grace period.)
// Every Notify is captured from the bus with dbus-monitor and the exact sequence asserted — summary, body, urgency,
// actions, replaces_id, resident/expire_timeout — in English and in Korean (each run with a fresh HOME). The alarm's
// default action is invoked through dunst (its org.dunstproject.cmd0 NotificationAction, what `dunstctl action`
// calls), and the app must open the model's details window. Run it with
//   tests/support/headless-session.sh build/ci/tests/gui/test_e2e_notifications
// Outside that session it fails loudly; it never skips. The captured sequences are printed (WARN) and written
// unwrapped to notify-en.txt / notify-ko.txt in the build's e2e-screenshots/, with the app's logs.
#include "e2eapp.h"
#include "notifycapture.h"
#include "notifywords.h"
#include "simpagebuilder.h"
#include "simprovider.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

#include <functional>

using notifycapture::BusEvent;
using notifycapture::Capture;
using notifycapture::NotifyCall;
using notifywords::Words;

namespace {
const QString kOpus = QStringLiteral("claude-opus-4-5");
const QString kSonnet = QStringLiteral("claude-sonnet-4-5");
const QString kKey = QStringLiteral("sk-ant-e2e-notify-0123456789");
const QString kApiComponent = QStringLiteral("k8w3r06qmzrp"); // "Claude API (api.anthropic.com)"
const QString kConsoleComponent = QStringLiteral("0qbwn08sd68x"); // "platform.claude.com"
const QString kIncidentId = QStringLiteral("e2einc000001");
const QString kIncidentName = QStringLiteral("Elevated errors on Claude Opus 4.5");
const QString kMaintenanceId = QStringLiteral("e2emnt000001");
const QString kMaintenanceName = QStringLiteral("Console database upgrade");

void requireHeadlessSession()
{
    INFO("run this test under tests/support/headless-session.sh (Xvfb + dunst + D-Bus session bus); platform "
         << QGuiApplication::platformName().toStdString() << ", DISPLAY " << qgetenv("DISPLAY").toStdString()
         << ", DBUS_SESSION_BUS_ADDRESS " << qgetenv("DBUS_SESSION_BUS_ADDRESS").toStdString());
    REQUIRE(qEnvironmentVariableIsSet("MODELPULSE_HEADLESS_SESSION"));
    REQUIRE(!qEnvironmentVariableIsEmpty("DISPLAY"));
    REQUIRE(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    REQUIRE(QGuiApplication::platformName() == QStringLiteral("xcb"));
    REQUIRE(QFile::exists(QStringLiteral(MODELPULSE_EXE)));
}

QString outDir()
{
    const QString dir = QStringLiteral(MODELPULSE_E2E_OUT);
    QDir().mkpath(dir);
    return dir;
}

/*! \brief Runs a short tool synchronously and returns its stdout (\a exitCode -1 when it did not finish). */
QString tool(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool done = p.waitForFinished(5000);
    if (!done) {
        p.kill();
        p.waitForFinished(1000);
    }
    if (exitCode)
        *exitCode = done && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

using e2e::waitUntil;

using e2e::App;

/*!
 * \brief Own HOME and XDG dirs, the test key, C locale. No settings file: every notification kind is on by default
 * (test_e2e_tray switches them off; here they are what is tested).
 */
QProcessEnvironment appEnvironment(const QTemporaryDir& home)
{
    return e2e::appEnvironment(home.path(), kKey);
}

QStringList appArgs(const SimProvider& page, const SimProvider& api, const QString& dataDir, const QString& lang)
{
    return { QStringLiteral("--status-url"),
             page.baseUrl().toString(),
             QStringLiteral("--api-url"),
             api.baseUrl().toString(),
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
             QStringLiteral("2000") };
}

QJsonObject incident()
{
    return { { QStringLiteral("id"), kIncidentId },
             { QStringLiteral("name"), kIncidentName },
             { QStringLiteral("status"), QStringLiteral("investigating") },
             { QStringLiteral("impact"), QStringLiteral("critical") },
             { QStringLiteral("components"), QJsonArray { kApiComponent } },
             { QStringLiteral("body"), QStringLiteral("We are investigating elevated errors on Claude Opus 4.5.") } };
}

QJsonObject maintenance(const QString& status, int startsInMinutes)
{
    return { { QStringLiteral("id"), kMaintenanceId },
             { QStringLiteral("name"), kMaintenanceName },
             { QStringLiteral("status"), status },
             { QStringLiteral("impact"), QStringLiteral("maintenance") },
             { QStringLiteral("components"), QJsonArray { kConsoleComponent } },
             { QStringLiteral("starts_in_minutes"), startsInMinutes },
             { QStringLiteral("duration_minutes"), 45 },
             { QStringLiteral("body"), QStringLiteral("We will upgrade the console's database.") } };
}

/*!
 * \brief Serves \a compact (SimPageBuilder form, built now) and returns the page, so the test knows the exact times
 * the app reads (a maintenance's window).
 */
SimPage serve(SimProvider& sim, const QJsonObject& compact)
{
    const SimPage page = SimPageBuilder::build(compact, QDateTime::currentDateTimeUtc());
    sim.setSummaryJson(page.body(QStringLiteral("/api/v2/summary.json")).value());
    return page;
}

int probesFor(const SimProvider& sim, const QString& model)
{
    int n = 0;
    for (const SimRequest& r : sim.requests())
        if (r.path == QLatin1String("/v1/messages") && r.body.contains(model.toUtf8()))
            ++n;
    return n;
}

// ---- what was captured ----

QString describe(const NotifyCall& n)
{
    QStringList actions;
    for (int i = 0; i + 1 < n.actions.size(); i += 2)
        actions << QStringLiteral("%1=\"%2\"").arg(n.actions.at(i), n.actions.at(i + 1));
    QStringList hints;
    for (auto it = n.hints.cbegin(); it != n.hints.cend(); ++it)
        hints << it.key() + QLatin1Char('=') + it.value();
    QString body = n.body;
    body.replace(QLatin1Char('\n'), QLatin1String("\n             "));
    return QStringLiteral("Notify replaces_id=%1 -> id %2, app_name=\"%3\", app_icon=\"%4\", expire_timeout=%5\n"
                          "    summary: %6\n    body:    %7\n    actions: [%8]\n    hints:   {%9}")
        .arg(n.replacesId)
        .arg(n.id)
        .arg(n.appName, n.appIcon)
        .arg(n.expireTimeout)
        .arg(n.summary, body, actions.join(QLatin1String(", ")), hints.join(QLatin1String(", ")));
}

/*!
 * \brief The notification traffic as lines: the app's Notify calls, and closes and actions of the ids they got (the
 * server's signals are broadcast: an earlier run's notification expiring is not this run's story).
 */
QString transcript(const notifycapture::Parser& p)
{
    QSet<uint> ours;
    for (const NotifyCall& n : p.notifies())
        if (n.appName == QLatin1String("ModelPulse"))
            ours.insert(n.id);
    QStringList lines;
    int number = 0;
    for (const BusEvent& e : p.events()) {
        if (e.kind == BusEvent::Kind::Notify ? p.notifies().at(e.notify).appName != QLatin1String("ModelPulse")
                                             : !ours.contains(e.id))
            continue;
        switch (e.kind) {
        case BusEvent::Kind::Notify:
            lines << QStringLiteral("#%1 ").arg(++number) + describe(p.notifies().at(e.notify));
            break;
        case BusEvent::Kind::Close:
            lines << QStringLiteral("   CloseNotification id %1 (from %2)").arg(e.id).arg(e.sender);
            break;
        case BusEvent::Kind::Closed:
            lines << QStringLiteral("   NotificationClosed id %1 reason %2%3")
                         .arg(e.id)
                         .arg(e.reason)
                         .arg(e.reason == 1       ? QStringLiteral(" (expired)")
                                  : e.reason == 2 ? QStringLiteral(" (dismissed)")
                                  : e.reason == 3 ? QStringLiteral(" (closed by CloseNotification)")
                                                  : QString());
            break;
        case BusEvent::Kind::Action:
            lines << QStringLiteral("   ActionInvoked id %1 \"%2\"").arg(e.id).arg(e.action);
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

/*! \brief The app's Notify calls seen so far (the app names itself "ModelPulse"). */
QVector<NotifyCall> appNotifies(Capture& bus)
{
    QVector<NotifyCall> out;
    for (const NotifyCall& n : bus.parsed().notifies())
        if (n.appName == QLatin1String("ModelPulse"))
            out << n;
    return out;
}

/*! \brief Waits until the app has sent \a count Notify calls and the server answered the last one. */
bool waitForNotifies(Capture& bus, int count, int timeoutMs)
{
    return waitUntil(
        [&] {
            const auto n = appNotifies(bus);
            return n.size() >= count && n.at(count - 1).id != 0;
        },
        timeoutMs, 100);
}

/*! \brief The notification \a id left the screen: the app closed it, or dunst let it expire. */
bool closedOnBus(Capture& bus, uint id)
{
    for (const BusEvent& e : bus.parsed().events())
        if ((e.kind == BusEvent::Kind::Close || e.kind == BusEvent::Kind::Closed) && e.id == id)
            return true;
    return false;
}

/*! \brief The visible top-level window named \a title (xdotool search matches a regex on the name). */
bool windowTitled(const QString& title)
{
    // Searched by the ASCII part (the title may be Korean), then compared exactly.
    const QString ids = tool(QStringLiteral("xdotool"),
                             { QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                               QStringLiteral("Claude Opus") });
    for (const QString& id : ids.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (tool(QStringLiteral("xdotool"), { QStringLiteral("getwindowname"), id }).trimmed() == title)
            return true;
    return false;
}

// ---- one run of the story ----

struct Run {
    QVector<NotifyCall> notifies; //!< the app's, in order
    QString transcript; //!< everything on the bus about notifications, printable
    SimPage noticePage; //!< the page that announced the maintenance ahead of time
    SimPage startedPage; //!< the page with the maintenance in progress
    bool detailsOpened = false;
    uint actionInvokedOn = 0; //!< the id dunst's ActionInvoked named
    QString actionInvoked;
    bool maintenanceClosed = false;
    bool offlineClosed = false;
    qint64 ms = 0;
};

Run runStory(const QString& lang, const QString& detailsTitle)
{
    QElapsedTimer clock;
    clock.start();
    Run run;

    SimProvider page;
    SimProvider api;
    REQUIRE(page.listen());
    REQUIRE(api.listen());
    api.setModels(QStringList { kOpus, kSonnet });
    api.setExpectedApiKey(kKey);
    api.setModelBehaviour(kOpus, ModelBehaviour::ok(20));
    api.setModelBehaviour(kSonnet, ModelBehaviour::ok(20));
    serve(page, QJsonObject { { QStringLiteral("indicator"), QStringLiteral("none") } });

    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString dataDir = home.filePath(QStringLiteral("appdata"));

    Capture bus;
    // A failed wait says what it waited for and what the bus carried until then.
    const auto require = [&](bool ok, const char* what) {
        if (!ok)
            FAIL(lang.toStdString() << ": " << what << "; captured so far:\n"
                                    << transcript(bus.parsed()).toStdString());
    };
    require(waitUntil([&] { return bus.ready(); }, 5000, 50), "dbus-monitor did not start monitoring the session bus");

    App app(QStringLiteral(MODELPULSE_EXE), appArgs(page, api, dataDir, lang), appEnvironment(home),
            QDir(outDir()).filePath(QStringLiteral("notify-%1.log").arg(lang)));
    REQUIRE(app.started());

    // 0. Both models answer, the page is green: nothing to say.
    REQUIRE(waitUntil([&] { return probesFor(api, kOpus) >= 1 && probesFor(api, kSonnet) >= 1; }, 15000));
    QTest::qWait(500);
    CHECK(appNotifies(bus).isEmpty());

    // 1. Opus answers 529, the page stays green: two failures → partial outage, two more → major, one alarm updated in
    // place (ahead of the official page).
    api.setModelBehaviour(kOpus, ModelBehaviour::error(529));
    require(waitForNotifies(bus, 2, 20000), "no partial and major outage alarm for Opus");

    // 2. The page posts a critical incident naming Opus: the same alarm is updated (one story), no incident notice.
    serve(page, QJsonObject { { QStringLiteral("incidents"), QJsonArray { incident() } } });
    require(waitForNotifies(bus, 3, 10000), "the alarm was not updated with the official incident");
    const uint alarmId = appNotifies(bus).at(2).id;

    // 3. Through dunst: "do action" on the first displayed notification (the alarm, the only one on screen) invokes
    // its default action — Details — and the app opens Opus's details window.
    QTest::qWait(300); // let dunst display the update
    int rc = -1;
    tool(QStringLiteral("dunstctl"), { QStringLiteral("action"), QStringLiteral("0") }, &rc);
    CHECK(rc == 0);
    waitUntil(
        [&] {
            for (const BusEvent& e : bus.parsed().events())
                if (e.kind == BusEvent::Kind::Action) {
                    run.actionInvokedOn = e.id;
                    run.actionInvoked = e.action;
                }
            return run.actionInvokedOn != 0;
        },
        3000);
    run.detailsOpened = waitUntil([&] { return windowTitled(detailsTitle); }, 5000, 200);
    CHECK(alarmId != 0);

    // 4. A maintenance of the console is scheduled in 30 min: a notice ahead of time. It starts: the notice is
    // replaced by "maintenance started". It ends (no longer listed): that notification is withdrawn.
    run.noticePage = serve(page,
                           QJsonObject { { QStringLiteral("incidents"), QJsonArray { incident() } },
                                         { QStringLiteral("maintenances"),
                                           QJsonArray { maintenance(QStringLiteral("scheduled"), 30) } } });
    require(waitForNotifies(bus, 4, 10000), "no maintenance notice");
    run.startedPage = serve(page,
                            QJsonObject { { QStringLiteral("incidents"), QJsonArray { incident() } },
                                          { QStringLiteral("maintenances"),
                                            QJsonArray { maintenance(QStringLiteral("in_progress"), -1) } } });
    require(waitForNotifies(bus, 5, 10000), "no 'maintenance started'");
    const uint maintenanceId = appNotifies(bus).at(4).id;
    serve(page, QJsonObject { { QStringLiteral("incidents"), QJsonArray { incident() } } });
    run.maintenanceClosed = waitUntil([&] { return closedOnBus(bus, maintenanceId); }, 10000);

    // 5. The incident is resolved and Opus answers again: the alarm is replaced by the recovery, with how long the
    // outage lasted. (Before the offline spell, not after it: back online, the probes wait out a grace period of
    // 60 s — ProbeScheduleConfig::graceMs, no option shortens it — before they count again.)
    serve(page, QJsonObject { { QStringLiteral("indicator"), QStringLiteral("none") } });
    api.setModelBehaviour(kOpus, ModelBehaviour::ok(20));
    require(waitForNotifies(bus, 6, 15000), "no recovery");

    // 6. The network goes away: page and API both refuse connections (two endpoints: the connectivity check's
    // evidence for "offline"). One notice, low, no buttons.
    page.setOffline(SimStep::Offline::Refuse);
    api.setOffline(SimStep::Offline::Refuse);
    require(waitForNotifies(bus, 7, 30000), "no 'you are offline'");
    const uint offlineId = appNotifies(bus).at(6).id;

    // 7. It comes back: the first good poll says so, and the offline notice is withdrawn (CloseNotification) —
    // unless dunst let it expire first (10 s for a low notification), which the transcript shows.
    page.setOffline(SimStep::Offline::No);
    api.setOffline(SimStep::Offline::No);
    run.offlineClosed = waitUntil([&] { return closedOnBus(bus, offlineId); }, 15000);
    QTest::qWait(1500); // more polls say nothing new
    CHECK(app.running());
    app.stop();
    bus.stop();

    run.notifies = appNotifies(bus);
    run.transcript = transcript(bus.parsed());
    run.ms = clock.elapsed();
    return run;
}

// ---- what it must have said ----

QString localTime(const Words& w, const QJsonObject& maintenance, const char* field)
{
    const QDateTime t = QDateTime::fromString(maintenance.value(QLatin1String(field)).toString(), Qt::ISODateWithMs);
    return w.locale.toString(t.toLocalTime(), QLocale::ShortFormat);
}

/*! \brief The transcript unwrapped (Catch wraps its messages at 80 columns), for quoting: notify-LANG.txt. */
void saveTranscript(const Run& run, const QString& lang)
{
    QFile f(QDir(outDir()).filePath(QStringLiteral("notify-%1.txt").arg(lang)));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(run.transcript.toUtf8() + '\n');
}

void checkStory(const Run& run, const Words& w)
{
    INFO("captured:\n" << run.transcript.toStdString());
    REQUIRE(run.notifies.size() == 7);
    const QVector<NotifyCall>& n = run.notifies;
    const QString opus = QStringLiteral("Claude Opus 4.5");
    const QStringList alarmActions { QStringLiteral("default"), w.details, QStringLiteral("details"), w.details,
                                     QStringLiteral("snooze"),  w.snooze,  QStringLiteral("status"),  w.statusPage };
    const QStringList statusActions { QStringLiteral("default"), w.statusPage, QStringLiteral("status"), w.statusPage };
    const QStringList detailsActions { QStringLiteral("default"), w.details, QStringLiteral("details"), w.details };

    for (const NotifyCall& c : n) {
        CHECK(c.appIcon == QStringLiteral("modelpulse"));
        CHECK(c.hints.value(QStringLiteral("desktop-entry")) == QStringLiteral("string \"modelpulse\""));
        CHECK(c.id != 0);
    }

    // #1 partial outage, ahead of the page: resident, normal urgency, a new notification.
    CHECK(n[0].replacesId == 0);
    CHECK(n[0].summary == w.alarm.arg(opus, w.partial));
    CHECK(n[0].body == w.ahead + QLatin1Char('\n') + w.failures.arg(2));
    CHECK(n[0].urgency() == 1);
    CHECK(n[0].resident());
    CHECK(n[0].expireTimeout == 0);
    CHECK(n[0].actions == alarmActions);
    // #2 major outage: the same notification, critical, still resident.
    CHECK(n[1].replacesId == n[0].id);
    CHECK(n[1].summary == w.alarm.arg(opus, w.major));
    CHECK(n[1].body == w.ahead + QLatin1Char('\n') + w.failures.arg(4));
    CHECK(n[1].urgency() == 2);
    CHECK(n[1].resident());
    CHECK(n[1].expireTimeout == 0);
    CHECK(n[1].actions == alarmActions);
    // #3 the official incident joins the story: the same notification again, no incident notice of its own.
    CHECK(n[2].replacesId == n[0].id);
    CHECK(n[2].summary == w.alarm.arg(opus, w.major));
    // The official incident is named once; then the probe side (its failure count by then depends on timing).
    const QStringList failures = w.failures.split(QStringLiteral("%1"));
    const QRegularExpression incidentBody(QRegularExpression::escape(w.continues + QLatin1Char('\n')
                                                                     + w.officialIncident.arg(kIncidentName)
                                                                     + QLatin1Char('\n') + failures.value(0))
                                          + QStringLiteral("(\\d+)") + QRegularExpression::escape(failures.value(1)));
    const auto incidentMatch = incidentBody.match(n[2].body);
    INFO("incident update body: " << n[2].body.toStdString());
    CHECK(incidentMatch.hasMatch());
    CHECK(incidentMatch.capturedStart() == 0);
    CHECK(incidentMatch.capturedLength() == n[2].body.size());
    CHECK(incidentMatch.captured(1).toInt() >= 4);
    CHECK(n[2].urgency() == 2);
    CHECK(n[2].resident());
    CHECK(n[2].expireTimeout == 0);
    CHECK(n[2].actions == alarmActions);
    // The server kept the id for every update.
    CHECK(n[1].id == n[0].id);
    CHECK(n[2].id == n[0].id);

    // Details through dunst: dunst invoked "default" on the alarm, and the app opened the details window.
    CHECK(run.actionInvokedOn == n[0].id);
    CHECK(run.actionInvoked == QStringLiteral("default"));
    INFO("expected a window titled " << w.detailsWindow.arg(opus).toStdString());
    CHECK(run.detailsOpened);

    // #4 maintenance ahead of time; #5 started, replacing it.
    const QJsonObject ahead = run.noticePage.maintenances.first().toObject();
    const QJsonObject started = run.startedPage.maintenances.first().toObject();
    CHECK(n[3].replacesId == 0);
    CHECK(n[3].summary == w.maintenanceIn.arg(w.minutes.arg(30), kMaintenanceName));
    CHECK(n[3].body
          == w.scheduledFromTo.arg(localTime(w, ahead, "scheduled_for"), localTime(w, ahead, "scheduled_until"))
              + QLatin1Char('\n') + w.affects.arg(QStringLiteral("platform.claude.com")));
    CHECK(n[3].urgency() == 0);
    CHECK_FALSE(n[3].resident());
    CHECK(n[3].expireTimeout == -1);
    CHECK(n[3].actions == statusActions);
    CHECK(n[4].replacesId == n[3].id);
    CHECK(n[4].summary == w.started.arg(kMaintenanceName));
    CHECK(n[4].body
          == w.scheduledUntil.arg(localTime(w, started, "scheduled_until")) + QLatin1Char('\n')
              + w.affects.arg(QStringLiteral("platform.claude.com")));
    CHECK(n[4].urgency() == 0);
    CHECK_FALSE(n[4].resident());
    CHECK(n[4].expireTimeout == -1);
    CHECK(n[4].actions == statusActions);
    CHECK(run.maintenanceClosed);

    // #6 recovery: replaces the alarm, says how long, not resident.
    const qint64 outageSecs = qint64(n[5].at - n[0].at + 0.5);
    const int minutes = int(std::max<qint64>(1, (outageSecs + 30) / 60));
    INFO("outage announced " << outageSecs << " s before the recovery");
    CHECK(n[5].replacesId == n[0].id);
    CHECK(n[5].id == n[0].id);
    CHECK(n[5].summary == w.backAfter.arg(opus, w.minutes.arg(minutes)));
    CHECK(n[5].body == w.recoveredFrom.arg(w.major));
    CHECK(n[5].urgency() == 0);
    CHECK_FALSE(n[5].resident());
    CHECK(n[5].expireTimeout == -1);
    CHECK(n[5].actions == detailsActions);

    // #7 offline: a new, low notification with no buttons, gone when the network is back.
    CHECK(n[6].replacesId == 0);
    CHECK(n[6].summary == w.offlineTitle);
    CHECK(n[6].body == w.offlineBody.arg(QStringLiteral("127.0.0.1")));
    CHECK(n[6].urgency() == 0);
    CHECK_FALSE(n[6].resident());
    CHECK(n[6].expireTimeout == -1);
    CHECK(n[6].actions.isEmpty());
    CHECK(run.offlineClosed);
}
} // namespace

TEST_CASE("e2e: the real modelpulse tells outage, incident, maintenance, offline and recovery through dunst, in en "
          "and ko",
          "[realtray][e2e][notify]")
{
    requireHeadlessSession();
    {
        int rc = -1;
        tool(QStringLiteral("dunstctl"), { QStringLiteral("is-paused") }, &rc);
        INFO("dunst does not answer on the session bus (dunstctl is-paused failed)");
        REQUIRE(rc == 0);
    }
    QElapsedTimer total;
    total.start();

    const Words en = notifywords::english();
    const Run english = runStory(QStringLiteral("en"), en.detailsWindow.arg(QStringLiteral("Claude Opus 4.5")));
    saveTranscript(english, QStringLiteral("en"));
    WARN("English Notify sequence (" << english.ms << " ms):\n" << english.transcript.toStdString());
    checkStory(english, en);

    const Words ko = notifywords::korean();
    const Run korean = runStory(QStringLiteral("ko"), ko.detailsWindow.arg(QStringLiteral("Claude Opus 4.5")));
    saveTranscript(korean, QStringLiteral("ko"));
    WARN("Korean Notify sequence (" << korean.ms << " ms):\n" << korean.transcript.toStdString());
    checkStory(korean, ko);

    WARN("e2e notification test took " << total.elapsed() << " ms");
    CHECK(total.elapsed() < 120000);
}
