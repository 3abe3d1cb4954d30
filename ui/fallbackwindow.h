#pragma once

#include "traymenurow.h"

#include <QWidget>

class QLabel;
class StatusRowsView;
class TrayIconPainter;

/*!
 * \brief Shown instead of the tray icon when there is no tray host (GNOME without the extension, some Wayland
 * sessions): the same rows as the menu, plus a line saying why this window exists. Closing it only hides it.
 */
class FallbackWindow : public QWidget {
    Q_OBJECT
public:
    explicit FallbackWindow(TrayIconPainter* painter, QWidget* parent = nullptr);

    void setRows(const QVector<TrayMenuRow>& rows);
    StatusRowsView* rowsView() const { return m_view; }
    /*! \brief Builds the rows set while hidden (they are only stored until then), then shows or hides. */
    void setVisible(bool visible) override;

signals:
    void rowActivated(const TrayMenuRow& row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_notice;
    StatusRowsView* m_view;
};
