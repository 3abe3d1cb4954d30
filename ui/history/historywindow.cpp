#include "historywindow.h"

#include "historyexport.h"
#include "historytext.h"
#include "incidenttimeline.h"
#include "uptimestrip.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <exception>

namespace {
constexpr HistoryRange AllRanges[]
    = { HistoryRange::Day, HistoryRange::Week, HistoryRange::Month, HistoryRange::Quarter, HistoryRange::Year };
constexpr int LoadingPage = 0;
constexpr int MessagePage = 1;
constexpr int ChartPage = 2;
constexpr int ChartHeight = 150;

bool belongsTo(const HistoryIncident& inc, const HistorySubject& subject)
{
    if (inc.provider != subject.provider)
        return false;
    if (subject.kind == u"model")
        return inc.models.contains(subject.id);
    return inc.components.contains(subject.id) || inc.incident.componentIds.contains(subject.id);
}

// The smallest multiple of steps × (1, 2, 2.5 or 5 × 10^k) that is at least \a value.
qreal niceCeiling(qreal value, int steps)
{
    const qreal raw = value / steps;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (qreal m : { 1.0, 2.0, 2.5, 5.0, 10.0 })
        if (m * magnitude >= raw)
            return m * magnitude * steps;
    return raw * steps;
}

QDateTime middle(const HistoryBucket& b)
{
    return b.start.addMSecs(b.start.msecsTo(b.end) / 2);
}
} // namespace

struct HistoryWindow::Result {
    HistoryView view;
    QString error;
};

struct HistoryWindow::Row {
    HistorySubject subject;
    QWidget* box = nullptr;
    QLabel* title = nullptr;
    QLabel* detail = nullptr;
    UptimeStrip* strip = nullptr;
    QLabel* fromLabel = nullptr;
    QLabel* toLabel = nullptr;
    QChartView* chartView = nullptr;
    QLineSeries* p50 = nullptr;
    QLineSeries* p95 = nullptr;
    QDateTimeAxis* xAxis = nullptr;
    QValueAxis* yAxis = nullptr;
    QLabel* noLatency = nullptr;
    IncidentTimeline* timeline = nullptr;
};

HistoryWindow::HistoryWindow(HistoryLoader loader, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_loader(std::move(loader))
{
    setObjectName(QStringLiteral("historyWindow"));
    auto* outer = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    m_rangeButtons = new QButtonGroup(this);
    m_rangeButtons->setExclusive(true);
    for (HistoryRange r : AllRanges) {
        auto* button = new QPushButton(this);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("range-") + historyRangeKey(r));
        m_rangeButtons->addButton(button, int(r));
        bar->addWidget(button);
    }
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, [this](int id) { setRange(HistoryRange(id)); });
    m_loadingLabel = new QLabel(this);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    bar->addSpacing(12);
    bar->addWidget(m_loadingLabel);
    bar->addStretch(1);
    m_csvButton = new QPushButton(this);
    m_pngButton = new QPushButton(this);
    connect(m_csvButton, &QPushButton::clicked, this, &HistoryWindow::chooseCsv);
    connect(m_pngButton, &QPushButton::clicked, this, &HistoryWindow::choosePng);
    bar->addWidget(m_csvButton);
    bar->addWidget(m_pngButton);
    outer->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    outer->addWidget(m_summary);

    m_stack = new QStackedWidget(this);
    m_loadingPage = new QLabel(m_stack);
    m_loadingPage->setAlignment(Qt::AlignCenter);
    m_messagePage = new QLabel(m_stack);
    m_messagePage->setAlignment(Qt::AlignCenter);
    m_messagePage->setWordWrap(true);
    m_messagePage->setTextFormat(Qt::PlainText);
    m_messagePage->setMargin(24);
    m_scroll = new QScrollArea(m_stack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget;
    m_rowsLayout = new QVBoxLayout(m_content);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->addStretch(1);
    m_scroll->setWidget(m_content);
    m_stack->insertWidget(LoadingPage, m_loadingPage);
    m_stack->insertWidget(MessagePage, m_messagePage);
    m_stack->insertWidget(ChartPage, m_scroll);
    outer->addWidget(m_stack, 1);

    resize(900, 720);
    retranslate();
    setRange(m_range);
}

