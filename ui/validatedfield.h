#pragma once

#include "settings/settings.h"

#include <QWidget>

class QLabel;
class QLineEdit;

/*!
 * \brief A line edit checked with Settings::validate() as the user types: an invalid value shows its reason
 * right under the field and the dialog refuses to save it.
 */
class ValidatedField : public QWidget {
    Q_OBJECT
public:
    explicit ValidatedField(Settings::Key key, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    bool isValid() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    QLineEdit* lineEdit() const { return m_edit; }
    QLabel* errorLabel() const { return m_errorLabel; }

signals:
    void validityChanged(bool valid);

private:
    void check();

    Settings::Key m_key;
    QLineEdit* m_edit;
    QLabel* m_errorLabel;
    QString m_error;
};
