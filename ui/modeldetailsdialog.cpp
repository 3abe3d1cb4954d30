#include "modeldetailsdialog.h"

#include "statustext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

ModelDetailsDialog::ModelDetailsDialog(QWidget* parent)
    : QDialog(parent)
    , m_body(new QLabel(this))
{
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setOpenExternalLinks(false);
    connect(m_body, &QLabel::linkActivated, this, [this](const QString& link) { emit linkActivated(QUrl(link)); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* v = new QVBoxLayout(this);
    v->addWidget(m_body, 1);
    v->addWidget(buttons);
    setMinimumWidth(420);
}

void ModelDetailsDialog::setModel(const ModelHealth& model, const QVector<IncidentHealth>& incidents, bool hasKey)
{
    m_model = model;
    m_incidents.clear();
    for (const auto& i : incidents) {
        if (i.modelIds.contains(model.id))
            m_incidents << i;
    }
    m_hasKey = hasKey;
    render();
}

QString ModelDetailsDialog::bodyText() const
{
    return m_body->text();
}

void ModelDetailsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QDialog::changeEvent(event);
}

void ModelDetailsDialog::render()
{
    const QString name = m_model.displayName.isEmpty() ? m_model.id : m_model.displayName;
    setWindowTitle(tr("%1 — details").arg(name));
    QString html
        = QStringLiteral("<h3>%1</h3><p>%2</p>")
              .arg(name.toHtmlEscaped(), healthStateText(m_hasKey ? m_model.state : m_model.official).toHtmlEscaped());
    if (m_model.aheadOfOfficial)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Our own test prompts see a problem the official status page does not show yet.")
                             .toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Model id"), m_model.id);
    html += row(tr("Official state"), healthStateText(m_model.official));
    html += row(tr("Our test prompts"), m_hasKey ? healthStateText(m_model.probe) : tr("No API key: not probing"));
    html += QStringLiteral("</table>");

    if (!m_model.reasons.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Why").toHtmlEscaped());
        for (const auto& reason : m_model.reasons)
            html += QStringLiteral("<li>%1</li>").arg(reasonText(reason).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Last test prompt").toHtmlEscaped());
    if (m_model.lastProbe) {
        const ProbeResult& p = *m_model.lastProbe;
        html += QStringLiteral("<table>");
        html += row(tr("Outcome"), probeOutcomeText(p.outcome));
        html += row(tr("HTTP status"), p.httpStatus > 0 ? QString::number(p.httpStatus) : tr("no response"));
        if (!p.errorType.isEmpty())
            html += row(tr("Error type"), p.errorType);
        html += row(tr("Request id"), p.requestId.isEmpty() ? tr("none") : p.requestId);
        html += row(tr("Latency"), p.latencyMs >= 0 ? StatusText::latency(p.latencyMs) : tr("none"));
        html += row(tr("At"), StatusText::clockTime(p.at, QDateTime::currentDateTimeUtc()));
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("No test prompt has run for this model yet.").toHtmlEscaped());
    }

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Official incidents").toHtmlEscaped());
    if (m_incidents.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("None attributed to this model.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul>");
        for (const auto& ih : m_incidents) {
            const Incident& i = ih.incident;
            const QString text = i.name + QStringLiteral(" — ") + StatusText::incidentStatus(i.status);
            if (i.shortlink.isEmpty())
                html += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
            else
                html += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                            .arg(QUrl(i.shortlink).toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_body->setText(html);
}
