#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

/*!
 * \brief One ModelPulse per user (and data dir): a second launch asks the first to show itself and exits 0.
 *
 * The first instance listens on a QLocalServer; a later one connects, sends "show" and reports Secondary.
 * A socket file left by a crashed instance (connect refused) is removed and taken over. A lock file around
 * the check-then-listen step keeps two instances started at the same moment from both becoming primary.
 */
class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Role {
        Primary, //!< we listen; activated() fires when another launch asks
        Secondary, //!< another instance runs and was told to show itself: exit 0
        Failed, //!< could neither reach an instance nor listen (errorString() says why); run without it
    };

    explicit SingleInstance(QString serverName, QObject* parent = nullptr);
    ~SingleInstance() override;

    /*!
     * \brief Per-user name: user name, uid and a hash of \a dataDir, so test runs with their own data dir do
     * not collide with the user's instance.
     */
    static QString defaultServerName(const QString& dataDir);

    /*! \brief Decides the role; \a timeoutMs bounds the connect to a running instance. */
    Role start(int timeoutMs = 1000);
    QString serverName() const { return m_name; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    /*! \brief Another launch asked this (primary) instance to show itself. */
    void activated();

private:
    void onNewConnection();

    QString m_name;
    QString m_error;
    QLocalServer* m_server = nullptr;
};
