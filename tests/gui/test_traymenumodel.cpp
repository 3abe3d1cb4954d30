#include "guitestsupport.h"
#include "health/healthevaluator.h"
#include "traymenumodel.h"

#include <catch2/catch.hpp>

namespace {
using Kind = TrayMenuRow::Kind;

const QStringList kServices { QStringLiteral("k8w3r06qmzrp"), QStringLiteral("rwppv331jlwc") };

TrayMenuContext ctx(bool hasKey = true)
{
    TrayMenuContext c;
    c.watchedServices = kServices;
    c.hasKey = hasKey;
    c.now = guitest::now();
    c.statusPageUrl = QUrl(QStringLiteral("https://status.claude.com"));
    return c;
}

QVector<Kind> kinds(const QVector<TrayMenuRow>& rows)
{
    QVector<Kind> out;
    for (const auto& r : rows)
        out << r.kind;
    return out;
}

const TrayMenuRow* findAction(const QVector<TrayMenuRow>& rows, TrayAction action)
{
    for (const auto& r : rows) {
        if (r.action == action)
            return &r;
        for (const auto& c : r.children) {
            if (c.action == action)
                return &c;
        }
    }
    return nullptr;
}

QStringList actionTexts(const QVector<TrayMenuRow>& rows)
{
    QStringList out;
    for (const auto& r : rows) {
        if (r.kind == Kind::Action)
            out << r.text;
    }
    return out;
}

const QVector<HealthState> kAllStates { HealthState::Operational,      HealthState::DegradedPerformance,
                                        HealthState::PartialOutage,    HealthState::MajorOutage,
                                        HealthState::UnderMaintenance, HealthState::Unknown };
} // namespace

TEST_CASE("menu rows come in the documented order for every state", "[traymenu]")
{
    for (HealthState state : kAllStates) {
        INFO(healthStateKey(state).toStdString());
        const auto rows = TrayMenuModel::rows(guitest::snapshot(state), ctx());
        const QVector<Kind> expected { Kind::Header,    Kind::Model,   Kind::Model,   Kind::Model,   Kind::Separator,
                                       Kind::Header,    Kind::Service, Kind::Service, Kind::Service, Kind::Service,
                                       Kind::Separator, Kind::Action,  Kind::Action,  Kind::Action,  Kind::Action,
                                       Kind::Separator, Kind::Action,  Kind::Action,  Kind::Action,  Kind::Action };
        CHECK(kinds(rows) == expected);
        // Every model and service row carries the state from the snapshot, untouched, and is enabled.
        for (int i : { 1, 2, 3 }) {
            CHECK(rows[i].state == state);
            CHECK(rows[i].hasState);
            CHECK(rows[i].enabled);
            CHECK(rows[i].action == TrayAction::ShowModelDetails);
            CHECK(rows[i].text.contains(healthStateText(state)));
        }
        CHECK(rows[1].id == QStringLiteral("claude-opus-4-5"));
        CHECK(rows[1].text.startsWith(QStringLiteral("Claude Opus 4.5 — ")));
        // Watched services first (in the order chosen), then the others by position.
        CHECK(rows[6].id == QStringLiteral("k8w3r06qmzrp"));
        CHECK(rows[7].id == QStringLiteral("rwppv331jlwc"));
        CHECK(rows[8].text.startsWith(QStringLiteral("Claude Console")));
        CHECK(rows[9].text.startsWith(QStringLiteral("Claude Code")));
        CHECK(rows[6].state == state);
        CHECK(rows[8].state == HealthState::Operational);
        CHECK(actionTexts(rows)
              == QStringList { QStringLiteral("Refresh now"), QStringLiteral("Open status page"),
                               QStringLiteral("History…"), QStringLiteral("Pause notifications"),
                               QStringLiteral("Settings…"), QStringLiteral("Copy diagnostics"),
                               QStringLiteral("About ModelPulse"), QStringLiteral("Quit") });
        CHECK(TrayMenuModel::worstWatched(guitest::snapshot(state), ctx()) == state);
    }
}

