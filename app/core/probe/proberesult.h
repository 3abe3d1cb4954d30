#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

/*! \brief Classification of one test prompt (DESIGN.md "Probe outcomes"). */
enum class ProbeOutcome {
    Ok,
    Slow,
    Overloaded, //!< 529
    ServerError, //!< 500/502/503/504, or a 200 whose body is not a message
    Timeout,
    RateLimited, //!< 429
    AuthError, //!< 401/403
    BillingError, //!< 402
    BadRequest, //!< 400/404/413
    NetworkError, //!< DNS, refused, TLS, reset
};

QString probeOutcomeKey(ProbeOutcome outcome);
ProbeOutcome probeOutcomeFromKey(QStringView key, bool* ok = nullptr);
/*! \brief Translated words for the outcome. */
QString probeOutcomeText(ProbeOutcome outcome);
/*! \brief overloaded, server_error, timeout: the provider's fault. */
bool isProviderFailure(ProbeOutcome outcome);
/*! \brief ok and slow: the model answered. */
bool isSuccess(ProbeOutcome outcome);

/*! \brief One probe as recorded. Never holds the key. */
struct ProbeResult {
    QString modelId;
    ProbeOutcome outcome = ProbeOutcome::NetworkError;
    int httpStatus = 0; //!< 0 when no HTTP response
    QString errorType; //!< `error.type` from the body
    QString errorMessage; //!< transport error or `error.message`, for diagnostics
    QString requestId; //!< `request-id` header
    qint64 latencyMs = -1;
    qint64 ttfbMs = -1;
    std::optional<int> retryAfterSec;
    QDateTime at;

    bool operator==(const ProbeResult& o) const
    {
        return modelId == o.modelId && outcome == o.outcome && httpStatus == o.httpStatus && errorType == o.errorType
            && errorMessage == o.errorMessage && requestId == o.requestId && latencyMs == o.latencyMs
            && ttfbMs == o.ttfbMs && retryAfterSec == o.retryAfterSec && at == o.at;
    }
};
