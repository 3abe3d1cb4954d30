#pragma once

#include "feed/feedfetcher.h"
#include "feed/feedstate.h"
#include "health/healthsnapshot.h"
#include "health/modelinfo.h"
#include "options.h"

#include <QObject>

class Clock;
class QNetworkAccessManager;

/*!
 * \brief One headless check (`--once`): one feed fetch (falling back to the mirror for the default URL),
 * one probe round, one evaluation. Emits finished() with the snapshot exactly once.
 */
class OnceRunner : public QObject {
    Q_OBJECT
public:
    OnceRunner(AppOptions options, QNetworkAccessManager* nam, const Clock* clock, QObject* parent = nullptr);
    void start();

signals:
    void finished(const HealthSnapshot& snapshot);

private:
    void onFeedFetched(const FetchResult& result);
    void finish();

    AppOptions m_options;
    QNetworkAccessManager* m_nam;
    const Clock* m_clock;
    FeedFetcher m_fetcher;
    FeedState m_feed;
    QVector<ModelInfo> m_models;
    bool m_triedMirror = false;
    bool m_feedDone = false;
};
