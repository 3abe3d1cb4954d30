#include "traymenumodel.h"

#include "health/healthevaluator.h"
#include "notify/notificationsettings.h"
#include "providers/providerprofile.h"
#include "statustext.h"

#include <algorithm>
#include <functional>

namespace {
using Kind = TrayMenuRow::Kind;

const QString kDash = QStringLiteral(" — ");
const QString kDot = QStringLiteral(" · ");

TrayMenuRow row(Kind kind, const QString& text, bool enabled = false)
{
    TrayMenuRow r;
    r.kind = kind;
    r.text = text;
    r.enabled = enabled;
    return r;
}

TrayMenuRow stateRow(Kind kind, const QString& text, HealthState state, bool enabled)
{
    TrayMenuRow r = row(kind, text, enabled);
    r.hasState = true;
    r.state = state;
    return r;
}

TrayMenuRow actionRow(const QString& text, TrayAction action, bool enabled = true)
{
    TrayMenuRow r = row(Kind::Action, text, enabled);
    r.action = action;
    return r;
}

QUrl incidentUrl(const Incident& incident, const QUrl& statusPage)
{
    if (!incident.shortlink.isEmpty())
        return QUrl(incident.shortlink);
    if (!statusPage.isValid() || incident.id.isEmpty())
        return {};
    QUrl url = statusPage;
    url.setPath(QStringLiteral("/incidents/") + incident.id);
    return url;
}
} // namespace

QVector<ModelHealth> TrayMenuModel::watchedModels(const HealthSnapshot& snapshot, const TrayMenuContext& context)
{
    QVector<ModelHealth> out;
    for (const auto& m : snapshot.models) {
        if (context.watchedModels.isEmpty() || context.watchedModels.contains(m.id))
            out << m;
    }
    return out;
}

HealthState TrayMenuModel::shownState(const ModelHealth& model, bool)
{
    // Core decided: without a key the combined state is the official one; a rejected key is not a green check.
    return model.state;
}

HealthState TrayMenuModel::worstWatched(const HealthSnapshot& snapshot, const TrayMenuContext& context)
{
    QVector<HealthSnapshot> all { snapshot };
    all += context.otherProviders;
    return HealthEvaluator::watchedOverall(all);
}

bool TrayMenuModel::isStale(const HealthSnapshot& snapshot)
{
    return snapshot.feed.stale;
}

QDateTime TrayMenuModel::lastSuccessfulUpdate(const HealthSnapshot& snapshot)
{
    QDateTime latest = snapshot.feed.fetchedAt;
    for (const auto& m : snapshot.models) {
        // A probe that got an HTTP answer is an update, whatever the answer said.
        if (m.lastProbe && m.lastProbe->httpStatus > 0 && (!latest.isValid() || m.lastProbe->at > latest))
            latest = m.lastProbe->at;
    }
    return latest;
}

QString TrayMenuModel::modelText(const ModelHealth& model, bool hasKey, bool offline)
{
    const QString name = model.displayName.isEmpty() ? model.id : model.displayName;
    // Offline, nothing is known about the model from here: say that, not "not probed yet" after dozens of probes.
    if (offline && hasKey && shownState(model, hasKey) == HealthState::Unknown)
        return name + kDash + tr("offline");
    QString text = name + kDash + healthStateText(shownState(model, hasKey));
    if (!hasKey)
        return text + kDot + tr("official");
    if (model.lastProbe) {
        if (isSuccess(model.lastProbe->outcome) && model.lastProbe->latencyMs >= 0)
            text += kDot + StatusText::latency(model.lastProbe->latencyMs);
        else
            text += kDot + probeOutcomeText(model.lastProbe->outcome);
    } else {
        text += kDot + tr("not probed yet");
    }
    if (model.aheadOfOfficial)
        text += kDot + tr("ahead of official page");
    return text;
}

void TrayMenuModel::addModels(QVector<TrayMenuRow>& rows, const HealthSnapshot& s, const TrayMenuContext& c)
{
    rows << row(Kind::Header, tr("Models"));
    if (!c.hasKey) {
        TrayMenuRow hint = row(Kind::Hint, tr("Add an API key in Settings to test models yourself"), true);
        hint.action = TrayAction::Settings;
        rows << hint;
    }
    const auto models = watchedModels(s, c);
    if (models.isEmpty())
        rows << row(Kind::Hint, tr("No models to show yet"));
    for (const auto& m : models) {
        TrayMenuRow r = stateRow(Kind::Model, modelText(m, c.hasKey, s.connectivity.state == Connectivity::Offline),
                                 shownState(m, c.hasKey), true);
        r.action = TrayAction::ShowModelDetails;
        r.id = m.id;
        r.muted = c.mutedModels.contains(m.id);
        if (r.muted)
            r.text += kDot + tr("muted");
        rows << r;
    }
}

