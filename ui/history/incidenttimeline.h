#pragma once

#include "history/historytypes.h"

#include <QUrl>
#include <QWidget>

/*!
 * \brief One subject's incident timeline over the range: the official incidents attributed to it as spans
 * coloured by impact, with the lead time written beside each, and our own detections on a thin lane above them.
 *
 * Incidents are packed greedily into lanes so that a span and its label never overlap the next one (a year can
 * hold 50 incidents). Hover shows an incident's title, times and updates; a click on one emits incidentClicked
 * with its shortlink.
 */
class IncidentTimeline : public QWidget {
    Q_OBJECT
public:
    struct Item {
        bool detection = false;
        QRect span; //!< the coloured span (at least a few pixels wide, so a short incident stays visible)
        QRect hit; //!< span plus label: what hover and click react to
        QString label; //!< name and lead time, as written (before eliding)
        QString toolTip;
        QUrl url;
        HealthState state = HealthState::Unknown;
    };

    explicit IncidentTimeline(QWidget* parent = nullptr);

    void setData(const QDateTime& from, const QDateTime& to, const QString& displayName,
                 const QVector<HistoryIncident>& incidents, const QVector<HistoryDetection>& detections);

    /*! \brief What is painted, laid out for the current width. */
    const QVector<Item>& items() const { return m_items; }
    int itemAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void incidentClicked(const QUrl& url);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    /*! \brief What does not depend on the width, made once per setData(): layout runs on every layout pass. */
    struct Prepared {
        QString label;
        QString toolTip;
        int labelWidth = 0;
        HealthState state = HealthState::Unknown;
        QUrl url;
    };
    void prepare();
    int layoutItems(int width, QVector<Item>* out) const;
    int xFor(const QDateTime& at, int width) const;

    QDateTime m_from;
    QDateTime m_to;
    QString m_displayName;
    QVector<HistoryIncident> m_incidents;
    QVector<HistoryDetection> m_detections;
    QVector<Prepared> m_prepared; //!< per incident, in m_incidents' order
    QStringList m_detectionTips; //!< per detection
    QVector<Item> m_items;
    mutable int m_heightWidth = -1; //!< the width m_height was computed for (heightForWidth is asked many times)
    mutable int m_height = 0;
};
