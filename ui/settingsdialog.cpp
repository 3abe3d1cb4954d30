#include "settingsdialog.h"

#include "apikeybox.h"
#include "notify/notificationsettings.h"
#include "providers/providerprofile.h"
#include "validatedfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QListWidgetItem>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
using Key = Settings::Key;

void applyRange(QSpinBox* box, Key key)
{
    const auto r = Settings::range(key).value_or(std::make_pair(0.0, 0.0));
    box->setRange(static_cast<int>(r.first), static_cast<int>(r.second));
}

void setLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
        label->setText(text);
}

void fillList(QListWidget* list, const QVector<QPair<QString, QString>>& items, const QStringList& checked, bool all)
{
    const QSignalBlocker blocker(list);
    list->clear();
    for (const auto& [id, name] : items) {
        auto* item = new QListWidgetItem(name == id ? id : QStringLiteral("%1  (%2)").arg(name, id), list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(all || checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}
} // namespace

SettingsDialog::SettingsDialog(Settings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 6px; }"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto* columns = new QHBoxLayout;
    columns->addWidget(buildWatchColumn(), 1);
    columns->addWidget(buildOptionsColumn(), 1);
    auto* v = new QVBoxLayout(this);
    v->addWidget(m_warning);
    v->addLayout(columns, 1);
    v->addWidget(m_buttons);

    connect(m_keyBox, &ApiKeyBox::writeRequested, this, &SettingsDialog::apiKeyWriteRequested);
    connect(m_keyBox, &ApiKeyBox::removeRequested, this, &SettingsDialog::apiKeyRemoveRequested);
    retranslate();
    reload();
}

QWidget* SettingsDialog::buildWatchColumn()
{
    auto* column = new QWidget(this);
    auto* v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);
    m_keyBox = new ApiKeyBox(column);
    m_modelsBox = new QGroupBox(column);
    m_modelList = new QListWidget(m_modelsBox);
    (new QVBoxLayout(m_modelsBox))->addWidget(m_modelList);
    m_servicesBox = new QGroupBox(column);
    m_serviceList = new QListWidget(m_servicesBox);
    (new QVBoxLayout(m_servicesBox))->addWidget(m_serviceList);
    connect(m_modelList, &QListWidget::itemChanged, this, [this] {
        m_modelsTouched = true;
        updateCost();
    });
    connect(m_serviceList, &QListWidget::itemChanged, this, [this] { m_servicesTouched = true; });
    v->addWidget(m_keyBox);
    v->addWidget(m_modelsBox, 1);
    v->addWidget(m_servicesBox, 1);
    return column;
}

