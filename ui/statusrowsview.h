#pragma once

#include "traymenurow.h"

#include <QWidget>

class QVBoxLayout;
class TrayIconPainter;

/*!
 * \brief Renders TrayMenuRows as a column of labels and flat buttons: the body of the status popup and of
 * the fallback window, so both show exactly what the tray menu shows.
 *
 * Rows set while the view is hidden are only stored; the widgets are built when the view is visible, or when
 * the window showing it calls ensureBuilt() before it is shown (a hidden popup costs nothing per snapshot).
 */
class StatusRowsView : public QWidget {
    Q_OBJECT
public:
    explicit StatusRowsView(TrayIconPainter* painter, QWidget* parent = nullptr);

    void setRows(const QVector<TrayMenuRow>& rows);
    QVector<TrayMenuRow> rows() const { return m_rows; }
    /*! \brief Builds the row widgets if rows were set since the last build. */
    void ensureBuilt();

signals:
    /*! \brief The row's context menu: mute (\a mute true) or unmute the notifications of its model or service. */
    void muteRequested(const TrayMenuRow& row, bool mute);
    void rowActivated(const TrayMenuRow& row);

private:
    QWidget* widgetFor(const TrayMenuRow& row);

    TrayIconPainter* m_painter;
    QVBoxLayout* m_layout;
    QVector<TrayMenuRow> m_rows;
    bool m_built = false;
};
