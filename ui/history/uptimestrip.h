#pragma once

#include "history/historytypes.h"
#include "trayiconpainter.h"

#include <QWidget>

/*!
 * \brief The status-page bar strip: one bar per bucket, coloured by its worst state.
 *
 * Painted by hand (90 rectangles are far cheaper than a chart). Colours and shapes are the tray icon's
 * (TrayIconPainter): a bar wide enough for a legible glyph carries the tray shape of its state at its foot, so the
 * strip reads without colour too. Hover shows the bucket's numbers.
 */
class UptimeStrip : public QWidget {
    Q_OBJECT
public:
    explicit UptimeStrip(QWidget* parent = nullptr);

    void setSeries(const HistorySubject& subject, const QVector<HistoryBucket>& buckets);

    int barCount() const { return int(m_buckets.size()); }
    /*! \brief Where bar \a index is painted, in widget coordinates. */
    QRect barRect(int index) const;
    /*! \brief Whether bars are wide enough to carry their shape. */
    bool showsShapes() const;
    /*! \brief The tooltip of bar \a index (what hovering it shows). */
    QString barToolTip(int index) const;
    int barAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    //! Bars narrower than this carry colour only.
    static constexpr int MinShapeWidth = 12;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    HistorySubject m_subject;
    QVector<HistoryBucket> m_buckets;
    TrayIconPainter m_icons; //!< caches one rendering per state and size across repaints
};
