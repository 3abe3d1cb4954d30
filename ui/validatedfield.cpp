#include "validatedfield.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ValidatedField::ValidatedField(Settings::Key key, QWidget* parent)
    : QWidget(parent)
    , m_key(key)
    , m_edit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(m_edit);
    v->addWidget(m_errorLabel);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();
    connect(m_edit, &QLineEdit::textChanged, this, &ValidatedField::check);
}

QString ValidatedField::text() const
{
    return m_edit->text().trimmed();
}

void ValidatedField::setText(const QString& text)
{
    m_edit->setText(text);
    check();
}

void ValidatedField::check()
{
    const bool wasValid = isValid();
    m_error = Settings::validate(m_key, text()).value_or(QString());
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    // Keep a red frame on the field itself too, so the problem is visible even in a cramped layout.
    m_edit->setStyleSheet(m_error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    if (wasValid != isValid())
        emit validityChanged(isValid());
}
