#include "diagnostics.h"

#include <QSysInfo>

namespace {
QString iso(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QStringLiteral("—");
}

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

// Feed text ends up inside a Markdown table: keep pipes and newlines from breaking it.
QString cell(QString s)
{
    return orDash(s.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' ')));
}
} // namespace

QString Diagnostics::markdown(const HealthSnapshot& s, const QVector<ProbeResult>& recentProbes, bool demo)
{
    QStringList out;
    out << QStringLiteral("### ModelPulse diagnostics") << QString();
    out << QStringLiteral("- App: ModelPulse %1").arg(QStringLiteral(MODELPULSE_VERSION));
    if (demo)
        out << QStringLiteral("- Mode: demo (a simulated provider on this computer plays a scripted scenario; "
                              "nothing below comes from Anthropic)");
    out << QStringLiteral("- Qt: %1 (built with %2)")
               .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    out << QStringLiteral("- OS: %1, kernel %2 %3")
               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion());
    out << QStringLiteral("- Snapshot: %1").arg(iso(s.generatedAt));
    out << QStringLiteral("- Overall: %1 (official: %2)")
               .arg(healthStateKey(s.overall), healthStateKey(s.officialOverall));
    out << QStringLiteral("- Connectivity: %1%2")
               .arg(connectivityKey(s.connectivity.state),
                    s.connectivity.reason.isNull()
                        ? QString()
                        : QStringLiteral(" (%1: %2)")
                              .arg(s.connectivity.reason.code, reasonText(s.connectivity.reason)));
    out << QStringLiteral("- Feed: %1 ok=%2 stale=%3 indicator=%4 fetched=%5 error=%6")
               .arg(s.feed.url.toString(), s.feed.ok ? QStringLiteral("yes") : QStringLiteral("no"),
                    s.feed.stale ? QStringLiteral("yes") : QStringLiteral("no"), orDash(s.feed.indicator),
                    iso(s.feed.fetchedAt), orDash(reasonText(s.feed.error)));
    out << QString()
        << QStringLiteral(
               "| model | state | official | probe | ahead | last probe | HTTP | request-id | latency | at |")
        << QStringLiteral("|---|---|---|---|---|---|---|---|---|---|");
    for (const auto& m : s.models) {
        QString probe = QStringLiteral("— | — | — | — | —");
        if (m.lastProbe) {
            const auto& p = *m.lastProbe;
            probe = QStringLiteral("%1 | %2 | %3 | %4 | %5")
                        .arg(probeOutcomeKey(p.outcome)
                                 + (p.errorType.isEmpty() ? QString() : QLatin1Char('/') + p.errorType),
                             p.httpStatus > 0 ? QString::number(p.httpStatus) : QStringLiteral("—"), cell(p.requestId),
                             p.latencyMs >= 0 ? QStringLiteral("%1 ms").arg(p.latencyMs) : QStringLiteral("—"),
                             iso(p.at));
        }
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                   .arg(cell(m.id), healthStateKey(m.state), healthStateKey(m.official), healthStateKey(m.probe),
                        m.aheadOfOfficial ? QStringLiteral("yes") : QStringLiteral("no"), probe);
        for (const auto& reason : m.reasons)
            out << QStringLiteral("|  | ↳ %1 (%2) |  |  |  |  |  |  |  |  |")
                       .arg(cell(reasonText(reason)), reason.code);
    }
    if (!s.components.isEmpty()) {
        out << QString() << QStringLiteral("Components:");
        for (const auto& c : s.components)
            out << QStringLiteral("- %1 (%2): %3")
                       .arg(c.name, c.id, c.rawStatus.isEmpty() ? healthStateKey(c.status) : c.rawStatus);
    }
    if (!s.incidents.isEmpty() || !s.maintenances.isEmpty()) {
        out << QString() << QStringLiteral("Incidents and maintenance:");
        for (const auto& ih : s.incidents)
            out << QStringLiteral("- %1 [%2, %3] models: %4 %5")
                       .arg(ih.incident.name, ih.incident.status, ih.incident.impact,
                            orDash(ih.modelIds.join(QStringLiteral(", "))), ih.incident.shortlink);
        for (const auto& m : s.maintenances)
            out << QStringLiteral("- %1 [%2] %3 – %4")
                       .arg(m.name, m.status, iso(m.scheduledFor), iso(m.scheduledUntil));
    }
    if (!recentProbes.isEmpty()) {
        out << QString() << QStringLiteral("Recent probes (newest last):") << QString()
            << QStringLiteral("| at | model | outcome | HTTP | error type | request-id | latency | first byte |")
            << QStringLiteral("|---|---|---|---|---|---|---|---|");
        for (const ProbeResult& p : recentProbes)
            out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
                       .arg(iso(p.at), cell(p.modelId), probeOutcomeKey(p.outcome),
                            p.httpStatus > 0 ? QString::number(p.httpStatus) : QStringLiteral("—"), cell(p.errorType),
                            cell(p.requestId),
                            p.latencyMs >= 0 ? QStringLiteral("%1 ms").arg(p.latencyMs) : QStringLiteral("—"),
                            p.ttfbMs >= 0 ? QStringLiteral("%1 ms").arg(p.ttfbMs) : QStringLiteral("—"));
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
