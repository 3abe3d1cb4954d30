// HistoryRecorder: rows queued from the GUI thread land in the store from the writer thread, in batches; an unchanged
// page is stored once; the store opens afterwards with every row.
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "testhelpers.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

namespace {
HealthSnapshot page(const QDateTime& at, HealthState api)
{
    HealthSnapshot s;
    s.generatedAt = at;
    s.feed.ok = true;
    s.feed.fetchedAt = at;
    Component c;
    c.id = QStringLiteral("k8w3r06qmzrp");
    c.name = QStringLiteral("Claude API (api.anthropic.com)");
    c.status = api;
    s.components << c;
    return s;
}

ProbeResult probe(const QDateTime& at, ProbeOutcome outcome, qint64 latency)
{
    ProbeResult r;
    r.modelId = QStringLiteral("claude-opus-5");
    r.outcome = outcome;
    r.at = at;
    r.latencyMs = latency;
    r.httpStatus = outcome == ProbeOutcome::Ok ? 200 : 529;
    return r;
}
} // namespace

TEST_CASE("the recorder writes off the calling thread, in batches, and dedups an unchanged page", "[history][recorder]")
{
    QTemporaryDir dir;
    const QString path = HistoryStore::defaultPath(dir.path());
    const QDateTime t0 = testsupport::utc("2026-11-27T12:00:00Z");
    {
        HistoryRecorder recorder(path, 60 * 1000); // a long interval: only flush() or the batch size writes
        int written = 0;
        QObject::connect(&recorder, &HistoryRecorder::written, [&] { ++written; });
        recorder.recordProbe(QStringLiteral("anthropic"), probe(t0, ProbeOutcome::Ok, 800));
        recorder.recordProbe(QStringLiteral("anthropic"), probe(t0.addSecs(60), ProbeOutcome::Overloaded, -1));
        recorder.recordProbe(QStringLiteral("anthropic"), probe(t0.addSecs(120), ProbeOutcome::Ok, 900));
        const HealthSnapshot a = page(t0, HealthState::Operational);
        const HealthSnapshot b = page(t0.addSecs(60), HealthState::Operational); // same page, later fetch
        const HealthSnapshot c = page(t0.addSecs(120), HealthState::PartialOutage);
        recorder.recordSnapshot(a, diff(HealthSnapshot(), a, a.generatedAt));
        recorder.recordSnapshot(b, diff(a, b, b.generatedAt));
        recorder.recordSnapshot(c, diff(b, c, c.generatedAt));
        CHECK(written == 0); // nothing forced yet: the GUI thread did not wait for the disk
        recorder.flush();
        REQUIRE(testsupport::waitFor([&] { return written > 0; }, 5000));
        CHECK(written == 1); // one transaction for the whole batch
    }
    HistoryStore store(path);
    REQUIRE(store.open());
    CHECK(store.integrityOk());
    CHECK(store.count(QStringLiteral("probe_samples")) == 3);
    CHECK(store.count(QStringLiteral("probe_hours")) == 1);
    CHECK(store.count(QStringLiteral("feed_snapshots")) == 2); // a and c; b says what a said
    CHECK(store.count(QStringLiteral("components")) == 1);
    // The service went partial_outage: one transition besides its first appearance and connectivity's.
    QSqlQuery q(store.database());
    REQUIRE(q.exec(QStringLiteral("SELECT from_state, to_state FROM transitions WHERE kind = 'service' ORDER BY at")));
    QStringList seen;
    while (q.next())
        seen << q.value(0).toString() + QStringLiteral("→") + q.value(1).toString();
    CHECK(seen == (QStringList { QStringLiteral("→operational"), QStringLiteral("operational→partial_outage") }));
}

TEST_CASE("a store that cannot be opened is said once and the app goes on", "[history][recorder]")
{
    QTemporaryDir dir;
    // A directory where the database file should be: SQLite cannot open it.
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QDir().mkpath(path);
    HistoryRecorder recorder(path);
    QString why;
    QObject::connect(&recorder, &HistoryRecorder::unavailable, [&](const QString& reason) { why = reason; });
    REQUIRE(testsupport::waitFor([&] { return !why.isEmpty(); }, 5000));
    recorder.recordProbe(QStringLiteral("anthropic"), probe(QDateTime::currentDateTimeUtc(), ProbeOutcome::Ok, 10));
    recorder.flush(); // no crash, rows dropped
}
