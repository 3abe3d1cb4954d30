// Reading model names out of status-page prose: the tokeniser, the clause reading and the families.
//
// Real text this has to read (status.claude.com, shared/fixtures/anthropic/):
//   "Elevated errors on Claude Opus 4.7"                      → Opus 4.7 only, not Opus 4.5
//   "…requests to Claude Mythos 5.1, Claude Fable 5.1, and Claude Opus 5"
//   "An exhaustive list of affected models: Mythos/Fable 5.1, Mythos/Fable 5, Opus 5, Opus 4.8, Opus 4.6."
//   "Opus 5 errors are back to baseline but we're seeing again Sonnet 5's errors up"   (fsh2zzzl2c4l)
//   "Elevated errors on Claude.ai, API, Claude Code"          → no model at all
// plus the 2024 naming ("Claude 3.5 Sonnet") and raw API ids ("claude-opus-4-5-20251101").
//
// A hand-written tokeniser rather than regular expressions: the evaluator runs on every poll, and one
// tokenisation of each text yields every mention, which is then checked against every watched model.

#include "modelfamilies.h"

#include <algorithm>

namespace {

// Families recognised as bare words ("Opus models") even when nobody watches them. Not a list of what
// exists: families the page introduces ("Claude Fable 5") and watched models' families are added at run time.
constexpr const char16_t* kFamilies[] = { u"opus", u"sonnet", u"haiku", u"mythos", u"fable" };

// Capitalised words after "Claude" that are products or filler, not models: "Claude Code 2.0" is not a model.
// The real page names Claude Cowork, Claude Design, Claude Tag, Claude Services, Claude for Government,
// Claude in Slack and "Claude by Anthropic for Word" (incidents_2026-09-15.json).
constexpr const char16_t* kNotModels[] = {
    u"ai",        u"api",        u"apps",    u"app",     u"code",       u"desktop",   u"console",  u"platform",
    u"pro",       u"max",        u"team",    u"teams",   u"gov",        u"mobile",    u"web",      u"chat",
    u"sdk",       u"cli",        u"status",  u"agent",   u"agents",     u"for",       u"in",       u"enterprise",
    u"cowork",    u"design",     u"tag",     u"service", u"services",   u"by",        u"on",       u"via",
    u"model",     u"models",     u"account", u"browser", u"extension",  u"remote",    u"routines", u"research",
    u"education", u"government", u"office",  u"voice",   u"connectors", u"artifacts", u"projects", u"claude",
};

// Words that make a clause say "this is fine now". "resolved" is deliberately absent: "The issue affecting
// Claude Mythos 5.1, Claude Fable 5.1, and Claude Opus 5 has been resolved" lists what the incident was about
// (461yvfrzpwtt). "recovery" too: "we are monitoring for recovery" is said of the models still affected.
constexpr const char16_t* kRecoveryWords[] = { u"baseline", u"recovered", u"operational" };
constexpr const char16_t* kAdditiveWords[] = { u"also", u"additionally" };

bool equalsWord(QStringView word, QStringView s)
{
    return word.size() == s.size() && word.compare(s, Qt::CaseInsensitive) == 0;
}

template <std::size_t N> bool equalsAny(QStringView word, const char16_t* const (&list)[N])
{
    for (const char16_t* s : list) {
        if (equalsWord(word, QStringView(s)))
            return true;
    }
    return false;
}

bool equalsAny(QStringView word, const QStringList& list)
{
    for (const QString& s : list) {
        if (equalsWord(word, s))
            return true;
    }
    return false;
}

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

} // namespace

ModelProse::ModelProse(const QString& text)
    : m_text(text)
{
    tokenize();
    readClauses();
}

void ModelProse::tokenize()
{
    const QStringView s(m_text);
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (const qsizetype len = idLength(s, i)) {
            m_tokens.append(Token { Kind::Id, i, len, 0 });
            i += len;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && s.at(end).isLetter())
                ++end;
            m_tokens.append(Token { Kind::Word, i, end - i, 0 });
            i = end;
        } else if (c.isDigit()) {
            // digits, and "." or "-" between digits: "4.5", "4-5", "3.5". "4.5." ends before the full stop.
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = s.at(end);
                if (d.isDigit() || ((d == u'.' || d == u'-') && end + 1 < n && s.at(end + 1).isDigit()))
                    ++end;
                else
                    break;
            }
            m_tokens.append(Token { Kind::Number, i, end - i, 0 });
            i = end;
        } else {
            m_tokens.append(Token { Kind::Punct, i, 1, 0 });
            ++i;
        }
    }
}

