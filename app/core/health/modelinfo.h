#pragma once

#include <QString>
#include <QVector>

/*!
 * \brief A watched model: API id plus the names people and status pages use for it.
 *
 * `claude-opus-4-5-20251101` → family "opus", version "4.5", display "Claude Opus 4.5".
 * Old-style ids (`claude-3-5-sonnet-20241022`) → family "sonnet", version "3.5".
 */
struct ModelInfo {
    QString id;
    QString displayName;
    QString family; //!< lower case: opus, sonnet, haiku, mythos, …
    QString version; //!< dotted: "4.5", "5"; empty when the id carries none

    bool operator==(const ModelInfo& o) const
    {
        return id == o.id && displayName == o.displayName && family == o.family && version == o.version;
    }
};

/*! \brief Derives family, version and (when \a displayName is empty) a display name from a model id. */
ModelInfo modelInfoFromId(const QString& id, const QString& displayName = {});

/*!
 * \brief The id of a model in the current grammar: ("opus", "5") → `claude-opus-5`, ("mythos", "5.1") →
 * `claude-mythos-5-1`. Empty when \a family or \a version is empty (no id names "Claude 2.1" by family).
 */
QString modelIdFor(const QString& family, const QString& version);

/*! \brief Built-in list used offline or without a key: the newest Opus, Sonnet and Haiku. */
QVector<ModelInfo> builtinModels();
