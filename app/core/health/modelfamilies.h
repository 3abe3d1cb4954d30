#pragma once

#include "feed/statuspagetypes.h"
#include "modelinfo.h"

#include <QString>
#include <QStringList>
#include <QVector>

/*!
 * \brief One mention of a model, or of "all models", in a piece of status-page prose.
 *
 * "Claude Opus 5" → {opus, 5}; "Claude 2.1" → {"", 2.1}; "Opus models" → {opus, "", deliberate};
 * "errors across all models" → {allModels}. The flags say how the sentence around it reads.
 */
struct ModelMention {
    QString family; //!< lower case; empty for "Claude 2.1" and for allModels
    QString version; //!< dotted; empty for a bare family ("Opus models")
    bool deliberate = false; //!< bare family followed by "model(s)": never read as a back-reference
    bool allModels = false; //!< "all models", "every Claude model"
    bool recovered = false; //!< in a clause saying it is back to baseline / has recovered / is operational
    bool additive = false; //!< in a clause with "also", "additionally", "as well": adds to what was said before

    bool operator==(const ModelMention& o) const
    {
        return family == o.family && version == o.version && deliberate == o.deliberate && allModels == o.allModels
            && recovered == o.recovered && additive == o.additive;
    }
};

/*!
 * \brief One piece of status-page prose (a title or an update body), tokenised once.
 *
 * The evaluator runs every poll: the text is tokenised in the constructor, and both readings below walk
 * the tokens, so an incident's families can be learned from all its texts before any text is read for
 * mentions (a bare "Nova" counts once "Claude Nova 6" appeared anywhere in the incident).
 */
class ModelProse {
public:
    explicit ModelProse(const QString& text);

    /*!
     * \brief Families this text introduces by the shape of a name: "Claude <Word> <version>" where Word is
     * capitalised and not a product ("Claude Fable 5" → fable; "Claude Code 2.0" → none), and API ids
     * ("claude-nova-6-20270101" → nova). Lower case, no duplicates.
     */
    QStringList introducedFamilies() const;

    /*!
     * \brief Every mention, in text order. Bare family words count only when in \a knownFamilies.
     * \a recoveredWithoutNames, when given, receives whether a clause says "back to baseline" / "recovered"
     * without naming any model ("As of 9:58 UTC the errors are back to baseline").
     */
    QVector<ModelMention> mentions(const QStringList& knownFamilies, bool* recoveredWithoutNames = nullptr) const;

private:
    enum class Kind { Word, Number, Id, Punct };
    struct Token {
        Kind kind;
        qsizetype start;
        qsizetype length;
        qsizetype clause;
    };
    struct Clause {
        bool recovery = false;
        bool additive = false;
        qsizetype exceptAt = -1; //!< token index of "except": names after it are the ones *not* recovered
    };

    QStringView text(const Token& t) const { return QStringView(m_text).mid(t.start, t.length); }
    void tokenize();
    void readClauses();

    QString m_text;
    QVector<Token> m_tokens;
    QVector<Clause> m_clauses;
};

/*! \brief Model families: the built-in seeds and the words that are products, not families. */
namespace ModelFamilies {
/*! \brief Seeds recognised as bare words even when nobody watches them: opus, sonnet, haiku, mythos, fable. */
QStringList builtinFamilies();
/*! \brief Is \a word (any case) a product or filler after "Claude" ("Code", "API", "Cowork", "for")? */
bool isProductWord(QStringView word);
/*! \brief Compares dotted versions numerically: "5.1" > "5" > "4.8"; "5" == "5.0". Returns <0, 0 or >0. */
int compareVersions(QStringView a, QStringView b);
} // namespace ModelFamilies

/*!
 * \brief The default watched models without a key: the newest version of each family named in \a incidents
 * (titles and update bodies), as ids in the current grammar (`claude-mythos-5-1`, `claude-opus-5`) with
 * display names from modelInfoFromId().
 *
 * Bare ids without a family ("claude-2.1") and bare family words without a version are ignored. Order: most
 * recently mentioned family first — incidents by `createdAt`, newest first; within one incident the title, then
 * the update bodies newest first, in text order. Stable for a given set of incidents whatever order they come in.
 */
QVector<ModelInfo> newestModelsNamedIn(const QVector<Incident>& incidents);
/*! \brief Every model (family + version) \a incidents name, most recent mention first: what back-fill attributes
 * the page's history to, so "Opus 4.8" keeps its own history beside "Opus 5". */
QVector<ModelInfo> modelsNamedIn(const QVector<Incident>& incidents);
