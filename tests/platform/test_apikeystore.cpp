// ApiKeyStore against a REAL Secret Service (gnome-keyring started by tests/support/headless-session.sh), and
// against a private bus with no Secret Service at all (a child process under its own dbus-run-session).
#include "apikeystore.h"
#include "platformtesthelpers.h"

#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <optional>

using platformtest::waitFor;

namespace {

const QString kTestService = QStringLiteral("ModelPulse-test");

std::optional<ApiKeyResult> run(ApiKeyStore& store, void (ApiKeyStore::*signal)(const ApiKeyResult&),
                                const std::function<void()>& start, int waitMs = 15000)
{
    std::optional<ApiKeyResult> result;
    int count = 0;
    auto c = QObject::connect(&store, signal, &store, [&](const ApiKeyResult& r) {
        result = r;
        ++count;
    });
    start();
    waitFor([&] { return result.has_value(); }, waitMs);
    QCoreApplication::processEvents(); // a second (wrong) emission would show up here
    QObject::disconnect(c);
    CHECK(count <= 1);
    return result;
}

// Everything logged through Qt (ours and QtKeychain's) while a test runs: the key must never be in it.
QStringList g_log;
void collect(QtMsgType, const QMessageLogContext&, const QString& msg)
{
    g_log << msg;
}

QString sentinel()
{
    return QStringLiteral("sk-ant-sentinel-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Every regular file under \a root that contains \a needle (plain bytes): a plaintext fallback would show here.
QStringList filesContaining(const QString& root, const QString& needle)
{
    QStringList hits;
    // No QDir::System: opening a FIFO another process left in /tmp would block this test forever.
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!it.fileInfo().isFile() || it.fileInfo().isSymLink())
            continue;
        if (f.size() < 64 * 1024 * 1024 && f.open(QIODevice::ReadOnly) && f.readAll().contains(needle.toUtf8()))
            hits << f.fileName();
    }
    return hits;
}

// This session's own directories (tests/support/headless-session.sh makes each one, TMPDIR included): a leaked key
// would land there. Never the machine's /tmp: other programs keep chroots with /proc mounted there, and walking
// one took 10+ minutes.
QStringList sessionDirs()
{
    QStringList dirs { QDir::homePath() };
    for (const char* name : { "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR" }) {
        const QString dir = QDir(qEnvironmentVariable(name)).canonicalPath();
        if (!dir.isEmpty() && dir != u"/tmp" && dir != u"/" && QDir(dir).exists())
            dirs << dir;
    }
    dirs.removeDuplicates();
    return dirs;
}

// Every session directory's files that contain \a needle.
QStringList sessionFilesContaining(const QString& needle)
{
    QStringList hits;
    for (const QString& dir : sessionDirs())
        hits << filesContaining(dir, needle);
    hits.removeDuplicates();
    return hits;
}

// A session bus config with no service directories: nothing can be D-Bus-activated (Debian ships an activatable
// org.freedesktop.secrets for gnome-keyring, which would otherwise start and prompt).
QString writeBareBusConfig(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("bare-session.conf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>\n"
            "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
            "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    return path;
}

// Runs one hidden test case of this binary on a private bus with no Secret Service.
int runChildOnBareBus(const QString& testName, const QString& key, qint64* elapsedMs)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MODELPULSE_CHILD_SENTINEL"), key);
    env.remove(QStringLiteral("ANTHROPIC_API_KEY"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("dbus-run-session"),
            { QStringLiteral("--config-file=") + writeBareBusConfig(dir), QStringLiteral("--"),
              QCoreApplication::applicationFilePath(), testName });
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    *elapsedMs = t.elapsed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

TEST_CASE("a real Secret Service stores, replaces and removes the key", "[keychain][platform]")
{
    platformtest::requireHeadlessSession();
    platformtest::requireBusName(QStringLiteral("org.freedesktop.secrets"));
    CHECK(platformtest::ownerProcessName(QStringLiteral("org.freedesktop.secrets"))
              .startsWith(QLatin1String("gnome-keyring")));

    g_log.clear();
    const QtMessageHandler previousHandler = qInstallMessageHandler(collect);
    ApiKeyStore store;
    store.setService(kTestService);
    const QString first = sentinel();
    const QString second = sentinel();

    auto r = run(store, &ApiKeyStore::removeFinished, [&] { store.remove(); });
    REQUIRE(r);
    CHECK(r->ok()); // removing nothing is fine

    r = run(store, &ApiKeyStore::writeFinished, [&] { store.write(first); });
    REQUIRE(r);
    INFO(r->error.toStdString());
    REQUIRE(r->ok());
    CHECK(r->key.isEmpty()); // a write result does not carry the key around
    CHECK(store.hasStoredKey() == std::optional<bool>(true));

    r = run(store, &ApiKeyStore::readFinished, [&] { store.read(); });
    REQUIRE(r);
    REQUIRE(r->ok());
    CHECK(r->source == ApiKeySource::Keychain);
    CHECK(r->key == first);

    // Independent witness: libsecret's own CLI finds it in gnome-keyring under QtKeychain's attributes.
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 { QStringLiteral("lookup"), QStringLiteral("server"), kTestService, QStringLiteral("user"),
                   ApiKeyStore::keyName() });
    REQUIRE(lookup.waitForFinished(10000));
    CHECK(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed() == first);

    r = run(store, &ApiKeyStore::writeFinished, [&] { store.write(second); });
    REQUIRE(r);
    REQUIRE(r->ok());
    r = run(store, &ApiKeyStore::readFinished, [&] { store.read(); });
    REQUIRE(r);
    CHECK(r->key == second);

    // The keyring file on disk is encrypted: neither key is readable anywhere under HOME.
    CHECK(sessionFilesContaining(first).isEmpty());
    CHECK(sessionFilesContaining(second).isEmpty());

    r = run(store, &ApiKeyStore::removeFinished, [&] { store.remove(); });
    REQUIRE(r);
    CHECK(r->ok());
    CHECK(store.hasStoredKey() == std::optional<bool>(false));
    r = run(store, &ApiKeyStore::readFinished, [&] { store.read(); });
    REQUIRE(r);
    CHECK(r->status == ApiKeyStatus::NotFound);
    CHECK(r->key.isEmpty());
    CHECK_FALSE(r->error.isEmpty());
    qInstallMessageHandler(previousHandler);
    for (const QString& line : g_log)
        CHECK_FALSE((line.contains(first) || line.contains(second)));
}

TEST_CASE("ANTHROPIC_API_KEY wins over the keychain and is never written", "[keychain][platform]")
{
    platformtest::requireHeadlessSession();
    platformtest::requireBusName(QStringLiteral("org.freedesktop.secrets"));
    ApiKeyStore store;
    store.setService(kTestService);
    const QString stored = sentinel();
    const QString fromEnv = sentinel();
    auto r = run(store, &ApiKeyStore::writeFinished, [&] { store.write(stored); });
    REQUIRE(r);
    REQUIRE(r->ok());

    qputenv("ANTHROPIC_API_KEY", (QStringLiteral("  ") + fromEnv + QStringLiteral("\n")).toUtf8());
    CHECK(ApiKeyStore::keyFromEnvironment() == fromEnv);
    r = run(store, &ApiKeyStore::resolved, [&] { store.resolve(); });
    REQUIRE(r);
    CHECK(r->source == ApiKeySource::Environment);
    CHECK(r->key == fromEnv);
    // Resolving from the environment wrote nothing: the keychain still holds the stored key.
    r = run(store, &ApiKeyStore::readFinished, [&] { store.read(); });
    REQUIRE(r);
    CHECK(r->key == stored);
    CHECK(sessionFilesContaining(fromEnv).isEmpty());

    qunsetenv("ANTHROPIC_API_KEY");
    r = run(store, &ApiKeyStore::resolved, [&] { store.resolve(); });
    REQUIRE(r);
    CHECK(r->source == ApiKeySource::Keychain);
    CHECK(r->key == stored);
    run(store, &ApiKeyStore::removeFinished, [&] { store.remove(); });
}

TEST_CASE("an empty key is refused without touching the keychain", "[keychain][platform]")
{
    ApiKeyStore store;
    store.setService(kTestService);
    auto r = run(store, &ApiKeyStore::writeFinished, [&] { store.write(QStringLiteral("   ")); });
    REQUIRE(r);
    CHECK(r->status == ApiKeyStatus::Error);
    CHECK_FALSE(r->error.isEmpty());
}

TEST_CASE("no Secret Service: a clear message within the timeout and no plaintext anywhere", "[keychain][platform]")
{
    platformtest::requireHeadlessSession();
    const QString key = sentinel();
    qint64 elapsed = 0;
    const int rc = runChildOnBareBus(QStringLiteral("child: keychain on a bus without Secret Service"), key, &elapsed);
    CHECK(rc == 0);
    CHECK(elapsed < 30000);
    CHECK(sessionFilesContaining(key).isEmpty());
}

TEST_CASE("a Secret Service that never answers times out", "[keychain][platform]")
{
    platformtest::requireHeadlessSession();
    const QString key = sentinel();
    qint64 elapsed = 0;
    const int rc = runChildOnBareBus(QStringLiteral("child: keychain that hangs"), key, &elapsed);
    CHECK(rc == 0);
    CHECK(elapsed < 30000);
    CHECK(sessionFilesContaining(key).isEmpty());
}

// ---- children: run by the tests above on a private bus, hidden from discovery ----

TEST_CASE("child: keychain on a bus without Secret Service", "[.]")
{
    REQUIRE_FALSE(QDBusConnection::sessionBus()
                      .interface()
                      ->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))
                      .value());
    const QString key = qEnvironmentVariable("MODELPULSE_CHILD_SENTINEL");
    REQUIRE_FALSE(key.isEmpty());
    ApiKeyStore store;
    store.setService(kTestService);
    store.setTimeoutMs(10000);
    QElapsedTimer t;
    t.start();
    auto r = run(store, &ApiKeyStore::writeFinished, [&] { store.write(key); });
    REQUIRE(r);
    INFO(r->error.toStdString());
    CHECK(r->status == ApiKeyStatus::NoKeychain);
    CHECK(r->error == ApiKeyStore::noKeychainMessage());
    CHECK(t.elapsed() < 10000); // an immediate, clear answer — not the timeout
    r = run(store, &ApiKeyStore::readFinished, [&] { store.read(); });
    REQUIRE(r);
    CHECK(r->status == ApiKeyStatus::NoKeychain);
    CHECK(r->key.isEmpty());
    CHECK(store.hasStoredKey() == std::optional<bool>(false));
}

