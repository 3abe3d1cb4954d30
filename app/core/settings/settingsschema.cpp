#include "settingsschema.h"

#include <QLocale>
#include <QTime>

namespace {
using Key = Settings::Key;
using Type = SettingSpec::Type;

QVector<SettingSpec> makeTable()
{
    // Component ids of Anthropic's status page: k8w3r06qmzrp = Claude API, rwppv331jlwc = claude.ai.
    const QStringList defaultServices { QStringLiteral("k8w3r06qmzrp"), QStringLiteral("rwppv331jlwc") };
    return {
        { Key::StatusUrl, "statusUrl", Type::Url, QStringLiteral("https://status.claude.com") },
        { Key::ApiUrl, "apiUrl", Type::Url, QStringLiteral("https://api.anthropic.com") },
        { Key::WatchedModels, "watch/models", Type::StringList, QStringList {} },
        { Key::WatchedServices, "watch/services", Type::StringList, defaultServices },
        // Statuspage caches summary.json for about a minute; polling faster only costs their bandwidth.
        { Key::FeedPollIntervalSec, "feed/pollIntervalSec", Type::Int, 60, 30, 3600 },
        // Each probe costs a (tiny) request; more often than a minute adds cost without adding signal.
        { Key::ProbeIntervalSec, "probe/intervalSec", Type::Int, 300, 60, 86400 },
        { Key::SlowThresholdMs, "probe/slowThresholdMs", Type::Int, 10000, 1000, 120000 },
        { Key::MonthlyCapUsd, "probe/monthlyCapUsd", Type::Double, 2.0, 0, 1000 },
        { Key::Language, "language", Type::Choice, QStringLiteral("system") },
        { Key::NotifyModelOutage, "notify/modelOutage", Type::Bool, true },
        { Key::NotifyModelRecovery, "notify/modelRecovery", Type::Bool, true },
        { Key::NotifyOfficialIncident, "notify/officialIncident", Type::Bool, true },
        { Key::NotifyUserSideProblem, "notify/userSideProblem", Type::Bool, true },
        { Key::StartAtLogin, "startAtLogin", Type::Bool, false },
        { Key::PausedUntil, "notify/pausedUntil", Type::DateTime, QDateTime() },
        // OpenAI's page is a second provider, off by default (issue 7): most users watch Claude only.
        { Key::Providers, "providers", Type::StringList, QStringList { QStringLiteral("anthropic") } },
        // "How does this compare with last year?": a bit more than a year by default.
        { Key::HistoryRetentionDays, "history/retentionDays", Type::Int, 400, 7, 3650 },
        // Issue 10: snooze is PausedUntil; mutes, quiet hours and the maintenance notice survive a restart too.
        { Key::NotifyMutedModels, "notify/mutedModels", Type::StringList, QStringList {} },
        { Key::NotifyMutedServices, "notify/mutedServices", Type::StringList, QStringList {} },
        { Key::QuietHoursEnabled, "notify/quietHours", Type::Bool, false },
        { Key::QuietHoursStart, "notify/quietStart", Type::Time, QTime(22, 0) },
        { Key::QuietHoursEnd, "notify/quietEnd", Type::Time, QTime(7, 0) },
        { Key::QuietHoursLetMajorThrough, "notify/quietLetMajorThrough", Type::Bool, false },
        // An hour ahead (issue 10); a day ahead is the longest notice that still reads as "soon".
        { Key::MaintenanceNoticeMin, "notify/maintenanceNoticeMin", Type::Int, 60, 0, 1440 },
    };
}
} // namespace

const QVector<SettingSpec>& settingSpecs()
{
    static const QVector<SettingSpec> table = makeTable();
    return table;
}

const SettingSpec& settingSpec(Settings::Key key)
{
    for (const auto& spec : settingSpecs()) {
        if (spec.key == key)
            return spec;
    }
    Q_UNREACHABLE();
    return settingSpecs().front();
}

QString settingToText(const SettingSpec& spec, const QVariant& value)
{
    switch (spec.type) {
    case Type::StringList:
        return value.toStringList().join(QLatin1Char(','));
    case Type::Int:
        return QString::number(value.toLongLong());
    case Type::Double:
        return QString::number(value.toDouble(), 'g', 10);
    case Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::DateTime: {
        const QDateTime dt = value.toDateTime();
        return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
    }
    case Type::Time: {
        const QTime t = value.userType() == QMetaType::QTime
            ? value.toTime()
            : settingFromText(spec, value.toString()).value_or(QVariant()).toTime();
        return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
    }
    case Type::Url:
    case Type::Choice:
        break;
    }
    return value.toString();
}

std::optional<QVariant> settingFromText(const SettingSpec& spec, const QString& text)
{
    const QString t = text.trimmed();
    switch (spec.type) {
    case Type::StringList: {
        QStringList out;
        for (const QString& part : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
        }
        return QVariant(out);
    }
    case Type::Int: {
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        return ok ? std::optional<QVariant>(QVariant(v)) : std::nullopt;
    }
    case Type::Double: {
        bool ok = false;
        const double v = QLocale::c().toDouble(t, &ok);
        return ok ? std::optional<QVariant>(QVariant(v)) : std::nullopt;
    }
    case Type::Bool:
        if (t == u"true" || t == u"1")
            return QVariant(true);
        if (t == u"false" || t == u"0")
            return QVariant(false);
        return std::nullopt;
    case Type::DateTime: {
        if (t.isEmpty())
            return QVariant(QDateTime());
        const QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
        return dt.isValid() ? std::optional<QVariant>(QVariant(dt.toUTC())) : std::nullopt;
    }
    case Type::Time: {
        // "7:00" and "07:00"; seconds are not a setting anyone makes.
        const QTime time = QTime::fromString(t, QStringLiteral("H:mm"));
        return time.isValid() ? std::optional<QVariant>(QVariant(time)) : std::nullopt;
    }
    case Type::Url:
    case Type::Choice:
        break;
    }
    return QVariant(t);
}
