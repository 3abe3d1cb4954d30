#pragma once

#include "healthsnapshot.h"

#include <QJsonObject>

/*!
 * \brief The `--once --json` contract (DESIGN.md, schema 1): stable field names, UTC RFC 3339 times,
 * `null` for absent values. Extra fields may be added; none may be renamed.
 */
namespace SnapshotJson {
constexpr int kSchema = 1;
QJsonObject toJson(const HealthSnapshot& snapshot);
/*! \brief One object for several providers: Anthropic's fields at the top, every provider under `providers`. */
QJsonObject toJson(const QVector<HealthSnapshot>& providers);
/*! \brief One provider's part (overall, feed, components, incidents, maintenances, models), no schema. */
QJsonObject providerToJson(const HealthSnapshot& snapshot);
QJsonObject probeToJson(const ProbeResult& probe);
/*! \brief UTC RFC 3339 ("2026-11-27T12:00:00Z"); null QJsonValue for an invalid time. */
QJsonValue timeToJson(const QDateTime& time);
} // namespace SnapshotJson
