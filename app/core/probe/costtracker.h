#pragma once

#include "health/reason.h"
#include "prober.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Clock;

/*! \brief One month's probe counters (or an increment of them): what the history store's probe_cost row holds. */
struct CostCounters {
    QString month; //!< "2026-11" (UTC)
    int probes = 0;
    int billed = 0;
    double usd = 0;
    bool operator==(const CostCounters& o) const
    {
        return month == o.month && probes == o.probes && billed == o.billed && usd == o.usd;
    }
};

/*!
 * \brief What the probes cost: a price table, per-probe and monthly estimates, and a monthly cap.
 *
 * Counters (month, spent, probes) are kept in memory; the app persists them in the history store (table probe_cost,
 * one row per provider and month): restore() at start with what the store holds, setSink() to receive every
 * increment, which the store adds to its row (so a `--once` run beside the tray adds to the same month instead of
 * overwriting it). A new calendar month (UTC) starts them at zero. Only answered probes (ok/slow) are billed by the
 * API, so only those add to the spend; every sent probe counts in probeCount().
 */
class CostTracker {
public:
    /*! \brief Input tokens of the "ping" prompt as the API counts them (role wrapping included). */
    static constexpr int kProbeInputTokens = 8;
    static constexpr int kProbeOutputTokens = 1;
    static constexpr double kHoursPerMonth = 730.0;

    explicit CostTracker(const Clock* clock);

    using Sink = std::function<void(const CostCounters& increment)>;
    /*! \brief Every recorded probe's increment (month, 1 probe, 0 or 1 billed, its cost) goes to \a sink. */
    void setSink(Sink sink) { m_sink = std::move(sink); }
    /*! \brief Takes the stored counters of \a stored.month when that is the current month (else ignored). */
    void restore(const CostCounters& stored);
    /*!
     * \brief Reads a `probe-cost.json` of versions before the history store ({"schema":1,"month":…,"spent_usd":…,
     * "probes":…,"billed":…}). Empty when it is not such a file: unparsable, another schema, a negative, NaN or
     * infinite spend, negative counts.
     */
    static std::optional<CostCounters> parseLegacyFile(const QByteArray& bytes);
    static QString legacyFileName() { return QStringLiteral("probe-cost.json"); }

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
    static QString monthOf(const QDateTime& t);

private:
    void rollMonth() const;

    const Clock* m_clock;
    Sink m_sink;
    QHash<QString, ModelPrice> m_prices;
    double m_capUsd = 2.0; // Settings default: the defaults (3 models, every 5 min, ~$1.03) stay at half of it
    mutable QString m_month;
    mutable double m_spentUsd = 0;
    mutable int m_probes = 0;
    mutable int m_billed = 0;
};
