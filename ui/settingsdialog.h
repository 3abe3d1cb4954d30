#pragma once

#include "feed/statuspagetypes.h"
#include "health/modelinfo.h"
#include "settings/settings.h"

#include <QDialog>

#include <functional>

class ApiKeyBox;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QToolButton;
class ValidatedField;

/*!
 * \brief Edits a Settings object. Every field is checked in place (Settings::validate, ranges from the settings
 * table); OK and Apply are refused while a field is invalid. The API key never passes through Settings: the
 * dialog emits apiKeyWriteRequested / apiKeyRemoveRequested and shows only whether a key is stored.
 */
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    using CostEstimator = std::function<double(int probeIntervalSec, int modelCount)>;

    explicit SettingsDialog(Settings* settings, QWidget* parent = nullptr);

    void setKeyStored(bool stored);
    /*! \brief Models from /v1/models discovery; the list to check watched models in. */
    void setAvailableModels(const QVector<ModelInfo>& models);
    /*! \brief Official components (from the latest snapshot) to check watched services in. */
    void setAvailableServices(const QVector<Component>& components);
    /*! \brief Estimated monthly cost in USD of probing \a modelCount models every \a probeIntervalSec. */
    void setCostEstimator(CostEstimator estimator);
    /*! \brief Reloads every field from the settings. */
    void reload();
    /*! \brief Writes the fields to the settings; false (and nothing written) when a field is invalid. */
    bool apply();

    // For tests and screenshots.
    ValidatedField* statusUrlField() const { return m_statusUrl; }
    ValidatedField* apiUrlField() const { return m_apiUrl; }
    QPushButton* okButton() const;
    QLabel* costLabel() const { return m_cost; }
    ApiKeyBox* apiKeyBox() const { return m_keyBox; }
    void setAdvancedVisible(bool visible);

signals:
    void apiKeyWriteRequested(const QString& key);
    void apiKeyRemoveRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildWatchColumn();
    QWidget* buildOptionsColumn();
    void retranslate();
    void updateValidity();
    void updateCost();
    int checkedModelCount() const;
    QStringList checkedIds(QListWidget* list) const;

    Settings* m_settings;
    CostEstimator m_estimator;
    QVector<ModelInfo> m_models;
    QVector<Component> m_services;
    bool m_modelsTouched = false;
    bool m_servicesTouched = false;

    QLabel* m_warning;
    ApiKeyBox* m_keyBox;
    QGroupBox* m_modelsBox;
    QListWidget* m_modelList;
    QGroupBox* m_servicesBox;
    QListWidget* m_serviceList;
    QGroupBox* m_checkBox;
    QFormLayout* m_checkForm;
    QSpinBox* m_feedInterval;
    QSpinBox* m_probeInterval;
    QSpinBox* m_slowThreshold;
    QDoubleSpinBox* m_cap;
    QLabel* m_cost;
    QGroupBox* m_notifyBox;
    QCheckBox* m_notifyOutage;
    QCheckBox* m_notifyRecovery;
    QCheckBox* m_notifyIncident;
    QCheckBox* m_notifyUserSide;
    QCheckBox* m_quietHours;
    QTimeEdit* m_quietStart;
    QTimeEdit* m_quietEnd;
    QLabel* m_quietTo;
    QCheckBox* m_quietLetMajor;
    QLabel* m_maintenanceLabel;
    QSpinBox* m_maintenanceNotice;
    QLabel* m_muteLabel;
    QListWidget* m_muteList; //!< models and services whose notifications are muted (checked = muted)
    QCheckBox* m_startAtLogin;
    QCheckBox* m_watchOpenAi; //!< the second provider: OpenAI's status page (feed only), off by default
    QFormLayout* m_generalForm;
    QComboBox* m_language;
    QToolButton* m_advancedToggle;
    QWidget* m_advanced;
    QFormLayout* m_advancedForm;
    ValidatedField* m_statusUrl;
    ValidatedField* m_apiUrl;
    QDialogButtonBox* m_buttons;
};
