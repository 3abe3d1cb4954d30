#pragma once

#include "feedfetcher.h"
#include "feedstate.h"
#include "providers/providerprofile.h"

#include <QObject>

#include <functional>
#include <memory>
#include <random>

class Clock;
class ClockTimer;

/*! \brief Anthropic's page and the same page on Atlassian's own domain (served when status.claude.com is not). */
namespace StatusPages {
inline QUrl official()
{
    return Providers::anthropic().statusUrl;
}
inline QUrl mirror()
{
    return Providers::anthropic().statusMirror;
}
/*! \brief The mirror of \a primary: only the official page has one. */
inline QUrl mirrorFor(const QUrl& primary)
{
    return Providers::anthropic().mirrorFor(primary);
}
} // namespace StatusPages

/*! \brief Polling policy of the official feed. */
struct StatuspageClientConfig {
    QUrl primary = StatusPages::official();
    QUrl mirror = StatusPages::mirror(); //!< empty: no mirror
    int pollIntervalSec = 60;
    double jitter = 0.10; //!< ±10 % so many clients don't poll in lockstep
    int maxBackoffSec = 15 * 60;
    int failuresBeforeMirror = 3;
    int primaryRetryEvery = 5; //!< while on the mirror, try the primary again every Nth poll
    FetchLimits limits;
};

/*!
 * \brief Delay before the next poll: the interval with jitter after a success; exponential backoff
 * (interval × 2^(failures-1), capped) after failures; never earlier than Retry-After.
 * \a unitRandom is in [0,1) and picks the jitter.
 */
int nextPollDelayMs(const StatuspageClientConfig& config, int consecutiveFailures, std::optional<int> retryAfterSec,
                    double unitRandom);

/*!
 * \brief Polls `summary.json` with one re-armed single-shot timer (never piles up requests, costs nothing
 * between polls), conditional requests, backoff and the mirror fallback; publishes a FeedState.
 */
class StatuspageClient : public QObject {
    Q_OBJECT
public:
    StatuspageClient(StatuspageClientConfig config, QNetworkAccessManager* nam, const Clock* clock,
                     QObject* parent = nullptr);
    ~StatuspageClient() override;

    void start(); //!< fetch now, then keep polling
    /*!
     * \brief One check (`--once`): fetch now and, when the primary fails and there is a mirror, the mirror right
     * away; then onceFinished(). Nothing is scheduled afterwards.
     */
    void fetchOnce();
    void stop();
    void fetchNow(); //!< "Refresh now": poll immediately (keeps one request in flight at most)
    /*! \brief A new poll interval takes effect from the next poll. */
    void setPollIntervalSec(int seconds);
    /*! \brief Another page (settings changed): forgets validators and failures of the old one and polls now. */
    void setUrls(const QUrl& primary, const QUrl& mirror);
    const FeedState& state() const { return m_state; }
    bool isFetching() const { return m_fetcher.isRunning(); }
    /*! \brief The base URL the next request goes to (primary, or the mirror after repeated failures). */
    QUrl nextUrl() const;
    /*! \brief Milliseconds until the next scheduled poll, -1 when none is scheduled. */
    int msUntilNextPoll() const;
    void setRandomSource(std::function<double()> unitRandom) { m_random = std::move(unitRandom); }

signals:
    /*! \brief After every attempt (success, 304 or failure). */
    void updated(const FeedState& state);
    /*! \brief fetchOnce() is done: the primary answered, or the mirror was asked too. */
    void onceFinished(const FeedState& state);

private:
    void onFetched(const FetchResult& result);
    void schedule(std::optional<int> retryAfterSec);

    StatuspageClientConfig m_config;
    const Clock* m_clock;
    FeedFetcher m_fetcher;
    std::unique_ptr<ClockTimer> m_timer;
    FeedState m_state;
    int m_primaryFailures = 0;
    int m_pollsWhilePrimaryDown = 0;
    QByteArray m_etag;
    QByteArray m_lastModified;
    QUrl m_validatorsFor;
    std::function<double()> m_random;
    bool m_running = false;
    bool m_once = false; //!< fetchOnce() in progress
    bool m_onceMirrorTried = false;
    bool m_forceMirror = false; //!< the next request goes to the mirror (fetchOnce fallback)
};
