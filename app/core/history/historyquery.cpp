// HistoryStore's reads: the chart window's and `modelpulse history`'s view of one range, from indexed queries and
// the hourly roll-ups (never a scan of a year of raw samples).
#include "health/modelinfo.h"
#include "historystore.h"
#include "latencyhistogram.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

struct Span {
    QDateTime start;
    QDateTime end;
    HealthState state;
};

// The page turns components operational at the monitoring update (DESIGN.md): an incident's downtime runs from its
// first update to that update, else to its resolution.
void spanOf(HistoryIncident& h)
{
    const Incident& i = h.incident;
    QDateTime start = i.startedAt.isValid() ? i.startedAt : i.createdAt;
    QDateTime monitoring;
    for (const IncidentUpdate& u : i.updates) {
        if (!start.isValid() || (u.createdAt.isValid() && u.createdAt < start))
            start = u.createdAt;
        if (u.status == u"monitoring" && (!monitoring.isValid() || u.createdAt < monitoring))
            monitoring = u.createdAt;
    }
    QDateTime end = monitoring.isValid() ? monitoring : i.resolvedAt;
    // Real quirk: impact-none incidents posted after the fact with resolved_at before started_at.
    if (end.isValid() && start.isValid() && end < start)
        end = start;
    h.start = start;
    h.end = end;
}

HealthState impactState(const QString& impact)
{
    const HealthState s = stateFromImpact(impact);
    return s == HealthState::Unknown ? HealthState::DegradedPerformance : s;
}

// An open span (no end yet) runs to \a now, not to the end of the current bucket: the rest of it has not happened.
void addSpan(QVector<HistoryBucket>& buckets, const QDateTime& now, const Span& span, bool official)
{
    if (!span.start.isValid() || span.state == HealthState::Operational)
        return;
    for (HistoryBucket& b : buckets) {
        const QDateTime s = std::max(span.start, b.start);
        const QDateTime e = std::min(span.end.isValid() ? span.end : now, b.end);
        if (e <= s)
            continue;
        if (official) {
            b.worstOfficial = worse(
                b.worstOfficial == HealthState::Unknown ? HealthState::Operational : b.worstOfficial, span.state);
            b.officialDownMinutes += s.msecsTo(e) / 60000.0;
        }
    }
}

QVector<HistoryBucket> emptyBuckets(const QDateTime& from, const QDateTime& to, qint64 bucketSec)
{
    QVector<HistoryBucket> out;
    for (QDateTime t = from; t < to; t = t.addSecs(bucketSec)) {
        HistoryBucket b;
        b.start = t;
        b.end = std::min(t.addSecs(bucketSec), to);
        out << b;
    }
    return out;
}

void finishBuckets(HistorySeries& s, const QDateTime& coverage, const QDateTime& now)
{
    double covered = 0, down = 0;
    int samples = 0, failures = 0;
    for (HistoryBucket& b : s.buckets) {
        // Before anything was recorded or imported the page's side is not known; after, no incident = operational.
        const bool known = coverage.isValid() && b.end > coverage;
        if (known && b.worstOfficial == HealthState::Unknown)
            b.worstOfficial = HealthState::Operational;
        // The current bucket ends in the future (buckets are aligned): only the minutes up to now count, or an hour of
        // "operational" that has not happened yet would dilute today's downtime (a week of it in the 1 y range).
        const double minutes
            = known ? std::max<qint64>(0, std::max(b.start, coverage).msecsTo(std::min(b.end, now))) / 60000.0 : 0;
        if (known && minutes > 0) {
            b.availabilityOfficial = 100.0 * std::clamp(1.0 - b.officialDownMinutes / minutes, 0.0, 1.0);
            covered += minutes;
            down += std::min(b.officialDownMinutes, minutes);
        }
        if (b.samples > 0) {
            b.availabilityOwn = 100.0 * (b.samples - b.failures) / b.samples;
            // Our side of the bar: any provider failure is at least degraded; half or more failed is an outage.
            b.worstProbe = b.failures == 0    ? HealthState::Operational
                : b.failures * 2 >= b.samples ? HealthState::PartialOutage
                                              : HealthState::DegradedPerformance;
        }
        samples += b.samples;
        failures += b.failures;
        if (b.worstOfficial == HealthState::Unknown)
            b.worst = b.worstProbe;
        else if (b.worstProbe == HealthState::Unknown)
            b.worst = b.worstOfficial;
        else
            b.worst = worse(b.worstOfficial, b.worstProbe);
    }
    s.availabilityOfficial = covered > 0 ? 100.0 * (1.0 - down / covered) : -1;
    s.availabilityOwn = samples > 0 ? 100.0 * (samples - failures) / samples : -1;
}

} // namespace

