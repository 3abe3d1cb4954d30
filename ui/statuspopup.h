#pragma once

#include "traymenurow.h"

#include <QWidget>

class QLabel;
class StatusRowsView;
class TrayIconPainter;

/*!
 * \brief The compact status popup a left click on the tray icon opens: the same rows as the menu, with icons.
 *
 * A frameless Qt::Popup: it closes when it loses focus (a click elsewhere) and on Esc.
 */
class StatusPopup : public QWidget {
    Q_OBJECT
public:
    explicit StatusPopup(TrayIconPainter* painter, QWidget* parent = nullptr);

    void setRows(const QVector<TrayMenuRow>& rows);
    StatusRowsView* rowsView() const { return m_view; }
    /*! \brief Builds the rows set while hidden (they are only stored until then), then shows or hides. */
    void setVisible(bool visible) override;
    /*! \brief Shows the popup next to \a anchor (the tray icon's geometry; the cursor when it is empty). */
    void showNear(const QRect& anchor);

signals:
    void rowActivated(const TrayMenuRow& row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    StatusRowsView* m_view;
};
