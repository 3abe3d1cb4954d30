#include "apikeybox.h"
#include "diagnostics.h"
#include "fallbackwindow.h"
#include "guitestsupport.h"
#include "health/healthevaluator.h"
#include "modeldetailsdialog.h"
#include "notify/notificationsettings.h"
#include "settingsdialog.h"
#include "statuspopup.h"
#include "traycontroller.h"
#include "trayiconpainter.h"
#include "validatedfield.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <catch2/catch.hpp>

TEST_CASE("settings dialog refuses an invalid URL in place, with the reason next to the field", "[settings][dialog]")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    SettingsDialog dialog(&settings);
    dialog.show();
    ValidatedField* field = dialog.statusUrlField();
    CHECK(field->isValid());
    CHECK(dialog.okButton()->isEnabled());

    field->lineEdit()->setText(QStringLiteral("http://status.example.com"));
    CHECK_FALSE(field->isValid());
    CHECK(field->errorLabel()->isVisible());
    CHECK(field->errorLabel()->text().contains(QStringLiteral("https")));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK_FALSE(dialog.apply());
    CHECK(settings.statusUrl() == QUrl(QStringLiteral("https://status.claude.com")));

    // A loopback http address is fine (the simulated provider), and is saved.
    field->lineEdit()->setText(QStringLiteral("http://127.0.0.1:8080"));
    CHECK(field->isValid());
    CHECK_FALSE(field->errorLabel()->isVisible());
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.apply());
    CHECK(settings.statusUrl() == QUrl(QStringLiteral("http://127.0.0.1:8080")));

    // A pasted key is refused too.
    dialog.apiUrlField()->lineEdit()->setText(QStringLiteral("sk-ant-api03-abcdefghijklmnopqrstuvwxyz"));
    CHECK_FALSE(dialog.apiUrlField()->isValid());
    CHECK_FALSE(dialog.apply());
}

TEST_CASE("settings dialog: OpenAI's status page is off by default and can be watched", "[settings][dialog][providers]")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    SettingsDialog dialog(&settings);
    QCheckBox* openai = nullptr;
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
        if (box->text().contains(QStringLiteral("OpenAI")))
            openai = box;
    REQUIRE(openai);
    CHECK_FALSE(openai->isChecked());
    CHECK(settings.providers() == QStringList { QStringLiteral("anthropic") });
    openai->setChecked(true);
    CHECK(dialog.apply());
    CHECK(settings.providers() == (QStringList { QStringLiteral("anthropic"), QStringLiteral("openai") }));
    // Written to the file: a new Settings on the same file (what --once reads) sees it.
    CHECK(Settings(dir.filePath(QStringLiteral("s.ini"))).providers().contains(QStringLiteral("openai")));
    openai->setChecked(false);
    CHECK(dialog.apply());
    CHECK(settings.providers() == QStringList { QStringLiteral("anthropic") });
}

