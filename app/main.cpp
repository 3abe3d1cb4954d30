// Composition root: decides headless or tray, builds everything, wires signals — nothing else.
#include "apikeystore.h"
#include "cli/oncecommand.h"
#include "cli/options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
            key.unavailableReason = result.error;
        loop.quit();
    });
    store.resolve();
    loop.exec();
    return key;
}

int runHeadless(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("modelpulse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODELPULSE_VERSION));
    QCommandLineParser parser;
    // --lang must apply to --help too: look for it before the parser's texts are built.
    const int langIndex = int(app.arguments().indexOf(QStringLiteral("--lang")));
    installTranslator(langIndex > 0 && langIndex + 1 < app.arguments().size() ? app.arguments().at(langIndex + 1)
                                                                              : QString());
    addAppOptions(parser);
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "modelpulse: %s\n", qPrintable(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    QString error;
    const auto options = readAppOptions(parser, QProcessEnvironment::systemEnvironment(), &error);
    if (!options) {
        std::fprintf(stderr, "modelpulse: %s\n", qPrintable(error));
        return kExitUsage;
    }
    const OnceKey key = options->noProbes ? OnceKey{} : resolveKeyBlocking();
    return runOnce(*options, key);
}
} // namespace

int main(int argc, char* argv[])
{
    if (isHeadlessInvocation(argc, argv))
        return runHeadless(argc, argv);
    // The tray app arrives with its own issue; until then the headless mode is the product.
    return runHeadless(argc, argv);
}
