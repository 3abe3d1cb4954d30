#include "historyrecorder.h"

#include "health/snapshotjson.h"
#include "historystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

/*! \brief Lives on the recorder's thread: owns the connection, batches rows, commits them together. */
class HistoryWriter : public QObject {
    Q_OBJECT
public:
    HistoryWriter(QString path, int flushMs)
        : m_path(std::move(path))
        , m_flushMs(flushMs)
    {
    }

    void openStore()
    {
        m_store = std::make_unique<HistoryStore>(m_path);
        QString error;
        if (!m_store->open(&error)) {
            m_store.reset();
            emit unavailable(error);
        } else {
            m_store->setCacheSizeKiB(256); // appends and small reads; the chart's reader has its own connection
        }
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &HistoryWriter::flush);
    }

    void enqueue(std::function<void(HistoryStore&)> write)
    {
        m_pending.push_back(std::move(write));
        if (m_pending.size() >= 500)
            flush();
        else if (!m_timer->isActive())
            m_timer->start(m_flushMs);
    }

    void flush()
    {
        if (m_timer)
            m_timer->stop();
        if (m_pending.empty())
            return;
        auto batch = std::move(m_pending);
        m_pending.clear();
        if (!m_store)
            return; // no history this session: rows are dropped, the app said why once
        m_store->begin();
        for (auto& write : batch)
            write(*m_store);
        m_store->commit();
        batch.clear(); // the captured rows go before the memory is trimmed
        m_store->releaseMemory();
        emit written();
    }

    void close()
    {
        flush();
        m_store.reset();
    }

signals:
    void unavailable(const QString& reason);
    void written();

private:
    QString m_path;
    int m_flushMs;
    std::unique_ptr<HistoryStore> m_store;
    QTimer* m_timer = nullptr;
    std::vector<std::function<void(HistoryStore&)>> m_pending;
};

HistoryRecorder::HistoryRecorder(const QString& path, int flushIntervalMs, QObject* parent)
    : QObject(parent)
    , m_writer(new HistoryWriter(path, flushIntervalMs))
{
    m_thread.setObjectName(QStringLiteral("modelpulse-history"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &HistoryWriter::unavailable, this, &HistoryRecorder::unavailable);
    connect(m_writer, &HistoryWriter::written, this, &HistoryRecorder::written);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::openStore, Qt::QueuedConnection);
}

HistoryRecorder::~HistoryRecorder()
{
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HistoryRecorder::recordProbe(const QString& provider, const ProbeResult& result)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, provider, result] {
        w->enqueue([provider, result](HistoryStore& s) { s.addSample(provider, result); });
    });
}

void HistoryRecorder::recordSnapshot(const HealthSnapshot& snapshot, const QVector<Transition>& transitions)
{
    // The page's side of the snapshot (indicator, components, incidents, maintenances), stored when it changes: what
    // the page said, not what we made of it. Fetch times and our models are left out so an unchanged page dedups.
    QByteArray page;
    if (snapshot.feed.ok) {
        QJsonObject o = SnapshotJson::providerToJson(snapshot);
        for (const char* volatileKey :
             { "models", "overall", "connectivity", "connectivity_reason", "connectivity_reason_code" })
            o.remove(QLatin1String(volatileKey));
        QJsonObject feed = o.value(QLatin1String("feed")).toObject();
        feed.remove(QLatin1String("fetched_at"));
        o.insert(QLatin1String("feed"), feed);
        page = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    // Most snapshots change only our side (a probe): the page's rows are rewritten only when the page changed.
    const bool pageChanged = !page.isEmpty() && page != m_lastPage.value(snapshot.provider);
    if (pageChanged)
        m_lastPage.insert(snapshot.provider, page);
    else
        page.clear();
    QMetaObject::invokeMethod(m_writer, [w = m_writer, snapshot, transitions, page] {
        w->enqueue([snapshot, transitions, page](HistoryStore& s) {
            if (!page.isEmpty())
                s.addFeedSnapshot(snapshot.provider, snapshot.generatedAt, page);
            s.addTransitions(transitions);
            if (page.isEmpty())
                return; // the page said nothing new: its rows are as last written
            // Incidents as the page shows them now (every update so far); a resolved one keeps its last rows and
            // gets its resolution from the next incidents.json import.
            for (const IncidentHealth& ih : snapshot.incidents)
                s.upsertIncident(snapshot.provider, ih.incident, ih.modelIds);
            for (const Incident& m : snapshot.maintenances)
                s.upsertMaintenance(snapshot.provider, m);
            if (!snapshot.components.isEmpty())
                s.upsertComponents(snapshot.provider, snapshot.components);
        });
    });
}

void HistoryRecorder::importIncidents(const QString& provider, const QVector<Incident>& incidents,
                                      const QVector<ModelInfo>& models)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, provider, incidents, models] {
        w->enqueue([provider, incidents, models](HistoryStore& s) { s.importIncidents(provider, incidents, models); });
        w->flush();
    });
}

void HistoryRecorder::addCost(const QString& provider, const CostCounters& increment)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, provider, increment] {
        w->enqueue([provider, increment](HistoryStore& s) { s.addCost(provider, increment); });
    });
}

void HistoryRecorder::saveLedger(const QHash<QString, QString>& ledger, const QDateTime& at)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, ledger, at] {
        w->enqueue([ledger, at](HistoryStore& s) {
            const QHash<QString, QString> stored = s.ledger();
            for (auto it = stored.cbegin(); it != stored.cend(); ++it)
                if (!ledger.contains(it.key()))
                    s.removeLedger(it.key());
            for (auto it = ledger.cbegin(); it != ledger.cend(); ++it)
                if (stored.value(it.key()) != it.value())
                    s.setLedger(it.key(), it.value(), at);
        });
    });
}

void HistoryRecorder::prune(const QDateTime& before)
{
    QMetaObject::invokeMethod(m_writer,
                              [w = m_writer, before] { w->enqueue([before](HistoryStore& s) { s.prune(before); }); });
}

void HistoryRecorder::flush()
{
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::flush, Qt::BlockingQueuedConnection);
}

#include "historyrecorder.moc"