void TrayMenuModel::addServices(QVector<TrayMenuRow>& rows, const HealthSnapshot& s, const TrayMenuContext& c)
{
    rows << row(Kind::Header, tr("Official status"));
    if (s.components.isEmpty()) {
        rows << row(Kind::Hint,
                    s.feed.error.isNull() ? tr("Official status not read yet")
                                          : tr("Official status unavailable: %1").arg(reasonText(s.feed.error)));
        return;
    }
    if (s.feed.stale)
        rows << row(Kind::Hint, tr("Official page last read %1").arg(StatusText::clockTime(s.feed.fetchedAt, c.now)));
    // Watched services first, in the order the user chose them; then every other component by position.
    QVector<Component> others;
    QVector<Component> watched;
    for (const auto& comp : s.components) {
        if (comp.isGroup)
            continue;
        if (c.watchedServices.contains(comp.id))
            watched << comp;
        else
            others << comp;
    }
    std::stable_sort(watched.begin(), watched.end(), [&c](const Component& a, const Component& b) {
        return c.watchedServices.indexOf(a.id) < c.watchedServices.indexOf(b.id);
    });
    std::stable_sort(others.begin(), others.end(),
                     [](const Component& a, const Component& b) { return a.position < b.position; });
    for (const auto& comp : watched + others) {
        TrayMenuRow r = stateRow(Kind::Service, comp.name + kDash + healthStateText(comp.status), comp.status,
                                 c.statusPageUrl.isValid());
        r.action = TrayAction::OpenUrl;
        r.id = comp.id;
        r.url = c.statusPageUrl;
        r.muted = c.mutedServices.contains(comp.id);
        if (r.muted)
            r.text += kDot + tr("muted");
        rows << r;
    }
}

void TrayMenuModel::addIncidents(QVector<TrayMenuRow>& rows, const HealthSnapshot& s, const TrayMenuContext& c)
{
    if (s.incidents.isEmpty() && s.maintenances.isEmpty())
        return;
    rows << row(Kind::Separator, {}) << row(Kind::Header, tr("Incidents and maintenance"));
    for (const auto& ih : s.incidents) {
        const Incident& i = ih.incident;
        const QDateTime since = i.startedAt.isValid() ? i.startedAt : i.createdAt;
        QString text = i.name + kDash + StatusText::incidentStatus(i.status);
        const QString age = StatusText::age(since, c.now);
        if (!age.isEmpty())
            text += kDot + age;
        const QUrl url = incidentUrl(i, c.statusPageUrl);
        TrayMenuRow r = stateRow(Kind::Incident, text, ih.effect, url.isValid());
        r.action = TrayAction::OpenUrl;
        r.id = i.id;
        r.url = url;
        rows << r;
    }
    for (const auto& m : s.maintenances) {
        QString text = m.name + kDash + StatusText::incidentStatus(m.status);
        if (m.scheduledFor.isValid() && c.now.isValid() && m.scheduledFor > c.now)
            text += kDot + tr("starts %1").arg(StatusText::clockTime(m.scheduledFor, c.now));
        else if (m.scheduledFor.isValid())
            text += kDot + StatusText::age(m.scheduledFor, c.now);
        const QUrl url = incidentUrl(m, c.statusPageUrl);
        TrayMenuRow r = stateRow(Kind::Maintenance, text, HealthState::UnderMaintenance, url.isValid());
        r.action = TrayAction::OpenUrl;
        r.id = m.id;
        r.url = url;
        rows << r;
    }
}

