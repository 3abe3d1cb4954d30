#pragma once

#include "health/healthsnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

/*!
 * \brief Short, translated phrases shared by the menu, the tooltip, the popup and the details dialog.
 */
class StatusText {
    Q_DECLARE_TR_FUNCTIONS(StatusText)
public:
    /*! \brief "812 ms", "12.3 s"; empty for a negative latency. */
    static QString latency(qint64 ms);
    /*! \brief "12 min", "3 h", "2 d" between \a since and \a now ("just now" under a minute). */
    static QString age(const QDateTime& since, const QDateTime& now);
    /*! \brief Incident/maintenance status words ("Investigating", "In progress"); unknown words as they are. */
    static QString incidentStatus(const QString& status);
    /*! \brief Local "HH:mm", with the date when not today. */
    static QString clockTime(const QDateTime& at, const QDateTime& now);
};
