#pragma once

#include "feed/feedstate.h"
#include "healthsnapshot.h"
#include "modelinfo.h"
#include "net/connectivity.h"
#include "probe/probestate.h"

#include <QHash>

/*! \brief Everything the evaluator needs; it reads nothing else (no clock, no network). */
struct EvaluatorInput {
    FeedState feed;
    QVector<ModelInfo> models;
    QHash<QString, ProbeSideState> probes; //!< by model id; missing → probe side unknown
    bool probesEnabled = true; //!< false: --no-probes, no key, cap reached
    Reason probesDisabledReason; //!< shown in each model's reasons when probes are off
    ConnectivityStatus connectivity;
    /*! \brief Watched Statuspage component ids: they and the models make the overall state (the tray icon and the
     * `--once` exit code). Empty: every component counts (the official overall). */
    QStringList watchedServices;
    QString provider = QStringLiteral("anthropic");
    /*! \brief The API host (probes), named when only it is out of reach. */
    QString apiHost;
    /*! \brief Another host answered us (the status page, or the control request of the connectivity check): a
     * probe's network error then says the API host is unreachable from here, not that the user is offline. */
    bool controlHostAnswered = false;
    int staleAfterIntervals = 3;
    QDateTime now;
};

/*! \brief DESIGN.md's health rules as pure functions. */
namespace HealthEvaluator {
/*! \brief Builds the snapshot. */
HealthSnapshot evaluate(const EvaluatorInput& input);
/*! \brief Worst of the mapped indicator and every component status. */
HealthState officialOverall(const StatusSummary& summary);
/*! \brief The state an unresolved incident implies (impact, monitoring capped at degraded); resolved → Operational. */
HealthState incidentEffect(const Incident& incident);
/*!
 * \brief Does the incident apply to the model now? The latest update that lists models wins; while no update names
 * a model, the title decides (DESIGN.md "Health vocabulary"). Same rule as modelsNamedBy() for one model.
 */
bool incidentNamesModel(const Incident& incident, const ModelInfo& model);
/*! \brief Does the text name the model? Case-insensitive, whole words; another version of the family does not match. */
bool textNamesModel(QStringView text, const ModelInfo& model);
/*!
 * \brief Does the text name any Claude model at all (a known family word with or without a version, "Claude <Name>
 * <version>", an API id, "Claude 2.1", or "all models")?
 */
bool textNamesAnyModel(QStringView text);
/*!
 * \brief Which of \a models does the incident apply to now? One tokenisation of its title and of each update body
 * for all models (what evaluate() uses).
 *
 * Updates are read oldest first: the latest one that lists models replaces the set ("The only affected models right
 * now are Opus 4.8 and Opus 5"), unless it only adds ("Haiku 4.5 is *also* returning errors"); one that says a named
 * model is back to baseline / recovered / operational removes it; one that says "the errors are back to baseline"
 * and names none clears the set. Closing (resolved) updates and the title only list. "all models" applies to every
 * model; "Mythos/Fable 5.1" is Mythos 5.1 and Fable 5.1. \a namesAnyModel, when given, receives whether any text of
 * the incident names any model at all (the API-component rule applies to incidents that name none).
 */
QStringList modelsNamedBy(const Incident& incident, const QVector<ModelInfo>& models, bool* namesAnyModel = nullptr);
/*! \brief The API component: name contains "API" (Anthropic's id k8w3r06qmzrp). Null when none. */
const Component* apiComponent(const StatusSummary& summary);
/*!
 * \brief The one watched-overall rule: worst of the watched models and watched services (a watched service whose
 * state is not known counts as unknown); with no watched service, the official overall counts instead. Offline is
 * unknown. What the tray icon shows and what `--once` exits with.
 */
HealthState watchedOverall(const HealthSnapshot& snapshot, const QStringList& watchedServices);
/*! \brief Across providers: the worst of each snapshot's watched overall (`overall`). Empty → unknown. */
HealthState watchedOverall(const QVector<HealthSnapshot>& providers);
/*! \brief Is the feed stale: no success within staleAfterIntervals × poll interval? */
bool isStale(const FeedState& feed, const QDateTime& now, int staleAfterIntervals);
} // namespace HealthEvaluator
