// DESIGN.md "Connectivity": the user's own network is checked only when the feed and every probe failed without
// any HTTP answer. One rule for the tray app and --once.
#include "feed/feedstate.h"
#include "net/connectivity.h"

#include <catch2/catch.hpp>

TEST_CASE("the connectivity check runs only when nothing answered at the HTTP level", "[connectivity]")
{
    using O = ProbeOutcome;
    CHECK(needsConnectivityCheck(true, {}));
    CHECK(needsConnectivityCheck(true, { O::NetworkError, O::Timeout }));
    CHECK_FALSE(needsConnectivityCheck(false, { O::NetworkError }));
    // Any HTTP answer, even an error, proves the network works.
    CHECK_FALSE(needsConnectivityCheck(true, { O::NetworkError, O::Overloaded }));
    CHECK_FALSE(needsConnectivityCheck(true, { O::AuthError }));
    CHECK_FALSE(needsConnectivityCheck(true, { O::Ok }));
}

TEST_CASE("a feed failure counts as network level only without an HTTP status", "[connectivity]")
{
    FeedState feed;
    CHECK_FALSE(feed.failedAtNetworkLevel());
    feed.consecutiveFailures = 1;
    CHECK(feed.failedAtNetworkLevel()); // refused, DNS, timeout: no status
    feed.lastHttpStatus = 503;
    CHECK_FALSE(feed.failedAtNetworkLevel()); // the status page answered: not "is it me?"
    feed.consecutiveFailures = 0;
    feed.lastHttpStatus = 0;
    CHECK_FALSE(feed.failedAtNetworkLevel());
}
