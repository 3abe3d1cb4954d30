#pragma once

#include "simmodel.h"
#include "simstep.h"

#include <QString>
#include <QVector>

#include <optional>

/*!
 * \brief A timeline of simulated provider states, loaded from JSON or built in code.
 *
 * \code
 * {"name": "demo", "api_key": "demo-key", "loop": true, "duration": 150,
 *  "model_list": [{"id": "claude-opus-4-5", "display_name": "Claude Opus 4.5", "created_at": "2025-11-24T00:00:00Z"}],
 *  "steps": [
 *    {"at": 0,  "label": "all green", "statuspage": {"indicator": "none"}},
 *    {"at": 20, "models": {"claude-opus-4-5": {"status": "529", "latency_ms": 300}}},
 *    {"at": 40, "statuspage": {"file": "captures/summary.json", "misbehave": {"mode": "truncate"}}},
 *    {"at": 60, "offline": true}]}
 * \endcode
 * A step inherits the previous step's Statuspage content and model behaviours unless it gives its own
 * (`statuspage` with only `misbehave`/`atom`/`rss` keeps the previous page); `misbehave` and `offline`
 * hold for their step only. `statuspage` forms: `{"file": "x.json"}` (relative to the scenario file),
 * `{"json": {…}}` (an inline summary), or the compact description of SimPageBuilder; `"atom"`/`"rss"`
 * name raw feed files. `offline`: true/"drop" or "refuse". `api_key` absent → any non-empty key works;
 * "" → likewise; otherwise only that key.
 */
struct SimScenario {
    QString name;
    std::optional<QString> expectedApiKey; //!< unset: leave the provider's setting alone
    bool loop = false; //!< timed mode restarts at step 0 after `duration`
    double duration = 0; //!< seconds; 0 = the last step's `at`
    QVector<SimModel> models; //!< the /v1/models catalogue
    QVector<SimStep> steps; //!< sorted by `at`; never empty after loading

    /*! \brief One all-operational step and the default catalogue. */
    static SimScenario allGreen();
    static QVector<SimModel> defaultModels();

    static std::optional<SimScenario> fromFile(const QString& path, QString* error = nullptr);
    /*! \brief \a baseDir resolves relative file names in the scenario. */
    static std::optional<SimScenario> fromJson(const QByteArray& json, const QString& baseDir = {},
                                               QString* error = nullptr);
};
