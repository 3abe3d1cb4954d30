#pragma once
// Runs a child process while this thread's event loop keeps serving (the simulated provider lives in the test).

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

struct ProcessOutput {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

inline ProcessOutput runProcess(const QString& program, const QStringList& args,
                                const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                                int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    guard.start(timeoutMs);
    loop.exec();
    ProcessOutput r;
    r.elapsedMs = clock.elapsed();
    r.finished = process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit;
    if (!r.finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}