// Clauses end at . ; ! ? and before "but": "Sonnet 5 errors are back to baseline, but we're seeing an increased
// error rate on Fable 5" (fsh2zzzl2c4l) recovers Sonnet 5 and names Fable 5 as affected.
void ModelProse::readClauses()
{
    m_clauses.append(Clause {});
    for (qsizetype k = 0; k < m_tokens.size(); ++k) {
        Token& t = m_tokens[k];
        const QStringView w = text(t);
        if (t.kind == Kind::Word && equalsWord(w, u"but") && k > 0)
            m_clauses.append(Clause {});
        t.clause = m_clauses.size() - 1;
        Clause& c = m_clauses.last();
        if (t.kind == Kind::Word) {
            if (equalsAny(w, kRecoveryWords))
                c.recovery = true;
            else if (equalsAny(w, kAdditiveWords))
                c.additive = true;
            else if (equalsWord(w, u"well") && k > 0 && equalsWord(text(m_tokens[k - 1]), u"as"))
                c.additive = true;
            else if (equalsWord(w, u"except") && c.exceptAt < 0)
                c.exceptAt = k; // "All models except Opus 5 have recovered": Opus 5 is the affected one
        } else if (t.kind == Kind::Punct && (w == u"." || w == u";" || w == u"!" || w == u"?")) {
            m_clauses.append(Clause {});
        }
    }
}

QStringList ModelProse::introducedFamilies() const
{
    QStringList out;
    const auto add = [&out](const QString& f) {
        if (!f.isEmpty() && !ModelFamilies::isProductWord(f) && !out.contains(f))
            out.append(f);
    };
    for (qsizetype k = 0; k < m_tokens.size(); ++k) {
        const Token& t = m_tokens[k];
        if (t.kind == Kind::Id) {
            add(modelInfoFromId(text(t).toString()).family);
        } else if (t.kind == Kind::Word && equalsWord(text(t), u"claude") && k + 2 < m_tokens.size()) {
            const Token& w = m_tokens[k + 1];
            const Token& num = m_tokens[k + 2];
            if (w.kind == Kind::Word && text(w).front().isUpper() && num.kind == Kind::Number
                && looksLikeVersion(text(num)))
                add(text(w).toString().toLower());
        }
    }
    return out;
}

