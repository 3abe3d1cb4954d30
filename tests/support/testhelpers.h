#pragma once
// Small helpers shared by the Catch2 tests: fixtures, event-loop waits, readable Qt values in failure messages.

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime& d) { return d.toString(Qt::ISODateWithMs).toStdString(); }
};
} // namespace Catch

namespace testsupport {

/*! \brief Bytes of a real capture in tests/fixtures/statuspage/. */
inline QByteArray fixtureBytes(const char* name)
{
    QFile f(QStringLiteral(MODELPULSE_FIXTURES "/statuspage/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/*! \brief An instant from ISO 8601 text; Qt's own parser is the independent oracle. */
inline QDateTime utc(const char* iso)
{
    const QDateTime d = QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
    REQUIRE(d.isValid());
    return d;
}

/*! \brief Spins the event loop until \a done() or \a timeoutMs; returns done(). */
template <typename Pred> bool waitFor(Pred done, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return done();
}

} // namespace testsupport
