#include "proberesult.h"

#include <QCoreApplication>

#include <array>

namespace {
struct OutcomeName {
    ProbeOutcome outcome;
    const char16_t* key;
};
constexpr std::array<OutcomeName, 10> kOutcomes { {
    { ProbeOutcome::Ok, u"ok" },
    { ProbeOutcome::Slow, u"slow" },
    { ProbeOutcome::Overloaded, u"overloaded" },
    { ProbeOutcome::ServerError, u"server_error" },
    { ProbeOutcome::Timeout, u"timeout" },
    { ProbeOutcome::RateLimited, u"rate_limited" },
    { ProbeOutcome::AuthError, u"auth_error" },
    { ProbeOutcome::BillingError, u"billing_error" },
    { ProbeOutcome::BadRequest, u"bad_request" },
    { ProbeOutcome::NetworkError, u"network_error" },
} };
} // namespace

QString probeOutcomeKey(ProbeOutcome outcome)
{
    for (const auto& o : kOutcomes) {
        if (o.outcome == outcome)
            return QString::fromUtf16(o.key);
    }
    return QStringLiteral("network_error");
}

ProbeOutcome probeOutcomeFromKey(QStringView key, bool* ok)
{
    for (const auto& o : kOutcomes) {
        if (key == QStringView(o.key)) {
            if (ok)
                *ok = true;
            return o.outcome;
        }
    }
    if (ok)
        *ok = false;
    return ProbeOutcome::NetworkError;
}

QString probeOutcomeText(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Ok:
        return QCoreApplication::translate("ProbeOutcome", "OK");
    case ProbeOutcome::Slow:
        return QCoreApplication::translate("ProbeOutcome", "Slow");
    case ProbeOutcome::Overloaded:
        return QCoreApplication::translate("ProbeOutcome", "Overloaded (529)");
    case ProbeOutcome::ServerError:
        return QCoreApplication::translate("ProbeOutcome", "Server error");
    case ProbeOutcome::Timeout:
        return QCoreApplication::translate("ProbeOutcome", "Timed out");
    case ProbeOutcome::RateLimited:
        return QCoreApplication::translate("ProbeOutcome", "Rate limited (429)");
    case ProbeOutcome::AuthError:
        return QCoreApplication::translate("ProbeOutcome", "API key rejected");
    case ProbeOutcome::BillingError:
        return QCoreApplication::translate("ProbeOutcome", "Billing problem (402)");
    case ProbeOutcome::BadRequest:
        return QCoreApplication::translate("ProbeOutcome", "Bad request or unknown model");
    case ProbeOutcome::NetworkError:
        break;
    }
    return QCoreApplication::translate("ProbeOutcome", "Network error");
}

bool isProviderFailure(ProbeOutcome outcome)
{
    return outcome == ProbeOutcome::Overloaded || outcome == ProbeOutcome::ServerError
        || outcome == ProbeOutcome::Timeout;
}

bool isSuccess(ProbeOutcome outcome)
{
    return outcome == ProbeOutcome::Ok || outcome == ProbeOutcome::Slow;
}