QVector<ModelMention> ModelProse::mentions(const QStringList& families, bool* recoveredWithoutNames) const
{
    QVector<ModelMention> out;
    QVector<bool> consumed(m_tokens.size(), false); // numbers already read as some family's version
    QVector<bool> clauseNamesModel(m_clauses.size(), false);
    const auto at = [&](qsizetype k) -> const Token* { return k >= 0 && k < m_tokens.size() ? &m_tokens[k] : nullptr; };
    const auto isFamily = [&](qsizetype k) {
        const Token* t = at(k);
        return t && t->kind == Kind::Word && equalsAny(text(*t), families);
    };
    const auto isModelsWord = [&](qsizetype k) {
        const Token* t = at(k);
        return t && t->kind == Kind::Word && (equalsWord(text(*t), u"models") || equalsWord(text(*t), u"model"));
    };
    const auto add = [&](qsizetype k, QString family, QString version, bool deliberate, bool all) {
        const Clause& c = m_clauses.at(m_tokens.at(k).clause);
        ModelMention m;
        m.family = std::move(family);
        m.version = std::move(version);
        m.deliberate = deliberate;
        m.allModels = all;
        m.recovered = c.recovery && !(c.exceptAt >= 0 && k > c.exceptAt);
        m.additive = c.additive;
        if (!all)
            clauseNamesModel[m_tokens.at(k).clause] = true;
        out.append(std::move(m));
    };
    const auto isListJoiner = [&](const Token& t) {
        const QStringView w = text(t);
        if (t.kind == Kind::Punct)
            return w == u"," || w == u"/" || w == u"&";
        return t.kind == Kind::Word && (equalsWord(w, u"and") || equalsWord(w, u"or"));
    };

    for (qsizetype k = 0; k < m_tokens.size(); ++k) {
        const Token& t = m_tokens[k];
        if (t.kind == Kind::Id) {
            const ModelInfo info = modelInfoFromId(text(t).toString());
            if (!ModelFamilies::isProductWord(info.family) && (!info.family.isEmpty() || !info.version.isEmpty()))
                add(k, info.family, info.version, false, false);
            continue;
        }
        if (t.kind != Kind::Word)
            continue;

        // "all models", "every Claude model" ("we are back to errors across all models", fsh2zzzl2c4l).
        if (equalsWord(text(t), u"all") || equalsWord(text(t), u"every")) {
            const qsizetype m = at(k + 1) && equalsWord(text(m_tokens[k + 1]), u"claude") ? k + 2 : k + 1;
            if (isModelsWord(m)) {
                add(k, QString(), QString(), false, true);
                k = m;
            }
            continue;
        }

        if (isFamily(k)) {
            // Slash shorthand: "Mythos/Fable 5.1" is Mythos 5.1 and Fable 5.1 (461yvfrzpwtt).
            QVector<qsizetype> group { k };
            qsizetype j = k;
            while (at(j + 1) && text(m_tokens[j + 1]) == u"/" && isFamily(j + 2)) {
                j += 2;
                group.append(j);
            }
            const Token* next = at(j + 1);
            qsizetype v = -1;
            if (next && next->kind == Kind::Number) {
                v = j + 1; // "Opus 4.5", also glued "Opus4.5"
            } else if (next && text(*next) == u"-" && at(j + 2) && at(j + 2)->kind == Kind::Number) {
                v = j + 2; // "opus-4-5" without the claude- prefix
            }
            const auto familyAt = [&](qsizetype g) { return text(m_tokens[g]).toString().toLower(); };
            if (v >= 0) {
                consumed[v] = true;
                for (qsizetype g : group)
                    add(g, familyAt(g), normalizeVersion(text(m_tokens[v])), false, false);
                // "Opus 4.1 and 4.5", "Sonnet 4.6 and 5": later bare numbers in a list belong to the same family.
                qsizetype i = v + 1;
                while (at(i) && isListJoiner(m_tokens[i])) {
                    qsizetype m = i + 1;
                    while (at(m) && isListJoiner(m_tokens[m]))
                        ++m; // ", and"
                    if (!at(m) || m_tokens[m].kind != Kind::Number)
                        break;
                    consumed[m] = true;
                    for (qsizetype g : group)
                        add(g, familyAt(g), normalizeVersion(text(m_tokens[m])), false, false);
                    i = m + 1;
                }
                k = j;
                continue;
            }
            const Token* prev = at(k - 1);
            if (group.size() == 1 && prev && prev->kind == Kind::Number && !consumed[k - 1]) {
                consumed[k - 1] = true; // 2024 naming: "Claude 3.5 Sonnet"
                add(k, familyAt(k), normalizeVersion(text(*prev)), false, false);
                continue;
            }
            const bool deliberate = isModelsWord(j + 1);
            for (qsizetype g : group)
                add(g, familyAt(g), QString(), deliberate, false);
            k = j;
            continue;
        }

        if (!equalsWord(text(t), u"claude"))
            continue;
        const Token* w = at(k + 1);
        const Token* num = at(k + 2);
        // "Claude Nova 6": a family not in \a families is recognised by the shape of the name (capitalised word +
        // version after "Claude"), minus product names ("Claude Code 2.0").
        if (w && w->kind == Kind::Word && text(*w).front().isUpper() && num && num->kind == Kind::Number
            && looksLikeVersion(text(*num)) && !isFamily(k + 1) && !ModelFamilies::isProductWord(text(*w))) {
            consumed[k + 2] = true;
            add(k + 1, text(*w).toString().toLower(), normalizeVersion(text(*num)), false, false);
            k += 2;
            continue;
        }
        // "Claude 2.1" (no family), unless a family follows: "Claude 3.5 Sonnet" is read at "Sonnet".
        if (w && w->kind == Kind::Number && looksLikeVersion(text(*w)) && !isFamily(k + 2)) {
            consumed[k + 1] = true;
            add(k + 1, QString(), normalizeVersion(text(*w)), false, false);
        }
    }

    if (recoveredWithoutNames) {
        *recoveredWithoutNames = false;
        for (qsizetype c = 0; c < m_clauses.size(); ++c)
            *recoveredWithoutNames = *recoveredWithoutNames || (m_clauses[c].recovery && !clauseNamesModel[c]);
    }
    return out;
}

