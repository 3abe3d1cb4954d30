#include "notify/notificationsettings.h"
#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
using Key = Settings::Key;

QString writeFile(const QTemporaryDir& dir, const QByteArray& content)
{
    const QString path = dir.filePath(QStringLiteral("modelpulse.ini"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("settings start from the documented defaults", "[settings]")
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("none.ini")));
    CHECK(s.loadWarning().isEmpty());
    CHECK(s.statusUrl() == QUrl(QStringLiteral("https://status.claude.com")));
    CHECK(s.apiUrl() == QUrl(QStringLiteral("https://api.anthropic.com")));
    CHECK(s.watchedModels().isEmpty());
    CHECK(s.watchedServices() == QStringList { QStringLiteral("k8w3r06qmzrp"), QStringLiteral("rwppv331jlwc") });
    CHECK(s.feedPollIntervalSec() == 60);
    CHECK(s.probeIntervalSec() == 300);
    CHECK(s.slowThresholdMs() == 10000);
    CHECK(s.monthlyCapUsd() == Approx(2.0));
    CHECK(s.language() == QStringLiteral("system"));
    for (auto k :
         { Key::NotifyModelOutage, Key::NotifyModelRecovery, Key::NotifyOfficialIncident, Key::NotifyUserSideProblem })
        CHECK(s.notify(k));
    CHECK_FALSE(s.startAtLogin());
    CHECK_FALSE(s.pausedUntil().isValid());
    CHECK(Settings::range(Key::FeedPollIntervalSec) == std::make_pair(30.0, 3600.0));
    CHECK(Settings::range(Key::ProbeIntervalSec) == std::make_pair(60.0, 86400.0));
    CHECK_FALSE(Settings::range(Key::Language));
    // Nothing is written until something changes.
    CHECK_FALSE(QFile::exists(s.filePath()));
}

TEST_CASE("settings round-trip through the INI file", "[settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rt.ini"));
    const QDateTime until = QDateTime(QDate(2026, 11, 27), QTime(18, 30), Qt::UTC);
    {
        Settings s(path);
        QVector<Settings::Key> spy; // tests/unit links no QtTest: a plain connection records the signal
        QObject::connect(&s, &Settings::changed, [&spy](Settings::Key k) { spy << k; });
        CHECK_FALSE(s.setValue(Key::StatusUrl, QStringLiteral("http://127.0.0.1:8080")));
        CHECK_FALSE(s.setValue(Key::WatchedModels,
                               QStringList { QStringLiteral("claude-opus-4-5"), QStringLiteral("claude-haiku-4-5") }));
        CHECK_FALSE(s.setValue(Key::WatchedServices, QStringList {}));
        CHECK_FALSE(s.setValue(Key::FeedPollIntervalSec, 120));
        CHECK_FALSE(s.setValue(Key::MonthlyCapUsd, 2.5));
        CHECK_FALSE(s.setValue(Key::Language, QStringLiteral("ko")));
        CHECK_FALSE(s.setValue(Key::NotifyModelRecovery, false));
        CHECK_FALSE(s.setValue(Key::StartAtLogin, true));
        CHECK_FALSE(s.setValue(Key::PausedUntil, until));
        CHECK(spy.count() == 9);
        CHECK(spy.at(0) == Key::StatusUrl);
        // Setting the same value again is not a change.
        CHECK_FALSE(s.setValue(Key::Language, QStringLiteral("ko")));
        CHECK(spy.count() == 9);
    }
    Settings r(path);
    CHECK(r.loadWarning().isEmpty());
    CHECK(r.statusUrl() == QUrl(QStringLiteral("http://127.0.0.1:8080")));
    CHECK(r.watchedModels() == QStringList { QStringLiteral("claude-opus-4-5"), QStringLiteral("claude-haiku-4-5") });
    CHECK(r.watchedServices().isEmpty());
    CHECK(r.feedPollIntervalSec() == 120);
    CHECK(r.monthlyCapUsd() == Approx(2.5));
    CHECK(r.language() == QStringLiteral("ko"));
    CHECK_FALSE(r.notify(Key::NotifyModelRecovery));
    CHECK(r.notify(Key::NotifyModelOutage));
    CHECK(r.startAtLogin());
    CHECK(r.pausedUntil() == until);
}

