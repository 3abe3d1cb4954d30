// Reason codes → text. Source strings keep the translation contexts of the places that used to format them, so the
// Korean translations carry over; each code is documented in docs (reason_codes) and must stay stable.
#include "reason.h"

#include "healthstate.h"
#include "probe/proberesult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>


namespace {

QString arg(const Reason& r, int i)
{
    return i < r.args.size() ? r.args.at(i) : QString();
}

int intArg(const Reason& r, int i)
{
    return arg(r, i).toInt();
}

QString causeText(const Reason& r)
{
    return r.cause ? reasonText(*r.cause) : QString();
}

QString utcText(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : iso;
}

QString stateText(const QString& key)
{
    return healthStateText(healthStateFromKey(key));
}

QString formatted(const Reason& r)
{
    const QString& c = r.code;
    if (c == u"feed_timeout") {
        return QCoreApplication::translate("FeedFetcher", "The status page did not answer within %1 s.").arg(arg(r, 0));
    }
    if (c == u"feed_unsafe_redirect") {
        return QCoreApplication::translate("FeedFetcher", "The status page redirected to an unsafe address (%1).").arg(arg(r, 0));
    }
    if (c == u"feed_too_large") {
        return QCoreApplication::translate("FeedFetcher", "The status page sent more than %1 MB; ignored.").arg(arg(r, 0));
    }
    if (c == u"feed_unreachable") {
        return QCoreApplication::translate("FeedFetcher", "Cannot reach the status page: %1").arg(arg(r, 0));
    }
    if (c == u"feed_challenge") {
        return QCoreApplication::translate("FeedFetcher", "The status page refused the request (HTTP %1) — probably a bot challenge.")
        .arg(arg(r, 0));
    }
    if (c == u"feed_rate_limited") {
        return QCoreApplication::translate("FeedFetcher", "The status page is rate limiting us (HTTP 429).");
    }
    if (c == u"feed_http_error") {
        return QCoreApplication::translate("FeedFetcher", "The status page answered HTTP %1.").arg(arg(r, 0));
    }
    if (c == u"feed_connection_failed") {
        return QCoreApplication::translate("FeedFetcher", "The status page connection failed: %1").arg(arg(r, 0));
    }
    if (c == u"feed_malformed") {
        return arg(r, 0);
    }
    if (c == u"url_refused") {
        return arg(r, 0);
    }
    if (c == u"probes_off") {
        return r.cause ? QCoreApplication::translate("HealthEvaluator", "Probes are off: %1").arg(causeText(r))
        : QCoreApplication::translate("HealthEvaluator", "Probes are off");
    }
    if (c == u"not_probed") {
        return QCoreApplication::translate("HealthEvaluator", "Not probed yet");
    }
    if (c == u"probe_failures") {
        const int failures = intArg(r, 0);
        return QCoreApplication::translate("HealthEvaluator", "%n failed probes in a row", nullptr, failures);
    }
    if (c == u"probe_confirming") {
        return QCoreApplication::translate("HealthEvaluator", "One probe failed; confirming");
    }
    if (c == u"last_probe") {
        const QString outcome = probeOutcomeText(probeOutcomeFromKey(arg(r, 0)));
        return intArg(r, 1) > 0 ? QCoreApplication::translate("HealthEvaluator", "Last probe: %1 (HTTP %2)").arg(outcome, arg(r, 1))
        : QCoreApplication::translate("HealthEvaluator", "Last probe: %1").arg(outcome);
    }
    if (c == u"feed_not_fetched") {
        return QCoreApplication::translate("HealthEvaluator", "Status feed not fetched yet");
    }
    if (c == u"feed_unavailable") {
        return QCoreApplication::translate("HealthEvaluator", "Status feed unavailable: %1").arg(causeText(r));
    }
    if (c == u"feed_stale") {
        return QCoreApplication::translate("HealthEvaluator", "Status feed is stale (last update %1)").arg(utcText(arg(r, 0)));
    }
    if (c == u"official_incident") {
        return QCoreApplication::translate("HealthEvaluator", "Official incident: %1 (%2)").arg(arg(r, 0), stateText(arg(r, 1)));
    }
    if (c == u"api_component") {
        return QCoreApplication::translate("HealthEvaluator", "%1: %2 (no incident posted)").arg(arg(r, 0), stateText(arg(r, 1)));
    }
    if (c == u"offline") {
        return QCoreApplication::translate("HealthEvaluator", "You are offline — not an outage");
    }
    if (c == u"key_rejected") {
        return QCoreApplication::translate("ProbeState", "Your API key was rejected (HTTP %1) — not an outage").arg(arg(r, 0));
    }
    if (c == u"billing_error") {
        return QCoreApplication::translate("ProbeState", "Billing problem (HTTP 402) on your account — not an outage");
    }
    if (c == u"rate_limited") {
        return QCoreApplication::translate("ProbeState", "Rate limited (HTTP 429) — your quota, not an outage");
    }
    if (c == u"bad_model") {
        return QCoreApplication::translate("ProbeState", "Model not found or bad request (HTTP %1)").arg(arg(r, 0));
    }
    if (c == u"network_error") {
        return arg(r, 0).isEmpty() ? QCoreApplication::translate("ProbeState", "Network error — not an outage")
        : QCoreApplication::translate("ProbeState", "Network error: %1").arg(arg(r, 0));
    }
    if (c == u"no_network") {
        return QCoreApplication::translate("ConnectivityChecker", "No network");
    }
    if (c == u"proxy_refused") {
        return QCoreApplication::translate("ConnectivityChecker", "Proxy refused the connection");
    }
    if (c == u"tls_failed") {
        return QCoreApplication::translate("ConnectivityChecker", "TLS handshake with %1 failed (intercepted?)").arg(arg(r, 0));
    }
    if (c == u"cannot_connect") {
        return QCoreApplication::translate("ConnectivityChecker", "Cannot connect to %1").arg(arg(r, 0));
    }
    if (c == u"dns_failed") {
        return QCoreApplication::translate("ConnectivityChecker", "DNS lookup of %1 failed").arg(arg(r, 0));
    }
    if (c == u"cost_cap") {
        const QLocale locale;
        return QCoreApplication::translate("CostTracker", "Probes paused: this month's estimated probe cost (%1) reached the cap of %2")
        .arg(locale.toCurrencyString(arg(r, 0).toDouble(), QStringLiteral("$"), 4),
        locale.toCurrencyString(arg(r, 1).toDouble(), QStringLiteral("$"), 2));
    }
    if (c == u"probes_paused_offline") {
        return QCoreApplication::translate("ProbeRunner", "Probes paused: you are offline");
    }
    if (c == u"key_lookup") {
        return QCoreApplication::translate("Monitor", "looking for an API key…");
    }
    if (c == u"no_key") {
        return QCoreApplication::translate("Monitor", "no API key (set ANTHROPIC_API_KEY or store one in Settings)");
    }
    if (c == u"no_probes_option") {
        return QCoreApplication::translate("Monitor", "--no-probes was given");
    }
    if (c == u"feed_only_provider") {
        return QCoreApplication::translate("Monitor", "this provider is watched through its status page only");
    }
    if (c == u"keychain_unavailable") {
        return arg(r, 0);
    }
    return {};
}

} // namespace

Reason Reason::wrapping(QString code, const Reason& inner, QStringList args)
{
    Reason r(std::move(code), std::move(args));
    if (!inner.isNull())
        r.cause = std::make_shared<const Reason>(inner);
    return r;
}

bool Reason::operator==(const Reason& o) const
{
    if (code != o.code || args != o.args || bool(cause) != bool(o.cause))
        return false;
    return !cause || *cause == *o.cause;
}

QString reasonText(const Reason& reason)
{
    if (reason.isNull())
        return {};
    const QString text = formatted(reason);
    if (!text.isNull())
        return text;
    // An unknown code (a newer build's row read by an older one): say what we have rather than nothing.
    return reason.args.isEmpty() ? reason.code : reason.code + QStringLiteral(": ") + reason.args.join(QStringLiteral(", "));
}

QStringList reasonTexts(const Reasons& reasons)
{
    QStringList out;
    for (const Reason& r : reasons)
        out << reasonText(r);
    return out;
}

QStringList reasonCodes(const Reasons& reasons)
{
    QStringList out;
    for (const Reason& r : reasons)
        out << r.code;
    return out;
}
