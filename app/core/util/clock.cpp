#include "clock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace {

// QTimer takes an int; timers further out than ~24 days are re-armed on the way.
constexpr qint64 kMaxQtTimerMs = std::numeric_limits<int>::max() / 2;

class SystemTimer final : public ClockTimer {
public:
    explicit SystemTimer(QObject* parent)
        : ClockTimer(parent)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 left
                = QDateTime::currentMSecsSinceEpoch() < m_dueMs ? m_dueMs - QDateTime::currentMSecsSinceEpoch() : 0;
            if (left > 0) {
                arm(left);
                return;
            }
            emit timeout();
        });
    }
    void start(qint64 ms) override
    {
        ms = std::max<qint64>(0, ms);
        m_dueMs = QDateTime::currentMSecsSinceEpoch() + ms;
        arm(ms);
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }
    qint64 remainingMs() const override
    {
        return m_timer.isActive() ? std::max<qint64>(0, m_dueMs - QDateTime::currentMSecsSinceEpoch()) : -1;
    }

private:
    void arm(qint64 ms) { m_timer.start(int(std::min(ms, kMaxQtTimerMs))); }
    QTimer m_timer;
    qint64 m_dueMs = 0;
};

} // namespace

/*! \brief A timer of the manual clock: a due time in its list, fired by ManualClock::advanceMs(). */
class ManualTimer final : public ClockTimer {
public:
    ManualTimer(ManualClock* clock, QObject* parent)
        : ClockTimer(parent)
        , m_clock(clock)
    {
        m_clock->m_timers.push_back(this);
    }
    ~ManualTimer() override
    {
        if (m_clock) {
            auto& v = m_clock->m_timers;
            v.erase(std::remove(v.begin(), v.end(), this), v.end());
        }
    }
    void start(qint64 ms) override
    {
        if (!m_clock)
            return;
        m_due = m_clock->now().addMSecs(std::max<qint64>(0, ms));
        m_seq = ++m_clock->m_sequence;
        m_active = true;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    qint64 remainingMs() const override
    {
        return m_active && m_clock ? std::max<qint64>(0, m_clock->now().msecsTo(m_due)) : -1;
    }
    void fire()
    {
        m_active = false;
        emit timeout();
    }
    void detach()
    {
        m_clock = nullptr;
        m_active = false;
    }

    ManualClock* m_clock;
    QDateTime m_due;
    quint64 m_seq = 0;
    bool m_active = false;
};

void Clock::callAt(const QDateTime& when, QObject* context, std::function<void()> fn) const
{
    callAfter(std::max<qint64>(0, now().msecsTo(when)), context, std::move(fn));
}

void Clock::callAfter(qint64 ms, QObject* context, std::function<void()> fn) const
{
    ClockTimer* timer = createTimer(context).release(); // owned by context
    QObject::connect(timer, &ClockTimer::timeout, timer, [timer, fn = std::move(fn)] {
        timer->deleteLater();
        fn();
    });
    timer->start(ms);
}

std::unique_ptr<ClockTimer> SystemClock::createTimer(QObject* parent) const
{
    return std::make_unique<SystemTimer>(parent);
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{
}

ManualClock::~ManualClock()
{
    for (ManualTimer* t : m_timers)
        t->detach();
}

std::unique_ptr<ClockTimer> ManualClock::createTimer(QObject* parent) const
{
    return std::make_unique<ManualTimer>(const_cast<ManualClock*>(this), parent);
}

void ManualClock::advanceMs(qint64 ms)
{
    const QDateTime target = m_now.addMSecs(std::max<qint64>(0, ms));
    for (;;) {
        ManualTimer* next = nullptr;
        for (ManualTimer* t : m_timers) {
            if (t->m_active && t->m_due <= target
                && (!next || t->m_due < next->m_due || (t->m_due == next->m_due && t->m_seq < next->m_seq)))
                next = t;
        }
        if (!next)
            break;
        if (next->m_due > m_now)
            m_now = next->m_due;
        next->fire(); // may arm, stop or delete timers: the list is scanned afresh
    }
    m_now = target;
}

int ManualClock::activeTimers() const
{
    return int(std::count_if(m_timers.begin(), m_timers.end(), [](const ManualTimer* t) { return t->m_active; }));
}

QDateTime ManualClock::nextDue() const
{
    QDateTime next;
    for (const ManualTimer* t : m_timers) {
        if (t->m_active && (!next.isValid() || t->m_due < next))
            next = t->m_due;
    }
    return next;
}