QWidget* SettingsDialog::buildOptionsColumn()
{
    auto* column = new QWidget(this);
    auto* v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);

    m_checkBox = new QGroupBox(column);
    m_checkForm = new QFormLayout(m_checkBox);
    m_feedInterval = new QSpinBox(m_checkBox);
    applyRange(m_feedInterval, Key::FeedPollIntervalSec);
    m_probeInterval = new QSpinBox(m_checkBox);
    applyRange(m_probeInterval, Key::ProbeIntervalSec);
    m_slowThreshold = new QSpinBox(m_checkBox);
    applyRange(m_slowThreshold, Key::SlowThresholdMs);
    m_slowThreshold->setSingleStep(500);
    m_cap = new QDoubleSpinBox(m_checkBox);
    const auto capRange = Settings::range(Key::MonthlyCapUsd).value_or(std::make_pair(0.0, 0.0));
    m_cap->setRange(capRange.first, capRange.second);
    m_cap->setDecimals(2);
    m_cap->setSingleStep(0.5);
    m_cap->setPrefix(QStringLiteral("$ "));
    m_cost = new QLabel(m_checkBox);
    m_cost->setWordWrap(true);
    // Labels are created empty (QFormLayout makes none for an empty text) and filled in by retranslate().
    m_checkForm->addRow(new QLabel(m_checkBox), m_feedInterval);
    m_checkForm->addRow(new QLabel(m_checkBox), m_probeInterval);
    m_checkForm->addRow(new QLabel(m_checkBox), m_slowThreshold);
    m_checkForm->addRow(new QLabel(m_checkBox), m_cap);
    m_checkForm->addRow(m_cost);
    connect(m_probeInterval, qOverload<int>(&QSpinBox::valueChanged), this, &SettingsDialog::updateCost);
    connect(m_cap, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &SettingsDialog::updateCost);

    m_notifyBox = new QGroupBox(column);
    auto* nv = new QVBoxLayout(m_notifyBox);
    for (QCheckBox** box : { &m_notifyOutage, &m_notifyRecovery, &m_notifyIncident, &m_notifyUserSide }) {
        *box = new QCheckBox(m_notifyBox);
        nv->addWidget(*box);
    }
    // Quiet hours (local time, may run past midnight), with a way to let a major outage through.
    auto* quiet = new QHBoxLayout;
    m_quietHours = new QCheckBox(m_notifyBox);
    m_quietStart = new QTimeEdit(m_notifyBox);
    m_quietEnd = new QTimeEdit(m_notifyBox);
    m_quietTo = new QLabel(m_notifyBox);
    for (QTimeEdit* t : { m_quietStart, m_quietEnd })
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    quiet->addWidget(m_quietHours);
    quiet->addWidget(m_quietStart);
    quiet->addWidget(m_quietTo);
    quiet->addWidget(m_quietEnd);
    quiet->addStretch(1);
    nv->addLayout(quiet);
    m_quietLetMajor = new QCheckBox(m_notifyBox);
    nv->addWidget(m_quietLetMajor);
    const auto quietEnabled = [this] {
        for (QWidget* w : std::initializer_list<QWidget*> { m_quietStart, m_quietEnd, m_quietLetMajor })
            w->setEnabled(m_quietHours->isChecked());
    };
    connect(m_quietHours, &QCheckBox::toggled, this, quietEnabled);
    auto* maintenance = new QHBoxLayout;
    m_maintenanceLabel = new QLabel(m_notifyBox);
    m_maintenanceNotice = new QSpinBox(m_notifyBox);
    if (const auto r = Settings::range(Key::MaintenanceNoticeMin))
        m_maintenanceNotice->setRange(int(r->first), int(r->second));
    maintenance->addWidget(m_maintenanceLabel);
    maintenance->addWidget(m_maintenanceNotice);
    maintenance->addStretch(1);
    nv->addLayout(maintenance);
    m_muteLabel = new QLabel(m_notifyBox);
    m_muteList = new QListWidget(m_notifyBox);
    m_muteList->setMaximumHeight(110);
    nv->addWidget(m_muteLabel);
    nv->addWidget(m_muteList);

    auto* general = new QWidget(column);
    m_generalForm = new QFormLayout(general);
    m_generalForm->setContentsMargins(0, 0, 0, 0);
    m_language = new QComboBox(general);
    m_language->addItem(QString(), QStringLiteral("system"));
    // Language names in their own language, so a user who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_startAtLogin = new QCheckBox(general);
    m_watchOpenAi = new QCheckBox(general);
    m_generalForm->addRow(new QLabel(general), m_language);
    m_generalForm->addRow(m_startAtLogin);
    m_generalForm->addRow(m_watchOpenAi);

    m_advancedToggle = new QToolButton(column);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setAutoRaise(true);
    m_advanced = new QWidget(column);
    m_advancedForm = new QFormLayout(m_advanced);
    m_advancedForm->setContentsMargins(0, 0, 0, 0);
    m_statusUrl = new ValidatedField(Key::StatusUrl, m_advanced);
    m_apiUrl = new ValidatedField(Key::ApiUrl, m_advanced);
    m_advancedForm->addRow(new QLabel(m_advanced), m_statusUrl);
    m_advancedForm->addRow(new QLabel(m_advanced), m_apiUrl);
    connect(m_advancedToggle, &QToolButton::toggled, this, &SettingsDialog::setAdvancedVisible);
    connect(m_statusUrl, &ValidatedField::validityChanged, this, &SettingsDialog::updateValidity);
    connect(m_apiUrl, &ValidatedField::validityChanged, this, &SettingsDialog::updateValidity);
    setAdvancedVisible(false);

    v->addWidget(m_checkBox);
    v->addWidget(m_notifyBox);
    v->addWidget(general);
    v->addWidget(m_advancedToggle);
    v->addWidget(m_advanced);
    v->addStretch(1);
    return column;
}

void SettingsDialog::setAdvancedVisible(bool visible)
{
    {
        const QSignalBlocker blocker(m_advancedToggle);
        m_advancedToggle->setChecked(visible);
    }
    m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(visible);
}

QPushButton* SettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SettingsDialog::setKeyStored(bool stored)
{
    m_keyBox->setKeyStored(stored);
}

void SettingsDialog::setAvailableModels(const QVector<ModelInfo>& models)
{
    m_models = models;
    reload();
}

void SettingsDialog::setAvailableServices(const QVector<Component>& components)
{
    m_services.clear();
    for (const auto& c : components) {
        if (!c.isGroup)
            m_services << c;
    }
    reload();
}

void SettingsDialog::setCostEstimator(CostEstimator estimator)
{
    m_estimator = std::move(estimator);
    updateCost();
}

