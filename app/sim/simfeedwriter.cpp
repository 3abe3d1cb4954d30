#include "simfeedwriter.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>
#include <QXmlStreamWriter>

namespace {

QDateTime parseTime(const QJsonObject& o, const char* key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs).toUTC();
}

QString rfc3339(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString rfc822(const QDateTime& t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss '+0000'"));
}

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

// The HTML Statuspage puts in <content>/<description>; QXmlStreamWriter escapes it once more.
QString updatesHtml(const QJsonObject& incident)
{
    QString html;
    for (const QJsonValue& v : incident.value(QStringLiteral("incident_updates")).toArray()) {
        const QJsonObject u = v.toObject();
        const QDateTime at = parseTime(u, "display_at");
        html += QStringLiteral("<p><small>%1 <var data-var='date'>%2</var>, <var data-var='time'>%3</var> UTC</small>"
                               "<br><strong>%4</strong> - %5</p>")
                    .arg(QLocale::c().toString(at, QStringLiteral("MMM")),
                         QString::number(at.date().day()).rightJustified(2), at.toString(QStringLiteral("hh:mm")),
                         capitalised(u.value(QStringLiteral("status")).toString()).toHtmlEscaped(),
                         u.value(QStringLiteral("body")).toString().toHtmlEscaped());
    }
    return html;
}

QString pageUrl(const QJsonObject& page)
{
    return page.value(QStringLiteral("url")).toString(QStringLiteral("https://status.claude.com"));
}

QString incidentUrl(const QJsonObject& page, const QJsonObject& incident)
{
    return pageUrl(page) + QStringLiteral("/incidents/") + incident.value(QStringLiteral("id")).toString();
}

} // namespace

QByteArray SimFeedWriter::atom(const QJsonObject& page, const QJsonArray& incidents)
{
    const QString url = pageUrl(page);
    const QString host = QUrl(url).host();
    const QString name = page.value(QStringLiteral("name")).toString(QStringLiteral("Claude"));
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("feed"));
    w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en-US"));
    w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    w.writeTextElement(QStringLiteral("id"), QStringLiteral("tag:%1,2005:/history").arg(host));
    auto link = [&w](const QString& rel, const QString& type, const QString& href) {
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("rel"), rel);
        w.writeAttribute(QStringLiteral("type"), type);
        w.writeAttribute(QStringLiteral("href"), href);
    };
    link(QStringLiteral("alternate"), QStringLiteral("text/html"), url);
    link(QStringLiteral("self"), QStringLiteral("application/atom+xml"), url + QStringLiteral("/history.atom"));
    w.writeTextElement(QStringLiteral("title"), name + QStringLiteral(" Status - Incident History"));
    w.writeTextElement(QStringLiteral("updated"), rfc3339(parseTime(page, "updated_at")));
    w.writeStartElement(QStringLiteral("author"));
    w.writeTextElement(QStringLiteral("name"), name);
    w.writeEndElement();
    for (const QJsonValue& v : incidents) {
        const QJsonObject i = v.toObject();
        w.writeStartElement(QStringLiteral("entry"));
        w.writeTextElement(
            QStringLiteral("id"),
            QStringLiteral("tag:%1,2005:Incident/%2").arg(host, i.value(QStringLiteral("id")).toString()));
        w.writeTextElement(QStringLiteral("published"), rfc3339(parseTime(i, "created_at")));
        w.writeTextElement(QStringLiteral("updated"), rfc3339(parseTime(i, "updated_at")));
        link(QStringLiteral("alternate"), QStringLiteral("text/html"), incidentUrl(page, i));
        w.writeTextElement(QStringLiteral("title"), i.value(QStringLiteral("name")).toString());
        w.writeStartElement(QStringLiteral("content"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("html"));
        w.writeCharacters(updatesHtml(i));
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndDocument();
    return out;
}

QByteArray SimFeedWriter::rss(const QJsonObject& page, const QJsonArray& incidents)
{
    const QString url = pageUrl(page);
    const QString title = page.value(QStringLiteral("name")).toString(QStringLiteral("Claude"))
        + QStringLiteral(" Status - Incident History");
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("rss"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    w.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    w.writeStartElement(QStringLiteral("channel"));
    w.writeTextElement(QStringLiteral("title"), title);
    w.writeTextElement(QStringLiteral("link"), url);
    w.writeTextElement(QStringLiteral("description"), title);
    w.writeTextElement(QStringLiteral("pubDate"), rfc822(parseTime(page, "updated_at")));
    for (const QJsonValue& v : incidents) {
        const QJsonObject i = v.toObject();
        w.writeStartElement(QStringLiteral("item"));
        w.writeTextElement(QStringLiteral("title"), i.value(QStringLiteral("name")).toString());
        w.writeTextElement(QStringLiteral("description"), updatesHtml(i));
        w.writeTextElement(QStringLiteral("pubDate"), rfc822(parseTime(i, "updated_at")));
        w.writeTextElement(QStringLiteral("link"), incidentUrl(page, i));
        w.writeTextElement(QStringLiteral("guid"), incidentUrl(page, i));
        w.writeEndElement();
    }
    w.writeEndDocument();
    return out;
}
