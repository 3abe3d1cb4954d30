#include "statuspageparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

// JSON side of StatuspageParser (summary, incidents) and parseTimestamp; Atom/RSS live in historyfeedparser.cpp.
// Every value is read through a type check: a real feed sends null where you expect an array
// (affected_components), a string where you expect an array (reminder_intervals "[]"), and a 19-digit
// tweet_id that no double holds exactly. None of those fields are read unless needed, and none can throw.

namespace {

const QByteArray kUtf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

QString unexpectedShape(const QString& detail)
{
    return QCoreApplication::translate("StatuspageParser", "The status feed has an unexpected shape: %1").arg(detail);
}

struct JsonRoot {
    QJsonObject object;
    QString error; //!< empty on success
};

// Distinguishes the failures a user can act on: an empty body, an HTML page (captive portal, Cloudflare
// challenge, login wall — DESIGN.md: "a 403/405 challenge … is a failed fetch, never all clear") and
// broken JSON (usually a truncated transfer).
JsonRoot parseRoot(const QByteArray& body)
{
    const qsizetype bom = body.startsWith(kUtf8Bom) ? kUtf8Bom.size() : 0;
    qsizetype first = bom;
    while (first < body.size()
           && (body.at(first) == ' ' || body.at(first) == '\n' || body.at(first) == '\r' || body.at(first) == '\t'))
        ++first;
    if (first >= body.size())
        return { {}, QCoreApplication::translate("StatuspageParser", "The status feed is empty.") };
    if (body.at(first) == '<')
        return { {},
                 QCoreApplication::translate("StatuspageParser",
                                             "The status page returned HTML instead of JSON (a login or challenge "
                                             "page?)") };
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(bom ? body.mid(bom) : body, &err);
    if (err.error != QJsonParseError::NoError)
        return { {},
                 QCoreApplication::translate("StatuspageParser", "The status feed is not valid JSON: %1 at offset %2")
                     .arg(err.errorString())
                     .arg(err.offset + bom) };
    if (doc.isArray())
        return { {},
                 unexpectedShape(QCoreApplication::translate("StatuspageParser", "an array instead of an object")) };
    if (!doc.isObject())
        return { {}, unexpectedShape(QCoreApplication::translate("StatuspageParser", "not a JSON object")) };
    return { doc.object(), {} };
}

QString str(const QJsonObject& o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

QDateTime timeOf(const QJsonObject& o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? StatuspageParser::parseTimestamp(v.toString()) : QDateTime();
}

// Real captures repeat a component in one update when old_status == new_status; ids must be a set.
void appendUnique(QStringList& list, const QString& id)
{
    if (!id.isEmpty() && !list.contains(id))
        list.append(id);
}

IncidentUpdate updateFrom(const QJsonObject& o)
{
    IncidentUpdate u;
    u.id = str(o, QLatin1String("id"));
    u.status = str(o, QLatin1String("status"));
    u.body = str(o, QLatin1String("body"));
    u.createdAt = timeOf(o, QLatin1String("created_at"));
    if (!u.createdAt.isValid())
        u.createdAt = timeOf(o, QLatin1String("display_at"));
    // null on many real updates (github summary 2022-11-25); toArray() of null is empty.
    const QJsonArray affected = o.value(QLatin1String("affected_components")).toArray();
    for (const QJsonValue& a : affected) {
        const QJsonObject c = a.toObject();
        appendUnique(u.affectedComponentIds, str(c, QLatin1String("code")));
        if (!str(c, QLatin1String("code")).isEmpty())
            u.componentChanges.append({ str(c, QLatin1String("code")), str(c, QLatin1String("old_status")),
                                        str(c, QLatin1String("new_status")) });
    }
    return u;
}

Incident incidentFrom(const QJsonObject& o)
{
    Incident inc;
    inc.id = str(o, QLatin1String("id"));
    inc.name = str(o, QLatin1String("name"));
    inc.status = str(o, QLatin1String("status"));
    inc.impact = str(o, QLatin1String("impact"));
    inc.shortlink = str(o, QLatin1String("shortlink"));
    inc.createdAt = timeOf(o, QLatin1String("created_at"));
    inc.updatedAt = timeOf(o, QLatin1String("updated_at"));
    // Older incidents and scheduled maintenances have no started_at; creation is the honest start.
    inc.startedAt = timeOf(o, QLatin1String("started_at"));
    if (!inc.startedAt.isValid())
        inc.startedAt = inc.createdAt;
    inc.resolvedAt = timeOf(o, QLatin1String("resolved_at"));
    inc.scheduledFor = timeOf(o, QLatin1String("scheduled_for"));
    inc.scheduledUntil = timeOf(o, QLatin1String("scheduled_until"));
    const QJsonArray components = o.value(QLatin1String("components")).toArray();
    for (const QJsonValue& c : components)
        appendUnique(inc.componentIds, str(c.toObject(), QLatin1String("id")));
    const QJsonArray updates = o.value(QLatin1String("incident_updates")).toArray();
    inc.updates.reserve(updates.size());
    for (const QJsonValue& u : updates) {
        if (u.isObject())
            inc.updates.append(updateFrom(u.toObject()));
    }
    return inc;
}

QVector<Incident> incidentsFrom(const QJsonValue& v)
{
    QVector<Incident> out;
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (const QJsonValue& i : array) {
        if (i.isObject())
            out.append(incidentFrom(i.toObject()));
    }
    return out;
}

Component componentFrom(const QJsonObject& o)
{
    Component c;
    c.id = str(o, QLatin1String("id"));
    c.name = str(o, QLatin1String("name"));
    c.rawStatus = str(o, QLatin1String("status"));
    c.status = healthStateFromKey(c.rawStatus);
    c.groupId = str(o, QLatin1String("group_id"));
    c.isGroup = o.value(QLatin1String("group")).toBool();
    c.position = o.value(QLatin1String("position")).toInt();
    return c;
}

// A 200 JSON body that says nothing must not read as "no components, no incidents: all clear" (`{}`, another API's
// object, `components: []` without a status, numbers where the page has strings, `"status": "ok"`). Real pages
// always carry a string indicator or components with string statuses; the incident.io shim has both.
QString summaryShapeProblem(const QJsonObject& o)
{
    const QJsonValue status = o.value(QLatin1String("status"));
    const QJsonValue components = o.value(QLatin1String("components"));
    if (!status.isUndefined() && !status.isNull() && !status.isObject())
        return QCoreApplication::translate("StatuspageParser", "“status” is not an object");
    const QJsonValue indicator = status.toObject().value(QLatin1String("indicator"));
    if (!indicator.isUndefined() && !indicator.isNull() && !indicator.isString())
        return QCoreApplication::translate("StatuspageParser", "the status indicator is not a word");
    if (!components.isUndefined() && !components.isNull() && !components.isArray())
        return QCoreApplication::translate("StatuspageParser", "“components” is not a list");
    bool anyComponent = false;
    for (const QJsonValue& c : components.toArray()) {
        if (!c.isObject())
            return QCoreApplication::translate("StatuspageParser", "a component that is not an object");
        const QJsonObject co = c.toObject();
        for (const char* key : { "id", "name", "status" }) {
            const QJsonValue v = co.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isNull() && !v.isString())
                return QCoreApplication::translate("StatuspageParser", "a component whose %1 is not text")
                    .arg(QLatin1String(key));
        }
        // A component without a status word maps to unknown (a group may have none); one without a name or id too is
        // nothing at all.
        anyComponent
            = anyComponent || co.value(QLatin1String("id")).isString() || co.value(QLatin1String("name")).isString();
    }
    if (!indicator.isString() && !anyComponent)
        return QCoreApplication::translate("StatuspageParser", "no status indicator and no component list");
    return {};
}

} // namespace

