// Reason codes → text. Source strings keep the translation contexts of the places that used to format them, so the
// Korean translations carry over; each code is documented in docs (reason_codes) and must stay stable.
#include "reason.h"

#include "healthstate.h"
#include "probe/proberesult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <functional>

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

using Formatter = std::function<QString(const Reason&)>;

const QHash<QString, Formatter>& formatters()
{
    static const QHash<QString, Formatter> table {
        // Feed fetch failures.
        { QStringLiteral("feed_timeout"),
          [](const Reason& r) {
              return QCoreApplication::translate("FeedFetcher", "The status page did not answer within %1 s.")
                  .arg(arg(r, 0));
          } },
        { QStringLiteral("feed_unsafe_redirect"),
          [](const Reason& r) {
              return QCoreApplication::translate("FeedFetcher", "The status page redirected to an unsafe address (%1).")
                  .arg(arg(r, 0));
          } },
        { QStringLiteral("feed_too_large"),
          [](const Reason& r) {
              return QCoreApplication::translate("FeedFetcher", "The status page sent more than %1 MB; ignored.")
                  .arg(arg(r, 0));
          } },
        { QStringLiteral("feed_unreachable"),
          [](const Reason& r) {
              return QCoreApplication::translate("FeedFetcher", "Cannot reach the status page: %1").arg(arg(r, 0));
          } },
        { QStringLiteral("feed_challenge"),
          [](const Reason& r) {
              return QCoreApplication::translate(
                         "FeedFetcher", "The status page refused the request (HTTP %1) — probably a bot challenge.")
                  .arg(arg(r, 0));
          } },
        { QStringLiteral("feed_rate_limited"),
          [](const Reason&) {
              return QCoreApplication::translate("FeedFetcher", "The status page is rate limiting us (HTTP 429).");
          } },
        { QStringLiteral("feed_not_status_page"),
          [](const Reason& r) {
              return QCoreApplication::translate(
                         "FeedFetcher", "Not a status page: the answer says nothing about the service's state. %1")
                  .arg(arg(r, 0));
          } },
        { QStringLiteral("feed_unexpected_304"),
          [](const Reason&) {
              return QCoreApplication::translate(
                  "FeedFetcher",
                  "The status page answered “not modified” to a request that had nothing to compare (HTTP 304).");
          } },
        { QStringLiteral("feed_redirect_loop"),
          [](const Reason&) {
              return QCoreApplication::translate("FeedFetcher",
                                                 "The status page redirects too often (a redirect loop?).");
          } },
        { QStringLiteral("feed_http_error"),
          [](const Reason& r) {
              return QCoreApplication::translate("FeedFetcher", "The status page answered HTTP %1.").arg(arg(r, 0));
          } },
        { QStringLiteral("feed_connection_failed"),
          [](const Reason& r) {
              return QCoreApplication::translate("FeedFetcher", "The status page connection failed: %1").arg(arg(r, 0));
          } },
        // The parser's own words (already specific: "not valid JSON at offset 12").
        { QStringLiteral("feed_malformed"), [](const Reason& r) { return arg(r, 0); } },
        { QStringLiteral("url_refused"), [](const Reason& r) { return arg(r, 0); } },
        // Evaluator.
        { QStringLiteral("probes_off"),
          [](const Reason& r) {
              return r.cause ? QCoreApplication::translate("HealthEvaluator", "Probes are off: %1").arg(causeText(r))
                             : QCoreApplication::translate("HealthEvaluator", "Probes are off");
          } },
        { QStringLiteral("not_probed"),
          [](const Reason&) { return QCoreApplication::translate("HealthEvaluator", "Not probed yet"); } },
        { QStringLiteral("probe_failures"),
          [](const Reason& r) {
              // A local, not intArg(r, 0) inline: lupdate 6.4 hangs on a call with a comma as the count argument.
              const int failures = intArg(r, 0);
              return QCoreApplication::translate("HealthEvaluator", "%n failed probes in a row", nullptr, failures);
          } },
        { QStringLiteral("probe_confirming"),
          [](const Reason&) {
              return QCoreApplication::translate("HealthEvaluator", "One probe failed; confirming");
          } },
        { QStringLiteral("last_probe"),
          [](const Reason& r) {
              const QString outcome = probeOutcomeText(probeOutcomeFromKey(arg(r, 0)));
              return intArg(r, 1) > 0
                  ? QCoreApplication::translate("HealthEvaluator", "Last probe: %1 (HTTP %2)").arg(outcome, arg(r, 1))
                  : QCoreApplication::translate("HealthEvaluator", "Last probe: %1").arg(outcome);
          } },
        { QStringLiteral("feed_not_fetched"),
          [](const Reason&) { return QCoreApplication::translate("HealthEvaluator", "Status feed not fetched yet"); } },
        { QStringLiteral("feed_unavailable"),
          [](const Reason& r) {
              return QCoreApplication::translate("HealthEvaluator", "Status feed unavailable: %1").arg(causeText(r));
          } },
        { QStringLiteral("feed_stale"),
          [](const Reason& r) {
              return QCoreApplication::translate("HealthEvaluator", "Status feed is stale (last update %1)")
                  .arg(utcText(arg(r, 0)));
          } },
        { QStringLiteral("official_incident"),
          [](const Reason& r) {
              return QCoreApplication::translate("HealthEvaluator", "Official incident: %1 (%2)")
                  .arg(arg(r, 0), stateText(arg(r, 1)));
          } },
        { QStringLiteral("api_component"),
          [](const Reason& r) {
              return QCoreApplication::translate("HealthEvaluator", "%1: %2 (no incident posted)")
                  .arg(arg(r, 0), stateText(arg(r, 1)));
          } },
        { QStringLiteral("offline"),
          [](const Reason&) {
              return QCoreApplication::translate("HealthEvaluator", "You are offline — not an outage");
          } },
        // Probe outcomes that are the user's problem.
        { QStringLiteral("key_rejected"),
          [](const Reason& r) {
              return QCoreApplication::translate("ProbeState", "Your API key was rejected (HTTP %1) — not an outage")
                  .arg(arg(r, 0));
          } },
        { QStringLiteral("billing_error"),
          [](const Reason&) {
              return QCoreApplication::translate("ProbeState",
                                                 "Billing problem (HTTP 402) on your account — not an outage");
          } },
        { QStringLiteral("rate_limited"),
          [](const Reason&) {
              return QCoreApplication::translate("ProbeState", "Rate limited (HTTP 429) — your quota, not an outage");
          } },
        { QStringLiteral("bad_model"),
          [](const Reason& r) {
              return QCoreApplication::translate("ProbeState", "Model not found or bad request (HTTP %1)")
                  .arg(arg(r, 0));
          } },
        { QStringLiteral("network_error"),
          [](const Reason& r) {
              return arg(r, 0).isEmpty()
                  ? QCoreApplication::translate("ProbeState", "Network error — not an outage")
                  : QCoreApplication::translate("ProbeState", "Network error: %1").arg(arg(r, 0));
          } },
        { QStringLiteral("api_unreachable"),
          [](const Reason& r) {
              const QString text
                  = QCoreApplication::translate(
                        "ProbeState", "%1 unreachable from here, the rest of the internet works — not an outage")
                        .arg(arg(r, 0));
              return arg(r, 1).isEmpty() ? text : text + QStringLiteral(" (") + arg(r, 1) + QLatin1Char(')');
          } },
        // Connectivity check.
        { QStringLiteral("no_network"),
          [](const Reason&) { return QCoreApplication::translate("ConnectivityChecker", "No network"); } },
        { QStringLiteral("proxy_refused"),
          [](const Reason&) {
              return QCoreApplication::translate("ConnectivityChecker", "Proxy refused the connection");
          } },
        { QStringLiteral("tls_failed"),
          [](const Reason& r) {
              return QCoreApplication::translate("ConnectivityChecker", "TLS handshake with %1 failed (intercepted?)")
                  .arg(arg(r, 0));
          } },
        { QStringLiteral("cannot_connect"),
          [](const Reason& r) {
              return QCoreApplication::translate("ConnectivityChecker", "Cannot connect to %1").arg(arg(r, 0));
          } },
        { QStringLiteral("dns_failed"),
          [](const Reason& r) {
              return QCoreApplication::translate("ConnectivityChecker", "DNS lookup of %1 failed").arg(arg(r, 0));
          } },
        // Why probes are paused or off.
        { QStringLiteral("cost_cap"),
          [](const Reason& r) {
              const QLocale locale;
              return QCoreApplication::translate(
                         "CostTracker", "Probes paused: this month's estimated probe cost (%1) reached the cap of %2")
                  .arg(locale.toCurrencyString(arg(r, 0).toDouble(), QStringLiteral("$"), 4),
                       locale.toCurrencyString(arg(r, 1).toDouble(), QStringLiteral("$"), 2));
          } },
        { QStringLiteral("probes_paused_offline"),
          [](const Reason&) { return QCoreApplication::translate("ProbeRunner", "Probes paused: you are offline"); } },
        { QStringLiteral("key_lookup"),
          [](const Reason&) { return QCoreApplication::translate("Monitor", "looking for an API key…"); } },
        { QStringLiteral("no_key"),
          [](const Reason&) {
              return QCoreApplication::translate("Monitor",
                                                 "no API key (set ANTHROPIC_API_KEY or store one in Settings)");
          } },
        { QStringLiteral("no_probes_option"),
          [](const Reason&) { return QCoreApplication::translate("Monitor", "--no-probes was given"); } },
        { QStringLiteral("feed_only_provider"),
          [](const Reason&) {
              return QCoreApplication::translate("Monitor", "this provider is watched through its status page only");
          } },
        // A key (or another header value) that would split the HTTP request: refused, never sent.
        { QStringLiteral("key_invalid"),
          [](const Reason& r) {
              return arg(r, 0) == u"line_break"
                  ? QCoreApplication::translate("Monitor",
                                                "the API key contains a line break — paste it again without it")
                  : QCoreApplication::translate("Monitor", "the API key contains a control character — paste it again");
          } },
        { QStringLiteral("header_invalid"),
          [](const Reason& r) {
              return arg(r, 0) == u"line_break"
                  ? QCoreApplication::translate("Monitor", "the value for the %1 header contains a line break")
                        .arg(arg(r, 1))
                  : QCoreApplication::translate("Monitor", "the value for the %1 header contains a control character")
                        .arg(arg(r, 1));
          } },
        // The keychain's own message (QtKeychain / Secret Service text).
        { QStringLiteral("keychain_unavailable"), [](const Reason& r) { return arg(r, 0); } },
    };
    return table;
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
    const auto it = formatters().constFind(reason.code);
    if (it != formatters().constEnd())
        return (*it)(reason);
    // An unknown code (a newer build's row read by an older one): say what we have rather than nothing.
    return reason.args.isEmpty() ? reason.code
                                 : reason.code + QStringLiteral(": ") + reason.args.join(QStringLiteral(", "));
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