TEST_CASE("invalid values are refused when set and reset to defaults with a warning when loaded", "[settings]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir,
                                   "[feed]\npollIntervalSec=5\n[probe]\nintervalSec=600\nmonthlyCapUsd=abc\n"
                                   "[General]\nlanguage=fr\nstatusUrl=ftp://status.claude.com\n");
    Settings s(path);
    CHECK(s.feedPollIntervalSec() == 60);
    CHECK(s.probeIntervalSec() == 600);
    CHECK(s.monthlyCapUsd() == Approx(2.0));
    CHECK(s.language() == QStringLiteral("system"));
    CHECK(s.statusUrl() == QUrl(QStringLiteral("https://status.claude.com")));
    CHECK(s.loadWarnings().size() == 4);
    CHECK_FALSE(s.loadWarning().isEmpty());
    CHECK(s.backupPath().isEmpty());

    CHECK(s.setValue(Key::FeedPollIntervalSec, 29));
    CHECK(s.setValue(Key::FeedPollIntervalSec, 3601));
    CHECK_FALSE(s.setValue(Key::FeedPollIntervalSec, 30));
    CHECK(s.setValue(Key::ProbeIntervalSec, 59));
    CHECK(s.setValue(Key::MonthlyCapUsd, -1));
    CHECK(s.setValue(Key::MonthlyCapUsd, 1000.01));
    CHECK(s.setValue(Key::Language, QStringLiteral("de")));
    CHECK(s.setValue(Key::WatchedModels, QStringList { QStringLiteral("bad id with spaces") }));
    CHECK(s.setValue(Key::PausedUntil, QStringLiteral("next tuesday")));
    CHECK(s.feedPollIntervalSec() == 30);
    CHECK(s.language() == QStringLiteral("system"));
}

TEST_CASE("a corrupted settings file loads defaults, keeps a backup and warns", "[settings]")
{
    QTemporaryDir dir;
    QByteArray garbage("\x00\x01\xff\xfe binary junk\n\x89PNG\r\n", 20);
    const QString path = writeFile(dir, garbage);
    Settings s(path);
    CHECK(s.feedPollIntervalSec() == 60);
    REQUIRE_FALSE(s.loadWarning().isEmpty());
    REQUIRE_FALSE(s.backupPath().isEmpty());
    CHECK(s.backupPath().startsWith(path + QStringLiteral(".bak-")));
    CHECK(s.loadWarning().contains(s.backupPath()));
    CHECK(readFile(s.backupPath()) == garbage);
    // The damaged file is out of the way; the next write starts a clean one.
    CHECK_FALSE(s.setValue(Key::Language, QStringLiteral("en")));
    Settings again(path);
    CHECK(again.loadWarning().isEmpty());
    CHECK(again.language() == QStringLiteral("en"));
}

TEST_CASE("text that is not INI counts as corrupted too", "[settings]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "{\"statusUrl\": \"https://status.claude.com\"}\nthis is not ini\n");
    Settings s(path);
    CHECK_FALSE(s.backupPath().isEmpty());
    CHECK_FALSE(s.loadWarning().isEmpty());
}

TEST_CASE("plain http is accepted only for loopback hosts", "[settings]")
{
    for (const char* ok : { "https://status.claude.com", "https://example.com:8443/x", "http://127.0.0.1:9000",
                            "http://localhost:8080", "http://[::1]:8080", "http://127.0.0.2" })
        CHECK_FALSE(Settings::validate(Key::StatusUrl, QString::fromLatin1(ok)));
    for (const char* bad :
         { "http://status.claude.com", "http://10.0.0.1", "ftp://status.claude.com", "status.claude.com", "",
           "https://", "https://user:pw@status.claude.com", "http://localhost.evil.com" })
        CHECK(Settings::validate(Key::ApiUrl, QString::fromLatin1(bad)));
}