QStringList HistoryStore::knownModels(const QString& provider) const
{
    QStringList out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT DISTINCT model FROM probe_hours WHERE provider = ?"
                             " UNION SELECT DISTINCT model FROM incident_models WHERE provider = ? ORDER BY 1"));
    q.addBindValue(provider);
    q.addBindValue(provider);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QHash<QString, QPair<QString, QDateTime>> HistoryStore::latestModelStates(const QString& provider) const
{
    QHash<QString, QPair<QString, QDateTime>> out;
    QSqlQuery q(database());
    // The newest combined transition per model (indexed by subject and time).
    q.prepare(QStringLiteral("SELECT subject, to_state, max(at) FROM transitions WHERE provider = ? AND kind = 'model'"
                             " AND side = 'combined' GROUP BY subject"));
    q.addBindValue(provider);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), { q.value(1).toString(), fromMs(q.value(2)) });
    return out;
}

HistoryView HistoryStore::query(HistoryRange range, const QDateTime& now, const QStringList& modelsIn,
                                const QStringList& services, const QString& provider) const
{
    HistoryView view;
    view.range = range;
    view.bucketSeconds = historyBucketSeconds(range);
    // Buckets aligned to whole bucket widths so a range switch and a refresh show the same bars.
    const qint64 toSec = now.toSecsSinceEpoch() + view.bucketSeconds - (now.toSecsSinceEpoch() % view.bucketSeconds);
    view.to = QDateTime::fromSecsSinceEpoch(toSec, Qt::UTC);
    view.from = view.to.addSecs(-historyRangeSeconds(range));
    QSqlDatabase db = database();
    if (!db.isOpen())
        return view;
    const qint64 fromMsV = view.from.toMSecsSinceEpoch();
    const qint64 toMsV = view.to.toMSecsSinceEpoch();

    // Coverage: from the first thing we know (an imported incident, a sample, a feed snapshot).
    QDateTime coverage;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT min(t) FROM (SELECT min(created_at) AS t FROM incidents WHERE provider = ?"
                                 " UNION ALL SELECT min(hour) * 1000 FROM probe_hours WHERE provider = ?"
                                 " UNION ALL SELECT min(at) FROM feed_snapshots WHERE provider = ?)"));
        q.addBindValue(provider);
        q.addBindValue(provider);
        q.addBindValue(provider);
        if (q.exec() && q.next())
            coverage = fromMs(q.value(0));
    }

    // Incidents overlapping the range, with updates, models and components.
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT id, name, status, impact, url, created_at, started_at, resolved_at, updated_at"
            " FROM incidents WHERE provider = ? AND created_at < ?"
            " AND (resolved_at IS NULL OR resolved_at >= ? OR created_at >= ?) ORDER BY created_at DESC"));
        q.addBindValue(provider);
        q.addBindValue(toMsV);
        q.addBindValue(fromMsV);
        q.addBindValue(fromMsV);
        q.exec();
        QSqlQuery up(db);
        up.prepare(QStringLiteral("SELECT id, status, body, created_at FROM incident_updates WHERE provider = ? AND"
                                  " incident = ? ORDER BY created_at DESC"));
        QSqlQuery mod(db);
        mod.prepare(
            QStringLiteral("SELECT model FROM incident_models WHERE provider = ? AND incident = ? ORDER BY model"));
        QSqlQuery comp(db);
        comp.prepare(QStringLiteral("SELECT component FROM incident_components WHERE provider = ? AND incident = ?"
                                    " ORDER BY component"));
        while (q.next()) {
            HistoryIncident h;
            h.provider = provider;
            Incident& i = h.incident;
            i.id = q.value(0).toString();
            i.name = q.value(1).toString();
            i.status = q.value(2).toString();
            i.impact = q.value(3).toString();
            i.shortlink = q.value(4).toString();
            i.createdAt = fromMs(q.value(5));
            i.startedAt = fromMs(q.value(6));
            i.resolvedAt = fromMs(q.value(7));
            i.updatedAt = fromMs(q.value(8));
            up.addBindValue(provider);
            up.addBindValue(i.id);
            up.exec();
            while (up.next())
                i.updates.append({ up.value(0).toString(),
                                   up.value(1).toString(),
                                   up.value(2).toString(),
                                   fromMs(up.value(3)),
                                   {},
                                   {} });
            mod.addBindValue(provider);
            mod.addBindValue(i.id);
            mod.exec();
            while (mod.next())
                h.models << mod.value(0).toString();
            comp.addBindValue(provider);
            comp.addBindValue(i.id);
            comp.exec();
            while (comp.next())
                h.components << comp.value(0).toString();
            spanOf(h);
            view.incidents << h;
        }
    }

    const QStringList models = modelsIn.isEmpty() ? knownModels(provider) : modelsIn;
    QSqlQuery hours(db);
    hours.prepare(QStringLiteral("SELECT hour, samples, failures, successes, latency_hist FROM probe_hours"
                                 " WHERE provider = ? AND model = ? AND hour >= ? AND hour < ? ORDER BY hour"));
    QSqlQuery firstFail(db);
    firstFail.prepare(QStringLiteral("SELECT min(at) FROM probe_samples WHERE provider = ? AND model = ? AND at >= ?"
                                     " AND at < ? AND outcome IN ('overloaded', 'server_error', 'timeout')"));
    for (const QString& model : models) {
        HistorySeries s;
        s.subject = { provider, QStringLiteral("model"), model, modelInfoFromId(model).displayName };
        s.buckets = emptyBuckets(view.from, view.to, view.bucketSeconds);
        QVector<LatencyHistogram> hist(s.buckets.size());
        hours.addBindValue(provider);
        hours.addBindValue(model);
        hours.addBindValue(view.from.toSecsSinceEpoch());
        hours.addBindValue(view.to.toSecsSinceEpoch());
        hours.exec();
        while (hours.next()) {
            const qint64 idx = (hours.value(0).toLongLong() - view.from.toSecsSinceEpoch()) / view.bucketSeconds;
            if (idx < 0 || idx >= s.buckets.size())
                continue;
            HistoryBucket& b = s.buckets[int(idx)];
            b.samples += hours.value(1).toInt();
            b.failures += hours.value(2).toInt();
            hist[int(idx)].merge(LatencyHistogram::fromText(hours.value(4).toString()));
        }
        for (int i = 0; i < s.buckets.size(); ++i) {
            s.buckets[i].p50Ms = hist[i].quantile(0.5);
            s.buckets[i].p95Ms = hist[i].quantile(0.95);
        }
        for (HistoryIncident& h : view.incidents) {
            if (!h.models.contains(model))
                continue;
            ++s.incidents;
            addSpan(s.buckets, now, { h.start, h.end, impactState(h.incident.impact) }, true);
            // Lead time: our first failed probe of the model in the episode (from 3 h before the page's incident to
            // its end) against the incident's created_at.
            const QDateTime created = h.incident.createdAt.isValid() ? h.incident.createdAt : h.start;
            firstFail.addBindValue(provider);
            firstFail.addBindValue(model);
            firstFail.addBindValue(created.addSecs(-3 * 3600).toMSecsSinceEpoch());
            firstFail.addBindValue((h.end.isValid() ? h.end : view.to).toMSecsSinceEpoch());
            if (firstFail.exec() && firstFail.next() && !firstFail.value(0).isNull()) {
                const qint64 lead = fromMs(firstFail.value(0)).secsTo(created);
                if (!h.leadSeconds || lead > *h.leadSeconds) {
                    h.leadSeconds = lead;
                    h.leadModel = model;
                }
            }
        }
        finishBuckets(s, coverage, now);
        view.series << s;
    }

    // Services: the page's own per-update component transitions, replayed into spans.
    QSqlQuery ct(db);
    ct.prepare(QStringLiteral("SELECT at, to_status FROM component_transitions WHERE provider = ? AND component = ?"
                              " AND at < ? ORDER BY at"));
    QSqlQuery names(db);
    names.prepare(QStringLiteral("SELECT name FROM components WHERE provider = ? AND id = ?"));
    for (const QString& id : services) {
        HistorySeries s;
        names.addBindValue(provider);
        names.addBindValue(id);
        const QString name = names.exec() && names.next() ? names.value(0).toString() : id;
        s.subject = { provider, QStringLiteral("service"), id, name };
        s.buckets = emptyBuckets(view.from, view.to, view.bucketSeconds);
        ct.addBindValue(provider);
        ct.addBindValue(id);
        ct.addBindValue(toMsV);
        ct.exec();
        Span open { QDateTime(), QDateTime(), HealthState::Operational };
        while (ct.next()) {
            const QDateTime at = fromMs(ct.value(0));
            const HealthState to = healthStateFromKey(ct.value(1).toString());
            if (open.start.isValid()) {
                open.end = at;
                addSpan(s.buckets, now, open, true);
            }
            open = { at, QDateTime(), to };
        }
        if (open.start.isValid() && open.state != HealthState::Operational)
            addSpan(s.buckets, now, open, true);
        for (const HistoryIncident& h : std::as_const(view.incidents))
            s.incidents += h.components.contains(id) ? 1 : 0;
        finishBuckets(s, coverage, now);
        view.series << s;
    }

    // Our own detections: the probe side of a model in partial/major outage, from the transitions.
    QSqlQuery tr(db);
    tr.prepare(QStringLiteral("SELECT subject, to_state, at FROM transitions WHERE provider = ? AND kind = 'model'"
                              " AND side = 'probe' AND at < ? ORDER BY subject, at"));
    tr.addBindValue(provider);
    tr.addBindValue(toMsV);
    if (tr.exec()) {
        QHash<QString, HistoryDetection> open;
        auto close = [&](HistoryDetection d) {
            if (!d.end.isValid() || d.end >= view.from)
                view.detections << d;
        };
        while (tr.next()) {
            const QString model = tr.value(0).toString();
            const HealthState to = healthStateFromKey(tr.value(1).toString());
            const QDateTime at = fromMs(tr.value(2));
            const bool outage = to == HealthState::PartialOutage || to == HealthState::MajorOutage;
            auto it = open.find(model);
            if (outage) {
                if (it == open.end())
                    open.insert(model, { provider, model, at, QDateTime(), to });
                else
                    it->worst = worse(it->worst, to);
            } else if (it != open.end() && to != HealthState::Unknown) {
                it->end = at;
                close(*it);
                open.erase(it);
            }
        }
        for (const HistoryDetection& d : std::as_const(open))
            close(d);
    }

    QVector<double> recoveries;
    for (const HistoryIncident& h : std::as_const(view.incidents))
        if (h.start.isValid() && h.end.isValid() && h.end > h.start)
            recoveries << h.start.secsTo(h.end) / 60.0;
    if (!recoveries.isEmpty()) {
        std::sort(recoveries.begin(), recoveries.end());
        const int n = int(recoveries.size());
        view.medianRecoveryMinutes
            = n % 2 ? recoveries.at(n / 2) : (recoveries.at(n / 2 - 1) + recoveries.at(n / 2)) / 2;
    }
    return view;
}
