#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

/*!
 * \brief The API key part of the settings dialog. It never holds a stored key: it shows only whether one is in
 * the keychain, and hands a newly typed key straight to the composition root (which writes the keychain).
 */
class ApiKeyBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ApiKeyBox(QWidget* parent = nullptr);

    void setKeyStored(bool stored);
    bool keyStored() const { return m_stored; }
    QLineEdit* keyEdit() const { return m_edit; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void writeRequested(const QString& key);
    void removeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    bool m_stored = false;
    QLabel* m_status;
    QLineEdit* m_edit;
    QPushButton* m_store;
    QPushButton* m_remove;
    QLabel* m_note;
};
