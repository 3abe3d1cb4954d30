#pragma once

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <optional>

/*! \brief Everything the command line and the environment say (DESIGN.md, "The headless contract"). */
struct AppOptions {
    bool once = false;
    bool json = false;
    bool noProbes = false;
    bool demo = false;
    QUrl statusUrl;
    bool statusUrlGiven = false; //!< explicit URL: no mirror fallback
    QUrl apiUrl;
    QStringList models; //!< empty: discover / built-in
    QString lang; //!< "ko", "en" or empty (system)
    QString dataDir; //!< empty: XDG data dir
    int confirmDelayMs = 30000; //!< delay before the confirmation probe (hidden option for tests)
    int timeoutMs = 15000; //!< per request (hidden option for tests)
    int pollIntervalSec = 0; //!< 0: from the settings (hidden option for tests and benchmarks)
    int probeIntervalSec = 0; //!< 0: from the settings (hidden option for tests and benchmarks)
    int slowMs = 10000; //!< a probe answered later than this is "slow" (hidden option for tests)
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
