// Composition root: decides headless or tray, builds everything, wires signals — nothing else.
#include "apikeystore.h"
#include "cli/historycommand.h"
#include "cli/oncecommand.h"
#include "cli/options.h"
#include "linux/quitonsignal.h"
#include "trayapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>

#include <cstdio>

namespace {
constexpr int kExitUsage = 64;

/*! \brief ANTHROPIC_API_KEY, else the keychain (bounded wait). The key is never printed. */
OnceKey resolveKeyBlocking()
{
    ApiKeyStore store;
    store.setTimeoutMs(5000);
    OnceKey key;
    QEventLoop loop;
    QObject::connect(&store, &ApiKeyStore::resolved, &loop, [&](const ApiKeyResult& result) {
        if (result.ok())
            key.key = result.key;
        else if (result.status != ApiKeyStatus::NotFound)
            key.unavailableReason = Reason(QStringLiteral("keychain_unavailable"), { result.error });
        loop.quit();
    });
    store.resolve();
    loop.exec();
    return key;
}

/*! \brief Parses argv with the shared option table; prints and returns nullopt on bad usage. */
std::optional<AppOptions> parseOptions(const QCoreApplication& app)
{
    QCoreApplication::setApplicationName(QStringLiteral("modelpulse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODELPULSE_VERSION));
    // --lang must apply to --help too: look for it before the parser's texts are built.
    const QStringList args = app.arguments();
    const int langIndex = int(args.indexOf(QStringLiteral("--lang")));
    installTranslator(langIndex > 0 && langIndex + 1 < args.size() ? args.at(langIndex + 1) : QString());
    QCommandLineParser parser;
    addAppOptions(parser);
    if (!parser.parse(args)) {
        std::fprintf(stderr, "modelpulse: %s\n", qPrintable(parser.errorText()));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    QString error;
    auto options = readAppOptions(parser, QProcessEnvironment::systemEnvironment(), &error);
    if (!options)
        std::fprintf(stderr, "modelpulse: %s\n", qPrintable(error));
    return options;
}
} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && (qstrcmp(argv[1], "history") == 0 || qstrcmp(argv[1], "--status-line") == 0)) {
        // Readers of the store: no display, no network, no probes.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("modelpulse"));
        QStringList args = app.arguments();
        const int langIndex = int(args.indexOf(QStringLiteral("--lang")));
        installTranslator(langIndex > 0 && langIndex + 1 < args.size() ? args.at(langIndex + 1) : QString());
        if (qstrcmp(argv[1], "history") == 0)
            return runHistoryCommand(args);
        return runStatusLine(args);
    }
    if (isHeadlessInvocation(argc, argv)) {
        // --once, --help, --version: no display needed.
        QCoreApplication app(argc, argv);
        const auto options = parseOptions(app);
        if (!options)
            return kExitUsage;
        return runOnce(*options, options->overrides.noProbes ? OnceKey {} : resolveKeyBlocking());
    }
#ifdef Q_OS_LINUX
    // Without a display QApplication aborts with a bare "could not connect to display": say what to do instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr,
                     "modelpulse: no graphical session (DISPLAY and WAYLAND_DISPLAY are unset); "
                     "for a terminal check use: modelpulse --once\n");
        return 1;
    }
#endif
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false); // a tray app lives on when a dialog closes
    const auto options = parseOptions(app);
    if (!options)
        return kExitUsage;
    TrayApp tray(*options);
    if (!tray.start())
        return 0; // another instance is running and was asked to show itself
    quitOnTerminationSignals(); // logout and `kill` end the loop: what is queued gets written
    return QApplication::exec();
}
