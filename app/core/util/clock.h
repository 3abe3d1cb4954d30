#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class Clock;

/*!
 * \brief A single-shot timer that belongs to a Clock: a QTimer on the system clock, a due time on the manual clock.
 *
 * Every poller, retry and grace period uses one, so a test on the manual clock runs a month of polls in seconds
 * (DESIGN.md "Time and network are injected").
 */
class ClockTimer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~ClockTimer() override = default;
    /*! \brief Fires timeout() once after \a ms (negative counts as 0); a running timer is re-armed. */
    virtual void start(qint64 ms) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    /*! \brief Milliseconds until it fires; -1 when not active. */
    virtual qint64 remainingMs() const = 0;

signals:
    void timeout();
};

/*! \brief Injected time source that also fires timers: the system clock in the app, a manual clock in tests. */
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    /*! \brief A new, stopped single-shot timer driven by this clock. */
    virtual std::unique_ptr<ClockTimer> createTimer(QObject* parent = nullptr) const = 0;
    /*!
     * \brief Calls \a fn at \a when (at once when it is past), unless \a context is destroyed first.
     * The timer is owned by \a context and deletes itself after firing.
     */
    void callAt(const QDateTime& when, QObject* context, std::function<void()> fn) const;
    /*! \brief callAt() \a ms from now. */
    void callAfter(qint64 ms, QObject* context, std::function<void()> fn) const;
};

/*! \brief Wall clock in UTC; timers are QTimers (precise, so a 5 min poll is not stretched by coarse timers). */
class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    std::unique_ptr<ClockTimer> createTimer(QObject* parent = nullptr) const override;
};

class ManualTimer;

/*! \brief A clock that only moves when told to; advancing it fires every timer that falls due, in order. */
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1795780800, Qt::UTC)); // 2026-11-27
    ~ManualClock() override;
    QDateTime now() const override { return m_now; }
    std::unique_ptr<ClockTimer> createTimer(QObject* parent = nullptr) const override;
    /*! \brief Jumps to \a t without firing anything on the way (a laptop waking up); due timers fire on the next
     * advance. */
    void set(const QDateTime& t) { m_now = t; }
    /*! \brief Moves time forward, firing due timers at their due times (the clock reads each one's due time). */
    void advanceMs(qint64 ms);
    /*! \brief Fires timers due now (e.g. after set()). */
    void fireDue() { advanceMs(0); }
    /*! \brief Active timers (tests: nothing should be armed while idle, or exactly one poller). */
    int activeTimers() const;
    /*! \brief When the next timer fires; null when none is active. */
    QDateTime nextDue() const;

private:
    friend class ManualTimer;
    QDateTime m_now;
    mutable std::vector<ManualTimer*> m_timers;
    quint64 m_sequence = 0; //!< ties broken by arming order
};
