#pragma once

#include "platformresult.h"

#include <QCoreApplication>
#include <QString>

/*!
 * \brief "Start at login" on Linux: an XDG autostart entry, `$XDG_CONFIG_HOME/autostart/modelpulse.desktop`.
 *
 * The entry is the package's template (packageTemplate()) and runs the absolute path of the running binary, so it
 * keeps working from a build tree or an unpacked archive as well as from /usr/bin.
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
    /*!
     * \brief The entry's text: packageTemplate() with `Exec=` set to the running binary (quoted per the Desktop
     * Entry spec). For the packaged binary (/usr/bin/modelpulse) it is the template byte for byte.
     */
    QString desktopEntry() const;
    /*!
     * \brief The package's autostart template (share/modelpulse/modelpulse-autostart.desktop), generated at
     * configure time from packaging/linux/modelpulse.desktop and embedded.
     */
    static QString packageTemplate();

private:
    QString m_desktopFile;
    QString m_executable;
};
