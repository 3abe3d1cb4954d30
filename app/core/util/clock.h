#pragma once

#include <QDateTime>

/*! \brief Injected time source: the system clock in the app, a manual clock in tests (a 30-day soak runs in seconds). */
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

/*! \brief Wall clock in UTC. */
class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/*! \brief A clock that only moves when told to. */
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1795780800, Qt::UTC)) // 2026-11-27
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};