TEST_CASE("settings dialog: quiet hours, the maintenance notice and mutes survive a restart",
          "[settings][dialog][notify]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    Settings settings(path);
    SettingsDialog dialog(&settings);
    dialog.setAvailableModels(
        { modelInfoFromId(QStringLiteral("claude-opus-4-5")), modelInfoFromId(QStringLiteral("claude-haiku-4-5")) });
    Component api;
    api.id = QStringLiteral("k8w3r06qmzrp");
    api.name = QStringLiteral("Claude API");
    dialog.setAvailableServices({ api });
    dialog.show();
    QCheckBox* quiet = nullptr;
    QCheckBox* letMajor = nullptr;
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
        if (box->text() == QStringLiteral("Quiet hours from"))
            quiet = box;
        if (box->text().startsWith(QStringLiteral("Let a major outage through")))
            letMajor = box;
    }
    REQUIRE(quiet);
    REQUIRE(letMajor);
    CHECK_FALSE(quiet->isChecked());
    CHECK_FALSE(letMajor->isEnabled()); // only with quiet hours on
    quiet->setChecked(true);
    CHECK(letMajor->isEnabled());
    letMajor->setChecked(true);
    const auto times = dialog.findChildren<QTimeEdit*>();
    REQUIRE(times.size() == 2);
    times[0]->setTime(QTime(23, 30));
    times[1]->setTime(QTime(6, 45));
    QSpinBox* notice = nullptr;
    for (QSpinBox* spin : dialog.findChildren<QSpinBox*>())
        if (spin->suffix() == QStringLiteral(" min"))
            notice = spin;
    REQUIRE(notice);
    CHECK(notice->value() == 60); // the default: an hour ahead
    notice->setValue(30);
    // The mute list holds the models and the service; mute Opus and the API.
    QListWidget* mutes = nullptr;
    for (QListWidget* list : dialog.findChildren<QListWidget*>())
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole + 1).toString() == u"service")
                mutes = list;
    REQUIRE(mutes);
    for (int i = 0; i < mutes->count(); ++i) {
        const QString id = mutes->item(i)->data(Qt::UserRole).toString();
        if (id == u"claude-opus-4-5" || id == u"k8w3r06qmzrp")
            mutes->item(i)->setCheckState(Qt::Checked);
    }
    REQUIRE(dialog.apply());

    // A restart: a new Settings on the same file.
    const NotificationSettings ns = Settings(path).notificationSettings();
    CHECK(ns.quietHours);
    CHECK(ns.quietStart == QTime(23, 30));
    CHECK(ns.quietEnd == QTime(6, 45));
    CHECK(ns.quietLetMajorThrough);
    CHECK(ns.maintenanceNoticeMin == 30);
    CHECK(ns.mutedModels.contains(QStringLiteral("claude-opus-4-5")));
    CHECK_FALSE(ns.mutedModels.contains(QStringLiteral("claude-haiku-4-5")));
    CHECK(ns.mutedServices.contains(QStringLiteral("k8w3r06qmzrp")));
}

TEST_CASE("settings dialog: key status only, live cost, watched models written when changed", "[settings][dialog]")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    SettingsDialog dialog(&settings);
    QSignalSpy write(&dialog, &SettingsDialog::apiKeyWriteRequested);
    QSignalSpy remove(&dialog, &SettingsDialog::apiKeyRemoveRequested);

    CHECK(dialog.apiKeyBox()->statusLabel()->text() == QStringLiteral("No key stored"));
    dialog.apiKeyBox()->keyEdit()->setText(QStringLiteral("sk-ant-test-key"));
    QPushButton* store = nullptr;
    for (auto* b : dialog.apiKeyBox()->findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Store key"))
            store = b;
    }
    REQUIRE(store);
    store->click();
    REQUIRE(write.count() == 1);
    CHECK(write.at(0).at(0).toString() == QStringLiteral("sk-ant-test-key"));
    CHECK(dialog.apiKeyBox()->keyEdit()->text().isEmpty());
    dialog.setKeyStored(true);
    CHECK(dialog.apiKeyBox()->statusLabel()->text() == QStringLiteral("A key is stored in the keychain"));
    for (auto* b : dialog.apiKeyBox()->findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Remove key"))
            b->click();
    }
    CHECK(remove.count() == 1);

    dialog.setAvailableModels(
        { modelInfoFromId(QStringLiteral("claude-opus-4-5")), modelInfoFromId(QStringLiteral("claude-haiku-4-5")) });
    int seenInterval = 0;
    int seenCount = 0;
    dialog.setCostEstimator([&](int interval, int count) {
        seenInterval = interval;
        seenCount = count;
        return 0.25 * count;
    });
    CHECK(seenInterval == 300);
    CHECK(seenCount == 2);
    CHECK(dialog.costLabel()->text().contains(QStringLiteral("$0.500")));
    CHECK(dialog.costLabel()->text().contains(QStringLiteral("2 model")));
    CHECK(dialog.apply());
    CHECK(settings.watchedModels().isEmpty()); // untouched list: still "discovered defaults"
}