void TrayMenuModel::addOtherProviders(QVector<TrayMenuRow>& rows, const TrayMenuContext& c)
{
    // Feed-only providers (OpenAI): their own section, so "Claude is down, OpenAI is up" reads at a glance.
    for (const HealthSnapshot& p : c.otherProviders) {
        const ProviderProfile* profile = Providers::byId(p.provider);
        const QString name = profile ? profile->displayName : p.provider;
        const QUrl page = p.feed.url.isValid() ? p.feed.url : (profile ? profile->statusUrl : QUrl());
        rows << row(Kind::Separator, {}) << row(Kind::Header, name);
        if (p.components.isEmpty()) {
            rows << row(Kind::Hint,
                        p.feed.error.isNull() ? tr("Official status not read yet")
                                              : tr("Official status unavailable: %1").arg(reasonText(p.feed.error)));
            continue;
        }
        TrayMenuRow overall
            = stateRow(Kind::Service, name + kDash + healthStateText(p.overall), p.overall, page.isValid());
        overall.action = TrayAction::OpenUrl;
        overall.url = page;
        rows << overall;
        for (const auto& comp : p.components) {
            if (comp.isGroup || comp.status == HealthState::Operational)
                continue; // only what is wrong: a long list of green rows says nothing the line above does not
            TrayMenuRow r
                = stateRow(Kind::Service, QStringLiteral("  ") + comp.name + kDash + healthStateText(comp.status),
                           comp.status, page.isValid());
            r.action = TrayAction::OpenUrl;
            r.id = comp.id;
            r.url = page;
            rows << r;
        }
        for (const auto& ih : p.incidents) {
            const QUrl url = incidentUrl(ih.incident, page);
            TrayMenuRow r
                = stateRow(Kind::Incident, ih.incident.name + kDash + StatusText::incidentStatus(ih.incident.status),
                           ih.effect, url.isValid());
            r.action = TrayAction::OpenUrl;
            r.id = ih.incident.id;
            r.url = url;
            rows << r;
        }
    }
}

void TrayMenuModel::addActions(QVector<TrayMenuRow>& rows, const TrayMenuContext& c)
{
    rows << row(Kind::Separator, {});
    rows << actionRow(tr("Refresh now"), TrayAction::Refresh);
    TrayMenuRow open = actionRow(tr("Open status page"), TrayAction::OpenStatusPage, c.statusPageUrl.isValid());
    open.url = c.statusPageUrl;
    rows << open;
    rows << actionRow(tr("History…"), TrayAction::History, c.historyAvailable);

    const bool paused = c.notificationsPausedUntil.isValid() && c.now.isValid() && c.notificationsPausedUntil > c.now;
    TrayMenuRow pause = actionRow(paused ? tr("Notifications paused") : tr("Pause notifications"), TrayAction::None);
    if (paused)
        pause.children << row(Kind::Hint,
                              tr("Paused until %1").arg(StatusText::clockTime(c.notificationsPausedUntil, c.now)));
    TrayMenuRow hour = actionRow(tr("For 1 hour"), TrayAction::PauseNotifications, c.now.isValid());
    hour.until = NotificationTiming::snoozeEnd(SnoozeLength::OneHour, c.now);
    // "Until tomorrow" means the start of the next working morning (09:00 local), not midnight.
    TrayMenuRow tomorrow = actionRow(tr("Until tomorrow"), TrayAction::PauseNotifications, c.now.isValid());
    tomorrow.until = NotificationTiming::snoozeEnd(SnoozeLength::UntilTomorrowMorning, c.now);
    pause.children << hour << tomorrow
                   << actionRow(tr("Resume notifications"), TrayAction::ResumeNotifications, paused);
    rows << pause;

    rows << row(Kind::Separator, {});
    rows << actionRow(tr("Settings…"), TrayAction::Settings);
    rows << actionRow(tr("Copy diagnostics"), TrayAction::CopyDiagnostics);
    rows << actionRow(tr("About ModelPulse"), TrayAction::About);
    rows << actionRow(tr("Quit"), TrayAction::Quit);
}

QVector<TrayMenuRow> TrayMenuModel::rows(const HealthSnapshot& snapshot, const TrayMenuContext& context)
{
    QVector<TrayMenuRow> out;
    addModels(out, snapshot, context);
    out << row(Kind::Separator, {});
    addServices(out, snapshot, context);
    addIncidents(out, snapshot, context);
    addOtherProviders(out, context);
    if (snapshot.connectivity.state == Connectivity::Offline) {
        out << row(Kind::Separator, {});
        out << stateRow(Kind::Connectivity, tr("You are offline — not an outage"), HealthState::Unknown, false);
    }
    addActions(out, context);
    return out;
}

QString TrayMenuModel::shortDuration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%n s", "duration", int(seconds));
    if (seconds < 3600)
        return tr("%n min", "duration", int(seconds / 60));
    if (seconds < 86400) {
        const int h = int(seconds / 3600), m = int(seconds % 3600 / 60);
        return m == 0
            ? tr("%n h", "duration", h)
            : tr("%1 %2", "duration: hours, then minutes").arg(tr("%n h", "duration", h), tr("%n min", "duration", m));
    }
    return tr("%n d", "duration", int(seconds / 86400));
}

