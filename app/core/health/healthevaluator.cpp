// DESIGN.md "Health vocabulary" as code. Attribution of incidents to models is in attribution.cpp.

#include "healthevaluator.h"

#include "providers/providerprofile.h"

#include <algorithm>

namespace {

// The API component of the default provider's page (status.claude.com's "Claude API (api.anthropic.com)").
const QString& anthropicApiComponentId()
{
    return Providers::anthropic().apiComponentId;
}

// "API" as a whole, upper-case word: "Claude API (api.anthropic.com)", GitHub's "API Requests";
// not "APIs", not the host name.
bool nameHasApiWord(QStringView name)
{
    qsizetype from = 0;
    while ((from = name.indexOf(u"API", from)) >= 0) {
        const bool before = from == 0 || !name.at(from - 1).isLetterOrNumber();
        const bool after = from + 3 >= name.size() || !name.at(from + 3).isLetterOrNumber();
        if (before && after)
            return true;
        from += 3;
    }
    return false;
}

bool affectsComponent(const Incident& incident, const QString& componentId)
{
    if (incident.componentIds.contains(componentId))
        return true;
    for (const IncidentUpdate& u : incident.updates) {
        if (u.affectedComponentIds.contains(componentId))
            return true;
    }
    return false;
}

struct Side {
    HealthState state = HealthState::Unknown;
    Reasons reasons;
};

Side probeSide(const EvaluatorInput& input, const QString& modelId, std::optional<ProbeResult>& last)
{
    Side side;
    if (!input.probesEnabled) {
        side.reasons << Reason::wrapping(QStringLiteral("probes_off"), input.probesDisabledReason);
        return side;
    }
    const auto it = input.probes.constFind(modelId);
    if (it == input.probes.constEnd() || (!it->last && it->state == HealthState::Unknown && it->reason.isNull())) {
        side.reasons << Reason(QStringLiteral("not_probed"));
        return side;
    }
    const ProbeSideState& ps = *it;
    last = ps.last;
    if (!ps.reason.isNull()) {
        // The user's problem (key, quota, network): says nothing about Claude. A network error while another host
        // answers is narrower than "network error": this machine cannot reach the API host (a DNS filter, a firewall
        // rule, a proxy that blocks it) — still nothing we can blame on the provider.
        const bool noAnswer = ps.last && ps.last->httpStatus == 0; // a redirect not followed is an answer
        if (ps.reason.code == u"network_error" && noAnswer && input.controlHostAnswered && !input.apiHost.isEmpty())
            side.reasons << Reason(QStringLiteral("api_unreachable"), { input.apiHost, ps.reason.args.value(0) });
        else
            side.reasons << ps.reason;
        return side;
    }
    side.state = ps.state;
    if (ps.consecutiveFailures >= 2)
        side.reasons << Reason(QStringLiteral("probe_failures"), { QString::number(ps.consecutiveFailures) });
    else if (ps.needsConfirmation)
        side.reasons << Reason(QStringLiteral("probe_confirming"));
    if (ps.last) {
        const ProbeResult& r = *ps.last;
        side.reasons << Reason(QStringLiteral("last_probe"),
                               { probeOutcomeKey(r.outcome), QString::number(r.httpStatus) });
    }
    return side;
}

} // namespace

