#include "settings.h"

#include "notify/notificationsettings.h"
#include "settingsschema.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QStringDecoder>

#include <cmath>

namespace {
using Type = SettingSpec::Type;

// Anthropic keys start "sk-ant-"; other vendors' keys "sk-…". Either pasted into a field must never be stored.
bool looksLikeSecret(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"((^|[^A-Za-z0-9])sk-[A-Za-z0-9_-]{16,})"));
    return re.match(text).hasMatch();
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

Settings::Settings(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    load();
}

Settings::~Settings() = default;

QVector<Settings::Key> Settings::allKeys()
{
    QVector<Key> keys;
    for (const auto& spec : settingSpecs())
        keys << spec.key;
    return keys;
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(settingSpec(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return settingSpec(key).defaultValue;
}

std::optional<std::pair<double, double>> Settings::range(Key key)
{
    const auto& spec = settingSpec(key);
    if (spec.type != Type::Int && spec.type != Type::Double)
        return std::nullopt;
    return std::make_pair(spec.min, spec.max);
}

std::optional<QString> Settings::validateUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return tr("Enter a full address such as https://status.claude.com.");
    if (!url.userInfo().isEmpty())
        return tr("Addresses with a user name or password are not accepted.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return std::nullopt;
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return tr("Use https://. Plain http:// is accepted only for this computer (localhost, 127.0.0.1, ::1).");
    }
    return tr("Use an https:// address.");
}

std::optional<QString> Settings::validate(Key key, const QVariant& value)
{
    const auto& spec = settingSpec(key);
    const QString text
        = value.userType() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(',')) : value.toString();
    if (looksLikeSecret(text))
        return tr("This looks like an API key. Keys are kept in the keychain, never in the settings file.");
    switch (spec.type) {
    case Type::Url:
        return validateUrl(text);
    case Type::StringList: {
        static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$"));
        for (const QString& id : value.toStringList()) {
            if (!idRe.match(id).hasMatch())
                return tr("\"%1\" is not a valid identifier.").arg(id);
        }
        return std::nullopt;
    }
    case Type::Int:
    case Type::Double: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        // "nan"/"inf" parse as doubles: never a valid setting (and casting them to an integer is undefined).
        if (!ok || !std::isfinite(v) || (spec.type == Type::Int && v != static_cast<double>(static_cast<qlonglong>(v))))
            return tr("Enter a number.");
        if (v < spec.min || v > spec.max)
            return tr("Enter a value from %1 to %2.").arg(spec.min).arg(spec.max);
        return std::nullopt;
    }
    case Type::Bool:
        if (value.userType() == QMetaType::Bool || text == u"true" || text == u"false")
            return std::nullopt;
        return tr("Expected on or off.");
    case Type::Choice:
        if (text == u"system" || text == u"ko" || text == u"en")
            return std::nullopt;
        return tr("Choose System, Korean or English.");
    case Type::DateTime:
        if (value.isNull() || value.toDateTime().isValid() || text.isEmpty())
            return std::nullopt;
        return tr("Not a valid date and time.");
    case Type::Time:
        if (value.userType() == QMetaType::QTime ? value.toTime().isValid() : settingFromText(spec, text).has_value())
            return std::nullopt;
        return tr("Enter a time of day such as 22:00.");
    }
    return std::nullopt;
}

QVariant Settings::value(Key key) const
{
    return m_values.value(key, defaultValue(key));
}

std::optional<QString> Settings::setValue(Key key, const QVariant& value)
{
    if (auto reason = validate(key, value))
        return reason;
    const auto& spec = settingSpec(key);
    // Normalise through the text form so the in-memory value is exactly what a reload gives.
    const QVariant normalised = settingFromText(spec, settingToText(spec, value)).value_or(spec.defaultValue);
    const bool same = settingToText(spec, normalised) == settingToText(spec, this->value(key));
    m_values.insert(key, normalised);
    write(key, normalised);
    if (!same)
        emit changed(key);
    return std::nullopt;
}

void Settings::resetToDefaults()
{
    for (const auto& spec : settingSpecs())
        setValue(spec.key, spec.defaultValue);
}

QString Settings::loadWarning() const
{
    if (m_corrupted) {
        if (m_backupPath.isEmpty())
            return tr("The settings file could not be read, so the defaults are in use.");
        return tr("The settings file could not be read, so the defaults are in use. The old file was kept as %1.")
            .arg(m_backupPath);
    }
    if (m_warnings.isEmpty())
        return {};
    return tr("Some settings were invalid and were reset to their defaults:") + QLatin1Char('\n')
        + m_warnings.join(QLatin1Char('\n'));
}

bool Settings::looksCorrupted(QSettings& ini) const
{
    return ini.status() != QSettings::NoError;
}

bool Settings::rawLooksCorrupted() const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return true;
    // Every line QSettings writes is blank, a [section], a ;comment or key=value; anything else is damage.
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('[')) || line.startsWith(QLatin1Char(';'))
            || line.startsWith(QLatin1Char('#')))
            continue;
        if (!line.contains(QLatin1Char('=')))
            return true;
        // "@Variant(…)", "@DateTime(…)", "@ByteArray(…)": QSettings would deserialise these with QDataStream, and a
        // damaged one asks for gigabytes (fuzz_settings: an out-of-memory abort at start). We never write them — a
        // value of ours starting with '@' is stored as "@@" — so such a line is damage, checked before QSettings
        // reads the file.
        const QString value = line.mid(line.indexOf(QLatin1Char('=')) + 1).trimmed();
        if (value.startsWith(QLatin1Char('@')) && !value.startsWith(QLatin1String("@@")))
            return true;
    }
    return false;
}