TEST_CASE("action rows have the right enabled state", "[traymenu]")
{
    auto c = ctx();
    auto rows = TrayMenuModel::rows(guitest::snapshot(HealthState::Operational), c);
    CHECK(findAction(rows, TrayAction::Refresh)->enabled);
    CHECK(findAction(rows, TrayAction::OpenStatusPage)->enabled);
    CHECK(findAction(rows, TrayAction::OpenStatusPage)->url == c.statusPageUrl);
    CHECK_FALSE(findAction(rows, TrayAction::History)->enabled); // the chart window does not exist yet
    CHECK(findAction(rows, TrayAction::Settings)->enabled);
    CHECK(findAction(rows, TrayAction::CopyDiagnostics)->enabled);
    CHECK(findAction(rows, TrayAction::About)->enabled);
    CHECK(findAction(rows, TrayAction::Quit)->enabled);
    CHECK_FALSE(findAction(rows, TrayAction::ResumeNotifications)->enabled);

    // The pause submenu: 1 hour, until tomorrow 09:00 local, resume only while paused.
    const auto* pause = findAction(rows, TrayAction::PauseNotifications);
    REQUIRE(pause);
    CHECK(pause->until == c.now.addSecs(3600));
    const auto& parent = rows[rows.size() - 6];
    REQUIRE(parent.children.size() == 3);
    CHECK(parent.children[1].until.toLocalTime().time() == QTime(9, 0));
    CHECK(parent.children[1].until.toLocalTime().date() == c.now.toLocalTime().date().addDays(1));

    c.notificationsPausedUntil = c.now.addSecs(1800);
    c.historyAvailable = true;
    rows = TrayMenuModel::rows(guitest::snapshot(HealthState::Operational), c);
    CHECK(findAction(rows, TrayAction::ResumeNotifications)->enabled);
    CHECK(findAction(rows, TrayAction::History)->enabled);
    const auto& pausedParent = rows[rows.size() - 6];
    CHECK(pausedParent.text == QStringLiteral("Notifications paused"));
    REQUIRE(pausedParent.children.size() == 4);
    CHECK(pausedParent.children[0].kind == Kind::Hint);
    CHECK_FALSE(pausedParent.children[0].enabled);

    c.statusPageUrl = QUrl();
    rows = TrayMenuModel::rows(guitest::snapshot(HealthState::Operational), c);
    CHECK_FALSE(findAction(rows, TrayAction::OpenStatusPage)->enabled);
}

TEST_CASE("without a key: a hint and the official model states, no latency", "[traymenu]")
{
    auto s = guitest::snapshot(HealthState::Operational);
    // Without a key the probe side is unknown and core's combined state is the official one.
    s.models[0].state = HealthState::PartialOutage;
    s.models[0].probe = HealthState::Unknown;
    s.models[0].official = HealthState::PartialOutage;
    s.models[0].lastProbe.reset();
    s.overall = HealthEvaluator::watchedOverall(s, {});
    const auto rows = TrayMenuModel::rows(s, ctx(false));
    REQUIRE(rows.size() > 2);
    CHECK(rows[0].kind == Kind::Header);
    CHECK(rows[1].kind == Kind::Hint);
    CHECK(rows[1].text == QStringLiteral("Add an API key in Settings to test models yourself"));
    CHECK(rows[1].enabled);
    CHECK(rows[1].action == TrayAction::Settings);
    CHECK(rows[2].kind == Kind::Model);
    CHECK(rows[2].state == HealthState::PartialOutage);
    CHECK(rows[2].text == QStringLiteral("Claude Opus 4.5 — Partial outage · official"));
    CHECK_FALSE(rows[3].text.contains(QStringLiteral("ms")));
    CHECK(TrayMenuModel::worstWatched(s, ctx(false)) == HealthState::PartialOutage);
}

TEST_CASE("model rows show latency, probe failures and ahead-of-official", "[traymenu]")
{
    auto s = guitest::snapshot(HealthState::Operational);
    s.models[1].state = s.models[1].probe = HealthState::PartialOutage;
    s.models[1].aheadOfOfficial = true;
    s.models[1].lastProbe->outcome = ProbeOutcome::Overloaded;
    s.models[1].lastProbe->httpStatus = 529;
    s.models[2].lastProbe.reset();
    s.overall = HealthEvaluator::watchedOverall(s, {});
    const auto rows = TrayMenuModel::rows(s, ctx());
    CHECK(rows[1].text == QStringLiteral("Claude Opus 4.5 — Operational · 812 ms"));
    CHECK(rows[2].text
          == QStringLiteral("Claude Sonnet 4.5 — Partial outage · Overloaded (529) · ahead of official page"));
    CHECK(rows[2].state == HealthState::PartialOutage);
    CHECK(rows[3].text == QStringLiteral("Claude Haiku 4.5 — Operational · not probed yet"));
    CHECK(TrayMenuModel::worstWatched(s, ctx()) == HealthState::PartialOutage);
}