HistoryWindow::~HistoryWindow()
{
    // A load still running finishes on the pool; its watcher goes with this window, so nothing is delivered.
    qDeleteAll(m_rows);
}

void HistoryWindow::retranslate()
{
    setWindowTitle(tr("ModelPulse — History"));
    for (HistoryRange r : AllRanges)
        m_rangeButtons->button(int(r))->setText(HistoryText::rangeLabel(r));
    m_csvButton->setText(tr("Export CSV…"));
    m_pngButton->setText(tr("Export PNG…"));
    m_loadingLabel->setText(tr("Loading…"));
    m_loadingPage->setText(tr("Loading…"));
    if (m_haveView)
        showView();
}

void HistoryWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryWindow::setLoading(bool loading)
{
    m_loading = loading;
    m_loadingLabel->setVisible(loading);
    m_csvButton->setEnabled(!loading && m_haveView && m_error.isEmpty() && !m_view.empty());
    m_pngButton->setEnabled(!loading && m_haveView);
    // Before the first result there is nothing to keep on screen; after it, the old chart stays (dimmed by the
    // label above it) so a range switch does not flash an empty window.
    if (loading && !m_haveView)
        m_stack->setCurrentIndex(LoadingPage);
}

void HistoryWindow::setRange(HistoryRange range)
{
    m_range = range;
    m_rangeButtons->button(int(range))->setChecked(true);
    reload();
}

void HistoryWindow::reload()
{
    const quint64 generation = ++m_generation;
    setLoading(true);
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a later switch asked for another range: this answer is stale
        applyResult(watcher->result());
    });
    HistoryLoader loader = m_loader;
    const HistoryRange range = m_range;
    watcher->setFuture(QtConcurrent::run([loader, range]() -> Result {
        Result r;
        if (!loader) {
            r.error = tr("History is not available.");
            return r;
        }
        try {
            r.view = loader(range);
        } catch (const std::exception& e) {
            r.error = tr("Could not read the history: %1").arg(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            r.error = tr("Could not read the history.");
        }
        return r;
    }));
}

void HistoryWindow::applyResult(const Result& result)
{
    m_view = result.view;
    m_error = result.error;
    m_haveView = true;
    showView();
    setLoading(false);
    emit viewShown();
}

void HistoryWindow::showView()
{
    if (!m_error.isEmpty()) {
        m_summary->clear();
        m_messagePage->setText(m_error);
        m_stack->setCurrentIndex(MessagePage);
        return;
    }
    if (m_view.empty()) {
        m_summary->clear();
        m_messagePage->setText(tr("No history yet — ModelPulse records from now on; the official page's recent "
                                  "incidents are imported when it first reads the page."));
        m_stack->setCurrentIndex(MessagePage);
        return;
    }
    m_summary->setText(HistoryText::summary(m_view));
    bool same = m_rows.size() == m_view.series.size();
    for (int i = 0; same && i < m_rows.size(); ++i)
        same = m_rows[i]->subject == m_view.series[i].subject
            && m_rows[i]->subject.displayName == m_view.series[i].subject.displayName;
    if (!same)
        rebuildRows();
    for (int i = 0; i < m_rows.size(); ++i)
        fillRow(*m_rows[i], m_view.series[i]);
    m_stack->setCurrentIndex(ChartPage);
}

