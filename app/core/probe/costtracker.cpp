#include "costtracker.h"

#include "health/modelinfo.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace {
const QString kStateFile = QStringLiteral("probe-cost.json");

} // namespace

CostTracker::CostTracker(const QString& dataDir, const Clock* clock)
    : m_dataDir(dataDir)
    , m_clock(clock)
{
    m_month = monthOf(m_clock->now());
    load();
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
    ++m_probes;
    // The API bills answered requests only; errors and transport failures cost nothing.
    if (isSuccess(result.outcome) || usage.known()) {
        ++m_billed;
        m_spentUsd += probeCostUsd(result.modelId, usage);
    }
    save();
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

QString CostTracker::stateFilePath() const
{
    return m_dataDir.isEmpty() ? QString() : QDir(m_dataDir).filePath(kStateFile);
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
    save();
}

void CostTracker::load()
{
    const QString path = stateFilePath();
    if (path.isEmpty() || !QFile::exists(path))
        return;
    QFile file(path);
    QJsonParseError error {};
    QJsonObject obj;
    if (file.open(QIODevice::ReadOnly))
        obj = QJsonDocument::fromJson(file.read(64 * 1024), &error).object();
    file.close();
    const bool valid = error.error == QJsonParseError::NoError && obj.value(QStringLiteral("schema")).toInt() == 1
        && obj.value(QStringLiteral("month")).isString() && obj.value(QStringLiteral("spent_usd")).isDouble()
        && obj.value(QStringLiteral("spent_usd")).toDouble() >= 0;
    if (!valid) {
        // Keep the evidence, start from zero: a lost counter costs at most one month's cap.
        const QString backup = path + QStringLiteral(".bak");
        QFile::remove(backup);
        QFile::copy(path, backup);
        m_warning = QCoreApplication::translate("CostTracker",
                                                "The probe cost counter file was unreadable and starts again at "
                                                "zero; the old file is kept as %1")
                        .arg(backup);
        save();
        return;
    }
    const QString month = obj.value(QStringLiteral("month")).toString();
    if (month != m_month)
        return; // last month's spend does not count against this month's cap
    m_spentUsd = obj.value(QStringLiteral("spent_usd")).toDouble();
    m_probes = obj.value(QStringLiteral("probes")).toInt();
    m_billed = obj.value(QStringLiteral("billed")).toInt();
}

bool CostTracker::save() const
{
    const QString path = stateFilePath();
    if (path.isEmpty())
        return true;
    QDir().mkpath(m_dataDir);
    const QJsonObject obj { { QStringLiteral("schema"), 1 },
                            { QStringLiteral("month"), m_month },
                            { QStringLiteral("spent_usd"), m_spentUsd },
                            { QStringLiteral("probes"), m_probes },
                            { QStringLiteral("billed"), m_billed } };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(obj).toJson(QJsonDocument::Indented));
    return file.commit();
}
