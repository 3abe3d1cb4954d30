// StatuspageParser::parseHistoryFeed (Atom and RSS 2.0) and RFC 822 dates, against real captures.
#include "feed/statuspageparser.h"
#include "testhelpers.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace {

using testsupport::fixtureBytes;
using testsupport::utc;

QVector<HistoryEntry> parsed(const char* name)
{
    const auto r = StatuspageParser::parseHistoryFeed(fixtureBytes(name));
    INFO(r.error.toStdString());
    REQUIRE(r.ok());
    return *r.value;
}

} // namespace

TEST_CASE("streamyard atom: 17 entries, first and last exact", "[history][fixture]")
{
    const auto entries = parsed("streamyard_history.atom");
    REQUIRE(entries.size() == 17);
    const HistoryEntry& first = entries.first();
    CHECK(first.id == u"tag:status.streamyard.com,2005:Incident/19937356");
    CHECK(first.title == u"Networking issues");
    CHECK(first.link == u"https://status.streamyard.com/incidents/l4222m9bmd6k");
    CHECK(first.published == utc("2024-02-08T09:00:14Z"));
    CHECK(first.updated == utc("2024-02-09T17:35:55Z"));
    CHECK(first.published.timeSpec() == Qt::UTC);
    CHECK(first.content.startsWith(u"<p><small>Feb <var data-var='date'> 8</var>"));
    CHECK(first.content.endsWith(u"We are investigating.</p>"));
    CHECK(first.content.size() == 518);
    CHECK(entries.last().title == u"LinkedIn Comments Issue");
    CHECK(entries.last().published == utc("2022-02-14T23:27:00Z"));
    for (const HistoryEntry& e : entries) {
        CHECK(e.published.isValid());
        CHECK(e.updated >= e.published);
        CHECK(e.link.startsWith(u"https://status.streamyard.com/incidents/"));
    }
}

TEST_CASE("digitalocean atom: 25 entries, entities decoded", "[history][fixture]")
{
    const auto entries = parsed("digitalocean_history.atom");
    REQUIRE(entries.size() == 25);
    CHECK(entries.first().id == u"tag:status.digitalocean.com,2005:Incident/3156689");
    CHECK(entries.first().title == u"Event Processing Delays & Droplet Creates Issue");
    CHECK(entries.first().published == utc("2019-10-30T23:05:10Z"));
    CHECK(entries.first().updated == utc("2019-10-30T23:05:12Z"));
    CHECK(entries.first().link == u"https://status.digitalocean.com/incidents/w4j2nj1trtsg");
    CHECK(entries.first().content.contains(u"<strong>Monitoring</strong>"));
    CHECK(entries.last().title == u"Service Creation Issues across all regions");
    CHECK(entries.last().published == utc("2019-09-27T19:33:15Z"));
}

TEST_CASE("parse.com rss (2014, CRLF, -0800 dates): 17 items", "[history][fixture]")
{
    const auto entries = parsed("parse_history.rss");
    REQUIRE(entries.size() == 17);
    const HistoryEntry& first = entries.first();
    CHECK(first.id == u"http://status.parse.com/incidents/lzf7mjchpy20");
    CHECK(first.link == first.id);
    CHECK(first.title == u"Elevated error rates");
    CHECK(first.published == utc("2014-01-01T17:09:00Z")); // Wed, 01 Jan 2014 09:09:00 -0800
    CHECK(first.updated == first.published);
    CHECK(first.content.startsWith(u"<p><small>Jan  1, 09:09 PST</small><br><strong>Resolved</strong>"));
    CHECK(entries.last().title == u"Parse Hosting Issue");
    CHECK(entries.last().published == utc("2013-07-22T22:04:43Z")); // -0700 in summer
    bool postmortem = false;
    for (const HistoryEntry& e : entries)
        postmortem = postmortem || e.content.contains(u"<strong>Postmortem</strong>");
    CHECK(postmortem);
}

TEST_CASE("streamyard .atom and .rss of the same day agree", "[history][fixture]")
{
    const auto atom = parsed("streamyard_history.atom");
    const auto rss = parsed("streamyard_history.rss");
    REQUIRE(atom.size() == 17);
    REQUIRE(rss.size() == atom.size());
    for (int i = 0; i < atom.size(); ++i) {
        CAPTURE(i);
        CHECK(rss.at(i).title == atom.at(i).title);
        CHECK(rss.at(i).published == atom.at(i).published);
        CHECK(rss.at(i).link == atom.at(i).link);
        CHECK(rss.at(i).content == atom.at(i).content);
    }
    CHECK(rss.first().id == u"https://status.streamyard.com/incidents/l4222m9bmd6k");
}

