#pragma once
// The real `modelpulse` binary for the end-to-end GUI tests (test_e2e_tray, test_e2e_notifications, test_snitray
// and its desktop, snihost.h): the process wrapper that stops it the way a logout does, and the clean
// environment each run gets.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <functional>

namespace e2e {

/*! \brief Waits until \a done holds while this thread's event loop runs (it serves the simulated providers). */
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs, int stepMs = 100)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(stepMs);
    }
    return true;
}

/*!
 * \brief The session's environment with its own HOME and XDG dirs under \a home, English C locale, the xcb platform,
 * and none of the variables that would point the app elsewhere (key, URLs, models, data dir, locale overrides);
 * \a key, when not empty, as ANTHROPIC_API_KEY.
 */
inline QProcessEnvironment appEnvironment(const QString& home, const QString& key)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         { "ANTHROPIC_API_KEY", "MODELPULSE_STATUS_URL", "MODELPULSE_API_URL", "MODELPULSE_MODELS",
           "MODELPULSE_DATA_DIR", "MODELPULSE_PROVIDERS", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), key);
    return env;
}

/*!
 * \brief A child process (the real binary, or a desktop part such as xfce4-panel) running until stopped: SIGTERM
 * (what a logout sends), then SIGKILL after 3 s. Output goes to \a logPath (none when empty).
 */
class App {
public:
    App(const QString& program, const QStringList& args, const QProcessEnvironment& env, const QString& logPath)
    {
        m_process.setProcessEnvironment(env);
        if (!logPath.isEmpty()) {
            m_process.setStandardOutputFile(logPath);
            m_process.setStandardErrorFile(logPath, QIODevice::Append);
        }
        m_process.start(program, args);
    }
    ~App() { stop(); }
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    bool started() { return m_process.waitForStarted(5000); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    QProcess& process() { return m_process; }
    /*! \brief The files the process has mapped (/proc/PID/maps), to see which libraries it loaded. */
    QString maps() const
    {
        QFile f(QStringLiteral("/proc/%1/maps").arg(m_process.processId()));
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        waitUntil([this] { return m_process.state() == QProcess::NotRunning; }, 3000, 50);
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

private:
    QProcess m_process;
};

} // namespace e2e
