#include "linux/autostart.h"

#include <QDir>
#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// Desktop Entry spec, "The Exec key": quote arguments with reserved characters; inside quotes escape " ` $ \.
QString quoteExecArgument(const QString& arg)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    const bool needsQuotes = std::any_of(arg.begin(), arg.end(), [](QChar c) { return reserved.contains(c); });
    QString escaped = arg;
    escaped.replace(QLatin1Char('%'), QLatin1String("%%")); // field codes
    if (!needsQuotes)
        return escaped;
    QString out;
    for (const QChar c : escaped) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    // The file format escapes backslashes once more when the value is read as a string.
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

Autostart::Autostart(QString desktopFile, QString executable)
    : m_desktopFile(std::move(desktopFile))
    , m_executable(executable.isEmpty() ? QCoreApplication::applicationFilePath() : std::move(executable))
{
}

QString Autostart::defaultDesktopFile()
{
    // GenericConfigLocation honours XDG_CONFIG_HOME and falls back to ~/.config.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/modelpulse.desktop");
}

QString Autostart::desktopEntry() const
{
    const QString exec = quoteExecArgument(QFileInfo(m_executable).absoluteFilePath());
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=ModelPulse\n"
                          "Comment=%1\n"
                          "Exec=%2\n"
                          "Icon=modelpulse\n"
                          "Terminal=false\n"
                          "Categories=Utility;Network;\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(tr("Claude health per model in the system tray"), exec);
}

bool Autostart::isEnabled() const
{
    QFile f(m_desktopFile);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QString text = QString::fromUtf8(f.readAll());
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    for (QStringView line : lines) {
        line = line.trimmed();
        if (line.compare(QLatin1String("Hidden=true"), Qt::CaseInsensitive) == 0
            || line.compare(QLatin1String("X-GNOME-Autostart-enabled=false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

PlatformResult Autostart::setEnabled(bool enabled)
{
    if (!enabled) {
        if (QFile::exists(m_desktopFile) && !QFile::remove(m_desktopFile))
            return PlatformResult::failure(tr("Cannot remove %1.").arg(QDir::toNativeSeparators(m_desktopFile)));
        return PlatformResult::success();
    }
    const QString dir = QFileInfo(m_desktopFile).absolutePath();
    if (!QDir().mkpath(dir))
        return PlatformResult::failure(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    QSaveFile f(m_desktopFile);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return PlatformResult::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_desktopFile), f.errorString()));
    f.write(desktopEntry().toUtf8());
    if (!f.commit())
        return PlatformResult::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_desktopFile), f.errorString()));
    return PlatformResult::success();
}
