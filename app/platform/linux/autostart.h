#pragma once

#include "platformresult.h"

#include <QCoreApplication>
#include <QString>

/*!
 * \brief "Start at login" on Linux: an XDG autostart entry, `$XDG_CONFIG_HOME/autostart/modelpulse.desktop`.
 *
 * The entry runs the absolute path of the running binary, so it keeps working from a build tree or an
 * unpacked archive as well as from /usr/bin.
 */
class Autostart {
    Q_DECLARE_TR_FUNCTIONS(Autostart)
public:
    /*! \brief \a desktopFile and \a executable default to the XDG location and the running binary. */
    explicit Autostart(QString desktopFile = defaultDesktopFile(), QString executable = {});

    /*! \brief `$XDG_CONFIG_HOME/autostart/modelpulse.desktop` (XDG_CONFIG_HOME defaults to ~/.config). */
    static QString defaultDesktopFile();

    QString desktopFile() const { return m_desktopFile; }
    /*! \brief An entry exists and is not disabled (Hidden=true or X-GNOME-Autostart-enabled=false). */
    bool isEnabled() const;
    /*! \brief Writes (atomically) or removes the entry. */
    PlatformResult setEnabled(bool enabled);
    /*! \brief The entry's text, for tests and diagnostics. */
    QString desktopEntry() const;

private:
    QString m_desktopFile;
    QString m_executable;
};
