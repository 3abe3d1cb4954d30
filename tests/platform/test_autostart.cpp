// Autostart writes and removes a real XDG autostart entry (under the headless session's own XDG_CONFIG_HOME).
#include "linux/autostart.h"
#include "platformtesthelpers.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

TEST_CASE("the default entry lives in $XDG_CONFIG_HOME/autostart", "[autostart][platform]")
{
    platformtest::requireHeadlessSession(); // never touch the user's own autostart folder
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    REQUIRE_FALSE(config.isEmpty());
    CHECK(Autostart::defaultDesktopFile() == config + QStringLiteral("/autostart/modelpulse.desktop"));

    Autostart a;
    REQUIRE_FALSE(a.isEnabled());
    const PlatformResult on = a.setEnabled(true);
    INFO(on.error.toStdString());
    REQUIRE(on.ok);
    CHECK(a.isEnabled());
    QFile f(a.desktopFile());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("Exec=") + QCoreApplication::applicationFilePath() + QLatin1Char('\n')));
    CHECK(QDir::isAbsolutePath(QCoreApplication::applicationFilePath()));
    CHECK(text.startsWith(QLatin1String("[Desktop Entry]\n")));
    CHECK(text.contains(QLatin1String("Type=Application\n")));

    REQUIRE(a.setEnabled(false).ok);
    CHECK_FALSE(a.isEnabled());
    CHECK_FALSE(QFile::exists(a.desktopFile()));
    CHECK(a.setEnabled(false).ok); // removing twice is fine
}

TEST_CASE("paths with spaces and quotes are quoted per the Desktop Entry spec", "[autostart][platform]")
{
    QTemporaryDir dir;
    Autostart a(dir.filePath(QStringLiteral("autostart/modelpulse.desktop")),
                QStringLiteral("/opt/Model Pulse/bin/model\"pulse$"));
    REQUIRE(a.setEnabled(true).ok);
    CHECK(a.desktopEntry().contains(QStringLiteral("Exec=\"/opt/Model Pulse/bin/model\\\\\"pulse\\\\$\"\n")));
    CHECK(a.isEnabled());
}

TEST_CASE("an entry disabled by the desktop counts as off", "[autostart][platform]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("modelpulse.desktop"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[Desktop Entry]\nType=Application\nExec=/usr/bin/modelpulse\nHidden=true\n");
    f.close();
    CHECK_FALSE(Autostart(path).isEnabled());
}

TEST_CASE("an unwritable location is an error value, not a crash", "[autostart][platform]")
{
    Autostart a(QStringLiteral("/proc/modelpulse-no/autostart/modelpulse.desktop"));
    const PlatformResult r = a.setEnabled(true);
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.error.isEmpty());
}

namespace {
/*! \brief The template the package installs (share/modelpulse/modelpulse-autostart.desktop), from the build tree. */
QString packageTemplateFile()
{
    QFile f(QStringLiteral(MODELPULSE_BINARY_DIR "/packaging/modelpulse-autostart.desktop"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

QString execOf(const QString& entry)
{
    for (const QString& line : entry.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Exec=")))
            return line.mid(5);
    }
    return {};
}
} // namespace

TEST_CASE("run from the package, the written entry is the package's template byte for byte", "[autostart][platform]")
{
    const QString installed = packageTemplateFile();
    CHECK(Autostart::packageTemplate() == installed); // the embedded copy is the installed one
    const QString packagedBinary = execOf(installed);
    CHECK(packagedBinary == QLatin1String("/usr/bin/modelpulse"));

    QTemporaryDir dir;
    Autostart a(dir.filePath(QStringLiteral("autostart/modelpulse.desktop")), packagedBinary);
    CHECK(a.desktopEntry() == installed);
    REQUIRE(a.setEnabled(true).ok);
    QFile f(a.desktopFile());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(f.readAll()) == installed);
    CHECK(a.isEnabled());
}

TEST_CASE("run from elsewhere, only Exec differs from the package's template", "[autostart][platform]")
{
    const QString installed = packageTemplateFile();
    const QString entry = Autostart(QStringLiteral("/nonexistent/modelpulse.desktop"),
                                    QStringLiteral("/home/me/src/modelpulse/build/app/modelpulse"))
                              .desktopEntry();
    CHECK(execOf(entry) == QLatin1String("/home/me/src/modelpulse/build/app/modelpulse"));
    QStringList a = entry.split(QLatin1Char('\n'));
    QStringList b = installed.split(QLatin1Char('\n'));
    REQUIRE(a.size() == b.size());
    for (int i = 0; i < a.size(); ++i) {
        if (!b.at(i).startsWith(QLatin1String("Exec=")))
            CHECK(a.at(i) == b.at(i));
    }
    // What the package's application entry says, every language included, reaches the autostart entry.
    CHECK(entry.contains(QLatin1String("\nComment[ko]=")));
    CHECK(entry.contains(QLatin1String("\nIcon=modelpulse\n")));
    CHECK(entry.endsWith(QLatin1String("\nX-GNOME-Autostart-enabled=true\n")));
}