ParseResult<StatusSummary> StatuspageParser::parseSummary(const QByteArray& body)
{
    const JsonRoot root = parseRoot(body);
    if (!root.error.isEmpty())
        return { std::nullopt, root.error };
    const QJsonObject& o = root.object;
    if (const QString why = summaryShapeProblem(o); !why.isEmpty())
        return { std::nullopt, unexpectedShape(why), QStringLiteral("feed_not_status_page") };
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    const QJsonValue components = o.value(QLatin1String("components"));

    StatusSummary s;
    const QJsonObject page = o.value(QLatin1String("page")).toObject();
    s.pageId = str(page, QLatin1String("id"));
    s.pageName = str(page, QLatin1String("name"));
    s.pageUrl = str(page, QLatin1String("url"));
    s.pageUpdatedAt = timeOf(page, QLatin1String("updated_at"));
    s.indicator = str(status, QLatin1String("indicator"));
    s.description = str(status, QLatin1String("description"));
    const QJsonArray componentArray = components.toArray();
    s.components.reserve(componentArray.size());
    for (const QJsonValue& c : componentArray) {
        if (c.isObject())
            s.components.append(componentFrom(c.toObject()));
    }
    // The incident.io shim (status.openai.com) omits both lists: empty, not an error.
    s.incidents = incidentsFrom(o.value(QLatin1String("incidents")));
    s.maintenances = incidentsFrom(o.value(QLatin1String("scheduled_maintenances")));
    return { std::move(s), {} };
}

