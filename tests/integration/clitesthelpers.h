#pragma once
// Shared by the tests that run the real `modelpulse --once` against the simulated provider.

#include "processrunner.h"
#include "simprovider.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

struct OnceRun {
    ProcessOutput process;
    QJsonObject json;

    QJsonObject model(const QString& id) const
    {
        for (const auto& m : json.value(QStringLiteral("models")).toArray()) {
            if (m.toObject().value(QStringLiteral("id")).toString() == id)
                return m.toObject();
        }
        return {};
    }
};

/*! \brief An environment without the user's key or settings: own HOME, no ANTHROPIC_API_KEY. */
inline QProcessEnvironment cleanEnvironment(const QTemporaryDir& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "ANTHROPIC_API_KEY", "MODELPULSE_STATUS_URL", "MODELPULSE_API_URL", "MODELPULSE_MODELS",
                              "MODELPULSE_PROVIDERS", "MODELPULSE_DATA_DIR", "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

inline OnceRun runOnce(const QStringList& args, const QProcessEnvironment& env, int timeoutMs = 60000)
{
    OnceRun run;
    run.process = runProcess(QStringLiteral(MODELPULSE_EXE), args, env, timeoutMs);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(run.process.out, &error);
    if (doc.isObject())
        run.json = doc.object();
    return run;
}

inline QString fixture(const char* name)
{
    return QStringLiteral(MODELPULSE_FIXTURES "/statuspage/") + QString::fromLatin1(name);
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
