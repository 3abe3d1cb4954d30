#include "costtracker.h"

#include "health/modelinfo.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

CostTracker::CostTracker(const Clock* clock)
    : m_clock(clock)
{
    m_month = monthOf(m_clock->now());
}

void CostTracker::restore(const CostCounters& stored)
{
    rollMonth();
    if (stored.month != m_month)
        return; // last month's spend does not count against this month's cap
    m_probes = std::max(0, stored.probes);
    m_billed = std::max(0, stored.billed);
    m_spentUsd = std::isfinite(stored.usd) && stored.usd > 0 ? stored.usd : 0.0;
}

ModelPrice CostTracker::defaultPrice(const QString& modelId)
{
    return Providers::anthropic().price(modelId);
}

ModelPrice CostTracker::price(const QString& modelId) const
{
    const auto it = m_prices.constFind(modelId);
    return it != m_prices.cend() ? *it : defaultPrice(modelId);
}

double CostTracker::probeCostUsd(const QString& modelId, const ProbeUsage& usage) const
{
    const ModelPrice p = price(modelId);
    const int in = usage.inputTokens >= 0 ? usage.inputTokens : kProbeInputTokens;
    const int out = usage.outputTokens >= 0 ? usage.outputTokens : kProbeOutputTokens;
    return (in * p.inputPerMTok + out * p.outputPerMTok) / 1e6;
}

double CostTracker::estimatedMonthlyUsd(const QStringList& models, double probesPerHour) const
{
    double perHour = 0;
    for (const auto& id : models)
        perHour += probeCostUsd(id) * probesPerHour;
    return perHour * kHoursPerMonth;
}

bool CostTracker::capReached() const
{
    rollMonth();
    return m_capUsd >= 0 && m_spentUsd >= m_capUsd;
}

Reason CostTracker::capReason() const
{
    if (!capReached())
        return {};
    return Reason(QStringLiteral("cost_cap"),
                  { QString::number(m_spentUsd, 'f', 6), QString::number(m_capUsd, 'f', 2) });
}

void CostTracker::recordProbe(const ProbeResult& result, const ProbeUsage& usage)
{
    rollMonth();
    CostCounters increment { m_month, 1, 0, 0.0 };
    // The API bills answered requests only; errors and transport failures cost nothing.
    if (isSuccess(result.outcome) || usage.known()) {
        increment.billed = 1;
        increment.usd = probeCostUsd(result.modelId, usage);
    }
    m_probes += increment.probes;
    m_billed += increment.billed;
    m_spentUsd += increment.usd;
    if (m_sink)
        m_sink(increment);
}

QString CostTracker::monthKey() const
{
    rollMonth();
    return m_month;
}

double CostTracker::spentUsd() const
{
    rollMonth();
    return m_spentUsd;
}

int CostTracker::probeCount() const
{
    rollMonth();
    return m_probes;
}

int CostTracker::billedCount() const
{
    rollMonth();
    return m_billed;
}

QString CostTracker::monthOf(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM"));
}

void CostTracker::rollMonth() const
{
    const QString now = monthOf(m_clock->now());
    if (now == m_month)
        return;
    m_month = now;
    m_spentUsd = 0;
    m_probes = 0;
    m_billed = 0;
}

std::optional<CostCounters> CostTracker::parseLegacyFile(const QByteArray& bytes)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject obj = doc.object();
    const QJsonValue month = obj.value(QStringLiteral("month")), spent = obj.value(QStringLiteral("spent_usd"));
    if (obj.value(QStringLiteral("schema")).toInt() != 1 || !month.isString() || !spent.isDouble())
        return std::nullopt;
    CostCounters c;
    c.month = month.toString();
    c.usd = spent.toDouble();
    c.probes = obj.value(QStringLiteral("probes")).toInt();
    c.billed = obj.value(QStringLiteral("billed")).toInt();
    if (!std::isfinite(c.usd) || c.usd < 0 || c.probes < 0 || c.billed < 0)
        return std::nullopt;
    return c;
}