ParseResult<QVector<Incident>> StatuspageParser::parseIncidents(const QByteArray& body)
{
    const JsonRoot root = parseRoot(body);
    if (!root.error.isEmpty())
        return { std::nullopt, root.error };
    for (const char* key : { "incidents", "scheduled_maintenances" }) {
        const QJsonValue list = root.object.value(QLatin1String(key));
        if (list.isArray())
            return { incidentsFrom(list), {} };
    }
    return { std::nullopt,
             unexpectedShape(
                 QCoreApplication::translate("StatuspageParser", "no incidents or scheduled_maintenances list")) };
}

ParseResult<Incident> StatuspageParser::parseIncident(const QByteArray& body)
{
    const JsonRoot root = parseRoot(body);
    if (!root.error.isEmpty())
        return { std::nullopt, root.error };
    const QJsonValue incident = root.object.value(QLatin1String("incident"));
    if (!incident.isObject())
        return { std::nullopt, unexpectedShape(QCoreApplication::translate("StatuspageParser", "no incident object")) };
    return { incidentFrom(incident.toObject()), {} };
}

// ---- timestamps -------------------------------------------------------------------------------------------
// Hand-rolled: QDateTime::fromString knows nothing of RFC 822 zone names ("PST" in the 2014 parse.com RSS)
// and costs several microseconds a call, which the summary benchmark pays ~40 times. ASCII digits only.
namespace {

class TextCursor {
public:
    explicit TextCursor(QStringView text)
        : m_text(text.trimmed())
    {
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char16_t peek() const { return atEnd() ? u'\0' : m_text.at(m_pos).unicode(); }
    bool eat(char16_t c) { return peek() == c ? (++m_pos, true) : false; }
    void skipSpaces()
    {
        while (peek() == u' ')
            ++m_pos;
    }
    //! Reads up to maxCount ASCII digits; returns how many were read.
    int digits(int maxCount, int& out)
    {
        out = 0;
        int n = 0;
        for (; n < maxCount && peek() >= u'0' && peek() <= u'9'; ++n, ++m_pos)
            out = out * 10 + (peek() - u'0');
        return n;
    }
    bool exactly(int count, int& out) { return digits(count, out) == count; }
    QStringView word()
    {
        const qsizetype start = m_pos;
        while ((peek() | 0x20) >= u'a' && (peek() | 0x20) <= u'z')
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    bool looksIso() const { return m_text.size() > 4 && m_text.at(4) == u'-'; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

//! HH:MM[:SS[.fraction]]; Statuspage sends milliseconds, others more digits: the first three count.
bool readTime(TextCursor& c, QTime& time)
{
    int h = 0, m = 0, s = 0, frac = 0;
    if (!c.exactly(2, h) || !c.eat(u':') || !c.exactly(2, m))
        return false;
    if (c.eat(u':') && !c.exactly(2, s))
        return false;
    if (c.eat(u'.') || c.eat(u',')) {
        const int n = c.digits(3, frac);
        if (n == 0)
            return false;
        frac *= n == 1 ? 100 : (n == 2 ? 10 : 1);
        int rest = 0;
        while (c.digits(9, rest) > 0) { }
    }
    time = QTime(h, m, s, frac);
    return time.isValid();
}

//! "Z", "±HH:MM", "±HHMM", "±HH", RFC 822 names; nothing at all is taken as UTC. Seconds east of UTC.
bool readZone(TextCursor& c, int& offset)
{
    c.skipSpaces();
    offset = 0;
    if (c.atEnd())
        return true;
    const int sign = c.eat(u'+') ? 1 : (c.eat(u'-') ? -1 : 0);
    if (sign != 0) {
        int h = 0, m = 0;
        if (!c.exactly(2, h))
            return false;
        c.eat(u':');
        if (!c.atEnd() && !c.exactly(2, m))
            return false;
        offset = sign * (h * 3600 + m * 60);
        return h <= 23 && m <= 59 && c.atEnd();
    }
    const QStringView name = c.word();
    if (!c.atEnd())
        return false;
    static const struct {
        const char16_t* name;
        int hours;
    } zones[] = { { u"Z", 0 },    { u"UT", 0 },   { u"UTC", 0 },  { u"GMT", 0 },  { u"EST", -5 }, { u"EDT", -4 },
                  { u"CST", -6 }, { u"CDT", -5 }, { u"MST", -7 }, { u"MDT", -6 }, { u"PST", -8 }, { u"PDT", -7 } };
    for (const auto& z : zones) {
        if (name.compare(QStringView(z.name), Qt::CaseInsensitive) == 0) {
            offset = z.hours * 3600;
            return true;
        }
    }
    return false; // an unknown zone name: better no time than a wrong one
}

//! "Wed, 30 Oct 2019 14:09:11 +0000" (RFC 822 / 2822, as in history.rss); the weekday is optional and unchecked.
bool readRfc822Date(TextCursor& c, QDate& date)
{
    if (!c.word().isEmpty() && !c.eat(u','))
        return false;
    c.skipSpaces();
    int day = 0, year = 0;
    if (c.digits(2, day) == 0)
        return false;
    c.skipSpaces();
    const QStringView monthName = c.word();
    static const char16_t* const months[]
        = { u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun", u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec" };
    int month = 0;
    for (int i = 0; i < 12 && month == 0; ++i) {
        if (monthName.compare(QStringView(months[i]), Qt::CaseInsensitive) == 0)
            month = i + 1;
    }
    c.skipSpaces();
    const int yearDigits = c.digits(4, year);
    if (yearDigits == 2)
        year += year < 50 ? 2000 : 1900; // RFC 2822 §4.3
    else if (yearDigits != 4)
        return false;
    c.skipSpaces();
    date = QDate(year, month, day);
    return date.isValid();
}

} // namespace

QDateTime StatuspageParser::parseTimestamp(QStringView text)
{
    TextCursor c(text);
    QDate date;
    QTime time;
    int offset = 0;
    if (c.looksIso()) {
        int y = 0, mo = 0, d = 0;
        if (!c.exactly(4, y) || !c.eat(u'-') || !c.exactly(2, mo) || !c.eat(u'-') || !c.exactly(2, d))
            return {};
        if (!c.eat(u'T') && !c.eat(u't') && !c.eat(u' '))
            return {};
        date = QDate(y, mo, d);
    } else if (!readRfc822Date(c, date)) {
        return {};
    }
    if (!date.isValid() || !readTime(c, time) || !readZone(c, offset))
        return {};
    // Stored as UTC whatever the wire offset was ("-07:00" in some captures), so comparisons are plain.
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}
