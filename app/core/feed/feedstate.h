#pragma once

#include "health/reason.h"
#include "statuspagetypes.h"

#include <QDateTime>
#include <QUrl>

/*!
 * \brief What the Statuspage client knows right now: the last good summary and how fetching goes.
 *
 * The evaluator reads this; it never talks to the network itself.
 */
struct FeedState {
    QUrl url; //!< base URL in use (primary or mirror)
    std::optional<StatusSummary> summary; //!< last successfully parsed summary
    QDateTime lastSuccess; //!< when `summary` was fetched (or confirmed by a 304)
    QDateTime lastAttempt;
    int consecutiveFailures = 0;
    Reason lastError; //!< why the last attempt failed; null after a success
    int pollIntervalSec = 60;
    int lastHttpStatus = 0; //!< of the last attempt; 0 = no HTTP answer at all (DNS, refused, TLS, reset, timeout)

    /*! \brief The last attempt failed without any HTTP answer: a candidate for "is it me?". */
    bool failedAtNetworkLevel() const { return consecutiveFailures > 0 && lastHttpStatus == 0; }

    bool operator==(const FeedState& o) const
    {
        return url == o.url && summary == o.summary && lastSuccess == o.lastSuccess && lastAttempt == o.lastAttempt
            && consecutiveFailures == o.consecutiveFailures && lastError == o.lastError
            && pollIntervalSec == o.pollIntervalSec && lastHttpStatus == o.lastHttpStatus;
    }
};
