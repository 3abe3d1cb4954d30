// Catch2 main for GUI tests: a QApplication. Defaults to the offscreen platform when QT_QPA_PLATFORM is unset,
// because catch_discover_tests runs the binary at build time where there is no display. Inside
// tests/support/headless-session.sh (MODELPULSE_HEADLESS_SESSION=1, Xvfb + trayer) it uses the real X server.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        const bool realSession
            = !qEnvironmentVariableIsEmpty("MODELPULSE_HEADLESS_SESSION") && !qEnvironmentVariableIsEmpty("DISPLAY");
        qputenv("QT_QPA_PLATFORM", realSession ? "xcb" : "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setApplicationName(QStringLiteral("ModelPulse"));
    return Catch::Session().run(argc, argv);
}