void HistoryWindow::rebuildRows()
{
    for (Row* row : qAsConst(m_rows))
        delete row->box;
    qDeleteAll(m_rows);
    m_rows.clear();
    for (const HistorySeries& s : qAsConst(m_view.series)) {
        auto* row = new Row;
        row->subject = s.subject;
        row->box = new QFrame(m_content);
        static_cast<QFrame*>(row->box)->setFrameShape(QFrame::StyledPanel);
        auto* v = new QVBoxLayout(row->box);
        v->setSpacing(4);
        auto* head = new QHBoxLayout;
        row->title = new QLabel(row->box);
        row->title->setTextFormat(Qt::PlainText);
        QFont bold = row->title->font();
        bold.setBold(true);
        row->title->setFont(bold);
        row->detail = new QLabel(row->box);
        row->detail->setTextFormat(Qt::PlainText);
        head->addWidget(row->title);
        head->addSpacing(8);
        head->addWidget(row->detail, 1);
        v->addLayout(head);
        row->strip = new UptimeStrip(row->box);
        v->addWidget(row->strip);
        auto* axis = new QHBoxLayout;
        row->fromLabel = new QLabel(row->box);
        row->toLabel = new QLabel(row->box);
        for (QLabel* l : { row->fromLabel, row->toLabel }) {
            QFont small = l->font();
            small.setPointSizeF(small.pointSizeF() * 0.85);
            l->setFont(small);
            l->setForegroundRole(QPalette::PlaceholderText);
        }
        axis->addWidget(row->fromLabel);
        axis->addStretch(1);
        axis->addWidget(row->toLabel);
        v->addLayout(axis);
        row->noLatency = new QLabel(row->box);
        row->noLatency->setForegroundRole(QPalette::PlaceholderText);
        v->addWidget(row->noLatency);
        row->timeline = new IncidentTimeline(row->box);
        connect(row->timeline, &IncidentTimeline::incidentClicked, this, &HistoryWindow::openUrlRequested);
        v->addWidget(row->timeline);
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row->box);
        m_rows << row;
    }
}

void HistoryWindow::fillRow(Row& row, const HistorySeries& s)
{
    row.title->setText(s.subject.displayName.isEmpty() ? s.subject.id : s.subject.displayName);
    int incidents = s.incidents;
    QVector<HistoryIncident> mine;
    for (const HistoryIncident& inc : qAsConst(m_view.incidents))
        if (belongsTo(inc, s.subject))
            mine << inc;
    if (incidents <= 0)
        incidents = int(mine.size());
    row.detail->setText(tr("own %1 · official %2 · incidents %3")
                            .arg(HistoryText::percent(s.availabilityOwn), HistoryText::percent(s.availabilityOfficial),
                                 QLocale().toString(incidents)));
    row.strip->setSeries(s.subject, s.buckets);
    const QLocale locale;
    row.fromLabel->setText(locale.toString(m_view.from.toLocalTime(), QLocale::ShortFormat));
    row.toLabel->setText(locale.toString(m_view.to.toLocalTime(), QLocale::ShortFormat));

    // The points go in with one replace() per line: appending point by point into a live chart re-lays it out
    // each time (TESTENV: 100k appends ~54 s, replace ~5 ms).
    QList<QPointF> p50;
    QList<QPointF> p95;
    qint64 maxMs = 0;
    for (const HistoryBucket& b : s.buckets) {
        const qreal x = qreal(middle(b).toMSecsSinceEpoch());
        if (b.p50Ms >= 0)
            p50 << QPointF(x, qreal(b.p50Ms));
        if (b.p95Ms >= 0)
            p95 << QPointF(x, qreal(b.p95Ms));
        maxMs = qMax(maxMs, qMax(b.p50Ms, b.p95Ms));
    }
    const bool hasLatency = !p50.isEmpty() || !p95.isEmpty();
    if (hasLatency && !row.chartView) {
        auto* chart = new QChart;
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setBackgroundRoundness(0);
        // Legend on the right: on top it takes a third of the plot's height.
        chart->legend()->setAlignment(Qt::AlignRight);
        row.p50 = new QLineSeries(chart);
        row.p95 = new QLineSeries(chart);
        row.p50->setPen(QPen(QColor(0x1f, 0x5f, 0x99), 2));
        // Dashed as well as a different colour: the two lines stay apart in grey scale.
        row.p95->setPen(QPen(QColor(0x8e, 0x44, 0xad), 2, Qt::DashLine));
        chart->addSeries(row.p50);
        chart->addSeries(row.p95);
        row.xAxis = new QDateTimeAxis(chart);
        row.yAxis = new QValueAxis(chart);
        row.yAxis->setLabelFormat(QStringLiteral("%d"));
        row.yAxis->setMin(0);
        chart->addAxis(row.xAxis, Qt::AlignBottom);
        chart->addAxis(row.yAxis, Qt::AlignLeft);
        for (QLineSeries* line : { row.p50, row.p95 }) {
            line->attachAxis(row.xAxis);
            line->attachAxis(row.yAxis);
        }
        row.chartView = new QChartView(chart, row.box);
        row.chartView->setRenderHint(QPainter::Antialiasing);
        row.chartView->setFixedHeight(ChartHeight);
        auto* v = static_cast<QVBoxLayout*>(row.box->layout());
        v->insertWidget(v->indexOf(row.noLatency), row.chartView);
    }
    if (row.chartView) {
        row.p50->setName(tr("p50"));
        row.p95->setName(tr("p95"));
        row.p50->replace(p50);
        row.p95->replace(p95);
        row.xAxis->setRange(m_view.from.toLocalTime(), m_view.to.toLocalTime());
        // QDateTimeAxis formats with English month names; the format itself is translated ("M월 d일").
        row.xAxis->setFormat(m_view.range == HistoryRange::Day ? tr("HH:mm") : tr("MMM d"));
        row.xAxis->setTickCount(m_view.range == HistoryRange::Day ? 7 : 8);
        // Four round steps (0, 1000, 2000 …, not 0, 1031, 2063 …). Not applyNiceNumbers(): it picks up to 7 ticks,
        // and 7 labels do not fit 150 px, so the chart elides them all to "…".
        row.yAxis->setRange(0, niceCeiling(qMax<qreal>(100, maxMs * 1.05), 4));
        row.yAxis->setTickCount(5);
        row.yAxis->setTitleText(tr("ms"));
        row.chartView->setVisible(hasLatency);
    }
    row.noLatency->setText(s.subject.kind == u"model" ? tr("No probe latency in this range")
                                                      : tr("Official status only (services are not probed)"));
    row.noLatency->setVisible(!hasLatency);

    QVector<HistoryDetection> detections;
    for (const HistoryDetection& d : qAsConst(m_view.detections))
        if (s.subject.kind == u"model" && d.provider == s.subject.provider && d.modelId == s.subject.id)
            detections << d;
    row.timeline->setData(m_view.from, m_view.to, row.title->text(), mine, detections);
}

