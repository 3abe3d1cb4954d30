#pragma once

#include "history/historytypes.h"
#include "historymodule.h" // HistoryLoader

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QButtonGroup;
class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;
class IncidentTimeline;
class UptimeStrip;

/*!
 * \brief "ModelPulse — History": per watched model and service an uptime bar strip, a p50/p95 latency chart and
 * an incident timeline with lead times, under a summary line and the range buttons 24 h … 1 y.
 *
 * Never blocks the GUI thread: every range switch runs the loader on the thread pool, shows "Loading…" meanwhile
 * and drops a result that comes back for a range no longer asked for. Rows are rebuilt only when the list of
 * subjects changes; otherwise a switch updates the existing strips, series (QLineSeries::replace, one call per
 * line) and timelines in place.
 */
class HistoryWindow : public QWidget {
    Q_OBJECT
public:
    explicit HistoryWindow(HistoryLoader loader, QWidget* parent = nullptr);
    ~HistoryWindow() override;

    HistoryRange range() const { return m_range; }
    /*! \brief True from a range switch until its result is shown. */
    bool isLoading() const { return m_loading; }
    /*! \brief The view on screen (what the exports write); empty before the first result. */
    const HistoryView& view() const { return m_view; }

    /*! \brief The summary line's text as shown. */
    QString summaryText() const;
    /*! \brief The message shown instead of the chart (empty history, a loader error); empty when the chart shows. */
    QString messageText() const;
    /*! \brief The "Loading…" text when it is visible, else empty. */
    QString loadingText() const;

    /*! \brief Rows on screen, in the view's order (watched models first, then services). */
    int rowCount() const { return int(m_rows.size()); }
    QString rowTitle(int row) const;
    UptimeStrip* strip(int row) const;
    IncidentTimeline* timeline(int row) const;
    /*! \brief The p50 / p95 lines of a row; null for a row with no latency in range (e.g. a service). */
    QLineSeries* p50Series(int row) const;
    QLineSeries* p95Series(int row) const;
    QChartView* chartView(int row) const;

    /*! \brief Writes the visible range as CSV (see HistoryExport for the two files and their columns). */
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    /*! \brief Saves a grab of the window as PNG. */
    bool exportPng(const QString& path) const;

public slots:
    void setRange(HistoryRange range);
    /*! \brief Runs the loader again for the current range (e.g. when the window is brought up again). */
    void reload();

signals:
    /*! \brief A click on an incident: its page (shortlink). */
    void openUrlRequested(const QUrl& url);
    /*! \brief A result was put on screen (the chart, or the empty/error message). */
    void viewShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row;
    struct Result;

    void retranslate();
    void applyResult(const Result& result);
    void showView();
    void rebuildRows();
    void fillRow(Row& row, const HistorySeries& series);
    void setLoading(bool loading);
    void chooseCsv();
    void choosePng();

    HistoryLoader m_loader;
    HistoryRange m_range = HistoryRange::Week;
    quint64 m_generation = 0; //!< bumped per request; a result from an older request is dropped
    bool m_loading = false;
    bool m_haveView = false;
    HistoryView m_view;
    QString m_error;

    QButtonGroup* m_rangeButtons = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_pngButton = nullptr;
    QLabel* m_loadingLabel = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_loadingPage = nullptr;
    QLabel* m_messagePage = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
    QVector<Row*> m_rows;
};

/*!
 * \brief Opens the one history window, creating it (and with it every chart) on first use: until then the tray
 * pays nothing for it. The window deletes itself when closed, so a closed window frees its charts too; the next
 * call creates a new one. A call while it is open raises it and reloads the current range.
 */
HistoryWindow* openHistoryWindow(HistoryLoader loader, QWidget* parent = nullptr);
