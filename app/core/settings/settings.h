#pragma once

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>

class QSettings;
struct NotificationSettings;

/*!
 * \brief The user's settings: one table of keys with defaults and validators, stored as an INI file.
 *
 * Modelled on KeePassXC's core/Config: a key enum, one table (settingsschema.cpp), values validated on
 * load. An invalid value falls back to its default with a warning; an unreadable or garbled file is copied
 * to `<file>.bak-<timestamp>` and defaults are loaded, with a translated loadWarning() for the UI.
 *
 * There is deliberately no API key here: the key lives in the keychain only. validate() refuses any value
 * that looks like a key, so a mistaken paste into a field can never end up in the file.
 */
class Settings : public QObject {
    Q_OBJECT
public:
    enum class Key {
        StatusUrl,
        ApiUrl,
        WatchedModels, //!< QStringList of model ids; empty = discovered defaults
        WatchedServices, //!< QStringList of Statuspage component ids
        FeedPollIntervalSec,
        ProbeIntervalSec,
        SlowThresholdMs,
        MonthlyCapUsd,
        Language, //!< "system" | "ko" | "en"
        NotifyModelOutage,
        NotifyModelRecovery,
        NotifyOfficialIncident,
        NotifyUserSideProblem,
        StartAtLogin,
        PausedUntil, //!< QDateTime (UTC); null = not paused
        Providers, //!< QStringList of ProviderProfile ids; default {"anthropic"}
        HistoryRetentionDays, //!< history rows older than this are pruned (default 400)
        NotifyMutedModels, //!< QStringList of model ids never notified about (default none)
        NotifyMutedServices, //!< QStringList of Statuspage component ids never notified about (default none)
        QuietHoursEnabled, //!< bool (default false)
        QuietHoursStart, //!< QTime, local (default 22:00)
        QuietHoursEnd, //!< QTime, local; before the start = past midnight (default 07:00)
        QuietHoursLetMajorThrough, //!< bool: a major outage is shown in quiet hours (default false)
        MaintenanceNoticeMin, //!< minutes before a scheduled maintenance to announce it; 0 = never (default 60)
    };
    Q_ENUM(Key)

    /*! \brief Opens (or creates on first write) the INI file at \a filePath and loads it. */
    explicit Settings(const QString& filePath, QObject* parent = nullptr);
    ~Settings() override;

    /*! \brief Every key, in table order. */
    static QVector<Key> allKeys();
    /*! \brief The INI key name ("feed/pollIntervalSec"). */
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    /*! \brief Inclusive numeric range for numeric keys; nullopt for others. */
    static std::optional<std::pair<double, double>> range(Key key);
    /*! \brief nullopt when \a value is acceptable for \a key, else a translated reason to show next to the field. */
    static std::optional<QString> validate(Key key, const QVariant& value);
    /*! \brief https only; http only for loopback hosts (127.0.0.1, ::1, localhost). */
    static std::optional<QString> validateUrl(const QString& text);

    QVariant value(Key key) const;
    /*! \brief Stores \a value when valid; returns the reason otherwise (nothing is written then). */
    std::optional<QString> setValue(Key key, const QVariant& value);
    /*! \brief Every key back to its default. */
    void resetToDefaults();

    QString filePath() const { return m_filePath; }
    /*! \brief Translated, user-facing summary of load problems; empty when the file loaded cleanly. */
    QString loadWarning() const;
    /*! \brief One line per problem found on load. */
    QStringList loadWarnings() const { return m_warnings; }
    /*! \brief Where the corrupted file was copied; empty unless that happened. */
    QString backupPath() const { return m_backupPath; }

    // Typed accessors for the composition root.
    QUrl statusUrl() const;
    QUrl apiUrl() const;
    QStringList watchedModels() const;
    QStringList watchedServices() const;
    int feedPollIntervalSec() const;
    int probeIntervalSec() const;
    int slowThresholdMs() const;
    double monthlyCapUsd() const;
    QString language() const;
    bool notify(Key kind) const;
    bool startAtLogin() const;
    QDateTime pausedUntil() const;
    QStringList providers() const;
    int historyRetentionDays() const;
    /*! \brief Everything NotificationPolicy::decide() needs from the settings (kinds, snooze, mutes, quiet hours). */
    NotificationSettings notificationSettings() const;

signals:
    void changed(Settings::Key key);

private:
    void load();
    bool looksCorrupted(QSettings& ini) const;
    /*! \brief The file's bytes say it is damaged (NUL, bad UTF-8, stray lines, serialised @-values). */
    bool rawLooksCorrupted() const;
    void backUpCorruptedFile();
    void write(Key key, const QVariant& value);

    QString m_filePath;
    QMap<Key, QVariant> m_values;
    QStringList m_warnings;
    QString m_backupPath;
    bool m_corrupted = false;
};
