#pragma once

#include <QString>
#include <QVector>

/*!
 * \brief Latency counts in log-spaced bins (16 ms × √2^i), so hourly roll-ups can be merged and still answer p50/p95
 * within one bin (±19 %) without keeping every sample. Stored as text ("i:n,i:n").
 */
class LatencyHistogram {
public:
    static constexpr int kBins = 40;
    void add(qint64 ms, int count = 1);
    void merge(const LatencyHistogram& other);
    /*! \brief The \a p-quantile (0..1) in ms: the geometric middle of its bin; -1 when empty. */
    qint64 quantile(double p) const;
    int total() const { return m_total; }
    QString toText() const;
    static LatencyHistogram fromText(const QString& text);
    static int binOf(qint64 ms);
    static double binLowMs(int bin);

private:
    QVector<int> m_counts = QVector<int>(kBins, 0);
    int m_total = 0;
};
