#pragma once
// Shared by the tests that run the real `modelpulse --once --json` with probes against the simulated provider.

#include "clitesthelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QUuid>

namespace probecli {

inline const QString kOpus = QStringLiteral("claude-opus-4-5");
inline const QString kSonnet = QStringLiteral("claude-sonnet-4-5");
inline const QString kHaiku = QStringLiteral("claude-haiku-4-5");
inline const QString kThree = QStringLiteral("claude-opus-4-5,claude-sonnet-4-5,claude-haiku-4-5");

/*! \brief A clean environment (own HOME and XDG dirs) with \a key as ANTHROPIC_API_KEY. */
inline QProcessEnvironment keyedEnvironment(const QTemporaryDir& home, const QString& key)
{
    QProcessEnvironment env = cleanEnvironment(home);
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), key);
    return env;
}

/*! \brief `--once --json` against \a statusUrl and \a apiUrl, fast confirmation and a short timeout. */
inline QStringList probeArgs(const QUrl& statusUrl, const QUrl& apiUrl, const QString& dataDir,
                             const QString& models = kThree)
{
    QStringList args { QStringLiteral("--once"),
                       QStringLiteral("--json"),
                       QStringLiteral("--status-url"),
                       statusUrl.toString(),
                       QStringLiteral("--api-url"),
                       apiUrl.toString(),
                       QStringLiteral("--data-dir"),
                       dataDir,
                       QStringLiteral("--confirm-delay-ms"),
                       QStringLiteral("100"),
                       QStringLiteral("--timeout-ms"),
                       QStringLiteral("1500") };
    if (!models.isEmpty())
        args << QStringLiteral("--models") << models;
    return args;
}

/*! \brief The model id of a logged /v1/messages request (from its JSON body); empty for anything else. */
inline QString messagesModel(const SimRequest& r)
{
    if (r.path != QLatin1String("/v1/messages"))
        return {};
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("model")).toString();
}

/*! \brief How many /v1/messages requests for \a model the sim saw. */
inline int probesFor(const SimProvider& sim, const QString& model)
{
    int n = 0;
    for (const SimRequest& r : sim.requests())
        n += messagesModel(r) == model ? 1 : 0;
    return n;
}

inline QString reasonsText(const QJsonObject& model)
{
    QStringList out;
    for (const auto& r : model.value(QStringLiteral("reasons")).toArray())
        out << r.toString();
    return out.join(QStringLiteral(" | "));
}

/*! \brief Every regular file under \a root (hidden ones too), recursively. */
inline QStringList allFiles(const QString& root)
{
    QStringList files;
    // No QDir::System: a FIFO or socket is not where a leaked key would be, and reading a FIFO blocks.
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isFile() && !it.fileInfo().isSymLink())
            files << path;
    }
    return files;
}

} // namespace probecli
