// The history chart window offscreen, on a hand-built data set (historytestdata.h): bars, latency lines, incident
// spans and their lead times, tooltips, click-through, both exports, the empty message, stale results and Korean.
#include "historyexport.h"
#include "historytestdata.h"
#include "historytext.h"
#include "historywindow.h"
#include "incidenttimeline.h"
#include "trayiconpainter.h"
#include "uptimestrip.h"

#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolTip>
#include <QTranslator>
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

namespace {
using S = HealthState;

// Opens a window on \a loader and waits for its first result.
std::unique_ptr<HistoryWindow> openOn(HistoryLoader loader)
{
    auto w = std::make_unique<HistoryWindow>(std::move(loader));
    QSignalSpy shown(w.get(), &HistoryWindow::viewShown);
    w->resize(900, 900);
    w->show();
    REQUIRE(shown.wait(5000));
    QApplication::processEvents();
    return w;
}

std::unique_ptr<HistoryWindow> openKnown()
{
    return openOn([](HistoryRange) { return guitest::knownView(); });
}

QStringList readLines(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    REQUIRE(lines.last().isEmpty()); // ends in a newline
    lines.removeLast();
    return lines;
}

const IncidentTimeline::Item* incidentItem(const IncidentTimeline* t)
{
    for (const auto& item : t->items())
        if (!item.detection)
            return &item;
    return nullptr;
}
} // namespace

TEST_CASE("history: one bar per bucket, painted in the tray's colour of its worst state", "[history]")
{
    auto w = openKnown();
    REQUIRE(w->rowCount() == 3);
    CHECK(w->rowTitle(0) == QStringLiteral("Claude Opus 4.5"));
    CHECK(w->rowTitle(2) == QStringLiteral("Claude Haiku 4.5"));
    const HistoryView known = guitest::knownView();
    for (int row = 0; row < 3; ++row) {
        UptimeStrip* strip = w->strip(row);
        REQUIRE(strip->barCount() == 7);
        const QImage image = strip->grab().toImage();
        for (int i = 0; i < 7; ++i) {
            const QRect r = strip->barRect(i);
            INFO("row " << row << " bar " << i);
            CHECK(r.width() >= UptimeStrip::MinShapeWidth);
            // Near the top of the bar: the shape sits at its foot.
            const QColor got = image.pixelColor(r.center().x(), r.top() + 3);
            CHECK(got.rgb() == TrayIconPainter::fillColour(known.series[row].buckets[i].worst).rgb());
            // The gap after the bar is not painted in the bar's colour.
            if (i < 6)
                CHECK(image.pixelColor(r.right() + 1, r.top() + 3).rgb() != got.rgb());
        }
        // Wide bars carry their shape: the tray icon's dark outline is painted inside the bar.
        CHECK(strip->showsShapes());
        const QRect foot = strip->barRect(2).adjusted(0, strip->height() / 2, 0, 0);
        int dark = 0;
        for (int y = foot.top(); y <= foot.bottom(); ++y)
            for (int x = foot.left(); x <= foot.right(); ++x)
                dark += qGray(image.pixel(x, y)) < 60 ? 1 : 0;
        CHECK(dark > 10);
    }
}

TEST_CASE("history: narrow bars (90 per strip) drop the shape but keep one bar per bucket", "[history]")
{
    HistoryView v = guitest::knownView();
    HistoryBucket b = v.series[0].buckets[0];
    v.series[0].buckets.clear();
    for (int i = 0; i < 90; ++i)
        v.series[0].buckets << b;
    auto w = openOn([v](HistoryRange) { return v; });
    CHECK(w->strip(0)->barCount() == 90);
    CHECK_FALSE(w->strip(0)->showsShapes());
    // Bars never overlap and cover the strip left to right.
    for (int i = 1; i < 90; ++i)
        CHECK(w->strip(0)->barRect(i).left() > w->strip(0)->barRect(i - 1).right());
}