void Settings::backUpCorruptedFile()
{
    m_corrupted = true;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = m_filePath + QStringLiteral(".bak-") + stamp;
    for (int i = 1; QFileInfo::exists(backup); ++i)
        backup = m_filePath + QStringLiteral(".bak-") + stamp + QLatin1Char('-') + QString::number(i);
    if (QFile::copy(m_filePath, backup)) {
        m_backupPath = backup;
        QFile::remove(m_filePath);
    }
    qWarning("Settings: %s is unreadable; defaults loaded, backup: %s", qPrintable(m_filePath),
             qPrintable(m_backupPath.isEmpty() ? QStringLiteral("(copy failed)") : m_backupPath));
}

void Settings::load()
{
    m_values.clear();
    m_warnings.clear();
    if (!QFileInfo::exists(m_filePath))
        return;
    bool corrupted = rawLooksCorrupted();
    if (!corrupted) {
        QSettings ini(m_filePath, QSettings::IniFormat);
        corrupted = looksCorrupted(ini);
        if (!corrupted) {
            for (const auto& spec : settingSpecs()) {
                const QString name = QString::fromLatin1(spec.name);
                if (!ini.contains(name))
                    continue;
                const QVariant raw = ini.value(name);
                // QSettings turns an unquoted "a,b" into a list; join it back to the text form.
                const QString text = raw.userType() == QMetaType::QStringList
                    ? raw.toStringList().join(QLatin1Char(','))
                    : raw.toString();
                const auto parsed = settingFromText(spec, text);
                const auto reason
                    = parsed ? validate(spec.key, *parsed) : std::optional<QString>(tr("Unreadable value."));
                if (reason) {
                    m_warnings << tr("%1 = \"%2\": %3").arg(name, text.left(80), *reason);
                    qWarning("Settings: %s has an invalid value; using the default", spec.name);
                    continue;
                }
                m_values.insert(spec.key, *parsed);
            }
        }
    }
    if (corrupted)
        backUpCorruptedFile();
}

void Settings::write(Key key, const QVariant& value)
{
    const auto& spec = settingSpec(key);
    QSettings ini(m_filePath, QSettings::IniFormat);
    ini.setValue(QString::fromLatin1(spec.name), settingToText(spec, value));
    ini.sync();
}

QUrl Settings::statusUrl() const
{
    return QUrl(value(Key::StatusUrl).toString());
}
QUrl Settings::apiUrl() const
{
    return QUrl(value(Key::ApiUrl).toString());
}
QStringList Settings::watchedModels() const
{
    return value(Key::WatchedModels).toStringList();
}
QStringList Settings::watchedServices() const
{
    return value(Key::WatchedServices).toStringList();
}
QStringList Settings::providers() const
{
    return value(Key::Providers).toStringList();
}
int Settings::historyRetentionDays() const
{
    return value(Key::HistoryRetentionDays).toInt();
}
int Settings::feedPollIntervalSec() const
{
    return value(Key::FeedPollIntervalSec).toInt();
}
int Settings::probeIntervalSec() const
{
    return value(Key::ProbeIntervalSec).toInt();
}
int Settings::slowThresholdMs() const
{
    return value(Key::SlowThresholdMs).toInt();
}
double Settings::monthlyCapUsd() const
{
    return value(Key::MonthlyCapUsd).toDouble();
}
QString Settings::language() const
{
    return value(Key::Language).toString();
}
bool Settings::notify(Key kind) const
{
    return value(kind).toBool();
}
bool Settings::startAtLogin() const
{
    return value(Key::StartAtLogin).toBool();
}
QDateTime Settings::pausedUntil() const
{
    return value(Key::PausedUntil).toDateTime();
}

NotificationSettings Settings::notificationSettings() const
{
    NotificationSettings ns;
    ns.modelOutage = notify(Key::NotifyModelOutage);
    ns.modelRecovery = notify(Key::NotifyModelRecovery);
    ns.officialIncident = notify(Key::NotifyOfficialIncident);
    ns.probeProblem = notify(Key::NotifyUserSideProblem);
    ns.pausedUntil = pausedUntil();
    const QStringList models = value(Key::NotifyMutedModels).toStringList();
    ns.mutedModels = QSet<QString>(models.cbegin(), models.cend());
    const QStringList services = value(Key::NotifyMutedServices).toStringList();
    ns.mutedServices = QSet<QString>(services.cbegin(), services.cend());
    ns.quietHours = value(Key::QuietHoursEnabled).toBool();
    ns.quietStart = value(Key::QuietHoursStart).toTime();
    ns.quietEnd = value(Key::QuietHoursEnd).toTime();
    ns.quietLetMajorThrough = value(Key::QuietHoursLetMajorThrough).toBool();
    ns.maintenanceNoticeMin = value(Key::MaintenanceNoticeMin).toInt();
    return ns;
}
