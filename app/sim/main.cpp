// modelpulse-sim: the simulated provider as a process, for manual testing and the --demo scenario.
//   modelpulse-sim [--port N] [--scenario FILE] [--summary-file FILE] [--speed X] [--api-key KEY]
// Prints "listening on http://127.0.0.1:PORT" and serves until killed.
#include "simprovider.h"
#include "simscenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("modelpulse-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulated Claude status page and API on 127.0.0.1"));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QStringLiteral("Scenario JSON file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption summaryOption(QStringLiteral("summary-file"),
                                           QStringLiteral("Serve this file as /api/v2/summary.json."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption speedOption(QStringLiteral("speed"), QStringLiteral("Timeline speed factor."),
                                         QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption keyOption(QStringLiteral("api-key"),
                                       QStringLiteral("Expected x-api-key (empty: any non-empty key)."),
                                       QStringLiteral("KEY"));
    parser.addOptions({ portOption, scenarioOption, summaryOption, speedOption, keyOption });
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    const double speed = parser.value(speedOption).toDouble();
    if (!ok || port > 65535 || speed <= 0) {
        std::fprintf(stderr, "modelpulse-sim: bad --port or --speed\n");
        return 64;
    }

    SimProvider sim;
    if (parser.isSet(scenarioOption)) {
        QString error;
        const auto scenario = SimScenario::fromFile(parser.value(scenarioOption), &error);
        if (!scenario) {
            std::fprintf(stderr, "modelpulse-sim: %s\n", qPrintable(error));
            return 64;
        }
        sim.setScenario(*scenario);
    }
    if (parser.isSet(summaryOption) && !QFileInfo(parser.value(summaryOption)).isReadable()) {
        std::fprintf(stderr, "modelpulse-sim: cannot read %s\n", qPrintable(parser.value(summaryOption)));
        return 64;
    }
    if (parser.isSet(keyOption))
        sim.setExpectedApiKey(parser.value(keyOption));
    if (!sim.listen(quint16(port)))
        return 1;
    // First line of stdout, always: callers wait for it.
    std::printf("listening on %s\n", sim.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    QObject::connect(&sim, &SimProvider::stepChanged, &sim, [](int index, const QString& label) {
        std::printf("step %d%s%s\n", index, label.isEmpty() ? "" : ": ", qPrintable(label));
        std::fflush(stdout);
    });
    if (parser.isSet(scenarioOption) && sim.scenario().steps.size() > 1)
        sim.start(speed);
    // After start(): a summary file overrides the first step's page (until the timeline moves on).
    if (parser.isSet(summaryOption))
        sim.setSummaryFile(parser.value(summaryOption));
    return app.exec();
}
