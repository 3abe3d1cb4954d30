#include "apikeybox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ApiKeyBox::ApiKeyBox(QWidget* parent)
    : QGroupBox(parent)
    , m_status(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_store(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_note(new QLabel(this))
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setClearButtonEnabled(true);
    m_note->setWordWrap(true);
    auto* v = new QVBoxLayout(this);
    v->addWidget(m_status);
    auto* h = new QHBoxLayout;
    h->addWidget(m_edit, 1);
    h->addWidget(m_store);
    h->addWidget(m_remove);
    v->addLayout(h);
    v->addWidget(m_note);
    connect(m_edit, &QLineEdit::textChanged, this, &ApiKeyBox::updateButtons);
    connect(m_store, &QPushButton::clicked, this, [this] {
        const QString key = m_edit->text().trimmed();
        if (key.isEmpty())
            return;
        // The text leaves this widget at once; nothing here keeps a copy.
        m_edit->clear();
        emit writeRequested(key);
    });
    connect(m_remove, &QPushButton::clicked, this, &ApiKeyBox::removeRequested);
    retranslate();
}

void ApiKeyBox::setKeyStored(bool stored)
{
    m_stored = stored;
    retranslate();
}

void ApiKeyBox::updateButtons()
{
    const QString key = m_edit->text().trimmed();
    m_store->setEnabled(!key.isEmpty() && !key.contains(QLatin1Char(' ')));
    m_remove->setEnabled(m_stored);
}

void ApiKeyBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ApiKeyBox::retranslate()
{
    setTitle(tr("API key"));
    m_status->setText(m_stored ? tr("A key is stored in the keychain") : tr("No key stored"));
    m_edit->setPlaceholderText(m_stored ? tr("Paste a new key to replace it") : tr("Paste your Anthropic API key"));
    m_store->setText(m_stored ? tr("Replace key") : tr("Store key"));
    m_remove->setText(tr("Remove key"));
    m_note->setText(tr("With a key, ModelPulse sends one tiny test prompt per model at the probe interval. "
                       "The key is kept in the system keychain, never in the settings file."));
    updateButtons();
}