TEST_CASE("history: the latency lines hold exactly the p50 and p95 of the buckets", "[history]")
{
    auto w = openKnown();
    const HistoryView known = guitest::knownView();
    for (int row = 0; row < 3; ++row) {
        INFO("row " << row);
        QList<QPointF> p50, p95;
        for (const HistoryBucket& b : known.series[row].buckets) {
            const qreal x = qreal(b.start.addSecs(43200).toMSecsSinceEpoch()); // the bucket's middle
            if (b.p50Ms >= 0) {
                p50 << QPointF(x, qreal(b.p50Ms));
                p95 << QPointF(x, qreal(b.p95Ms));
            }
        }
        REQUIRE(w->p50Series(row));
        CHECK(w->p50Series(row)->points() == p50);
        CHECK(w->p95Series(row)->points() == p95);
    }
    // Haiku's first day had no probe: six points, not a zero.
    CHECK(w->p50Series(2)->count() == 6);
    CHECK(w->p50Series(0)->points().at(2).y() == 620);
    CHECK(w->p95Series(0)->points().at(2).y() == 1240);
}

TEST_CASE("history: a service row has no latency chart", "[history]")
{
    HistoryView v = guitest::knownView();
    HistorySeries api;
    api.subject
        = guitest::subject(QStringLiteral("k8w3r06qmzrp"), QStringLiteral("Claude API"), QStringLiteral("service"));
    for (const HistoryBucket& b : v.series[1].buckets) {
        HistoryBucket c = b;
        c.p50Ms = c.p95Ms = -1;
        c.samples = 0;
        api.buckets << c;
    }
    v.series << api;
    auto w = openOn([v](HistoryRange) { return v; });
    REQUIRE(w->rowCount() == 4);
    CHECK(w->p50Series(3) == nullptr);
    CHECK(w->strip(3)->barCount() == 7);
}

TEST_CASE("history: incident spans with the lead time written on each, detections beside them", "[history]")
{
    auto w = openKnown();
    IncidentTimeline* opus = w->timeline(0);
    REQUIRE(opus->items().size() == 2);
    const IncidentTimeline::Item* a = incidentItem(opus);
    REQUIRE(a);
    CHECK(a->label == QStringLiteral("Elevated errors on Claude Opus 4.5 — detected 12 min before the official page"));
    CHECK(a->url == QUrl(QStringLiteral("https://stspg.io/aaa111")));
    const auto& detection = opus->items().at(0);
    CHECK(detection.detection);
    // The detection began 12 minutes before the incident: it starts left of the span, in another lane.
    CHECK(detection.span.left() < a->span.left());
    CHECK_FALSE(detection.span.intersects(a->span));
    // Major impact: the outage red of the tray's × square.
    const QImage image = opus->grab().toImage();
    CHECK(image.pixelColor(a->span.center()).rgb() == TrayIconPainter::fillColour(S::PartialOutage).rgb());

    const IncidentTimeline::Item* b = incidentItem(w->timeline(1));
    REQUIRE(b);
    CHECK(b->label == QStringLiteral("Degraded performance on Claude Sonnet 4.5 — not detected"));
    const QImage sonnet = w->timeline(1)->grab().toImage();
    CHECK(sonnet.pixelColor(b->span.center()).rgb() == TrayIconPainter::fillColour(S::DegradedPerformance).rgb());
    CHECK(w->timeline(2)->items().isEmpty());

    // Where the span is on the time axis: 2 days 3 hours into the 7-day range.
    const double expected = (2 * 24 + 3) / (7.0 * 24) * (opus->width() - 1);
    CHECK(std::abs(a->span.left() - expected) <= 1);
}

TEST_CASE("history: an incident after the page says so, and one attributed to no model, say it", "[history]")
{
    HistoryIncident i = guitest::knownView().incidents[1];
    i.leadSeconds = -3 * 60;
    CHECK(HistoryText::leadTime(i) == QStringLiteral("detected 3 min after the official page"));
    i.leadSeconds = 0;
    CHECK(HistoryText::leadTime(i) == QStringLiteral("detected at the same time as the official page"));
    i.leadSeconds = 40;
    CHECK(HistoryText::leadTime(i) == QStringLiteral("detected 40 s before the official page"));
    i.models.clear();
    CHECK(HistoryText::leadTime(i).isEmpty());
}