TEST_CASE("only watched models are listed, an empty choice means all", "[traymenu]")
{
    auto c = ctx();
    c.watchedModels = QStringList { QStringLiteral("claude-haiku-4-5") };
    auto s = guitest::snapshot(HealthState::Operational);
    s.models[0].state = HealthState::MajorOutage; // not watched: not listed (the Monitor does not evaluate it at all)
    const auto rows = TrayMenuModel::rows(s, c);
    CHECK(rows[1].id == QStringLiteral("claude-haiku-4-5"));
    CHECK(rows[2].kind == Kind::Separator);
    // The icon is core's watched-overall rule, the same as --once's exit code (tests/unit/test_evaluator.cpp).
    CHECK(TrayMenuModel::worstWatched(s, c) == s.overall);
}

TEST_CASE("incidents and maintenances get their own section with status, age and link", "[traymenu]")
{
    auto s = guitest::snapshot(HealthState::PartialOutage);
    s.incidents << guitest::incident(QStringLiteral("Elevated errors on Claude Opus 4.5"),
                                     { QStringLiteral("claude-opus-4-5") });
    Incident m;
    m.id = QStringLiteral("mnt1");
    m.name = QStringLiteral("Database upgrade");
    m.status = QStringLiteral("scheduled");
    m.scheduledFor = guitest::now().addSecs(7200);
    s.maintenances << m;
    const auto rows = TrayMenuModel::rows(s, ctx());
    const auto k = kinds(rows);
    const int header = static_cast<int>(k.indexOf(Kind::Incident)) - 1;
    REQUIRE(header > 0);
    CHECK(rows[header].text == QStringLiteral("Incidents and maintenance"));
    CHECK(rows[header - 1].kind == Kind::Separator);
    const auto& inc = rows[header + 1];
    CHECK(inc.text == QStringLiteral("Elevated errors on Claude Opus 4.5 — Investigating · 12 min"));
    CHECK(inc.url == QUrl(QStringLiteral("https://stspg.io/abc123")));
    CHECK(inc.enabled);
    CHECK(inc.state == HealthState::PartialOutage);
    const auto& mnt = rows[header + 2];
    CHECK(mnt.kind == Kind::Maintenance);
    CHECK(mnt.state == HealthState::UnderMaintenance);
    CHECK(mnt.text.startsWith(QStringLiteral("Database upgrade — Scheduled · starts ")));
    CHECK(mnt.url == QUrl(QStringLiteral("https://status.claude.com/incidents/mnt1")));
    // The incidents section comes after services and before the actions.
    CHECK(k.lastIndexOf(Kind::Service) < header);
    CHECK(rows[header + 3].kind == Kind::Separator);
    CHECK(rows[header + 4].action == TrayAction::Refresh);
}

TEST_CASE("offline: a connectivity line, not an outage", "[traymenu]")
{
    auto s = guitest::snapshot(HealthState::Unknown);
    s.connectivity.state = Connectivity::Offline;
    const auto rows = TrayMenuModel::rows(s, ctx());
    const auto k = kinds(rows);
    const auto at = k.indexOf(Kind::Connectivity);
    REQUIRE(at > 0);
    CHECK(rows[at].text == QStringLiteral("You are offline — not an outage"));
    CHECK_FALSE(rows[at].enabled);
    CHECK(rows[at].state == HealthState::Unknown);
    CHECK(k.lastIndexOf(Kind::Service) < at);
    CHECK(rows[at + 2].action == TrayAction::Refresh);
    CHECK(TrayMenuModel::worstWatched(s, ctx()) == HealthState::Unknown);
    CHECK(TrayMenuModel::toolTip(s, ctx()).contains(QStringLiteral("You are offline")));
    // The model rows say "offline" too, not "not probed yet" (probes are paused while offline).
    for (const TrayMenuRow& r : rows)
        if (r.kind == Kind::Model)
            CHECK(r.text.endsWith(QStringLiteral(" — offline")));
    // Online: no such line.
    CHECK_FALSE(
        kinds(TrayMenuModel::rows(guitest::snapshot(HealthState::Operational), ctx())).contains(Kind::Connectivity));
}

