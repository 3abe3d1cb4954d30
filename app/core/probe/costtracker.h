#pragma once

#include "health/reason.h"
#include "prober.h"

#include <QHash>
#include <QString>
#include <QStringList>

class Clock;

/*!
 * \brief What the probes cost: a price table, per-probe and monthly estimates, and a monthly cap.
 *
 * Counters (month, spent, probes) live in `probe-cost.json` in the data dir and survive restarts;
 * a new calendar month (UTC) starts them at zero. Only answered probes (ok/slow) are billed by the API,
 * so only those add to the spend; every sent probe counts in probeCount().
 */
class CostTracker {
public:
    /*! \brief Input tokens of the "ping" prompt as the API counts them (role wrapping included). */
    static constexpr int kProbeInputTokens = 8;
    static constexpr int kProbeOutputTokens = 1;
    static constexpr double kHoursPerMonth = 730.0;

    /*! \brief \a dataDir may be empty: then nothing is persisted (tests, --once without a data dir). */
    CostTracker(const QString& dataDir, const Clock* clock);

    /*! \brief Default list price for a model id (Anthropic's published rates; see costtracker.cpp). */
    static ModelPrice defaultPrice(const QString& modelId);
    void setPrice(const QString& modelId, const ModelPrice& price) { m_prices.insert(modelId, price); }
    ModelPrice price(const QString& modelId) const;

    /*! \brief Cost of one answered probe; uses \a usage when the API reported it. */
    double probeCostUsd(const QString& modelId, const ProbeUsage& usage = {}) const;
    /*! \brief Monthly cost of probing \a models \a probesPerHour times an hour each (730 h/month). */
    double estimatedMonthlyUsd(const QStringList& models, double probesPerHour) const;

    void setMonthlyCapUsd(double cap) { m_capUsd = cap; }
    double monthlyCapUsd() const { return m_capUsd; }
    /*! \brief True when this month's spend reached the cap: probing must stop. */
    bool capReached() const;
    /*! \brief Translated reason while capReached(), else empty. */
    Reason capReason() const;

    /*! \brief Counts one sent probe (and its cost when it was answered) and saves the counters. */
    void recordProbe(const ProbeResult& result, const ProbeUsage& usage = {});

    QString monthKey() const; //!< "2026-11", rolled over to the clock's month
    double spentUsd() const;
    int probeCount() const;
    int billedCount() const;
    /*! \brief Translated warning from loading (corrupt state file), empty when all was well. */
    QString warning() const { return m_warning; }
    QString stateFilePath() const;

private:
    void load();
    bool save() const;
    void rollMonth() const;
    static QString monthOf(const QDateTime& t);

    QString m_dataDir;
    const Clock* m_clock;
    QHash<QString, ModelPrice> m_prices;
    double m_capUsd = 1.0;
    mutable QString m_month;
    mutable double m_spentUsd = 0;
    mutable int m_probes = 0;
    mutable int m_billed = 0;
    QString m_warning;
};
