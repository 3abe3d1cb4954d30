// SingleInstance over real local sockets: in process, across processes, and after a crash left a stale socket.
#include "platformtesthelpers.h"
#include "singleinstance.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUuid>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using platformtest::waitFor;

namespace {
QString testName()
{
    return QStringLiteral("modelpulse-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}
} // namespace

TEST_CASE("the server name is per user and per data dir", "[single][platform]")
{
    const QString a = SingleInstance::defaultServerName(QStringLiteral("/tmp/a"));
    CHECK(a == SingleInstance::defaultServerName(QStringLiteral("/tmp/a/")));
    CHECK(a != SingleInstance::defaultServerName(QStringLiteral("/tmp/b")));
    CHECK(a.contains(QString::number(::getuid())));
    CHECK_FALSE(a.contains(QLatin1Char('/')));
}

TEST_CASE("a second instance tells the first to show itself", "[single][platform]")
{
    const QString name = testName();
    SingleInstance first(name);
    int activations = 0;
    QObject::connect(&first, &SingleInstance::activated, [&] { ++activations; });
    REQUIRE(first.start() == SingleInstance::Role::Primary);

    SingleInstance second(name);
    CHECK(second.start() == SingleInstance::Role::Secondary);
    CHECK(waitFor([&] { return activations == 1; }, 3000));

    SingleInstance third(name);
    CHECK(third.start() == SingleInstance::Role::Secondary);
    CHECK(waitFor([&] { return activations == 2; }, 3000));
}

TEST_CASE("a second process reports already running and the first is activated", "[single][platform]")
{
    const QString name = testName();
    SingleInstance first(name);
    bool activated = false;
    QObject::connect(&first, &SingleInstance::activated, [&] { activated = true; });
    REQUIRE(first.start() == SingleInstance::Role::Primary);

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MODELPULSE_CHILD_SERVER"), name);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("child: second launch") });
    REQUIRE(child.waitForStarted());
    // Keep our event loop running while the child connects.
    REQUIRE(waitFor([&] { return child.state() == QProcess::NotRunning; }, 15000));
    CHECK(child.exitCode() == 0);
    CHECK(waitFor([&] { return activated; }, 3000));
}

TEST_CASE("child: second launch", "[.]")
{
    SingleInstance s(qEnvironmentVariable("MODELPULSE_CHILD_SERVER"));
    REQUIRE(s.start() == SingleInstance::Role::Secondary);
}

TEST_CASE("a stale socket left by a crash is taken over", "[single][platform]")
{
    const QString name = testName();
    // What a crashed instance leaves: a bound Unix socket file that nobody listens on any more.
    const QString path = QDir::temp().filePath(name);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    const QByteArray p = QFile::encodeName(path);
    REQUIRE(size_t(p.size()) < sizeof(addr.sun_path));
    std::memcpy(addr.sun_path, p.constData(), size_t(p.size()));
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0);
    ::close(fd);
    REQUIRE(QFileInfo::exists(path));

    SingleInstance first(name);
    REQUIRE(first.start() == SingleInstance::Role::Primary);
    INFO(first.errorString().toStdString());
    bool activated = false;
    QObject::connect(&first, &SingleInstance::activated, [&] { activated = true; });
    SingleInstance second(name);
    CHECK(second.start() == SingleInstance::Role::Secondary);
    CHECK(waitFor([&] { return activated; }, 3000));
}
