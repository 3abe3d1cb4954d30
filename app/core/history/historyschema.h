#pragma once

#include <QString>

class QSqlDatabase;

/*!
 * \brief The history database's schema, one migration per version (DESIGN.md "Persistence and history").
 *
 * The version lives in `PRAGMA user_version`. Every row is keyed by provider and subject, so a second provider adds
 * rows, not tables. Migrations run in one transaction each: a crash in the middle leaves the previous version.
 */
namespace HistorySchema {
constexpr int kVersion = 2;
/*! \brief Brings \a db to kVersion. False (and \a error) when a migration fails or the file is newer than us. */
bool migrate(QSqlDatabase& db, QString* error);
/*! \brief `PRAGMA user_version`. */
int version(QSqlDatabase& db);
/*! \brief Runs only the migrations up to \a target (tests: a database as an older version left it). */
bool migrateTo(QSqlDatabase& db, int target, QString* error);
} // namespace HistorySchema
