// Incident → model attribution: which models does a piece of status-page prose name?
//
// Real titles and bodies this has to read (status.claude.com):
//   "Elevated errors on Claude Opus 4.7"                      → Opus 4.7 only, not Opus 4.5
//   "…requests to Claude Mythos 5.1, Claude Fable 5.1, and Claude Opus 5"
//   "Elevated errors on Claude.ai, API, Claude Code"          → no model at all
// plus the 2024 naming ("Claude 3.5 Sonnet") and raw API ids ("claude-opus-4-5-20251101").
//
// A hand-written tokeniser rather than regular expressions: the evaluator runs on every poll, and one
// pass over each text yields every mention, which is then checked against every watched model.

#include "healthevaluator.h"

namespace {

// Families with a name of their own. Bare words count ("Opus models"); the watched models' own families
// are added at run time, so a future family is recognised as soon as the user watches it.
constexpr const char16_t* kFamilies[] = { u"opus", u"sonnet", u"haiku", u"mythos", u"fable" };

// Capitalised words after "Claude" that are products, not models: "Claude Code 2.0" is not a model.
constexpr const char16_t* kNotModels[] = {
    u"ai",  u"api", u"apps",   u"app",   u"code",   u"desktop", u"console", u"platform",
    u"pro", u"max", u"team",   u"teams", u"gov",    u"mobile",  u"web",     u"chat",
    u"sdk", u"cli", u"status", u"agent", u"agents", u"for",     u"in",      u"enterprise",
};

enum class Kind { Word, Number, Id, Punct };

struct Token {
    Kind kind;
    QStringView text;
};

struct Mention {
    QString family; //!< lower case; empty for "Claude 2.1"
    QString version; //!< dotted; empty for a bare family ("Opus models")
    bool deliberate = false; //!< bare family followed by "model(s)": never read as a back-reference
};

bool isWordBoundaryBefore(QStringView text, qsizetype i)
{
    return i == 0 || !(text.at(i - 1).isLetterOrNumber() || text.at(i - 1) == u'-');
}

// "claude-opus-4-5-20251101", "claude-3-5-sonnet": a hyphenated id with at least one digit.
qsizetype idLength(QStringView text, qsizetype i)
{
    static const QString prefix = QStringLiteral("claude-");
    if (!isWordBoundaryBefore(text, i) || !text.mid(i).startsWith(prefix, Qt::CaseInsensitive))
        return 0;
    qsizetype end = i + prefix.size();
    bool digit = false;
    while (end < text.size()) {
        const QChar c = text.at(end);
        const bool dotInVersion = c == u'.' && end + 1 < text.size() && text.at(end + 1).isDigit(); // -1.2
        if (!(c.isLetterOrNumber() || c == u'-' || dotInVersion))
            break;
        digit = digit || c.isDigit();
        ++end;
    }
    while (end > i && (text.at(end - 1) == u'.' || text.at(end - 1) == u'-'))
        --end; // sentence punctuation after the id
    return digit ? end - i : 0;
}

QVector<Token> tokenize(QStringView text)
{
    QVector<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (const qsizetype len = idLength(text, i)) {
            tokens.append({ Kind::Id, text.mid(i, len) });
            i += len;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            tokens.append({ Kind::Word, text.mid(i, end - i) });
            i = end;
        } else if (c.isDigit()) {
            // digits, and "." or "-" between digits: "4.5", "4-5", "3.5". "4.5." ends before the full stop.
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = text.at(end);
                if (d.isDigit() || ((d == u'.' || d == u'-') && end + 1 < n && text.at(end + 1).isDigit()))
                    ++end;
                else
                    break;
            }
            tokens.append({ Kind::Number, text.mid(i, end - i) });
            i = end;
        } else {
            tokens.append({ Kind::Punct, text.mid(i, 1) });
            ++i;
        }
    }
    return tokens;
}