void SettingsDialog::reload()
{
    const QString warning = m_settings->loadWarning();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());

    // Known ids that are not (or no longer) offered still appear, so saving never drops them silently.
    const QStringList watchedModels = m_settings->watchedModels();
    QVector<QPair<QString, QString>> modelItems;
    for (const auto& m : m_models)
        modelItems.append({ m.id, m.displayName.isEmpty() ? m.id : m.displayName });
    for (const auto& id : watchedModels) {
        if (std::none_of(m_models.begin(), m_models.end(), [&id](const ModelInfo& m) { return m.id == id; }))
            modelItems.append({ id, id });
    }
    fillList(m_modelList, modelItems, watchedModels, watchedModels.isEmpty());
    const QStringList watchedServices = m_settings->watchedServices();
    QVector<QPair<QString, QString>> serviceItems;
    for (const auto& c : m_services)
        serviceItems.append({ c.id, c.name });
    for (const auto& id : watchedServices) {
        if (std::none_of(m_services.begin(), m_services.end(), [&id](const Component& c) { return c.id == id; }))
            serviceItems.append({ id, id });
    }
    fillList(m_serviceList, serviceItems, watchedServices, false);
    m_modelsTouched = m_servicesTouched = false;

    m_feedInterval->setValue(m_settings->feedPollIntervalSec());
    m_probeInterval->setValue(m_settings->probeIntervalSec());
    m_slowThreshold->setValue(m_settings->slowThresholdMs());
    m_cap->setValue(m_settings->monthlyCapUsd());
    m_notifyOutage->setChecked(m_settings->notify(Key::NotifyModelOutage));
    m_notifyRecovery->setChecked(m_settings->notify(Key::NotifyModelRecovery));
    m_notifyIncident->setChecked(m_settings->notify(Key::NotifyOfficialIncident));
    m_notifyUserSide->setChecked(m_settings->notify(Key::NotifyUserSideProblem));
    const NotificationSettings ns = m_settings->notificationSettings();
    m_quietHours->setChecked(ns.quietHours);
    m_quietStart->setTime(ns.quietStart);
    m_quietEnd->setTime(ns.quietEnd);
    m_quietLetMajor->setChecked(ns.quietLetMajorThrough);
    for (QWidget* w : std::initializer_list<QWidget*> { m_quietStart, m_quietEnd, m_quietLetMajor })
        w->setEnabled(ns.quietHours);
    m_maintenanceNotice->setValue(ns.maintenanceNoticeMin);
    // Muting lists every model and service on offer; the user data says model or service, so a model and a
    // component can never be confused.
    m_muteList->clear();
    const auto addMute = [this](const QString& kind, const QString& id, const QString& name, bool muted) {
        auto* item = new QListWidgetItem(name, m_muteList);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, kind);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(muted ? Qt::Checked : Qt::Unchecked);
    };
    for (const auto& [id, name] : qAsConst(modelItems))
        addMute(QStringLiteral("model"), id, name, ns.mutedModels.contains(id));
    for (const auto& [id, name] : qAsConst(serviceItems))
        addMute(QStringLiteral("service"), id, name, ns.mutedServices.contains(id));
    m_startAtLogin->setChecked(m_settings->startAtLogin());
    m_watchOpenAi->setChecked(m_settings->providers().contains(Providers::openai().id));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    m_statusUrl->setText(m_settings->statusUrl().toString());
    m_apiUrl->setText(m_settings->apiUrl().toString());
    updateValidity();
    updateCost();
}

QStringList SettingsDialog::checkedIds(QListWidget* list) const
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

int SettingsDialog::checkedModelCount() const
{
    return static_cast<int>(checkedIds(m_modelList).size());
}

