#pragma once

#include "traymenurow.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTimer;
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
    /*!
     * \brief The answer first: \a headline ("Opus failing for 3 min") as the title, \a freshness ("checked 20 s ago
     * · next in 40 s", "checking…") under it; \a demo says it is the demo.
     */
    void setHeadline(const QString& headline, const QString& freshness, bool demo);
    QString headlineText() const;
    QString freshnessText() const;
    /*! \brief While the popup is shown, asks for a fresh headline every second (ages and countdowns move). */
    void setTick(std::function<void()> tick) { m_tick = std::move(tick); }
    StatusRowsView* rowsView() const { return m_view; }
    /*! \brief Builds the rows set while hidden (they are only stored until then), then shows or hides. */
    void setVisible(bool visible) override;
    /*! \brief Shows the popup next to \a anchor (the tray icon's geometry; the cursor when it is empty). */
    void showNear(const QRect& anchor);

signals:
    void rowActivated(const TrayMenuRow& row);
    void muteRequested(const TrayMenuRow& row, bool mute);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    void fitToScreen();

    QLabel* m_demo;
    QLabel* m_title;
    QLabel* m_freshness;
    StatusRowsView* m_view;
    QTimer* m_ticker;
    std::function<void()> m_tick;
    QRect m_anchor;
};
