#include "feed/statuspageclient.h"
#include "net/retryafter.h"
#include "net/urlpolicy.h"

#include <catch2/catch.hpp>

TEST_CASE("the feed is polled every interval with at most ±10 % jitter", "[feed][poll]")
{
    StatuspageClientConfig c;
    c.pollIntervalSec = 60;
    CHECK(nextPollDelayMs(c, 0, std::nullopt, 0.5) == 60000);
    CHECK(nextPollDelayMs(c, 0, std::nullopt, 0.0) == 54000);
    CHECK(nextPollDelayMs(c, 0, std::nullopt, 0.999999) == Approx(66000).margin(1));
}

TEST_CASE("failures back off exponentially, capped at 15 minutes", "[feed][poll]")
{
    StatuspageClientConfig c;
    c.pollIntervalSec = 60;
    c.jitter = 0;
    CHECK(nextPollDelayMs(c, 1, std::nullopt, 0.5) == 60000);
    CHECK(nextPollDelayMs(c, 2, std::nullopt, 0.5) == 120000);
    CHECK(nextPollDelayMs(c, 3, std::nullopt, 0.5) == 240000);
    CHECK(nextPollDelayMs(c, 5, std::nullopt, 0.5) == 900000);
    CHECK(nextPollDelayMs(c, 50, std::nullopt, 0.5) == 900000);
}

TEST_CASE("Retry-After is honoured: never poll earlier than the server asked", "[feed][poll]")
{
    StatuspageClientConfig c;
    c.pollIntervalSec = 60;
    c.jitter = 0;
    CHECK(nextPollDelayMs(c, 1, 300, 0.5) == 300000);
    CHECK(nextPollDelayMs(c, 0, 5, 0.5) == 60000);
    const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    CHECK(parseRetryAfter("120", now) == 120);
    CHECK(parseRetryAfter("Fri, 27 Nov 2026 12:02:00 GMT", now) == 120);
    CHECK_FALSE(parseRetryAfter("soon", now).has_value());
    CHECK_FALSE(parseRetryAfter("", now).has_value());
    // QString::toDouble accepts these; a server sending them must not become a wait (or undefined behaviour).
    for (const char* notANumber : { "nan", "nAn", "inf", "-inf", "infinity" })
        CHECK_FALSE(parseRetryAfter(notANumber, now).has_value());
}

TEST_CASE("plain http is accepted only for loopback hosts", "[url]")
{
    CHECK_FALSE(refuseUrl(QUrl(QStringLiteral("https://status.claude.com"))).has_value());
    CHECK_FALSE(refuseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))).has_value());
    CHECK_FALSE(refuseUrl(QUrl(QStringLiteral("http://localhost:8080"))).has_value());
    CHECK_FALSE(refuseUrl(QUrl(QStringLiteral("http://[::1]:8080"))).has_value());
    CHECK(refuseUrl(QUrl(QStringLiteral("http://status.claude.com"))).has_value());
    CHECK(refuseUrl(QUrl(QStringLiteral("http://127.evil.example"))).has_value());
    CHECK(refuseUrl(QUrl(QStringLiteral("ftp://status.claude.com"))).has_value());
    CHECK(refuseUrl(QUrl(QStringLiteral("not a url"))).has_value());
}