TEST_CASE("before the first feed fetch the services section says so", "[traymenu]")
{
    HealthSnapshot empty;
    const auto rows = TrayMenuModel::rows(empty, ctx());
    CHECK(rows[1].text == QStringLiteral("No models to show yet"));
    CHECK(rows[4].kind == Kind::Hint);
    CHECK(rows[4].text == QStringLiteral("Official status not read yet"));
    CHECK(TrayMenuModel::worstWatched(empty, ctx()) == HealthState::Unknown);
    CHECK(TrayMenuModel::toolTip(empty, ctx()).endsWith(QStringLiteral("Not updated yet")));
}

TEST_CASE("tooltip: one line per model with latency, watched services, and the update time", "[traymenu]")
{
    const auto tip = TrayMenuModel::toolTip(guitest::snapshot(HealthState::Operational), ctx());
    const auto lines = tip.split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == QStringLiteral("ModelPulse — All watched models working")); // the answer first
    CHECK(lines[1] == QStringLiteral("Claude Opus 4.5 — Operational · 812 ms"));
    CHECK(lines[6].startsWith(QStringLiteral("Updated ")));
    CHECK(lines[6].contains(QLatin1Char(':')));
}

TEST_CASE("headline: the answer first, then how fresh it is", "[traymenu]")
{
    auto s = guitest::snapshot(HealthState::Operational);
    TrayMenuContext c = ctx();
    CHECK(TrayMenuModel::headline(s, c) == QStringLiteral("All watched models working"));
    CHECK(TrayMenuModel::headline(s, ctx(false)) == QStringLiteral("All watched models operational (official)"));

    // Opus failing since 3 min: named the way people say it, with how long.
    s.models[0].state = HealthState::PartialOutage;
    s.models[0].since = c.now.addSecs(-3 * 60 - 20);
    CHECK(TrayMenuModel::headline(s, c) == QStringLiteral("Opus 4.5 failing for 3 min"));
    s.models[1].state = HealthState::MajorOutage;
    s.models[1].since = c.now.addSecs(-75 * 60);
    CHECK(TrayMenuModel::headline(s, c) == QStringLiteral("Opus 4.5, Sonnet 4.5 failing for 1 h 15 min"));
    s.models[0].state = s.models[1].state = HealthState::Operational;
    s.models[2].state = HealthState::DegradedPerformance;
    s.models[2].since = QDateTime();
    CHECK(TrayMenuModel::headline(s, c) == QStringLiteral("Haiku 4.5 degraded"));

    // Offline is said plainly, before any model.
    s.connectivity.state = Connectivity::Offline;
    CHECK(TrayMenuModel::headline(s, c) == QStringLiteral("You are offline — not an outage"));

    // Freshness: when the snapshot was made and when the next check is due; "checking…" after Refresh.
    s.generatedAt = c.now.addSecs(-20);
    c.nextCheck = c.now.addSecs(40);
    CHECK(TrayMenuModel::freshness(s, c) == QStringLiteral("checked 20 s ago · next in 40 s"));
    c.checking = true;
    CHECK(TrayMenuModel::freshness(s, c) == QStringLiteral("checking…"));

    // The tooltip leads with the same answer, says when notifications are paused and that a demo is a demo.
    c.checking = false;
    c.demo = true;
    c.notificationsPausedUntil = c.now.addSecs(3600);
    const QStringList lines = TrayMenuModel::toolTip(s, c).split(QLatin1Char('\n'));
    CHECK(lines[0] == QStringLiteral("ModelPulse demo — You are offline — not an outage"));
    CHECK(lines[1].startsWith(QStringLiteral("Notifications paused until ")));
}

TEST_CASE("muted models and services say so in their rows", "[traymenu][notify]")
{
    TrayMenuContext c = ctx();
    c.mutedModels = { QStringLiteral("claude-opus-4-5") };
    c.mutedServices = { QStringLiteral("k8w3r06qmzrp") };
    const auto rows = TrayMenuModel::rows(guitest::snapshot(HealthState::Operational), c);
    int muted = 0;
    for (const TrayMenuRow& r : rows) {
        const bool shouldBe = r.id == u"claude-opus-4-5" || (r.kind == Kind::Service && r.id == u"k8w3r06qmzrp");
        INFO(r.text.toStdString());
        CHECK(r.muted == shouldBe);
        CHECK(r.text.endsWith(QStringLiteral(" · muted")) == shouldBe);
        muted += r.muted ? 1 : 0;
    }
    CHECK(muted == 2);
}