namespace {
// Owns org.freedesktop.secrets and swallows every call without replying, like a keyring waiting on its unlock dialog.
class SilentSecretService : public QDBusVirtualObject {
public:
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage&, const QDBusConnection&) override
    {
        ++calls;
        return true; // "handled", never answered
    }
    int calls = 0;
};
} // namespace

TEST_CASE("child: keychain that hangs", "[.]")
{
    SilentSecretService silent;
    QDBusConnection bus = QDBusConnection::sessionBus();
    REQUIRE(bus.registerVirtualObject(QStringLiteral("/"), &silent, QDBusConnection::SubPath));
    REQUIRE(bus.registerService(QStringLiteral("org.freedesktop.secrets")));
    ApiKeyStore store;
    store.setService(kTestService);
    store.setTimeoutMs(1500);
    QElapsedTimer t;
    t.start();
    auto r = run(store, &ApiKeyStore::writeFinished,
                 [&] { store.write(qEnvironmentVariable("MODELPULSE_CHILD_SENTINEL")); });
    REQUIRE(r);
    CHECK(r->status == ApiKeyStatus::Timeout);
    CHECK_FALSE(r->error.isEmpty());
    CHECK(t.elapsed() >= 1400);
    CHECK(t.elapsed() < 5000);
    CHECK(silent.calls > 0); // QtKeychain really asked our silent service
    r = run(store, &ApiKeyStore::readFinished, [&] { store.read(); });
    REQUIRE(r);
    CHECK(r->status == ApiKeyStatus::Timeout);
}