// "4-5" → "4.5"; a trailing 8-digit snapshot date ("4-5-20251101") is not part of the version.
QString normalizeVersion(QStringView number)
{
    QString v = number.toString();
    v.replace(u'-', u'.');
    const qsizetype dot = v.lastIndexOf(u'.');
    if (dot > 0 && v.size() - dot - 1 == 8)
        v.truncate(dot);
    return v;
}

// Model versions so far are 1–2 digit majors (2.1, 3.5, 4.5, 5). Without a family word to anchor it,
// "Claude 529 errors" or "Claude Code 2025" must not read as a model.
bool looksLikeVersion(QStringView number)
{
    qsizetype major = 0;
    while (major < number.size() && number.at(major).isDigit())
        ++major;
    return major <= 2;
}

bool equalsAny(QStringView word, const QStringList& list)
{
    for (const QString& s : list) {
        if (word.size() == s.size() && word.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isListJoiner(const Token& t)
{
    if (t.kind == Kind::Punct)
        return t.text == u"," || t.text == u"/" || t.text == u"&";
    return t.kind == Kind::Word
        && (t.text.compare(u"and", Qt::CaseInsensitive) == 0 || t.text.compare(u"or", Qt::CaseInsensitive) == 0);
}

QStringList familyWords(const QStringList& extra)
{
    QStringList words;
    for (const char16_t* f : kFamilies)
        words.append(QString::fromUtf16(f));
    for (const QString& f : extra) {
        if (!f.isEmpty() && !words.contains(f))
            words.append(f);
    }
    return words;
}

const QStringList& notModelWords()
{
    static const QStringList words = [] {
        QStringList w;
        for (const char16_t* s : kNotModels)
            w.append(QString::fromUtf16(s));
        return w;
    }();
    return words;
}

// Every model mention in the text, in order.
void collectMentions(QStringView text, const QStringList& families, QVector<Mention>& out)
{
    const QVector<Token> tokens = tokenize(text);
    QVector<bool> consumed(tokens.size(), false); // numbers already read as some family's version
    const auto at = [&](qsizetype k) -> const Token* { return k >= 0 && k < tokens.size() ? &tokens[k] : nullptr; };

    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (t.kind == Kind::Id) {
            const ModelInfo info = modelInfoFromId(t.text.toString());
            if (!equalsAny(info.family, notModelWords()) && (!info.family.isEmpty() || !info.version.isEmpty()))
                out.append({ info.family, info.version, false });
            continue;
        }
        if (t.kind != Kind::Word)
            continue;

        if (equalsAny(t.text, families)) {
            const QString family = t.text.toString().toLower();
            const Token* next = at(k + 1);
            qsizetype v = -1;
            if (next && next->kind == Kind::Number) {
                v = k + 1; // "Opus 4.5", also glued "Opus4.5"
            } else if (next && next->text == u"-" && at(k + 2) && at(k + 2)->kind == Kind::Number) {
                v = k + 2; // "opus-4-5" without the claude- prefix
            }
            if (v >= 0) {
                consumed[v] = true;
                out.append({ family, normalizeVersion(tokens[v].text), false });
                // "Opus 4.1 and 4.5", "Sonnet 4, 4.5": later bare numbers in a list belong to the same family.
                qsizetype j = v + 1;
                while (at(j) && isListJoiner(tokens[j])) {
                    qsizetype m = j + 1;
                    while (at(m) && isListJoiner(tokens[m]))
                        ++m; // ", and"
                    if (!at(m) || tokens[m].kind != Kind::Number)
                        break;
                    consumed[m] = true;
                    out.append({ family, normalizeVersion(tokens[m].text), false });
                    j = m + 1;
                }
                continue;
            }
            const Token* prev = at(k - 1);
            if (prev && prev->kind == Kind::Number && !consumed[k - 1]) {
                consumed[k - 1] = true; // 2024 naming: "Claude 3.5 Sonnet"
                out.append({ family, normalizeVersion(prev->text), false });
                continue;
            }
            const bool deliberate = next && next->kind == Kind::Word
                && (next->text.compare(u"models", Qt::CaseInsensitive) == 0
                    || next->text.compare(u"model", Qt::CaseInsensitive) == 0);
            out.append({ family, QString(), deliberate });
            continue;
        }

        if (t.text.compare(u"claude", Qt::CaseInsensitive) != 0)
            continue;
        const Token* w = at(k + 1);
        const Token* num = at(k + 2);
        // "Claude Nova 6": an unknown family is recognised by the shape of the name (capitalised word +
        // version after "Claude"), minus product names ("Claude Code 2.0").
        if (w && w->kind == Kind::Word && w->text.front().isUpper() && num && num->kind == Kind::Number
            && looksLikeVersion(num->text) && !equalsAny(w->text, families) && !equalsAny(w->text, notModelWords())) {
            consumed[k + 2] = true;
            out.append({ w->text.toString().toLower(), normalizeVersion(num->text), false });
            continue;
        }
        // "Claude 2.1" (no family), unless a family follows: "Claude 3.5 Sonnet" is read at "Sonnet".
        if (w && w->kind == Kind::Number && looksLikeVersion(w->text)
            && !(num && num->kind == Kind::Word && equalsAny(num->text, families))) {
            consumed[k + 1] = true;
            out.append({ QString(), normalizeVersion(w->text), false });
        }
    }
}

QVector<Mention> mentionsIn(const Incident& incident, const QStringList& families)
{
    QVector<Mention> out;
    collectMentions(incident.name, families, out);
    for (const IncidentUpdate& u : incident.updates)
        collectMentions(u.body, families, out);
    return out;
}

// A bare family word next to a specific version of the same family is a back-reference: in
// "Elevated errors on Claude Opus 4.7 … Opus requests are recovering" the second "Opus" means 4.7,
// not every Opus. "Opus models" is always a deliberate statement about the family.
bool mentionsName(const QVector<Mention>& mentions, const ModelInfo& model)
{
    const QString family = model.family.toLower();
    bool versionedSameFamily = false;
    for (const Mention& m : mentions)
        versionedSameFamily = versionedSameFamily || (m.family == family && !m.version.isEmpty());

    for (const Mention& m : mentions) {
        if (m.family != family)
            continue;
        if (family.isEmpty()) {
            if (!m.version.isEmpty() && m.version == model.version)
                return true; // "Claude 2.1"
            continue;
        }
        if (!m.version.isEmpty()) {
            if (model.version.isEmpty() || m.version == model.version)
                return true;
        } else if (!versionedSameFamily || m.deliberate) {
            return true;
        }
    }
    return false;
}

QStringList familiesOf(const QVector<ModelInfo>& models)
{
    QStringList extra;
    for (const ModelInfo& m : models)
        extra.append(m.family.toLower());
    return familyWords(extra);
}

} // namespace

namespace HealthEvaluator {

bool textNamesModel(QStringView text, const ModelInfo& model)
{
    QVector<Mention> mentions;
    collectMentions(text, familiesOf({ model }), mentions);
    return mentionsName(mentions, model);
}

bool textNamesAnyModel(QStringView text)
{
    static const QStringList families = familyWords({});
    QVector<Mention> mentions;
    collectMentions(text, families, mentions);
    return !mentions.isEmpty();
}

bool incidentNamesModel(const Incident& incident, const ModelInfo& model)
{
    return mentionsName(mentionsIn(incident, familiesOf({ model })), model);
}

QStringList modelsNamedBy(const Incident& incident, const QVector<ModelInfo>& models, bool* namesAnyModel)
{
    const QVector<Mention> mentions = mentionsIn(incident, familiesOf(models));
    if (namesAnyModel)
        *namesAnyModel = !mentions.isEmpty();
    QStringList ids;
    for (const ModelInfo& m : models) {
        if (mentionsName(mentions, m))
            ids.append(m.id);
    }
    return ids;
}

} // namespace HealthEvaluator
