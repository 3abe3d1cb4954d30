#pragma once

#include "history/historytypes.h"

#include <QCoreApplication>
#include <QString>

/*!
 * \brief Translated phrases of the history window: tooltips, lead times, the summary. Dates and numbers go
 * through the default QLocale (the UI language), so they read naturally in Korean and in English.
 */
class HistoryText {
    Q_DECLARE_TR_FUNCTIONS(HistoryText)
public:
    /*! \brief "24 h", "7 d", "30 d", "90 d", "1 y" for the range buttons. */
    static QString rangeLabel(HistoryRange range);
    /*! \brief "99.20 %"; "—" for a negative (unknown) value; "100 %" when it rounds to 100. */
    static QString percent(double value);
    /*! \brief "40 s", "12 min", "3.5 h", "2 d" for a span of \a seconds (sign ignored). */
    static QString duration(qint64 seconds);
    /*! \brief "detected 12 min before the official page" / "… after …" / "not detected"; empty when the
     * incident is attributed to no watched model (there was nothing of ours to detect it with). */
    static QString leadTime(const HistoryIncident& incident);
    /*! \brief "Minor", "Major", "Critical", "Maintenance", "No impact"; unknown words as they are. */
    static QString impact(const QString& impact);
    /*! \brief The colour state of an incident's span: its impact, grey for "none". */
    static HealthState impactState(const QString& impact);
    /*! \brief "24/11/2026 06:00 – 12:00": the dates of [start, end) in local time, the end's date only when it differs.
     */
    static QString timeRange(const QDateTime& start, const QDateTime& end);
    /*! \brief Rich-text tooltip of one bar: time range, worst state, availability own/official, p50/p95, failures. */
    static QString bucketTooltip(const HistorySubject& subject, const HistoryBucket& bucket);
    /*! \brief Rich-text tooltip of an incident: title, impact, times, lead time and its updates (feed text escaped). */
    static QString incidentTooltip(const HistoryIncident& incident);
    /*! \brief Rich-text tooltip of one of our detections. */
    static QString detectionTooltip(const HistoryDetection& detection, const QString& displayName);
    /*! \brief The summary line over the window: availability per model, incidents, median time to recovery. */
    static QString summary(const HistoryView& view);
};