namespace HealthEvaluator {

HealthState officialOverall(const StatusSummary& summary)
{
    // The indicator alone can understate: a real capture shows indicator `minor` while 4 of 6 components
    // are `partial_outage`. Groups carry a status of their own and count like any component.
    HealthState s = stateFromIndicator(summary.indicator);
    for (const Component& c : summary.components)
        s = worse(s, c.status);
    return s;
}

HealthState incidentEffect(const Incident& incident)
{
    if (incident.isResolved())
        return HealthState::Operational;
    HealthState s = stateFromImpact(incident.impact);
    // An open incident whose impact word we do not know (or that is missing) is still an open incident:
    // degraded_performance is the mildest problem we can stand behind. Unknown would rank below it and,
    // on the official side, means "cannot tell" — the model would fall back to the probes and the
    // incident would vanish from the state.
    if (s == HealthState::Unknown)
        s = HealthState::DegradedPerformance;
    // A fix is deployed and being watched: DESIGN.md counts it at most degraded_performance.
    if (incident.status == u"monitoring" && severity(s) > severity(HealthState::DegradedPerformance))
        s = HealthState::DegradedPerformance;
    return s;
}

const Component* apiComponent(const StatusSummary& summary)
{
    for (const Component& c : summary.components) {
        if (c.id == anthropicApiComponentId())
            return &c;
    }
    for (const Component& c : summary.components) {
        if (nameHasApiWord(c.name))
            return &c;
    }
    return nullptr;
}

bool isStale(const FeedState& feed, const QDateTime& now, int staleAfterIntervals)
{
    if (!feed.lastSuccess.isValid())
        return true;
    const qint64 limitMs = qint64(staleAfterIntervals) * feed.pollIntervalSec * 1000;
    return feed.lastSuccess.msecsTo(now) > limitMs;
}

HealthState watchedOverall(const HealthSnapshot& snap, const QStringList& watchedServices)
{
    if (snap.connectivity.state == Connectivity::Offline)
        return HealthState::Unknown;
    const bool officialKnown = snap.feed.fetchedAt.isValid() && !snap.feed.stale;
    // Watched services on this page. Ids the page does not have (another page given with --status-url) do not
    // apply to it; with none of them on the page, the official overall counts.
    QVector<HealthState> watched;
    for (const QString& id : watchedServices) {
        const auto it = std::find_if(snap.components.cbegin(), snap.components.cend(),
                                     [&](const Component& c) { return c.id == id; });
        if (it != snap.components.cend())
            watched << (officialKnown ? it->status : HealthState::Unknown);
    }
    HealthState worst = HealthState::Operational;
    if (!watchedServices.isEmpty() && !officialKnown) {
        worst = HealthState::Unknown; // a watched service whose state we cannot read is not "operational"
    } else if (watched.isEmpty()) {
        worst = snap.officialOverall;
        bool everyModelProbed = !snap.models.isEmpty();
        for (const ModelHealth& m : snap.models)
            everyModelProbed = everyModelProbed && m.probe != HealthState::Unknown;
        // Exit code 3 means "feed unusable AND no probe result" (DESIGN.md): with no service watched, an unusable
        // feed alone does not make the overall unknown when our own probes measured every model.
        if (worst == HealthState::Unknown && everyModelProbed)
            worst = HealthState::Operational;
    } else {
        for (HealthState s : std::as_const(watched))
            worst = worse(worst, s);
    }
    for (const ModelHealth& m : snap.models)
        worst = worse(worst, m.state);
    return worst;
}

HealthState watchedOverall(const QVector<HealthSnapshot>& providers)
{
    if (providers.isEmpty())
        return HealthState::Unknown;
    HealthState worst = HealthState::Operational;
    for (const HealthSnapshot& s : providers)
        worst = worse(worst, s.overall);
    return worst;
}

HealthSnapshot evaluate(const EvaluatorInput& input)
{
    HealthSnapshot snap;
    snap.provider = input.provider;
    snap.generatedAt = input.now;
    snap.connectivity = input.connectivity;
    const bool offline = input.connectivity.state == Connectivity::Offline;

    const FeedState& feed = input.feed;
    const bool stale = isStale(feed, input.now, input.staleAfterIntervals);
    const StatusSummary* summary = feed.summary ? &*feed.summary : nullptr;
    const bool officialKnown = summary && !stale;

    snap.feed.url = feed.url;
    snap.feed.ok = feed.consecutiveFailures == 0 && summary;
    snap.feed.stale = stale;
    snap.feed.error = feed.lastError;
    snap.feed.fetchedAt = feed.lastSuccess;
    if (summary) {
        snap.feed.indicator = summary->indicator;
        snap.feed.description = summary->description;
        snap.components = summary->components;
        for (const Incident& m : summary->maintenances) {
            if (!m.isResolved())
                snap.maintenances.append(m);
        }
    }
    snap.officialOverall = officialKnown ? officialOverall(*summary) : HealthState::Unknown;

    // Official side shared by all models when the feed is unusable.
    Reason feedReason;
    if (!summary) {
        feedReason = feed.lastError.isNull() ? Reason(QStringLiteral("feed_not_fetched"))
                                             : Reason::wrapping(QStringLiteral("feed_unavailable"), feed.lastError);
    } else if (stale) {
        feedReason = Reason(QStringLiteral("feed_stale"), { feed.lastSuccess.toUTC().toString(Qt::ISODate) });
    }

    // One attribution pass per unresolved incident, for every watched model at once.
    // Attributed from the last good summary even when stale, so the incident list reads the same; the
    // models' official side ignores it then (officialKnown).
    const Component* api = summary ? apiComponent(*summary) : nullptr;
    struct OpenIncident {
        const Incident* incident;
        HealthState effect;
        bool affectsApi;
    };
    QVector<OpenIncident> open;
    if (summary) {
        for (const Incident& inc : summary->incidents) {
            if (inc.isResolved())
                continue;
            bool namesAny = false;
            IncidentHealth ih;
            ih.incident = inc;
            ih.effect = incidentEffect(inc);
            const QStringList named = modelsNamedBy(inc, input.models, &namesAny);
            const bool affectsApi = api && affectsComponent(inc, api->id);
            // An incident on the API component that names no model applies to every watched model.
            if (affectsApi && !namesAny) {
                for (const ModelInfo& m : input.models)
                    ih.modelIds.append(m.id);
            } else {
                ih.modelIds = named;
            }
            open.append({ &inc, ih.effect, affectsApi });
            snap.incidents.append(std::move(ih));
        }
    }

    for (const ModelInfo& model : input.models) {
        ModelHealth mh;
        mh.id = model.id;
        mh.displayName = model.displayName;
        mh.family = model.family;

        Side official;
        if (!officialKnown) {
            official.reasons << feedReason;
        } else {
            official.state = HealthState::Operational;
            bool explained = false;
            for (qsizetype i = 0; i < open.size(); ++i) {
                const bool applies = snap.incidents.at(i).modelIds.contains(model.id);
                explained = explained || applies || open.at(i).affectsApi;
                if (applies && open.at(i).effect != HealthState::Operational) {
                    official.state = worse(official.state, open.at(i).effect);
                    official.reasons << Reason(QStringLiteral("official_incident"),
                                               { open.at(i).incident->name, healthStateKey(open.at(i).effect) });
                }
            }
            // The component turned red before anyone posted an incident: every model gets its status.
            if (api && api->status != HealthState::Operational && !explained) {
                official.state = worse(official.state, api->status);
                official.reasons << Reason(QStringLiteral("api_component"), { api->name, healthStateKey(api->status) });
            }
        }

        const Side probe = probeSide(input, model.id, mh.lastProbe);
        mh.official = official.state;
        mh.probe = probe.state;
        const auto ps = input.probes.constFind(model.id);
        // Our probes could not tell because of something on the user's side (a rejected key, billing, the quota, no
        // route to the API): the page's "operational" is then no green check — we do not know that it works for them.
        const bool userSideProblem = input.probesEnabled && ps != input.probes.constEnd() && !ps->reason.isNull();

        // An unknown side never hides what the other side knows; both unknown → unknown.
        if (official.state == HealthState::Unknown)
            mh.state = probe.state;
        else if (probe.state == HealthState::Unknown)
            mh.state
                = userSideProblem && official.state == HealthState::Operational ? HealthState::Unknown : official.state;
        else
            mh.state = worse(official.state, probe.state);
        // "Ahead of the official page" ends as soon as the page reports something for this model.
        const bool pageReports = official.state != HealthState::Operational;
        mh.aheadOfOfficial = official.state != HealthState::Unknown && probe.state != HealthState::Unknown
            && !pageReports && severity(probe.state) > severity(official.state);

        // Most important first: what drives the state leads.
        mh.reasons = mh.aheadOfOfficial ? probe.reasons + official.reasons : official.reasons + probe.reasons;
        if (offline) {
            // Our own network is down: nothing we measure says anything about Claude.
            mh.state = HealthState::Unknown;
            mh.aheadOfOfficial = false;
            mh.reasons.prepend(Reason(QStringLiteral("offline")));
        }
        snap.models.append(std::move(mh));
    }
    snap.overall = watchedOverall(snap, input.watchedServices);
    return snap;
}

} // namespace HealthEvaluator
