#pragma once

#include "monitor/monitorconfig.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <optional>

/*! \brief Everything the command line and the environment say (DESIGN.md, "The headless contract"). */
struct AppOptions {
    bool once = false;
    bool json = false;
    bool demo = false;
    QString lang; //!< "ko", "en" or empty (system)
    QString dataDir; //!< never empty: --data-dir > MODELPULSE_DATA_DIR > XDG data dir
    QString settingsFile; //!< --settings FILE (hidden, tests); empty = the user's modelpulse.ini
    /*! \brief URLs, models, providers, intervals as given (option > environment); merged with the settings file
     * by mergeConfig() — the only place that decides which value wins. */
    ConfigOverrides overrides;
};

/*! \brief Declares every option on \a parser (same names for the tray app and `--once`). */
void addAppOptions(QCommandLineParser& parser);

/*!
 * \brief Reads options and environment. Returns the options, or sets \a error to a translated
 * message for exit code 64 (bad usage).
 */
std::optional<AppOptions> readAppOptions(const QCommandLineParser& parser, const QProcessEnvironment& env,
                                         QString* error);

/*! \brief True when argv asks for a headless run (--once, --help, --version): no display is needed. */
bool isHeadlessInvocation(int argc, char* argv[]);

/*! \brief Installs the translator for "ko"/"en"/"" (system locale). Returns the language actually used. */
QString installTranslator(const QString& lang);
