#include "statuspageparser.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

// StatuspageParser::parseHistoryFeed: `history.atom` and `history.rss`. QXmlStreamReader (Qt Core) is enough;
// Qt Xml would be a dependency for nothing. The reader never expands external entities, and Qt caps the
// expansion of internal ones, so a hostile feed cannot blow up memory.

namespace {

const QString kAtomNs = QStringLiteral("http://www.w3.org/2005/Atom");

QString xmlError(const QXmlStreamReader& xml)
{
    return QCoreApplication::translate("StatuspageParser", "The history feed is not valid XML: %1 (line %2, column %3)")
        .arg(xml.errorString())
        .arg(xml.lineNumber())
        .arg(xml.columnNumber());
}

// RSS descriptions come wrapped in a newline and indentation, Atom content does not: whitespace at the
// ends of HTML carries nothing, and trimming makes the .atom and .rss of one page compare equal.
QString elementText(QXmlStreamReader& xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
}

// Atom elements live in the Atom namespace (or none, in sloppy feeds); RSS elements in none. Elements of
// other vocabularies (dc:title, media:…) must not be mistaken for ours just because the local name matches.
bool isOurs(const QXmlStreamReader& xml, const QString& ns)
{
    return xml.namespaceUri().isEmpty() || xml.namespaceUri() == ns;
}

void fillMissingDates(HistoryEntry& e)
{
    if (!e.published.isValid())
        e.published = e.updated;
    if (!e.updated.isValid())
        e.updated = e.published;
}

HistoryEntry readAtomEntry(QXmlStreamReader& xml)
{
    HistoryEntry e;
    QString summary;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (!isOurs(xml, kAtomNs)) {
            xml.skipCurrentElement();
        } else if (name == u"id") {
            e.id = elementText(xml);
        } else if (name == u"title") {
            e.title = elementText(xml);
        } else if (name == u"content") {
            e.content = elementText(xml);
        } else if (name == u"summary") {
            summary = elementText(xml);
        } else if (name == u"published") {
            e.published = StatuspageParser::parseTimestamp(elementText(xml));
        } else if (name == u"updated") {
            e.updated = StatuspageParser::parseTimestamp(elementText(xml));
        } else if (name == u"link") {
            // Statuspage writes one rel="alternate" link; take it, or the first link of any kind.
            const QStringView rel = xml.attributes().value(QLatin1String("rel"));
            if (e.link.isEmpty() || rel.isEmpty() || rel == u"alternate")
                e.link = xml.attributes().value(QLatin1String("href")).toString().trimmed();
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (e.content.isEmpty())
        e.content = summary;
    fillMissingDates(e);
    return e;
}

void readAtom(QXmlStreamReader& xml, QVector<HistoryEntry>& out)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"entry" && isOurs(xml, kAtomNs))
            out.append(readAtomEntry(xml));
        else
            xml.skipCurrentElement();
    }
}

HistoryEntry readRssItem(QXmlStreamReader& xml)
{
    HistoryEntry e;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (!xml.namespaceUri().isEmpty()) {
            xml.skipCurrentElement();
        } else if (name == u"guid") {
            e.id = elementText(xml);
        } else if (name == u"title") {
            e.title = elementText(xml);
        } else if (name == u"link") {
            e.link = elementText(xml);
        } else if (name == u"description") {
            e.content = elementText(xml);
        } else if (name == u"pubDate") {
            // RSS has one date per item; it is both "published" and "updated" for the parity with Atom.
            e.published = StatuspageParser::parseTimestamp(elementText(xml));
        } else {
            xml.skipCurrentElement();
        }
    }
    if (e.id.isEmpty())
        e.id = e.link;
    fillMissingDates(e);
    return e;
}

void readRss(QXmlStreamReader& xml, QVector<HistoryEntry>& out)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != u"channel") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"item" && xml.namespaceUri().isEmpty())
                out.append(readRssItem(xml));
            else
                xml.skipCurrentElement();
        }
    }
}

QString htmlError()
{
    return QCoreApplication::translate("StatuspageParser",
                                       "The status page returned HTML instead of a feed (a login or challenge page?)");
}

} // namespace

ParseResult<QVector<HistoryEntry>> StatuspageParser::parseHistoryFeed(const QByteArray& body)
{
    // An XML declaration must be the first thing in a document, but servers and proxies prepend blank
    // lines; skip them (and a UTF-8 BOM, which QXmlStreamReader would accept anyway).
    qsizetype first = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (first < body.size() && QByteArrayView(" \t\r\n").contains(body.at(first)))
        ++first;
    if (first >= body.size())
        return { std::nullopt, QCoreApplication::translate("StatuspageParser", "The history feed is empty.") };
    const QByteArray head = body.mid(first, 16).toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        return { std::nullopt, htmlError() };

    QXmlStreamReader xml(first > 0 ? body.mid(first) : body);
    if (!xml.readNextStartElement())
        return { std::nullopt,
                 xml.hasError() ? xmlError(xml)
                                : QCoreApplication::translate("StatuspageParser", "The history feed is empty.") };
    QVector<HistoryEntry> entries;
    const QStringView root = xml.name();
    if (root == u"feed") {
        readAtom(xml, entries);
    } else if (root == u"rss") {
        readRss(xml, entries);
    } else if (root.compare(u"html", Qt::CaseInsensitive) == 0) {
        return { std::nullopt, htmlError() };
    } else {
        return { std::nullopt,
                 QCoreApplication::translate("StatuspageParser",
                                             "The history feed has an unexpected shape: root element <%1> is "
                                             "neither an Atom feed nor RSS")
                     .arg(root.left(64)) };
    }
    // Read to the end: a feed cut off mid-transfer is an error, not a shorter history.
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return { std::nullopt, xmlError(xml) };
    return { std::move(entries), {} };
}