TEST_CASE("synthetic feeds: fallbacks, foreign namespaces, blank lines before the declaration", "[history]")
{
    const auto atom = StatuspageParser::parseHistoryFeed("\xEF\xBB\xBF\n\n<?xml version=\"1.0\"?>"
                                                         "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                                                         "<entry><id>a</id><title>T</title>"
                                                         "<link rel=\"self\" href=\"s\"/><link href=\"h\"/>"
                                                         "<summary> S </summary>"
                                                         "<updated>2024-01-01T00:00:00-07:00</updated>"
                                                         "<x:title xmlns:x=\"urn:x\">not ours</x:title></entry>"
                                                         "</feed>");
    REQUIRE(atom.ok());
    REQUIRE(atom.value->size() == 1);
    const HistoryEntry& e = atom.value->first();
    CHECK(e.title == u"T");
    CHECK(e.link == u"h");
    CHECK(e.content == u"S");
    CHECK(e.published == utc("2024-01-01T07:00:00Z"));
    CHECK(e.updated == e.published);

    const auto rss = StatuspageParser::parseHistoryFeed(
        "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>x</title>"
        "<item><title>A</title><dc:title>B</dc:title><link>L</link><pubDate>30 Oct 2019 14:09 GMT</pubDate></item>"
        "<item/></channel></rss>");
    REQUIRE(rss.ok());
    REQUIRE(rss.value->size() == 2);
    CHECK(rss.value->first().title == u"A");
    CHECK(rss.value->first().id == u"L");
    CHECK(rss.value->first().published == utc("2019-10-30T14:09:00Z"));
    CHECK_FALSE(rss.value->last().published.isValid());

    const auto empty = StatuspageParser::parseHistoryFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
    REQUIRE(empty.ok());
    CHECK(empty.value->isEmpty());
}

TEST_CASE("bad history bodies are errors with a reason", "[history][errors]")
{
    const QByteArray atom = fixtureBytes("streamyard_history.atom");
    struct Bad {
        QByteArray body;
        const char* reason;
    };
    const Bad bad = GENERATE_COPY(values<Bad>({
        { "", "empty" },
        { "\n \t", "empty" },
        { "<!DOCTYPE html><html><body>Operational</body></html>", "HTML instead of a feed" },
        { "\xEF\xBB\xBF  <HTML><p>Just a moment...", "HTML instead of a feed" },
        { "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", "HTML instead of a feed" },
        { atom.left(atom.size() / 2), "not valid XML" },
        { atom + "<feed/>", "not valid XML" },
        { "{\"status\":{\"indicator\":\"none\"}}", "not valid XML" },
        { "<?xml version=\"1.0\"?>", "not valid XML" },
        { "<feed><entry>", "not valid XML" },
        { "<urlset><url/></urlset>", "unexpected shape" },
        { QByteArray("<feed>\x00</feed>", 14), "not valid XML" },
    }));
    CAPTURE(bad.body.left(60).toStdString());
    const auto r = StatuspageParser::parseHistoryFeed(bad.body);
    CHECK_FALSE(r.ok());
    CHECK(r.error.contains(QLatin1String(bad.reason)));
}

TEST_CASE("RFC 822 dates as in history.rss", "[history][time]")
{
    struct Case {
        const char* text;
        const char* expectedUtc;
    };
    const Case c = GENERATE(values<Case>({
        { "Wed, 30 Oct 2019 14:09:11 +0000", "2019-10-30T14:09:11Z" },
        { "Thu, 09 Jan 2014 16:00:23 -0800", "2014-01-10T00:00:23Z" },
        { "Mon, 22 Jul 2013 15:04:43 -0700", "2013-07-22T22:04:43Z" },
        { "30 Oct 2019 14:09:11 GMT", "2019-10-30T14:09:11Z" },
        { "Wed, 1 Jan 2014 09:09 PST", "2014-01-01T17:09:00Z" },
        { "wed, 30 oct 19 14:09:11 edt", "2019-10-30T18:09:11Z" },
        { "Sat, 1 Jan 2000 05:30:00 +0530", "2000-01-01T00:00:00Z" },
    }));
    CAPTURE(c.text);
    const QDateTime d = StatuspageParser::parseTimestamp(QString::fromLatin1(c.text));
    CHECK(d == utc(c.expectedUtc));
    CHECK(d.timeSpec() == Qt::UTC);
}

TEST_CASE("malformed RFC 822 dates are null", "[history][time]")
{
    const char* text
        = GENERATE("Wed 30 Oct 2019 14:09:11 +0000", "Wed, 30 Foo 2019 14:09:11 +0000",
                   "Wed, 32 Oct 2019 14:09:11 +0000", "Wed, 30 Oct 2019 14:09:11 XYZ", "Wed, 30 Oct 201 14:09:11 +0000",
                   "Wed, 30 Oct 2019 14.09.11 +0000", "Wed, 30 Oct 2019", "Wed, 30 Oct 2019 14:09:11 +0", ",");
    CAPTURE(text);
    CHECK_FALSE(StatuspageParser::parseTimestamp(QString::fromLatin1(text)).isValid());
}