TEST_CASE("history: hovering a bar or an incident shows its numbers", "[history]")
{
    auto w = openKnown();
    UptimeStrip* strip = w->strip(0);
    const QString bar = strip->barToolTip(2);
    CHECK(bar.contains(QStringLiteral("<b>Claude Opus 4.5</b>")));
    CHECK(bar.contains(QStringLiteral("Worst: Partial outage")));
    CHECK(bar.contains(QStringLiteral("Availability: own 75.00 %, official 90.00 %")));
    CHECK(bar.contains(QStringLiteral("Latency: p50 620 ms, p95 1240 ms")));
    CHECK(bar.contains(QStringLiteral("Failures: 3 of 12 probes")));
    const HistoryBucket b = guitest::knownView().series[0].buckets[2];
    CHECK(bar.contains(HistoryText::timeRange(b.start, b.end).toHtmlEscaped()));
    CHECK(strip->barToolTip(0).contains(QStringLiteral("Failures: 0 of 12 probes")));
    CHECK(w->strip(2)->barToolTip(0).contains(QStringLiteral("No probes in this period")));
    CHECK(w->strip(2)->barToolTip(0).contains(QStringLiteral("own —")));

    // The real hover: a tooltip event over the bar shows that text.
    const QPoint at = strip->barRect(2).center();
    QHelpEvent help(QEvent::ToolTip, at, strip->mapToGlobal(at));
    QApplication::sendEvent(strip, &help);
    CHECK(QToolTip::text() == bar);
    QToolTip::hideText();

    const IncidentTimeline::Item* a = incidentItem(w->timeline(0));
    REQUIRE(a);
    CHECK(a->toolTip.contains(QStringLiteral("<b>Elevated errors on Claude Opus 4.5</b>")));
    CHECK(a->toolTip.contains(QStringLiteral("Impact: Major · Resolved")));
    CHECK(a->toolTip.contains(QStringLiteral("Lasted 60 min")));
    CHECK(a->toolTip.contains(QStringLiteral("detected 12 min before the official page (claude-opus-4-5)")));
    // Updates newest first, feed text escaped (no markup from the page gets interpreted).
    const int resolved = a->toolTip.indexOf(QStringLiteral("This incident has been resolved."));
    const int investigating = a->toolTip.indexOf(QStringLiteral("elevated errors on Opus &lt;4.5&gt; requests"));
    CHECK(resolved > 0);
    CHECK(investigating > resolved);
    QHelpEvent overIncident(QEvent::ToolTip, a->span.center(), w->timeline(0)->mapToGlobal(a->span.center()));
    QApplication::sendEvent(w->timeline(0), &overIncident);
    CHECK(QToolTip::text() == a->toolTip);
    QToolTip::hideText();
}

TEST_CASE("history: clicking an incident asks to open its page", "[history]")
{
    auto w = openKnown();
    QSignalSpy open(w.get(), &HistoryWindow::openUrlRequested);
    const IncidentTimeline::Item* a = incidentItem(w->timeline(0));
    REQUIRE(a);
    QTest::mouseClick(w->timeline(0), Qt::LeftButton, {}, a->span.center());
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toUrl() == QUrl(QStringLiteral("https://stspg.io/aaa111")));
    // A click on a detection (ours, no page) opens nothing.
    QTest::mouseClick(w->timeline(0), Qt::LeftButton, {}, w->timeline(0)->items().at(0).span.center());
    CHECK(open.count() == 1);
}

TEST_CASE("history: the summary gives availability per model, incidents and the median time to recovery", "[history]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto w = openKnown();
    CHECK(w->summaryText()
          == QStringLiteral(
              "Availability: Claude Opus 4.5 89.29 % (page 98.50 %) · Claude Sonnet 4.5 100 % (page 99.75 %) · "
              "Claude Haiku 4.5 100 % (page 99.75 %)\nIncidents: 2 · Median time to recovery: 45 min"));
}