namespace ModelFamilies {

QStringList builtinFamilies()
{
    QStringList words;
    for (const char16_t* f : kFamilies)
        words.append(QString::fromUtf16(f));
    return words;
}

bool isProductWord(QStringView word)
{
    return equalsAny(word, kNotModels);
}

int compareVersions(QStringView a, QStringView b)
{
    const auto pa = a.split(u'.');
    const auto pb = b.split(u'.');
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const int x = i < pa.size() ? pa[i].toInt() : 0;
        const int y = i < pb.size() ? pb[i].toInt() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

} // namespace ModelFamilies

namespace {
struct FamilyVersion {
    QString family;
    QString version;
};

// Every "family version" the incidents name, newest incident first (see newestModelsNamedIn for why bodies count).
QVector<FamilyVersion> familyVersionsNamedIn(const QVector<Incident>& incidents);
} // namespace

QVector<ModelInfo> modelsNamedIn(const QVector<Incident>& incidents)
{
    QVector<ModelInfo> out;
    QStringList seen;
    for (const FamilyVersion& fv : familyVersionsNamedIn(incidents)) {
        const QString id = modelIdFor(fv.family, fv.version);
        if (!seen.contains(id)) {
            seen << id;
            out.append(modelInfoFromId(id));
        }
    }
    return out;
}

QVector<ModelInfo> newestModelsNamedIn(const QVector<Incident>& incidents)
{
    QVector<FamilyVersion> found; // in order of first (most recent) mention
    for (const FamilyVersion& m : familyVersionsNamedIn(incidents)) {
        auto it
            = std::find_if(found.begin(), found.end(), [&](const FamilyVersion& n) { return n.family == m.family; });
        if (it == found.end())
            found.append(m);
        else if (ModelFamilies::compareVersions(m.version, it->version) > 0)
            it->version = m.version;
    }
    QVector<ModelInfo> out;
    for (const FamilyVersion& n : found)
        out.append(modelInfoFromId(modelIdFor(n.family, n.version)));
    return out;
}

namespace {
QVector<FamilyVersion> familyVersionsNamedIn(const QVector<Incident>& incidents)
{
    // Bodies count as well as titles: real titles are often generic ("Elevated errors for multiple models",
    // 461yvfrzpwtt, vgz5psbjmt1h, q7txxvbsftgq) and the models are named only in the updates. A model named in
    // a body — even as recovered — is a model the page says exists and is served.
    QVector<qsizetype> order(incidents.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    // Newest incident first; incidents.json is not strictly sorted by createdAt (2026-09-15 capture: r1pqn1kb4hvk,
    // created 09-10, is listed before t33dncr5ydvl, created 09-11), so sort rather than trust the order given.
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return incidents[a].createdAt > incidents[b].createdAt; });

    QVector<FamilyVersion> found;
    for (qsizetype i : order) {
        const Incident& inc = incidents[i];
        QVector<ModelProse> texts { ModelProse(inc.name) };
        for (const IncidentUpdate& u : inc.updates)
            texts.append(ModelProse(u.body));
        QStringList families = ModelFamilies::builtinFamilies();
        for (const ModelProse& p : texts)
            families += p.introducedFamilies();
        for (const ModelProse& p : texts) {
            for (const ModelMention& m : p.mentions(families)) {
                if (m.family.isEmpty() || m.version.isEmpty())
                    continue; // "claude-2.1", "Opus models": nothing to build an id from
                found.append({ m.family, m.version });
            }
        }
    }
    return found;
}
} // namespace
