#include "latencyhistogram.h"

#include <QStringList>

#include <cmath>

int LatencyHistogram::binOf(qint64 ms)
{
    if (ms < 16)
        return 0;
    const int bin = int(std::floor(2.0 * std::log2(double(ms) / 16.0))) + 1;
    return std::min(bin, kBins - 1);
}

double LatencyHistogram::binLowMs(int bin)
{
    return bin == 0 ? 0.0 : 16.0 * std::pow(2.0, (bin - 1) / 2.0);
}

void LatencyHistogram::add(qint64 ms, int count)
{
    if (ms < 0 || count <= 0)
        return;
    m_counts[binOf(ms)] += count;
    m_total += count;
}

void LatencyHistogram::merge(const LatencyHistogram& other)
{
    for (int i = 0; i < kBins; ++i)
        m_counts[i] += other.m_counts.at(i);
    m_total += other.m_total;
}

qint64 LatencyHistogram::quantile(double p) const
{
    if (m_total == 0)
        return -1;
    const double target = std::clamp(p, 0.0, 1.0) * m_total;
    double seen = 0;
    for (int i = 0; i < kBins; ++i) {
        seen += m_counts.at(i);
        if (seen >= target && m_counts.at(i) > 0) {
            const double low = binLowMs(i);
            const double high = i + 1 < kBins ? binLowMs(i + 1) : low * 1.4142;
            return qint64(std::llround(i == 0 ? high / 2 : std::sqrt(low * high)));
        }
    }
    return qint64(binLowMs(kBins - 1));
}

QString LatencyHistogram::toText() const
{
    QStringList parts;
    for (int i = 0; i < kBins; ++i)
        if (m_counts.at(i) > 0)
            parts << QStringLiteral("%1:%2").arg(i).arg(m_counts.at(i));
    return parts.join(QLatin1Char(','));
}

LatencyHistogram LatencyHistogram::fromText(const QString& text)
{
    LatencyHistogram h;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = int(part.indexOf(QLatin1Char(':')));
        bool okBin = false, okCount = false;
        const int bin = part.left(colon).toInt(&okBin);
        const int count = part.mid(colon + 1).toInt(&okCount);
        // A damaged row counts as empty rather than as a crash or a wild number.
        if (colon > 0 && okBin && okCount && bin >= 0 && bin < kBins && count > 0) {
            h.m_counts[bin] += count;
            h.m_total += count;
        }
    }
    return h;
}
