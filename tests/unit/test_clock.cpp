// The clock that fires timers: every poller, retry and grace period runs on it, so a month on the manual clock must
// fire exactly what the system clock would, in the same order, at the same instants.

#include "testhelpers.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QVector>

namespace {

/*! \brief One firing: which timer, and what the clock read inside its slot. */
struct Fired {
    QString name;
    QDateTime at;
    bool operator==(const Fired& o) const { return name == o.name && at == o.at; }
};

Fired fired_(const char* name, const QDateTime& at)
{
    return { QString::fromLatin1(name), at };
}

void deferredDeletes()
{
    // callAt/callAfter timers delete themselves with deleteLater(); run those deletions now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

namespace Catch {
template <> struct StringMaker<Fired> {
    static std::string convert(const Fired& f)
    {
        return (f.name + QLatin1Char('@') + f.at.toString(Qt::ISODateWithMs)).toStdString();
    }
};
} // namespace Catch

TEST_CASE("manual clock: advancing fires due timers in due order, ties by arming order", "[clock]")
{
    ManualClock clock;
    const QDateTime t0 = clock.now();
    QVector<Fired> fired;
    auto make = [&](const char* name) {
        auto t = clock.createTimer();
        QObject::connect(t.get(), &ClockTimer::timeout, [&, name] {
            fired.append({ QString::fromLatin1(name), clock.now() });
        });
        return t;
    };
    auto a = make("a");
    auto b = make("b");
    auto c = make("c");
    auto d = make("d");
    CHECK(clock.activeTimers() == 0);
    CHECK_FALSE(clock.nextDue().isValid());

    a->start(300);
    c->start(100); // c is armed before b: on a tie it fires first
    b->start(100);
    d->start(500);
    CHECK(clock.activeTimers() == 4);
    CHECK(clock.nextDue() == t0.addMSecs(100));
    CHECK(a->remainingMs() == 300);

    clock.advanceMs(400);
    CHECK(fired
          == QVector<Fired> { fired_("c", t0.addMSecs(100)), fired_("b", t0.addMSecs(100)),
                              fired_("a", t0.addMSecs(300)) });
    CHECK(clock.now() == t0.addMSecs(400));
    CHECK_FALSE(a->isActive());
    CHECK(a->remainingMs() == -1);
    CHECK(d->isActive());
    CHECK(d->remainingMs() == 100);
    CHECK(clock.activeTimers() == 1);
    CHECK(clock.nextDue() == t0.addMSecs(500));

    // Due exactly at the end of the advance: fires.
    clock.advanceMs(100);
    CHECK(fired.size() == 4);
    CHECK(fired.last() == Fired { QStringLiteral("d"), t0.addMSecs(500) });
    CHECK(clock.activeTimers() == 0);
    CHECK_FALSE(clock.nextDue().isValid());

    // Re-arming an armed timer moves it: it fires once, at the new time.
    a->start(50);
    a->start(200);
    clock.advanceMs(1000);
    CHECK(fired.size() == 5);
    CHECK(fired.last() == Fired { QStringLiteral("a"), t0.addMSecs(700) });
}

TEST_CASE("manual clock: a timer re-armed in its own slot fires again within the same advance", "[clock]")
{
    ManualClock clock;
    const QDateTime t0 = clock.now();
    auto poll = clock.createTimer();
    QVector<QDateTime> at;
    qint64 periodMs = 100;
    QObject::connect(poll.get(), &ClockTimer::timeout, [&] {
        at.append(clock.now());
        poll->start(periodMs); // a poller re-arms its single-shot timer after each round
    });
    poll->start(100);
    clock.advanceMs(350);
    CHECK(at == QVector<QDateTime> { t0.addMSecs(100), t0.addMSecs(200), t0.addMSecs(300) });
    CHECK(clock.now() == t0.addMSecs(350));
    CHECK(poll->isActive());
    CHECK(clock.nextDue() == t0.addMSecs(400));
    CHECK(clock.activeTimers() == 1); // one poller, never a pile of them

    // A month of one-minute polls in one call: 30 × 24 × 60 rounds, the last one at exactly 30 days.
    periodMs = 60 * 1000;
    poll->start(periodMs);
    at.clear();
    clock.advanceMs(30LL * 24 * 60 * 60 * 1000);
    CHECK(at.size() == 30 * 24 * 60);
    CHECK(at.last() == t0.addMSecs(350).addDays(30));
}

TEST_CASE("manual clock: stopped or destroyed before due means never fired", "[clock]")
{
    ManualClock clock;
    int fired = 0;
    auto stopped = clock.createTimer();
    QObject::connect(stopped.get(), &ClockTimer::timeout, [&] { ++fired; });
    stopped->start(100);
    stopped->stop();
    CHECK_FALSE(stopped->isActive());
    CHECK(clock.activeTimers() == 0);

    auto destroyed = clock.createTimer();
    QObject::connect(destroyed.get(), &ClockTimer::timeout, [&] { ++fired; });
    destroyed->start(100);
    CHECK(clock.activeTimers() == 1);
    destroyed.reset();
    CHECK(clock.activeTimers() == 0);

    clock.advanceMs(1000);
    CHECK(fired == 0);

    SECTION("stopped or deleted from another timer's slot at the same instant")
    {
        auto first = clock.createTimer();
        auto second = clock.createTimer();
        auto third = clock.createTimer();
        QObject::connect(second.get(), &ClockTimer::timeout, [&] { ++fired; });
        QObject::connect(third.get(), &ClockTimer::timeout, [&] { ++fired; });
        QObject::connect(first.get(), &ClockTimer::timeout, [&] {
            second->stop(); // a reply arrived: its timeout is cancelled
            third.reset(); // the owner went away
        });
        first->start(100);
        second->start(100);
        third->start(100);
        clock.advanceMs(100);
        CHECK(fired == 0);
        CHECK(clock.activeTimers() == 0);
    }
}

TEST_CASE("manual clock: callAt and callAfter fire once and delete themselves", "[clock]")
{
    ManualClock clock;
    const QDateTime t0 = clock.now();
    QObject context;
    QVector<Fired> fired;
    clock.callAfter(100, &context, [&] { fired.append({ QStringLiteral("after"), clock.now() }); });
    clock.callAt(t0.addMSecs(250), &context, [&] { fired.append({ QStringLiteral("at"), clock.now() }); });
    CHECK(context.findChildren<ClockTimer*>().size() == 2);
    CHECK(clock.activeTimers() == 2);

    clock.advanceMs(1000);
    CHECK(fired == QVector<Fired> { fired_("after", t0.addMSecs(100)), fired_("at", t0.addMSecs(250)) });
    deferredDeletes();
    CHECK(context.findChildren<ClockTimer*>().isEmpty());
    CHECK(clock.activeTimers() == 0);
    clock.advanceMs(10000);
    CHECK(fired.size() == 2);

    SECTION("a time already past fires on the next advance, at once")
    {
        const QDateTime past = clock.now().addSecs(-60);
        clock.callAt(past, &context, [&] { fired.append({ QStringLiteral("past"), clock.now() }); });
        const QDateTime now = clock.now();
        clock.fireDue();
        CHECK(fired.size() == 3);
        CHECK(fired.last() == Fired { QStringLiteral("past"), now });
    }
}

TEST_CASE("manual clock: a destroyed context cancels its callAfter", "[clock]")
{
    ManualClock clock;
    int fired = 0;
    {
        QObject context;
        clock.callAfter(100, &context, [&] { ++fired; });
        CHECK(clock.activeTimers() == 1);
    }
    CHECK(clock.activeTimers() == 0);
    clock.advanceMs(1000);
    CHECK(fired == 0);
}

TEST_CASE("manual clock: set() jumps without firing; fireDue() then fires", "[clock]")
{
    ManualClock clock;
    const QDateTime t0 = clock.now();
    auto timer = clock.createTimer();
    QVector<QDateTime> at;
    QObject::connect(timer.get(), &ClockTimer::timeout, [&] { at.append(clock.now()); });
    timer->start(60 * 1000);

    // The laptop slept for an hour: nothing fired during the jump.
    const QDateTime woke = t0.addSecs(3600);
    clock.set(woke);
    CHECK(at.isEmpty());
    CHECK(timer->isActive());
    CHECK(timer->remainingMs() == 0); // overdue
    CHECK(clock.nextDue() == t0.addSecs(60));

    clock.fireDue();
    // Time never runs backwards: an overdue timer fires at the time it is noticed.
    CHECK(at == QVector<QDateTime> { woke });
    CHECK(clock.now() == woke);
    CHECK(clock.activeTimers() == 0);
}

TEST_CASE("manual clock: a timer outliving its clock is inert", "[clock]")
{
    std::unique_ptr<ClockTimer> timer;
    {
        ManualClock clock;
        timer = clock.createTimer();
        timer->start(100);
    }
    CHECK_FALSE(timer->isActive());
    CHECK(timer->remainingMs() == -1);
    timer->start(100); // no clock to arm on: does nothing rather than crash
    CHECK_FALSE(timer->isActive());
}

TEST_CASE("system clock: a timer fires once after about its interval", "[clock]")
{
    SystemClock clock;
    auto timer = clock.createTimer();
    int fired = 0;
    qint64 firedAfterMs = -1;
    QElapsedTimer elapsed;
    QObject::connect(timer.get(), &ClockTimer::timeout, [&] {
        ++fired;
        firedAfterMs = elapsed.elapsed();
    });
    elapsed.start();
    timer->start(30);
    CHECK(timer->isActive());
    CHECK(timer->remainingMs() > 0);
    CHECK(timer->remainingMs() <= 30);
    REQUIRE(testsupport::waitFor([&] { return fired > 0; }, 5000));
    // Loose bounds: a shared 2-core machine under ASan may be late, never early by more than a tick.
    CHECK(firedAfterMs >= 25);
    CHECK(firedAfterMs < 2000);
    CHECK_FALSE(timer->isActive());
    // Single shot: another 60 ms brings no second timeout.
    testsupport::waitFor([] { return false; }, 60);
    CHECK(fired == 1);
}