TEST_CASE("history: CSV export writes one row per subject per bucket and the incidents beside it", "[history]")
{
    auto w = openKnown();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("week.csv"));
    QString error;
    REQUIRE(w->exportCsv(path, &error));
    const QStringList lines = readLines(path);
    REQUIRE(lines.size() == 1 + 3 * 7);
    CHECK(lines[0]
          == QStringLiteral("provider,kind,id,display_name,bucket_start,bucket_end,worst,availability_own,"
                            "availability_official,p50_ms,p95_ms,samples,failures"));
    CHECK(lines[1]
          == QStringLiteral("anthropic,model,claude-opus-4-5,Claude Opus 4.5,2026-11-20T12:00:00Z,2026-11-21T12:00:00Z,"
                            "operational,100,100,600,1200,12,0"));
    CHECK(lines[3]
          == QStringLiteral("anthropic,model,claude-opus-4-5,Claude Opus 4.5,2026-11-22T12:00:00Z,2026-11-23T12:00:00Z,"
                            "partial_outage,75,90,620,1240,12,3"));
    CHECK(lines[7]
          == QStringLiteral("anthropic,model,claude-opus-4-5,Claude Opus 4.5,2026-11-26T12:00:00Z,2026-11-27T12:00:00Z,"
                            "major_outage,75,90,660,1320,12,3"));
    CHECK(lines[13]
          == QStringLiteral("anthropic,model,claude-sonnet-4-5,Claude Sonnet 4.5,2026-11-25T12:00:00Z,"
                            "2026-11-26T12:00:00Z,under_maintenance,75,90,750,1400,12,3"));
    // Haiku's unprobed day: empty fields, not -1.
    CHECK(
        lines[15]
        == QStringLiteral("anthropic,model,claude-haiku-4-5,Claude Haiku 4.5,2026-11-20T12:00:00Z,2026-11-21T12:00:00Z,"
                          "unknown,,90,,,0,0"));

    const QString incidents = dir.filePath(QStringLiteral("week-incidents.csv"));
    CHECK(HistoryExport::incidentsCsvPath(path) == incidents);
    const QStringList inc = readLines(incidents);
    REQUIRE(inc.size() == 4);
    CHECK(inc[0]
          == QStringLiteral("record,provider,id,name,impact,status,start,end,models,lead_seconds,lead_model,url"));
    CHECK(inc[1]
          == QStringLiteral("incident,anthropic,inc-b,Degraded performance on Claude Sonnet 4.5,minor,resolved,"
                            "2026-11-24T13:00:00Z,2026-11-24T13:30:00Z,claude-sonnet-4-5,,,https://stspg.io/bbb222"));
    CHECK(inc[2]
          == QStringLiteral("incident,anthropic,inc-a,Elevated errors on Claude Opus 4.5,major,resolved,"
                            "2026-11-22T15:00:00Z,2026-11-22T16:00:00Z,claude-opus-4-5,720,claude-opus-4-5,"
                            "https://stspg.io/aaa111"));
    CHECK(inc[3]
          == QStringLiteral("detection,anthropic,claude-opus-4-5,,partial_outage,,2026-11-22T14:48:00Z,"
                            "2026-11-22T15:50:00Z,claude-opus-4-5,,,"));
}

TEST_CASE("history: CSV fields with commas and quotes are quoted", "[history]")
{
    HistoryView v = guitest::knownView();
    v.series.resize(1);
    v.series[0].buckets.resize(1);
    v.series[0].subject.displayName = QStringLiteral("Opus, \"the big one\"");
    const QStringList lines = HistoryExport::bucketsCsv(v).split(QLatin1Char('\n'));
    CHECK(lines[1].startsWith(QStringLiteral("anthropic,model,claude-opus-4-5,\"Opus, \"\"the big one\"\"\",2026-")));
}

TEST_CASE("history: PNG export writes an image of the window", "[history]")
{
    auto w = openKnown();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.png"));
    REQUIRE(w->exportPng(path));
    QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == w->size() * w->devicePixelRatio());
    // Not blank: the strip's colours are in it.
    const QPoint bar = w->strip(0)->mapTo(w.get(), w->strip(0)->barRect(2).center() - QPoint(0, 10));
    CHECK(image.pixelColor(bar).rgb() == TrayIconPainter::fillColour(S::PartialOutage).rgb());
}

TEST_CASE("history: with no history the window says so", "[history]")
{
    auto w = openOn([](HistoryRange) { return HistoryView {}; });
    CHECK(w->rowCount() == 0);
    CHECK(w->messageText().startsWith(QStringLiteral("No history yet — ModelPulse records from now on")));
    CHECK(w->summaryText().isEmpty());
}

TEST_CASE("history: a loader error is shown, not thrown", "[history]")
{
    auto w = openOn([](HistoryRange) -> HistoryView { throw std::runtime_error("database is locked"); });
    CHECK(w->messageText() == QStringLiteral("Could not read the history: database is locked"));
}

