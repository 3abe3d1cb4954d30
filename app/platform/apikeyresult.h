#pragma once

#include <QMetaType>
#include <QString>

/*! \brief Where a key came from (or why there is none). */
enum class ApiKeySource { None, Environment, Keychain };

/*! \brief How a keychain operation ended. */
enum class ApiKeyStatus {
    Ok,
    NotFound, //!< no key stored (read); remove treats it as Ok
    NoKeychain, //!< no Secret Service / backend: probes are off, never a plaintext fallback
    Timeout, //!< the keychain did not answer in time (a locked keyring waits on a dialog)
    Denied, //!< the user or the keychain refused access
    Error,
};

/*!
 * \brief Result of an ApiKeyStore operation: the key, or a translated reason.
 *
 * Deliberately not printable: the key must never reach a log.
 */
struct ApiKeyResult {
    ApiKeyStatus status = ApiKeyStatus::Error;
    ApiKeySource source = ApiKeySource::None;
    QString key; //!< only for a successful read / resolve; empty otherwise
    QString error; //!< translated, user-readable; empty when status is Ok

    bool ok() const { return status == ApiKeyStatus::Ok; }
};

Q_DECLARE_METATYPE(ApiKeyResult)