bool SettingsDialog::apply()
{
    if (!m_statusUrl->isValid() || !m_apiUrl->isValid()) {
        setAdvancedVisible(true);
        return false;
    }
    m_settings->setValue(Key::StatusUrl, m_statusUrl->text());
    m_settings->setValue(Key::ApiUrl, m_apiUrl->text());
    if (m_modelsTouched)
        m_settings->setValue(Key::WatchedModels, checkedIds(m_modelList));
    if (m_servicesTouched)
        m_settings->setValue(Key::WatchedServices, checkedIds(m_serviceList));
    m_settings->setValue(Key::FeedPollIntervalSec, m_feedInterval->value());
    m_settings->setValue(Key::ProbeIntervalSec, m_probeInterval->value());
    m_settings->setValue(Key::SlowThresholdMs, m_slowThreshold->value());
    m_settings->setValue(Key::MonthlyCapUsd, m_cap->value());
    m_settings->setValue(Key::NotifyModelOutage, m_notifyOutage->isChecked());
    m_settings->setValue(Key::NotifyModelRecovery, m_notifyRecovery->isChecked());
    m_settings->setValue(Key::NotifyOfficialIncident, m_notifyIncident->isChecked());
    m_settings->setValue(Key::NotifyUserSideProblem, m_notifyUserSide->isChecked());
    m_settings->setValue(Key::QuietHoursEnabled, m_quietHours->isChecked());
    m_settings->setValue(Key::QuietHoursStart, m_quietStart->time());
    m_settings->setValue(Key::QuietHoursEnd, m_quietEnd->time());
    m_settings->setValue(Key::QuietHoursLetMajorThrough, m_quietLetMajor->isChecked());
    m_settings->setValue(Key::MaintenanceNoticeMin, m_maintenanceNotice->value());
    QStringList mutedModels;
    QStringList mutedServices;
    for (int i = 0; i < m_muteList->count(); ++i) {
        const QListWidgetItem* item = m_muteList->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        (item->data(Qt::UserRole + 1).toString() == u"model" ? mutedModels : mutedServices)
            << item->data(Qt::UserRole).toString();
    }
    m_settings->setValue(Key::NotifyMutedModels, mutedModels);
    m_settings->setValue(Key::NotifyMutedServices, mutedServices);
    m_settings->setValue(Key::StartAtLogin, m_startAtLogin->isChecked());
    QStringList providers { Providers::anthropic().id };
    if (m_watchOpenAi->isChecked())
        providers << Providers::openai().id;
    if (providers != m_settings->providers())
        m_settings->setValue(Key::Providers, providers);
    m_settings->setValue(Key::Language, m_language->currentData().toString());
    m_modelsTouched = m_servicesTouched = false;
    return true;
}

void SettingsDialog::updateValidity()
{
    const bool valid = m_statusUrl->isValid() && m_apiUrl->isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid);
    if (!valid)
        setAdvancedVisible(true);
}

void SettingsDialog::updateCost()
{
    const int models = checkedModelCount();
    if (!m_estimator) {
        m_cost->setText(tr("Estimated cost: not available yet"));
        return;
    }
    const double cost = m_estimator(m_probeInterval->value(), models);
    QString text = tr("Estimated cost: about $%1 a month for %n model(s)", nullptr, models)
                       .arg(QString::number(cost, 'f', cost < 1 ? 3 : 2));
    if (cost > m_cap->value())
        text += QLatin1Char('\n') + tr("Above the cap: probing stops for the month once the cap is reached.");
    m_cost->setText(text);
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("ModelPulse Settings"));
    m_modelsBox->setTitle(tr("Models to watch"));
    m_modelList->setToolTip(tr("Models found with your API key. None checked by you yet means the newest of each "
                               "family."));
    m_servicesBox->setTitle(tr("Official services to watch"));
    m_checkBox->setTitle(tr("Checking"));
    setLabel(m_checkForm, m_feedInterval, tr("Status page every"));
    setLabel(m_checkForm, m_probeInterval, tr("Test prompt every"));
    setLabel(m_checkForm, m_slowThreshold, tr("Slow above"));
    setLabel(m_checkForm, m_cap, tr("Monthly probe cap"));
    m_feedInterval->setSuffix(tr(" s"));
    m_probeInterval->setSuffix(tr(" s"));
    m_slowThreshold->setSuffix(tr(" ms"));
    m_notifyBox->setTitle(tr("Notify me"));
    m_notifyOutage->setText(tr("When a watched model or service fails"));
    m_notifyRecovery->setText(tr("When it recovers"));
    m_notifyIncident->setText(tr("When the official page reports an incident"));
    m_notifyUserSide->setText(tr("About problems on my side (offline, key, quota)"));
    m_quietHours->setText(tr("Quiet hours from"));
    m_quietTo->setText(tr("to"));
    m_quietLetMajor->setText(tr("Let a major outage through in quiet hours"));
    m_maintenanceLabel->setText(tr("Announce scheduled maintenance ahead by"));
    m_maintenanceNotice->setSuffix(tr(" min"));
    m_maintenanceNotice->setSpecialValueText(tr("never"));
    m_muteLabel->setText(tr("Never notify me about (muted):"));
    setLabel(m_generalForm, m_language, tr("Language"));
    m_language->setItemText(0, tr("System"));
    m_startAtLogin->setText(tr("Start at login"));
    m_watchOpenAi->setText(tr("Also show OpenAI's status page (status.openai.com)"));
    m_advancedToggle->setText(tr("Advanced"));
    setLabel(m_advancedForm, m_statusUrl, tr("Status page URL"));
    setLabel(m_advancedForm, m_apiUrl, tr("API URL"));
    updateCost();
}
