#pragma once

#include "history/historytypes.h"

#include <QString>

/*!
 * \brief CSV export of one HistoryView, in two files.
 *
 * Two files rather than one file with two sections: every CSV reader (spreadsheets, pandas, csvkit) takes one
 * table per file, and a second header half-way down breaks them all. The bucket table goes to \a path, the
 * incidents and our detections to historyIncidentsCsvPath(path) ("history.csv" → "history-incidents.csv").
 *
 * Buckets, one row per subject per bucket, in the view's order (watched models first, then services):
 *   provider,kind,id,display_name,bucket_start,bucket_end,worst,availability_own,availability_official,
 *   p50_ms,p95_ms,samples,failures
 * Incidents and detections, one row each (record = "incident" | "detection"):
 *   record,provider,id,name,impact,status,start,end,models,lead_seconds,lead_model,url
 * models holds ids separated by ";". For a detection, id is the model id, impact the worst state word and models
 * the model id.
 *
 * Machine-readable on purpose, not localised: times ISO 8601 in UTC, numbers with a '.' and no grouping, states
 * as wire words ("partial_outage"), unknown numbers (no probe, no latency) as empty fields. Fields are quoted as
 * RFC 4180 says when they hold a comma, a quote or a line break; lines end in "\n".
 */
namespace HistoryExport {
QString bucketsCsv(const HistoryView& view);
QString incidentsCsv(const HistoryView& view);
QString incidentsCsvPath(const QString& path);
/*! \brief Writes both files; false and \a error set when either cannot be written. */
bool writeCsv(const HistoryView& view, const QString& path, QString* error = nullptr);
} // namespace HistoryExport
