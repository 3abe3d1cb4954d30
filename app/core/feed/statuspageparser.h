#pragma once

#include "statuspagetypes.h"

#include <QByteArray>

/*!
 * \brief Parsers for Statuspage responses. Pure functions, no network.
 *
 * Tolerant of the quirks of real feeds (DESIGN.md "Real captures"): 19-digit `tweet_id`,
 * `reminder_intervals: "[]"`, timestamps with/without milliseconds and with offsets, missing keys
 * (incident.io shim), unknown enum words. Anything that is not a JSON object of the expected shape —
 * an HTML page, a truncated body, an array — is an error with a readable reason, never an empty "all clear".
 */
namespace StatuspageParser {
/*! \brief `/api/v2/summary.json`. Requires an object with `status.indicator` or `components`. */
ParseResult<StatusSummary> parseSummary(const QByteArray& body);
/*! \brief `/api/v2/incidents.json` (`{page, incidents:[…]}`) or `/api/v2/scheduled-maintenances.json`. */
ParseResult<QVector<Incident>> parseIncidents(const QByteArray& body);
/*! \brief `/api/v2/incidents/ID.json` (`{page, incident}`). */
ParseResult<Incident> parseIncident(const QByteArray& body);
/*! \brief `history.atom` or `history.rss` (detected from the root element). */
ParseResult<QVector<HistoryEntry>> parseHistoryFeed(const QByteArray& body);
/*! \brief RFC 3339 / ISO 8601 with or without milliseconds and with Z or an offset; RFC 822 for RSS. Invalid → null. */
QDateTime parseTimestamp(QStringView text);
} // namespace StatuspageParser
