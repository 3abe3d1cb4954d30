#pragma once

/*!
 * \brief SIGTERM, SIGINT and SIGHUP quit the event loop instead of killing the process, so what is queued (the
 * history batch, the probe cost, the notification ledger) is written before the app ends — at logout, on
 * `kill`, on Ctrl+C in a terminal. Call once, after the QCoreApplication exists. The handler only writes one byte
 * to a pipe; the quit happens in the event loop.
 */
void quitOnTerminationSignals();
