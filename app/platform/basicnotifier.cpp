#include "basicnotifier.h"

BasicNotifier::BasicNotifier(ShowFunction show, QObject* parent)
    : Notifier(parent)
    , m_show(std::move(show))
{
}

void BasicNotifier::notify(const Notification& n)
{
    m_last = n;
    if (m_show)
        m_show(n); // plain text: showMessage does not interpret markup, so nothing to escape
}

void BasicNotifier::withdraw(const QString& key)
{
    if (m_last && m_last->key == key)
        m_last.reset();
}

void BasicNotifier::activateLast()
{
    if (m_last && !m_last->defaultAction().isEmpty())
        Q_EMIT actionInvoked(m_last->key, m_last->defaultAction(), m_last->url);
}
