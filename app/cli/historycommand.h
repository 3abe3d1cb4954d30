#pragma once

#include "history/historytypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

/*!
 * \brief `modelpulse history [--json|--csv] [--range 24h|7d|30d|90d|1y] [--models ID,…] [--data-dir DIR]`: what the
 * store knows, per target, with no network and no probes (format in docs/history.md). Returns the exit code:
 * 0, 64 on bad usage, 3 when there is no history yet (with a message on stderr).
 */
int runHistoryCommand(const QStringList& arguments);

/*!
 * \brief `modelpulse --status-line [--format text|json] [--data-dir DIR]`: one short line for tmux, shell prompts and
 * editor status lines (`Opus ✕ 12m · Sonnet ✓ · Haiku ✓`), from the store; never sends a request.
 */
int runStatusLine(const QStringList& arguments);

namespace HistoryFormat {
/*! \brief The `history --json` object (schema 1). */
QByteArray json(const HistoryView& view);
/*! \brief The `history --csv` text: one row per target, then one row per incident. */
QByteArray csv(const HistoryView& view);
/*! \brief The human table (UI language). */
QString table(const HistoryView& view);
/*! \brief "Opus ✕ 12m · Sonnet ✓": \a states is model id → (state key, since). */
QString statusLine(const QHash<QString, QPair<QString, QDateTime>>& states, const QDateTime& now);
} // namespace HistoryFormat
