// Incident → model attribution: which watched models does an incident apply to right now?
//
// The prose is read by ModelProse (modelfamilies.cpp); this file decides what the mentions mean for an incident.
// Real incidents narrow and move the affected set in later updates (shared/fixtures/anthropic/):
//   461yvfrzpwtt  "An exhaustive list of affected models: Mythos/Fable 5.1, Mythos/Fable 5, Opus 5, Opus 4.8,
//   Opus 4.6."
//                 → later "The only affected models right now are Opus 4.8 and Opus 5."
//   fsh2zzzl2c4l  Opus 5 → "Opus 5 errors are back to baseline but we're seeing again Sonnet 5's errors up"
//                 → Fable 5 → "back to errors across all models" → "the errors are back to baseline"
//                 → "We are also investigating issues with Opus 4.7 and Opus 4.5."
// So the updates are read oldest first and the latest one that lists models wins (DESIGN.md "Health vocabulary");
// the title decides while no update names a model.

#include "healthevaluator.h"
#include "modelfamilies.h"

#include <algorithm>

namespace {

// Does the mention refer to the model? A different version of the same family does not ("Claude Opus 5" is not
// claude-opus-4-5); a bare family refers to every version of it.
bool refersTo(const ModelMention& m, const ModelInfo& model)
{
    if (m.allModels)
        return true;
    const QString family = model.family.toLower();
    if (m.family != family)
        return false;
    if (family.isEmpty())
        return !m.version.isEmpty() && m.version == model.version; // "Claude 2.1"
    return m.version.isEmpty() || model.version.isEmpty() || m.version == model.version;
}

// Families with a specific version named somewhere in \a mentions. A bare family word of such a family is a
// back-reference: in "Elevated errors on Claude Opus 4.7 … Opus requests are recovering" the second "Opus" means
// 4.7, not every Opus. "Opus models" is always a deliberate statement about the family.
QStringList versionedFamilies(const QVector<QVector<ModelMention>>& texts)
{
    QStringList out;
    for (const auto& mentions : texts) {
        for (const ModelMention& m : mentions) {
            if (!m.family.isEmpty() && !m.version.isEmpty() && !out.contains(m.family))
                out.append(m.family);
        }
    }
    return out;
}

bool isBackReference(const ModelMention& m, const QStringList& versioned)
{
    return !m.allModels && m.version.isEmpty() && !m.deliberate && versioned.contains(m.family);
}

// textNamesModel(): does the text name the model, whatever it says about it? ("all models" names none by name.)
bool mentionsName(const QVector<ModelMention>& mentions, const ModelInfo& model)
{
    const QStringList versioned = versionedFamilies({ mentions });
    return std::any_of(mentions.cbegin(), mentions.cend(), [&](const ModelMention& m) {
        return !m.allModels && !isBackReference(m, versioned) && refersTo(m, model);
    });
}

QStringList familiesOf(const QVector<ModelInfo>& models)
{
    QStringList families = ModelFamilies::builtinFamilies();
    for (const ModelInfo& m : models) {
        const QString f = m.family.toLower();
        if (!f.isEmpty() && !families.contains(f))
            families.append(f);
    }
    return families;
}

// A closing update sums the incident up: "The issue affecting Claude Sonnet 5 has been resolved", "error rates on
// Claude Sonnet 5 have returned to baseline. This incident is resolved" (dnl3q35xkn3s) name what it was about,
// so recovery wording there does not remove the model.
bool isClosing(const QString& status)
{
    return status == u"resolved" || status == u"postmortem" || status == u"completed";
}

// Oldest first. The wire (and the parser) keep updates newest first; sort by time when every update has one.
QVector<const IncidentUpdate*> updatesOldestFirst(const Incident& incident)
{
    QVector<const IncidentUpdate*> out;
    out.reserve(incident.updates.size());
    for (auto it = incident.updates.crbegin(); it != incident.updates.crend(); ++it)
        out.append(&*it);
    const bool timed
        = std::all_of(out.cbegin(), out.cend(), [](const IncidentUpdate* u) { return u->createdAt.isValid(); });
    if (timed) {
        std::stable_sort(out.begin(), out.end(),
                         [](const IncidentUpdate* a, const IncidentUpdate* b) { return a->createdAt < b->createdAt; });
    }
    return out;
}

// The affected set, one flag per model. Each text is tokenised once; all of them before any is read, so a family
// introduced anywhere in the incident ("Claude Nova 6") makes its bare word count in every text.
QVector<bool> attribute(const Incident& incident, const QVector<ModelInfo>& models, bool* namesAnyModel)
{
    struct Text {
        ModelProse prose;
        bool honoursRecovery; //!< false for the title and closing updates
    };
    QVector<Text> texts;
    texts.reserve(incident.updates.size() + 1);
    texts.append({ ModelProse(incident.name), false });
    for (const IncidentUpdate* u : updatesOldestFirst(incident))
        texts.append({ ModelProse(u->body), !isClosing(u->status) });

    QStringList families = familiesOf(models);
    for (const Text& t : texts) {
        for (const QString& f : t.prose.introducedFamilies()) {
            if (!families.contains(f))
                families.append(f);
        }
    }
    QVector<QVector<ModelMention>> mentions;
    QVector<bool> recoveredWithoutNames;
    mentions.reserve(texts.size());
    for (const Text& t : texts) {
        bool general = false;
        mentions.append(t.prose.mentions(families, &general));
        recoveredWithoutNames.append(general);
    }
    const QStringList versioned = versionedFamilies(mentions);

    QVector<bool> affected(models.size(), false);
    bool any = false;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        any = any || !mentions[i].isEmpty();
        QVector<ModelMention> listed; // the models this text says are affected
        QVector<ModelMention> recovered; // … and those it says are fine again
        for (const ModelMention& m : mentions[i]) {
            if (texts[i].honoursRecovery && m.recovered)
                recovered.append(m);
            else if (!isBackReference(m, versioned))
                listed.append(m);
        }
        const auto anyRefersTo = [](const QVector<ModelMention>& list, const ModelInfo& model) {
            return std::any_of(list.cbegin(), list.cend(), [&](const ModelMention& m) { return refersTo(m, model); });
        };
        if (!listed.isEmpty()) {
            // The latest list wins, unless it only adds: "Haiku 4.5 is also returning errors" (rkk5x44tndw9).
            const bool adds
                = std::all_of(listed.cbegin(), listed.cend(), [](const ModelMention& m) { return m.additive; });
            for (qsizetype k = 0; k < models.size(); ++k) {
                affected[k]
                    = anyRefersTo(listed, models[k]) || (adds && affected[k] && !anyRefersTo(recovered, models[k]));
            }
        } else if (texts[i].honoursRecovery) {
            // "Opus 5 errors are back to baseline." narrows; "the errors are back to baseline." clears.
            for (qsizetype k = 0; k < models.size(); ++k)
                affected[k] = affected[k] && !anyRefersTo(recovered, models[k]) && !recoveredWithoutNames[i];
        }
    }
    if (namesAnyModel)
        *namesAnyModel = any;
    return affected;
}

} // namespace

namespace HealthEvaluator {

bool textNamesModel(QStringView text, const ModelInfo& model)
{
    return mentionsName(ModelProse(text.toString()).mentions(familiesOf({ model })), model);
}

bool textNamesAnyModel(QStringView text)
{
    static const QStringList families = ModelFamilies::builtinFamilies();
    const ModelProse prose(text.toString());
    QStringList known = families;
    known += prose.introducedFamilies();
    return !prose.mentions(known).isEmpty();
}

bool incidentNamesModel(const Incident& incident, const ModelInfo& model)
{
    return attribute(incident, { model }, nullptr).constFirst();
}

QStringList modelsNamedBy(const Incident& incident, const QVector<ModelInfo>& models, bool* namesAnyModel)
{
    const QVector<bool> affected = attribute(incident, models, namesAnyModel);
    QStringList ids;
    for (qsizetype k = 0; k < models.size(); ++k) {
        if (affected[k])
            ids.append(models[k].id);
    }
    return ids;
}

} // namespace HealthEvaluator
