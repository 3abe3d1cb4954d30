#include "snapshottable.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
// lupdate extracts tr() only with a class context: Tr::tr() translates in the "SnapshotTable" context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SnapshotTable)
};

bool isWide(char32_t c)
{
    // East Asian Wide/Fullwidth blocks that matter for our translations (Hangul, CJK, fullwidth forms).
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6);
}

QString pad(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

QString row(const QStringList& cells, const QVector<int>& widths)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i)
        line += i + 1 < cells.size() ? pad(cells[i], widths[i]) + QStringLiteral("  ") : cells[i];
    return line + u'\n';
}

QString formatTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                       : Tr::tr("never");
}
} // namespace

int displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString snapshotTable(const HealthSnapshot& s)
{
    QString out;
    out += Tr::tr("Overall: %1").arg(healthStateText(s.overall)) + u'\n';
    if (s.feed.ok && !s.feed.stale)
        out += Tr::tr("Official status page: %1 — %2").arg(healthStateText(s.officialOverall), s.feed.description)
            + u'\n';
    else
        out += Tr::tr("Official status page: unavailable — %1")
                   .arg(s.feed.error.isNull() ? Tr::tr("stale") : reasonText(s.feed.error))
            + u'\n';
    if (s.connectivity.state == Connectivity::Offline)
        out += Tr::tr("You are offline — not an outage. %1").arg(reasonText(s.connectivity.reason)) + u'\n';
    out += u'\n';

    const QStringList header { Tr::tr("Model"), Tr::tr("State"), Tr::tr("Official"), Tr::tr("Probe"),
                               Tr::tr("Latency") };
    QVector<QStringList> rows;
    for (const auto& m : s.models) {
        const QString latency = m.lastProbe && m.lastProbe->latencyMs >= 0 ? Tr::tr("%1 ms").arg(m.lastProbe->latencyMs)
                                                                           : QStringLiteral("—");
        QString state = healthStateText(m.state);
        if (m.aheadOfOfficial)
            state += u' ' + Tr::tr("(ahead of official page)");
        rows.append({ m.displayName, state, healthStateText(m.official), healthStateText(m.probe), latency });
    }
    QVector<int> widths(header.size(), 0);
    for (const QStringList& r : QVector<QStringList> { header } + rows)
        for (int i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(r[i]));
    out += row(header, widths);
    for (const QStringList& r : rows)
        out += row(r, widths);

    if (!s.incidents.isEmpty()) {
        out += u'\n' + Tr::tr("Active incidents:") + u'\n';
        for (const auto& i : s.incidents)
            out += QStringLiteral("  • %1 (%2, %3)\n").arg(i.incident.name, i.incident.status, i.incident.impact);
    }
    if (!s.maintenances.isEmpty()) {
        out += u'\n' + Tr::tr("Maintenance:") + u'\n';
        for (const auto& m : s.maintenances)
            out += QStringLiteral("  • %1 (%2)\n").arg(m.name, m.status);
    }
    for (const auto& m : s.models) {
        for (const Reason& reason : m.reasons)
            out += QStringLiteral("  %1: %2\n").arg(m.displayName, reasonText(reason));
    }
    out += u'\n' + Tr::tr("Last official update: %1").arg(formatTime(s.feed.fetchedAt)) + u'\n';
    return out;
}