TEST_CASE("no API key is ever written to the settings file", "[settings][secrets]")
{
    // The table has no key field at all…
    for (auto key : Settings::allKeys()) {
        const QString name = Settings::keyName(key).toLower();
        for (const char* word : { "apikey", "api_key", "api-key", "token", "secret", "password", "credential" })
            CHECK_FALSE(name.contains(QLatin1String(word)));
    }
    // …and a key pasted into any field is refused before it reaches the disk.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.ini"));
    Settings s(path);
    const QString key = QStringLiteral("sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefghijklmnop");
    for (auto k : Settings::allKeys()) {
        CHECK(s.setValue(k, key));
        CHECK(s.setValue(k, QStringList { key }));
        CHECK(s.setValue(k, QStringLiteral("https://") + key + QStringLiteral(".example.com")));
    }
    // Write every field once so the file exists and holds real values.
    for (auto k : Settings::allKeys())
        s.setValue(k, Settings::defaultValue(k));
    s.setValue(Key::PausedUntil, QDateTime::currentDateTimeUtc());
    const QByteArray written = readFile(path);
    REQUIRE_FALSE(written.isEmpty());
    CHECK_FALSE(written.contains("sk-"));
    static const QRegularExpression longToken(QStringLiteral("[A-Za-z0-9_-]{40,}"));
    CHECK_FALSE(longToken.match(QString::fromUtf8(written)).hasMatch());
    CHECK_FALSE(QString::fromUtf8(written).contains(QStringLiteral("key"), Qt::CaseInsensitive));
}

TEST_CASE("not-a-number values are refused, never stored as a cap or an interval", "[settings]")
{
    // "nan" and "inf" parse as doubles; a NaN cap would never be reached and casting it to an integer is undefined.
    for (const char* text : { "nan", "NaN", "inf", "-inf", "infinity" }) {
        INFO(text);
        CHECK(Settings::validate(Settings::Key::MonthlyCapUsd, QString::fromLatin1(text)).has_value());
        CHECK(Settings::validate(Settings::Key::ProbeIntervalSec, QString::fromLatin1(text)).has_value());
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("[probe]\nmonthlyCapUsd=nan\nintervalSec=inf\n");
    }
    Settings s(path);
    CHECK(s.monthlyCapUsd() == 2.0); // the default, with a warning
    CHECK(s.probeIntervalSec() == 300);
    CHECK_FALSE(s.loadWarning().isEmpty());
}

TEST_CASE("a serialised @-value in the file is damage: defaults and a backup, never a huge allocation", "[settings]")
{
    // fuzz_settings: "pausedUntil=@DateTime(…)" made QSettings' QDataStream ask for 50 GB at start.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            "[notify]\npausedUntil=@DateTime(\\0\\0\\0\\x9\\0]0\\0\\0\\0\\0%\\x8b\\x1b)\n[probe]\nintervalSec=600\n");
    }
    Settings s(path);
    CHECK_FALSE(s.loadWarning().isEmpty());
    CHECK(s.probeIntervalSec() == 300); // the whole file is distrusted: defaults
    CHECK_FALSE(s.backupPath().isEmpty());
    CHECK(QFileInfo::exists(s.backupPath()));
    // Our own values starting with '@' are escaped by QSettings ("@@") and read back as written.
    QTemporaryDir dir2;
    const QString ok = dir2.filePath(QStringLiteral("s.ini"));
    {
        Settings w(ok);
        REQUIRE_FALSE(
            w.setValue(Settings::Key::WatchedModels, QStringList { QStringLiteral("claude-opus-5") }).has_value());
    }
    Settings r(ok);
    CHECK(r.loadWarning().isEmpty());
    CHECK(r.watchedModels() == QStringList { QStringLiteral("claude-opus-5") });
}

