#pragma once

#include "health/healthsnapshot.h"

#include <QDialog>

class QLabel;

/*!
 * \brief Why a model has its state: reasons, the last probe (HTTP status, request-id, latency) and the official
 * incidents attributed to it, with links. Opened by selecting a model row in the menu or the popup.
 */
class ModelDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModelDetailsDialog(QWidget* parent = nullptr);

    void setModel(const ModelHealth& model, const QVector<IncidentHealth>& incidents, bool hasKey);
    QString modelId() const { return m_model.id; }
    /*! \brief The rendered body (rich text), for tests. */
    QString bodyText() const;

signals:
    void linkActivated(const QUrl& url);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    ModelHealth m_model;
    QVector<IncidentHealth> m_incidents;
    bool m_hasKey = false;
    QLabel* m_body;
};