QString TrayMenuModel::headline(const HealthSnapshot& snapshot, const TrayMenuContext& context)
{
    if (snapshot.connectivity.state == Connectivity::Offline)
        return tr("You are offline — not an outage");
    const QVector<ModelHealth> models = watchedModels(snapshot, context);
    // The names people use: "Opus 4.5", not "Claude Opus 4.5".
    const auto shortName = [](const ModelHealth& m) {
        QString name = m.displayName.isEmpty() ? m.id : m.displayName;
        if (name.startsWith(QLatin1String("Claude ")))
            name = name.mid(7);
        return name;
    };
    const auto group = [&](const std::function<bool(HealthState)>& in, QDateTime* since) {
        QStringList names;
        for (const ModelHealth& m : models) {
            if (!in(shownState(m, context.hasKey)))
                continue;
            names << shortName(m);
            if (m.since.isValid() && (!since->isValid() || m.since < *since))
                *since = m.since;
        }
        return names.join(tr(", ", "list separator"));
    };
    QDateTime since;
    const auto forHowLong = [&](const QString& withDuration, const QString& without, const QString& names) {
        return since.isValid() && context.now.isValid()
            ? withDuration.arg(names, shortDuration(since.secsTo(context.now)))
            : without.arg(names);
    };
    QString names
        = group([](HealthState s) { return s == HealthState::PartialOutage || s == HealthState::MajorOutage; }, &since);
    if (!names.isEmpty())
        return forHowLong(tr("%1 failing for %2"), tr("%1 failing"), names);
    names = group([](HealthState s) { return s == HealthState::DegradedPerformance; }, &since);
    if (!names.isEmpty())
        return forHowLong(tr("%1 degraded for %2"), tr("%1 degraded"), names);
    names = group([](HealthState s) { return s == HealthState::UnderMaintenance; }, &since);
    if (!names.isEmpty())
        return tr("%1 under maintenance").arg(names);
    if (!models.isEmpty() && std::all_of(models.cbegin(), models.cend(), [&](const ModelHealth& m) {
            return shownState(m, context.hasKey) == HealthState::Operational;
        }))
        return context.hasKey ? tr("All watched models working") : tr("All watched models operational (official)");
    return tr("Not checked yet");
}

QString TrayMenuModel::freshness(const HealthSnapshot& snapshot, const TrayMenuContext& context)
{
    if (context.checking)
        return tr("checking…");
    QStringList parts;
    const QDateTime checked = snapshot.generatedAt;
    if (checked.isValid() && context.now.isValid())
        parts << tr("checked %1 ago").arg(shortDuration(checked.secsTo(context.now)));
    if (context.nextCheck.isValid() && context.now.isValid())
        parts << tr("next in %1").arg(shortDuration(qMax<qint64>(0, context.now.secsTo(context.nextCheck))));
    return parts.join(QStringLiteral(" · "));
}

QString TrayMenuModel::toolTip(const HealthSnapshot& snapshot, const TrayMenuContext& context)
{
    QStringList lines;
    lines << (context.demo ? tr("ModelPulse demo") : tr("ModelPulse")) + kDash + headline(snapshot, context);
    if (context.notificationsPausedUntil.isValid() && context.now.isValid()
        && context.notificationsPausedUntil > context.now)
        lines << tr("Notifications paused until %1")
                     .arg(StatusText::clockTime(context.notificationsPausedUntil, context.now));
    for (const auto& m : watchedModels(snapshot, context))
        lines << modelText(m, context.hasKey, snapshot.connectivity.state == Connectivity::Offline);
    for (const auto& comp : snapshot.components) {
        if (context.watchedServices.contains(comp.id))
            lines << comp.name + kDash + healthStateText(comp.status);
    }
    for (const HealthSnapshot& p : context.otherProviders) {
        const ProviderProfile* profile = Providers::byId(p.provider);
        lines << (profile ? profile->displayName : p.provider) + kDash + healthStateText(p.overall);
    }
    const QDateTime updated = lastSuccessfulUpdate(snapshot);
    lines << (updated.isValid() ? tr("Updated %1").arg(StatusText::clockTime(updated, context.now))
                                : tr("Not updated yet"));
    return lines.join(QLatin1Char('\n'));
}