TEST_CASE("notification settings: mutes, quiet hours and the maintenance notice survive a restart",
          "[settings][notify]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.ini"));
    {
        Settings s(path);
        // The table's defaults are the policy's defaults.
        CHECK(s.notificationSettings() == NotificationSettings());
        CHECK(s.notificationSettings().quietStart == QTime(22, 0));
        CHECK(s.notificationSettings().quietEnd == QTime(7, 0));
        CHECK(s.notificationSettings().maintenanceNoticeMin == 60);
        CHECK(Settings::range(Key::MaintenanceNoticeMin) == std::make_pair(0.0, 1440.0));
        CHECK_FALSE(s.setValue(Key::NotifyMutedModels, QStringList { QStringLiteral("claude-opus-5") }));
        CHECK_FALSE(s.setValue(Key::NotifyMutedServices, QStringList { QStringLiteral("rwppv331jlwc") }));
        CHECK_FALSE(s.setValue(Key::QuietHoursEnabled, true));
        CHECK_FALSE(s.setValue(Key::QuietHoursStart, QTime(23, 15)));
        CHECK_FALSE(s.setValue(Key::QuietHoursEnd, QStringLiteral("6:30"))); // text from a field works too
        CHECK_FALSE(s.setValue(Key::QuietHoursLetMajorThrough, true));
        CHECK_FALSE(s.setValue(Key::MaintenanceNoticeMin, 30));
        CHECK_FALSE(s.setValue(Key::PausedUntil, QDateTime(QDate(2026, 12, 11), QTime(0, 0), Qt::UTC)));
        CHECK(s.setValue(Key::QuietHoursStart, QStringLiteral("noon")));
        CHECK(s.setValue(Key::QuietHoursEnd, QStringLiteral("24:00")));
        CHECK(s.setValue(Key::MaintenanceNoticeMin, -1));
        CHECK(s.setValue(Key::MaintenanceNoticeMin, 1441));
        CHECK(s.setValue(Key::NotifyMutedModels, QStringList { QStringLiteral("not an id") }));
    }
    CHECK(readFile(path).contains("quietStart=23:15"));
    Settings r(path);
    CHECK(r.loadWarning().isEmpty());
    const NotificationSettings n = r.notificationSettings();
    CHECK(n.mutedModels == QSet<QString> { QStringLiteral("claude-opus-5") });
    CHECK(n.mutedServices == QSet<QString> { QStringLiteral("rwppv331jlwc") });
    CHECK(n.quietHours);
    CHECK(n.quietStart == QTime(23, 15));
    CHECK(n.quietEnd == QTime(6, 30));
    CHECK(n.quietLetMajorThrough);
    CHECK(n.maintenanceNoticeMin == 30);
    CHECK(n.pausedUntil == QDateTime(QDate(2026, 12, 11), QTime(0, 0), Qt::UTC));
    CHECK(n.modelOutage); // the kinds come along
}

TEST_CASE("corrupted notification values fall back to their defaults with a warning", "[settings][notify]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir,
                                   "[notify]\nquietHours=maybe\nquietStart=25:99\nquietEnd=7:00\n"
                                   "maintenanceNoticeMin=-5\nmutedModels=claude-opus-5,bad id\n"
                                   "quietLetMajorThrough=true\n");
    Settings s(path);
    CHECK(s.loadWarnings().size() == 4);
    CHECK_FALSE(s.loadWarning().isEmpty());
    CHECK(s.backupPath().isEmpty()); // single bad values are not a corrupted file
    const NotificationSettings n = s.notificationSettings();
    CHECK_FALSE(n.quietHours);
    CHECK(n.quietStart == QTime(22, 0));
    CHECK(n.quietEnd == QTime(7, 0)); // the good values are kept
    CHECK(n.quietLetMajorThrough);
    CHECK(n.maintenanceNoticeMin == 60);
    CHECK(n.mutedModels.isEmpty());
    for (auto key : Settings::allKeys())
        CHECK_FALSE(Settings::validate(key, s.value(key))); // what was loaded is valid (fuzz_settings' invariant)
}
