#include "apikeystore.h"

#include "providers/providerprofile.h"

#include <QDBusConnection>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

// QtKeychain on Linux reports a missing Secret Service as OtherError with D-Bus texts such as "The name
// org.freedesktop.secrets was not provided by any .service files" (TESTENV.md), not as NoBackendAvailable.
bool meansNoKeychain(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return true;
    case QKeychain::OtherError: {
        const QString e = job->errorString();
        return e.contains(QLatin1String("org.freedesktop.secrets")) || e.contains(QLatin1String("ServiceUnknown"))
            || e.contains(QLatin1String("not provided by any .service"))
            || e.contains(QLatin1String("Cannot autolaunch D-Bus"))
            || e.contains(QLatin1String("kwalletd"))
            // No usable session bus at all (unset, empty or "disabled:" address): there is no Secret Service.
            || !QDBusConnection::sessionBus().isConnected();
    }
    default:
        return false;
    }
}

} // namespace

ApiKeyStore::ApiKeyStore(QObject* parent)
    : QObject(parent)
    , m_service(Providers::anthropic().keychainService)
{
    qRegisterMetaType<ApiKeyResult>();
}

ApiKeyStore::~ApiKeyStore() = default;

void ApiKeyStore::setService(const QString& service)
{
    m_service = service;
}

QString ApiKeyStore::keyName()
{
    return Providers::anthropic().keychainEntry;
}

QString ApiKeyStore::keyFromEnvironment()
{
    return qEnvironmentVariable(qPrintable(Providers::anthropic().keyEnvVar)).trimmed();
}

QString ApiKeyStore::noKeychainMessage()
{
    return tr("No keychain (Secret Service) is available — probes are off. Set ANTHROPIC_API_KEY or install "
              "gnome-keyring / KWallet.");
}

void ApiKeyStore::read()
{
    start(new QKeychain::ReadPasswordJob(m_service, this), Op::Read);
}

void ApiKeyStore::write(const QString& key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        ApiKeyResult r;
        r.status = ApiKeyStatus::Error;
        r.error = tr("The API key is empty.");
        QTimer::singleShot(0, this, [this, r] { finish(Op::Write, r); });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(trimmed);
    start(job, Op::Write);
}

void ApiKeyStore::remove()
{
    start(new QKeychain::DeletePasswordJob(m_service, this), Op::Remove);
}

void ApiKeyStore::resolve()
{
    const QString env = keyFromEnvironment();
    if (env.isEmpty()) {
        start(new QKeychain::ReadPasswordJob(m_service, this), Op::Resolve);
        return;
    }
    ApiKeyResult r;
    r.status = ApiKeyStatus::Ok;
    r.source = ApiKeySource::Environment;
    r.key = env;
    QTimer::singleShot(0, this, [this, r] { finish(Op::Resolve, r); });
}

void ApiKeyStore::start(QKeychain::Job* job, Op op)
{
    // Never: job->setInsecureFallback(true). No keychain means no stored key, not a plaintext file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keyName());
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(job, &QKeychain::Job::finished, this, [this, op, timer](QKeychain::Job* j) {
        timer->stop();
        finish(op, resultFromJob(j, op));
    });
    connect(timer, &QTimer::timeout, this, [this, op, job] {
        // A job cannot be cancelled; forget it (it deletes itself if it ever finishes, or dies with us).
        disconnect(job, nullptr, this, nullptr);
        ApiKeyResult r;
        r.status = ApiKeyStatus::Timeout;
        r.error = tr("The keychain did not answer within %n second(s) — is it locked? Probes are off until it "
                     "answers.",
                     nullptr, (m_timeoutMs + 999) / 1000);
        finish(op, r);
    });
    timer->start(m_timeoutMs);
    job->start();
}

ApiKeyResult ApiKeyStore::resultFromJob(QKeychain::Job* job, Op op) const
{
    ApiKeyResult r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = ApiKeyStatus::Ok;
        if (op == Op::Read || op == Op::Resolve) {
            r.source = ApiKeySource::Keychain;
            r.key = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
        }
        return r;
    case QKeychain::EntryNotFound:
        if (op == Op::Remove) {
            r.status = ApiKeyStatus::Ok;
            return r;
        }
        r.status = ApiKeyStatus::NotFound;
        r.error = tr("No API key is stored.");
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = ApiKeyStatus::Denied;
        r.error = tr("Access to the keychain was denied: %1").arg(job->errorString());
        return r;
    default:
        break;
    }
    if (meansNoKeychain(job)) {
        r.status = ApiKeyStatus::NoKeychain;
        r.error = noKeychainMessage();
    } else {
        r.status = ApiKeyStatus::Error;
        r.error = tr("The keychain failed: %1").arg(job->errorString());
    }
    return r;
}

void ApiKeyStore::finish(Op op, ApiKeyResult result)
{
    switch (op) {
    case Op::Read:
    case Op::Resolve:
        if (result.source != ApiKeySource::Environment) {
            if (result.status == ApiKeyStatus::Ok)
                setHasStoredKey(true);
            else if (result.status == ApiKeyStatus::NotFound || result.status == ApiKeyStatus::NoKeychain)
                setHasStoredKey(false);
        }
        if (op == Op::Read)
            Q_EMIT readFinished(result);
        else
            Q_EMIT resolved(result);
        return;
    case Op::Write:
        if (result.ok())
            setHasStoredKey(true);
        Q_EMIT writeFinished(result);
        return;
    case Op::Remove:
        if (result.ok())
            setHasStoredKey(false);
        Q_EMIT removeFinished(result);
        return;
    }
}

void ApiKeyStore::setHasStoredKey(bool stored)
{
    if (m_hasStoredKey == stored)
        return;
    m_hasStoredKey = stored;
    Q_EMIT hasStoredKeyChanged(stored);
}