TEST_CASE("tray menu: feed text is shown as written, long titles elided with the whole text on hover", "[tray]")
{
    TrayController tray;
    tray.setClock([] { return guitest::now(); });
    tray.setHasKey(true);
    auto s = guitest::snapshot(HealthState::PartialOutage);
    const QString amp = QStringLiteral("Errors on Opus & Sonnet <b>now</b>");
    const QString longTitle = QStringLiteral("Elevated error rates on Claude Opus 4.5 and Claude Sonnet 4.5 for "
                                             "requests from the Console, the API and Claude Code in every region");
    s.incidents = { guitest::incident(amp, { QStringLiteral("claude-opus-4-5") }),
                    guitest::incident(longTitle, { QStringLiteral("claude-sonnet-4-5") }) };
    s.incidents[1].incident.id = QStringLiteral("inc456");
    tray.setSnapshot(s);
    QAction* ampRow = nullptr;
    QAction* longRow = nullptr;
    for (QAction* a : tray.contextMenu()->actions()) {
        if (a->text().contains(QStringLiteral("Errors on Opus")))
            ampRow = a;
        if (a->text().startsWith(QStringLiteral("Elevated error rates")))
            longRow = a;
    }
    REQUIRE(ampRow);
    REQUIRE(longRow);
    // "&&" in a QAction's text is one literal "&": the menu draws "Opus & Sonnet", not a mnemonic "Opus _Sonnet".
    CHECK(ampRow->text().contains(QStringLiteral("Opus && Sonnet <b>now</b>")));
    CHECK(longRow->text().endsWith(QChar(0x2026)));
    CHECK(longRow->text().size() < longTitle.size());
    CHECK(longRow->toolTip().startsWith(longTitle)); // the whole row text
    CHECK(tray.contextMenu()->toolTipsVisible());
    // Information rows are read, not greyed out; a command that cannot run now still is.
    CHECK(ampRow->isEnabled());
}

TEST_CASE("tray controller: icon, tooltip and menu follow the snapshot", "[tray]")
{
    TrayController tray;
    tray.setClock([] { return guitest::now(); });
    tray.setHasKey(true);
    tray.setWatched({}, { QStringLiteral("k8w3r06qmzrp") });
    tray.setStatusPageUrl(QUrl(QStringLiteral("https://status.claude.com")));
    tray.setSnapshot(guitest::snapshot(HealthState::Operational));
    CHECK(tray.iconState() == HealthState::Operational);
    CHECK(tray.toolTip().contains(QStringLiteral("Claude Opus 4.5 — Operational · 812 ms")));
    const qint64 iconKey = tray.trayIcon()->icon().cacheKey();

    auto s = guitest::snapshot(HealthState::Operational);
    s.models[0].state = HealthState::MajorOutage;
    s.feed.stale = true;
    s.overall = HealthEvaluator::watchedOverall(s, {}); // core's rule: what the Monitor puts in the snapshot
    tray.setSnapshot(s);
    CHECK(tray.iconState() == HealthState::MajorOutage);
    CHECK(tray.iconStale());
    CHECK(tray.trayIcon()->icon().cacheKey() != iconKey);

    // The menu shows the rows, in order, with their enabled state.
    QStringList menuTexts;
    for (QAction* a : tray.contextMenu()->actions()) {
        if (!a->isSeparator())
            menuTexts << a->text();
    }
    QStringList rowTexts;
    for (const auto& r : tray.rows()) {
        if (r.kind != TrayMenuRow::Kind::Separator)
            rowTexts << r.text;
    }
    CHECK(menuTexts == rowTexts);
    for (QAction* a : tray.contextMenu()->actions()) {
        if (a->text() == QStringLiteral("History…"))
            CHECK_FALSE(a->isEnabled());
        if (a->text() == QStringLiteral("Refresh now"))
            CHECK(a->isEnabled());
    }

    QSignalSpy refresh(&tray, &TrayController::refreshRequested);
    QSignalSpy url(&tray, &TrayController::openUrlRequested);
    QSignalSpy pause(&tray, &TrayController::pauseNotificationsRequested);
    QSignalSpy details(&tray, &TrayController::modelDetailsRequested);
    QSignalSpy diag(&tray, &TrayController::copyDiagnosticsRequested);
    for (const auto& r : tray.rows()) {
        if (r.action == TrayAction::Refresh || r.action == TrayAction::OpenStatusPage
            || r.action == TrayAction::CopyDiagnostics)
            tray.activate(r);
        if (!r.children.isEmpty())
            tray.activate(r.children[0]);
        if (r.kind == TrayMenuRow::Kind::Model && r.id == QStringLiteral("claude-opus-4-5"))
            tray.activate(r);
    }
    CHECK(refresh.count() == 1);
    CHECK(url.count() == 1);
    CHECK(pause.count() == 1);
    CHECK(pause.at(0).at(0).toDateTime() == guitest::now().addSecs(3600));
    CHECK(details.count() == 1);
    CHECK(details.at(0).at(0).toString() == QStringLiteral("claude-opus-4-5"));
    CHECK(tray.detailsDialog()->isVisible());
    CHECK(tray.detailsDialog()->bodyText().contains(QStringLiteral("req_011CTest")));
    CHECK(diag.count() == 1);
    CHECK(QGuiApplication::clipboard()->text().contains(QStringLiteral("claude-opus-4-5")));
    tray.detailsDialog()->close();
}