QString HistoryWindow::summaryText() const
{
    return m_summary->text();
}

QString HistoryWindow::messageText() const
{
    return m_stack->currentIndex() == MessagePage ? m_messagePage->text() : QString();
}

QString HistoryWindow::loadingText() const
{
    if (!m_loading)
        return {};
    return m_stack->currentIndex() == LoadingPage ? m_loadingPage->text() : m_loadingLabel->text();
}

QString HistoryWindow::rowTitle(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row]->title->text() : QString();
}

UptimeStrip* HistoryWindow::strip(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row]->strip : nullptr;
}

IncidentTimeline* HistoryWindow::timeline(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row]->timeline : nullptr;
}

QLineSeries* HistoryWindow::p50Series(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row]->chartView && m_rows[row]->chartView->isVisibleTo(this)
        ? m_rows[row]->p50
        : nullptr;
}

QLineSeries* HistoryWindow::p95Series(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row]->chartView && m_rows[row]->chartView->isVisibleTo(this)
        ? m_rows[row]->p95
        : nullptr;
}

QChartView* HistoryWindow::chartView(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row]->chartView : nullptr;
}

bool HistoryWindow::exportCsv(const QString& path, QString* error) const
{
    return HistoryExport::writeCsv(m_view, path, error);
}

bool HistoryWindow::exportPng(const QString& path) const
{
    return const_cast<HistoryWindow*>(this)->grab().save(path, "PNG");
}

void HistoryWindow::chooseCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = dir + QStringLiteral("/modelpulse-history-") + historyRangeKey(m_range) + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1: %2").arg(path, error));
}

void HistoryWindow::choosePng()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested
        = dir + QStringLiteral("/modelpulse-history-") + historyRangeKey(m_range) + QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportPng(path))
        QMessageBox::warning(this, tr("Export PNG"), tr("Could not write %1.").arg(path));
}

HistoryWindow* openHistoryWindow(HistoryLoader loader, QWidget* parent)
{
    static QPointer<HistoryWindow> window;
    if (window) {
        window->reload();
    } else {
        window = new HistoryWindow(std::move(loader), parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}
