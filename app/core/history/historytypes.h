#pragma once

#include "feed/statuspagetypes.h"
#include "health/healthstate.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/*! \brief The ranges the chart window and `modelpulse history --range` offer. */
enum class HistoryRange { Day, Week, Month, Quarter, Year };

/*! \brief "24h", "7d", "30d", "90d", "1y". */
QString historyRangeKey(HistoryRange range);
std::optional<HistoryRange> historyRangeFromKey(QStringView key);
/*! \brief Length of the range in seconds. */
qint64 historyRangeSeconds(HistoryRange range);
/*! \brief Bucket width for the range: 1 h for 24 h, 6 h for 7 d, 1 d for 30/90 d, 1 w for 1 y (≈ 24–90 bars). */
qint64 historyBucketSeconds(HistoryRange range);

/*! \brief What a row of history is about: provider + kind ("model" | "service") + id. */
struct HistorySubject {
    QString provider = QStringLiteral("anthropic");
    QString kind = QStringLiteral("model");
    QString id;
    QString displayName;
    bool operator==(const HistorySubject& o) const { return provider == o.provider && kind == o.kind && id == o.id; }
};

/*! \brief One bar of the uptime strip: the worst state seen in [start, end) and the numbers behind it. */
struct HistoryBucket {
    QDateTime start;
    QDateTime end;
    HealthState worstOfficial = HealthState::Unknown; //!< from the page (incidents attributed, component transitions)
    HealthState worstProbe = HealthState::Unknown; //!< from our probes; Unknown when none ran
    HealthState worst = HealthState::Unknown; //!< what the bar is coloured by (worse of the two known sides)
    int samples = 0; //!< probes in the bucket
    int failures = 0; //!< provider failures among them (overloaded, server_error, timeout)
    double officialDownMinutes = 0; //!< minutes the page had this subject worse than operational
    double availabilityOwn = -1; //!< % of probes that succeeded; -1 when no probe
    double availabilityOfficial = -1; //!< % of the bucket the page had it operational; -1 when unknown
    qint64 p50Ms = -1; //!< latency of successful probes; -1 when none
    qint64 p95Ms = -1;
};

/*! \brief One official incident as stored (every update kept), with what we made of it. */
struct HistoryIncident {
    QString provider = QStringLiteral("anthropic");
    Incident incident; //!< id, name, status, impact, shortlink, created/started/resolved, updates
    QStringList models; //!< watched model ids attributed (latest list wins)
    QStringList components;
    QDateTime start; //!< first update (or created_at)
    QDateTime end; //!< resolution, or the monitoring update; null while open
    /*! \brief Seconds our first failed probe of an attributed model came before created_at (negative: after);
     * nullopt when not detected (no failed probe in the episode). */
    std::optional<qint64> leadSeconds;
    QString leadModel; //!< the model whose probe detected it first
};

/*! \brief An episode our own probes saw: a model's probe side worse than operational from start to end. */
struct HistoryDetection {
    QString provider = QStringLiteral("anthropic");
    QString modelId;
    QDateTime start;
    QDateTime end; //!< null while ongoing
    HealthState worst = HealthState::Unknown;
};

/*! \brief Per subject over the range: the bars and the summary numbers. */
struct HistorySeries {
    HistorySubject subject;
    QVector<HistoryBucket> buckets;
    double availabilityOfficial = -1; //!< % of the range; -1 when unknown
    double availabilityOwn = -1; //!< % of probes that succeeded; -1 when none
    int incidents = 0; //!< official incidents attributed to it in range
};

/*! \brief Everything the chart window and `modelpulse history` show for one range. */
struct HistoryView {
    HistoryRange range = HistoryRange::Week;
    QDateTime from;
    QDateTime to;
    qint64 bucketSeconds = 0;
    QVector<HistorySeries> series; //!< watched models first, then services
    QVector<HistoryIncident> incidents; //!< overlapping the range, newest first
    QVector<HistoryDetection> detections; //!< overlapping the range
    double medianRecoveryMinutes = -1; //!< median (end - start) of the incidents in range that ended; -1 when none
    bool empty() const { return series.isEmpty() && incidents.isEmpty(); }
};

Q_DECLARE_METATYPE(HistoryView)