TEST_CASE("history: the loader runs off the GUI thread and a stale result is ignored", "[history]")
{
    std::atomic<bool> weekReturned { false };
    std::atomic<bool> onGuiThread { false };
    QThread* gui = QThread::currentThread();
    auto loader = [&](HistoryRange range) {
        if (QThread::currentThread() == gui)
            onGuiThread = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(range == HistoryRange::Week ? 400 : 20));
        HistoryView v = guitest::knownView();
        v.range = range;
        if (range == HistoryRange::Week) {
            v.series.resize(1); // distinguishable if it were (wrongly) shown
            weekReturned = true;
        }
        return v;
    };
    QElapsedTimer opening;
    opening.start();
    HistoryWindow w(loader); // asks for the default range, 7 d: the slow one
    w.show();
    QApplication::processEvents();
    // The window is up while the loader is still sleeping, and says it is loading.
    CHECK(opening.elapsed() < 300);
    CHECK(w.isLoading());
    CHECK(w.loadingText() == QStringLiteral("Loading…"));
    QSignalSpy shown(&w, &HistoryWindow::viewShown);
    w.setRange(HistoryRange::Day); // the quick switch
    REQUIRE(shown.wait(5000));
    CHECK(w.view().range == HistoryRange::Day);
    CHECK(w.rowCount() == 3);
    // Let the 7-day answer come back; it must not replace the 24-hour view.
    for (int i = 0; i < 100 && !weekReturned; ++i)
        QTest::qWait(20);
    REQUIRE(weekReturned);
    QTest::qWait(50);
    CHECK(shown.count() == 1);
    CHECK(w.view().range == HistoryRange::Day);
    CHECK(w.rowCount() == 3);
    CHECK_FALSE(w.isLoading());
    CHECK_FALSE(onGuiThread);
    CHECK(w.range() == HistoryRange::Day);
}

TEST_CASE("history: a range switch updates the rows in place", "[history]")
{
    auto w = openOn([](HistoryRange range) {
        HistoryView v = guitest::knownView();
        v.range = range;
        if (range == HistoryRange::Day)
            for (HistoryBucket& b : v.series[0].buckets)
                b.worst = S::MajorOutage;
        return v;
    });
    UptimeStrip* before = w->strip(0);
    QSignalSpy shown(w.get(), &HistoryWindow::viewShown);
    w->setRange(HistoryRange::Day);
    REQUIRE(shown.wait(5000));
    QApplication::processEvents();
    CHECK(w->strip(0) == before);
    const QImage image = w->strip(0)->grab().toImage();
    CHECK(image.pixelColor(w->strip(0)->barRect(0).center().x(), 3).rgb()
          == TrayIconPainter::fillColour(S::MajorOutage).rgb());
}

TEST_CASE("history: openHistoryWindow creates the window once and again after it was closed", "[history]")
{
    int calls = 0;
    auto loader = [&calls](HistoryRange) {
        ++calls; // only read on the GUI thread after the results came back
        return guitest::knownView();
    };
    QPointer<HistoryWindow> first = openHistoryWindow(loader);
    REQUIRE(first);
    QSignalSpy shown(first.data(), &HistoryWindow::viewShown);
    REQUIRE(shown.wait(5000));
    CHECK(openHistoryWindow(loader) == first.data()); // raised and reloaded, not a second window
    REQUIRE(shown.wait(5000));
    CHECK(calls == 2);
    first->close();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(first.isNull()); // closing frees it, charts and all
    HistoryWindow* second = openHistoryWindow(loader);
    REQUIRE(second);
    QSignalSpy again(second, &HistoryWindow::viewShown);
    REQUIRE(again.wait(5000));
    second->close();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_CASE("history: Korean", "[history]")
{
    QTranslator ko;
    REQUIRE(ko.load(QStringLiteral(":/i18n/modelpulse_ko.qm")));
    QCoreApplication::installTranslator(&ko);
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    {
        auto w = openKnown();
        CHECK(w->windowTitle() == QStringLiteral("ModelPulse — 기록"));
        const IncidentTimeline::Item* a = incidentItem(w->timeline(0));
        REQUIRE(a);
        CHECK(a->label.endsWith(QStringLiteral("공식 페이지보다 12분 먼저 감지")));
        CHECK(incidentItem(w->timeline(1))->label.endsWith(QStringLiteral("감지 못 함")));
        CHECK(w->strip(0)->barToolTip(2).contains(QStringLiteral("실패: 프로브 12회 중 3회")));
        CHECK(w->summaryText().contains(QStringLiteral("복구까지 걸린 시간(중앙값): 45분")));
        auto empty = openOn([](HistoryRange) { return HistoryView {}; });
        CHECK(empty->messageText().startsWith(QStringLiteral("아직 기록이 없습니다")));
    }
    QCoreApplication::removeTranslator(&ko);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