TEST_CASE("no tray host: the fallback window, then the tray once a host appears", "[tray]")
{
    TrayController tray;
    bool available = false;
    tray.setTrayAvailableCheck([&available] { return available; });
    tray.setTrayRetryIntervalMs(50);
    tray.setSnapshot(guitest::snapshot(HealthState::DegradedPerformance));
    tray.show();
    CHECK(tray.usingFallback());
    CHECK(tray.fallbackWindow()->isVisible());
    const auto labels = tray.fallbackWindow()->findChildren<QLabel*>();
    CHECK(std::any_of(labels.begin(), labels.end(),
                      [](QLabel* l) { return l->text().contains(QStringLiteral("system tray is not available")); }));
    QTest::qWait(120);
    CHECK(tray.fallbackWindow()->isVisible());
    available = true;
    QTest::qWait(200);
    CHECK_FALSE(tray.fallbackWindow()->isVisible());
}

TEST_CASE("model details list reasons, the last probe and attributed incidents with links", "[tray]")
{
    auto s = guitest::snapshot(HealthState::PartialOutage);
    s.models[0].reasons << QStringLiteral("2 consecutive server errors");
    s.incidents << guitest::incident(QStringLiteral("Elevated errors on Opus"), { QStringLiteral("claude-opus-4-5") });
    ModelDetailsDialog dlg;
    dlg.setModel(s.models[0], s.incidents, true);
    const QString body = dlg.bodyText();
    CHECK(body.contains(QStringLiteral("2 consecutive server errors")));
    CHECK(body.contains(QStringLiteral("500")));
    CHECK(body.contains(QStringLiteral("812 ms")));
    CHECK(body.contains(QStringLiteral("href=\"https://stspg.io/abc123\"")));
    dlg.setModel(s.models[1], s.incidents, true);
    CHECK_FALSE(dlg.bodyText().contains(QStringLiteral("stspg.io")));
}

TEST_CASE("diagnostics hold the snapshot and versions, never a key", "[diagnostics]")
{
    const QString md = Diagnostics::markdown(guitest::snapshot(HealthState::Operational));
    CHECK(md.startsWith(QStringLiteral("### ModelPulse diagnostics")));
    CHECK(md.contains(QStringLiteral("req_011CTest")));
    CHECK(md.contains(QStringLiteral("812 ms")));
    CHECK(md.contains(QString::fromLatin1(qVersion())));
    CHECK(md.contains(QStringLiteral("| claude-opus-4-5 | operational |")));
    CHECK_FALSE(md.contains(QStringLiteral("sk-ant")));
    CHECK_FALSE(md.contains(QStringLiteral("x-api-key")));
}

