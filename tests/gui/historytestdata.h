#pragma once
// Hand-built history views for the chart window's tests and screenshots.

#include "guitestsupport.h"
#include "history/historytypes.h"

namespace guitest {

inline HistorySubject subject(const QString& id, const QString& name, const QString& kind = QStringLiteral("model"))
{
    HistorySubject s;
    s.kind = kind;
    s.id = id;
    s.displayName = name;
    return s;
}

inline HistoryBucket bucket(const QDateTime& start, qint64 seconds, HealthState worst, qint64 p50, qint64 p95,
                            int samples, int failures, double own, double official)
{
    HistoryBucket b;
    b.start = start;
    b.end = start.addSecs(seconds);
    b.worst = b.worstProbe = b.worstOfficial = worst;
    b.p50Ms = p50;
    b.p95Ms = p95;
    b.samples = samples;
    b.failures = failures;
    b.availabilityOwn = own;
    b.availabilityOfficial = official;
    return b;
}

/*! \brief The known data set: 3 models × 7 daily buckets, 2 incidents (lead +12 min, not detected), 1 detection. */
inline HistoryView knownView()
{
    using S = HealthState;
    HistoryView v;
    v.range = HistoryRange::Week;
    v.to = now();
    v.from = v.to.addDays(-7);
    v.bucketSeconds = 86400;
    const QVector<QVector<S>> states = {
        { S::Operational, S::Operational, S::PartialOutage, S::Operational, S::DegradedPerformance, S::Operational,
          S::MajorOutage },
        { S::Operational, S::Operational, S::Operational, S::Operational, S::Operational, S::UnderMaintenance,
          S::Operational },
        { S::Unknown, S::Operational, S::Operational, S::Operational, S::Operational, S::Operational, S::Operational },
    };
    const QVector<HistorySubject> subjects
        = { subject(QStringLiteral("claude-opus-4-5"), QStringLiteral("Claude Opus 4.5")),
            subject(QStringLiteral("claude-sonnet-4-5"), QStringLiteral("Claude Sonnet 4.5")),
            subject(QStringLiteral("claude-haiku-4-5"), QStringLiteral("Claude Haiku 4.5")) };
    for (int m = 0; m < 3; ++m) {
        HistorySeries s;
        s.subject = subjects[m];
        for (int i = 0; i < 7; ++i) {
            const S state = states[m][i];
            const bool probed = state != S::Unknown;
            const int failures = state == S::Operational || !probed ? 0 : 3;
            s.buckets << bucket(v.from.addDays(i), 86400, state, probed ? 600 + 100 * m + 10 * i : -1,
                                probed ? 1200 + 100 * m + 20 * i : -1, probed ? 12 : 0, failures,
                                probed ? 100.0 * (12 - failures) / 12 : -1, state == S::Operational ? 100 : 90);
        }
        s.availabilityOwn = m == 0 ? 89.29 : 100;
        s.availabilityOfficial = m == 0 ? 98.5 : 99.75;
        s.incidents = m < 2 ? 1 : 0;
        v.series << s;
    }

    HistoryIncident a;
    a.incident.id = QStringLiteral("inc-a");
    a.incident.name = QStringLiteral("Elevated errors on Claude Opus 4.5");
    a.incident.status = QStringLiteral("resolved");
    a.incident.impact = QStringLiteral("major");
    a.incident.shortlink = QStringLiteral("https://stspg.io/aaa111");
    a.start = v.from.addDays(2).addSecs(3 * 3600);
    a.end = a.start.addSecs(3600);
    a.incident.createdAt = a.incident.startedAt = a.start;
    a.incident.resolvedAt = a.end;
    IncidentUpdate resolved;
    resolved.status = QStringLiteral("resolved");
    resolved.body = QStringLiteral("This incident has been resolved.");
    resolved.createdAt = a.end;
    IncidentUpdate investigating;
    investigating.status = QStringLiteral("investigating");
    investigating.body = QStringLiteral("We are investigating elevated errors on Opus <4.5> requests.");
    investigating.createdAt = a.start;
    a.incident.updates = { resolved, investigating };
    a.models = { QStringLiteral("claude-opus-4-5") };
    a.leadSeconds = 12 * 60;
    a.leadModel = QStringLiteral("claude-opus-4-5");

    HistoryIncident b;
    b.incident.id = QStringLiteral("inc-b");
    b.incident.name = QStringLiteral("Degraded performance on Claude Sonnet 4.5");
    b.incident.status = QStringLiteral("resolved");
    b.incident.impact = QStringLiteral("minor");
    b.incident.shortlink = QStringLiteral("https://stspg.io/bbb222");
    b.start = v.from.addDays(4).addSecs(3600);
    b.end = b.start.addSecs(30 * 60);
    b.incident.createdAt = b.incident.startedAt = b.start;
    b.models = { QStringLiteral("claude-sonnet-4-5") };
    v.incidents = { b, a }; // newest first

    HistoryDetection d;
    d.modelId = QStringLiteral("claude-opus-4-5");
    d.start = a.start.addSecs(-12 * 60);
    d.end = a.start.addSecs(50 * 60);
    d.worst = HealthState::PartialOutage;
    v.detections << d;
    v.medianRecoveryMinutes = 45;
    return v;
}

/*! \brief A livelier week for the screenshots: 3 models and 2 services in 6-hour buckets. */
inline HistoryView demoView(const QDateTime& to)
{
    using S = HealthState;
    HistoryView v;
    v.range = HistoryRange::Week;
    v.to = to;
    v.from = to.addDays(-7);
    v.bucketSeconds = 6 * 3600;
    const QVector<HistorySubject> subjects
        = { subject(QStringLiteral("claude-opus-4-5"), QStringLiteral("Claude Opus 4.5")),
            subject(QStringLiteral("claude-sonnet-4-5"), QStringLiteral("Claude Sonnet 4.5")),
            subject(QStringLiteral("claude-haiku-4-5"), QStringLiteral("Claude Haiku 4.5")),
            subject(QStringLiteral("k8w3r06qmzrp"), QStringLiteral("Claude API (api.anthropic.com)"),
                    QStringLiteral("service")),
            subject(QStringLiteral("rwppv331jlwc"), QStringLiteral("claude.ai"), QStringLiteral("service")) };
    for (int m = 0; m < subjects.size(); ++m) {
        HistorySeries s;
        s.subject = subjects[m];
        const bool model = m < 3;
        int failed = 0;
        for (int i = 0; i < 28; ++i) {
            S state = S::Operational;
            if ((m == 0 && (i == 9 || i == 10)) || (m == 3 && i == 10))
                state = S::PartialOutage;
            else if ((m == 1 && i == 17) || (m == 4 && i == 17))
                state = S::DegradedPerformance;
            else if (m == 0 && i == 23)
                state = S::MajorOutage;
            else if (m == 4 && i == 3)
                state = S::UnderMaintenance;
            else if (m == 2 && i < 2)
                state = S::Unknown;
            const bool probed = model && state != S::Unknown;
            const int failures = state == S::Operational ? 0 : 9;
            failed += probed ? failures : 0;
            const qint64 base = m == 0 ? 900 : m == 1 ? 640 : 320;
            const qint64 wobble = (i * 37 + m * 11) % 90;
            s.buckets << bucket(v.from.addSecs(i * v.bucketSeconds), v.bucketSeconds, state,
                                probed ? base + wobble + (failures ? 400 : 0) : -1,
                                probed ? base * 2 + 3 * wobble + (failures ? 1600 : 0) : -1, probed ? 72 : 0,
                                probed ? failures : 0, probed ? 100.0 * (72 - failures) / 72 : -1,
                                state == S::Operational ? 100 : 75);
        }
        s.availabilityOwn = model ? 100.0 * (28 * 72 - failed) / (28 * 72) : -1;
        s.availabilityOfficial = m == 0 ? 98.9 : m == 3 ? 99.4 : 99.8;
        v.series << s;
    }
    auto incident = [&](const QString& id, const QString& name, const QString& impact, int startHour, int minutes,
                        const QStringList& models, const QStringList& components, std::optional<qint64> lead) {
        HistoryIncident i;
        i.incident.id = id;
        i.incident.name = name;
        i.incident.status = QStringLiteral("resolved");
        i.incident.impact = impact;
        i.incident.shortlink = QStringLiteral("https://stspg.io/") + id;
        i.start = v.from.addSecs(startHour * 3600);
        i.end = i.start.addSecs(minutes * 60);
        i.models = models;
        i.components = components;
        i.leadSeconds = lead;
        if (lead)
            i.leadModel = models.value(0);
        return i;
    };
    v.incidents
        = { incident(QStringLiteral("x3"), QStringLiteral("Elevated errors on Claude Opus 4.5"),
                     QStringLiteral("critical"), 139, 95, { QStringLiteral("claude-opus-4-5") }, {}, 8 * 60),
            incident(QStringLiteral("x2"), QStringLiteral("Slow responses on Claude Sonnet 4.5"),
                     QStringLiteral("minor"), 103, 40, { QStringLiteral("claude-sonnet-4-5") },
                     { QStringLiteral("rwppv331jlwc") }, std::nullopt),
            incident(QStringLiteral("x1"), QStringLiteral("Increased API error rates"), QStringLiteral("major"), 56,
                     150, { QStringLiteral("claude-opus-4-5") }, { QStringLiteral("k8w3r06qmzrp") }, 12 * 60) };
    HistoryDetection d1;
    d1.modelId = QStringLiteral("claude-opus-4-5");
    d1.start = v.incidents[2].start.addSecs(-12 * 60);
    d1.end = v.incidents[2].end;
    d1.worst = S::PartialOutage;
    HistoryDetection d2 = d1;
    d2.start = v.incidents[0].start.addSecs(-8 * 60);
    d2.end = v.incidents[0].end.addSecs(-20 * 60);
    d2.worst = S::MajorOutage;
    v.detections = { d1, d2 };
    v.medianRecoveryMinutes = 95;
    return v;
}

} // namespace guitest
