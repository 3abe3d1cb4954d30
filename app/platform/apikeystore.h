#pragma once

#include "apikeyresult.h"

#include <QObject>

#include <optional>

namespace QKeychain {
class Job;
}

/*!
 * \brief The Anthropic API key in the OS keychain (QtKeychain: Secret Service, macOS Keychain, Credential Store).
 *
 * Every operation is asynchronous, ends in exactly one result signal, and is bounded by a timeout: a locked
 * gnome-keyring would otherwise wait forever on its unlock dialog. When no keychain exists the result says so
 * (ApiKeyStatus::NoKeychain) and the key is NOT kept anywhere else — there is no plaintext fallback.
 *
 * `ANTHROPIC_API_KEY`, when set, wins over the keychain (resolve()) and is never written anywhere.
 * The key is never logged.
 */
class ApiKeyStore : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit ApiKeyStore(QObject* parent = nullptr);
    ~ApiKeyStore() override;

    /*! \brief Keychain service name ("ModelPulse"); tests may use their own. */
    void setService(const QString& service);
    QString service() const { return m_service; }
    /*! \brief Entry name inside the service ("anthropic-api-key"). */
    static QString keyName();
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    /*! \brief `ANTHROPIC_API_KEY`, trimmed; empty when unset. */
    static QString keyFromEnvironment();
    /*! \brief The translated "no keychain" message shown in the settings dialog and the tray. */
    static QString noKeychainMessage();

    /*! \brief Reads the stored key → readFinished. Updates hasStoredKey(). */
    void read();
    /*! \brief Stores (or replaces) \a key → writeFinished. An empty key is refused. */
    void write(const QString& key);
    /*! \brief Deletes the stored key → removeFinished; deleting a missing key is Ok. */
    void remove();
    /*! \brief Environment first, then the keychain → resolved (source tells which). */
    void resolve();

    /*! \brief Whether a key is stored, as last learned from read/write/remove; nullopt until known. */
    std::optional<bool> hasStoredKey() const { return m_hasStoredKey; }

Q_SIGNALS:
    void readFinished(const ApiKeyResult& result);
    void writeFinished(const ApiKeyResult& result);
    void removeFinished(const ApiKeyResult& result);
    void resolved(const ApiKeyResult& result);
    /*! \brief The settings dialog shows only this: is a key stored? */
    void hasStoredKeyChanged(bool stored);

private:
    enum class Op { Read, Write, Remove, Resolve };
    void start(QKeychain::Job* job, Op op);
    void finish(Op op, ApiKeyResult result);
    ApiKeyResult resultFromJob(QKeychain::Job* job, Op op) const;
    void setHasStoredKey(bool stored);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
    std::optional<bool> m_hasStoredKey;
};