TEST_CASE("diagnostics list the recent probe outcomes with request-ids and timings", "[diagnostics]")
{
    ProbeResult a;
    a.modelId = QStringLiteral("claude-opus-4-5");
    a.outcome = ProbeOutcome::Overloaded;
    a.httpStatus = 529;
    a.errorType = QStringLiteral("overloaded_error");
    a.requestId = QStringLiteral("req_recent_1");
    a.latencyMs = 431;
    a.ttfbMs = 420;
    a.at = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    ProbeResult b = a;
    b.outcome = ProbeOutcome::Ok;
    b.httpStatus = 200;
    b.errorType.clear();
    b.requestId = QStringLiteral("req_recent_2");
    const QString md = Diagnostics::markdown(guitest::snapshot(HealthState::Operational), { a, b });
    CHECK(md.contains(QStringLiteral("Recent probes")));
    CHECK(md.contains(QStringLiteral("| 2026-11-27T12:00:00Z | claude-opus-4-5 | overloaded | 529 | overloaded_error | "
                                     "req_recent_1 | 431 ms | 420 ms |")));
    CHECK(md.indexOf(QStringLiteral("req_recent_1")) < md.indexOf(QStringLiteral("req_recent_2")));
    CHECK_FALSE(
        Diagnostics::markdown(guitest::snapshot(HealthState::Operational)).contains(QStringLiteral("Recent probes")));
    // The demo's report says it is the demo, before anything that could be mistaken for Anthropic's state.
    CHECK_FALSE(
        Diagnostics::markdown(guitest::snapshot(HealthState::Operational)).contains(QStringLiteral("Mode: demo")));
    const QString demo = Diagnostics::markdown(guitest::snapshot(HealthState::Operational), {}, true);
    CHECK(demo.indexOf(QStringLiteral("- Mode: demo")) >= 0);
    CHECK(demo.indexOf(QStringLiteral("- Mode: demo")) < demo.indexOf(QStringLiteral("- Overall:")));
}

TEST_CASE("status popup: the headline first, shrinks when rows go, stays on screen", "[tray][popup]")
{
    TrayIconPainter painter;
    StatusPopup popup(&painter);
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QVector<TrayMenuRow> many;
    for (int i = 0; i < 14; ++i) {
        TrayMenuRow r;
        r.kind = TrayMenuRow::Kind::Incident;
        r.text = QStringLiteral("Incident %1 with a title long enough to be elided in the popup's rows, and some more "
                                "words after it")
                     .arg(i);
        r.enabled = true;
        r.action = TrayAction::OpenUrl;
        r.url = QUrl(QStringLiteral("https://stspg.io/x"));
        many << r;
    }
    popup.setRows(many);
    popup.setHeadline(QStringLiteral("Opus 4.5 failing for 3 min"), QStringLiteral("checked 20 s ago · next in 40 s"),
                      false);
    // Anchored at the top right corner, like a tray icon there.
    popup.showNear(QRect(screen.right() - 20, screen.top(), 20, 20));
    REQUIRE(QTest::qWaitForWindowExposed(&popup));
    CHECK(popup.headlineText() == QStringLiteral("Opus 4.5 failing for 3 min"));
    CHECK(popup.freshnessText() == QStringLiteral("checked 20 s ago · next in 40 s"));
    CHECK(screen.contains(popup.frameGeometry()));
    const int tall = popup.height();

    popup.setRows(many.mid(0, 2)); // rows went while it was open
    QTest::qWait(50);
    INFO("height with 14 rows " << tall << ", with 2 rows " << popup.height());
    CHECK(popup.height() < tall - 100); // no blank band where the rows were
    CHECK(screen.contains(popup.frameGeometry()));

    popup.setHeadline(QStringLiteral("All watched models working"), QString(), true);
    CHECK(popup.freshnessText().isEmpty());
    popup.close();
}
