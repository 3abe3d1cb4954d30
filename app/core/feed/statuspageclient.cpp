#include "statuspageclient.h"

#include "util/clock.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

int nextPollDelayMs(const StatuspageClientConfig& config, int consecutiveFailures, std::optional<int> retryAfterSec,
                    double unitRandom)
{
    const double interval = std::max(1, config.pollIntervalSec) * 1000.0;
    double delay = interval;
    if (consecutiveFailures > 0) {
        const int exponent = std::min(consecutiveFailures - 1, 20);
        delay = std::min(interval * std::pow(2.0, exponent), config.maxBackoffSec * 1000.0);
    }
    delay *= 1.0 + config.jitter * (2.0 * std::clamp(unitRandom, 0.0, 1.0) - 1.0);
    if (retryAfterSec)
        delay = std::max(delay, *retryAfterSec * 1000.0);
    return int(std::min(delay, double(std::numeric_limits<int>::max())));
}

StatuspageClient::StatuspageClient(StatuspageClientConfig config, QNetworkAccessManager* nam, const Clock* clock,
                                   QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_fetcher(nam, m_config.limits)
    , m_timer(clock->createTimer(this))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_state.url = m_config.primary;
    m_state.pollIntervalSec = m_config.pollIntervalSec;
    connect(m_timer.get(), &ClockTimer::timeout, this, &StatuspageClient::fetchNow);
    connect(&m_fetcher, &FeedFetcher::finished, this, &StatuspageClient::onFetched);
}

StatuspageClient::~StatuspageClient() = default;

int StatuspageClient::msUntilNextPoll() const
{
    return m_timer->isActive() ? int(m_timer->remainingMs()) : -1;
}

void StatuspageClient::fetchOnce()
{
    m_running = false;
    m_once = true;
    m_onceMirrorTried = false;
    m_timer->stop();
    m_fetcher.abort();
    fetchNow();
}

void StatuspageClient::start()
{
    m_running = true;
    fetchNow();
}

void StatuspageClient::stop()
{
    m_running = false;
    m_once = false;
    m_timer->stop();
    m_fetcher.abort();
}

QUrl StatuspageClient::nextUrl() const
{
    // While the primary is down, every primaryRetryEvery-th poll still goes to it so its recovery is noticed.
    if (m_forceMirror && !m_config.mirror.isEmpty())
        return m_config.mirror;
    const bool useMirror = !m_config.mirror.isEmpty() && m_primaryFailures >= m_config.failuresBeforeMirror
        && (m_config.primaryRetryEvery <= 0 || (m_pollsWhilePrimaryDown + 1) % m_config.primaryRetryEvery != 0);
    return useMirror ? m_config.mirror : m_config.primary;
}

void StatuspageClient::setPollIntervalSec(int seconds)
{
    m_config.pollIntervalSec = std::max(1, seconds);
    m_state.pollIntervalSec = m_config.pollIntervalSec;
    if (m_timer->isActive())
        schedule(std::nullopt);
}

void StatuspageClient::setUrls(const QUrl& primary, const QUrl& mirror)
{
    if (primary == m_config.primary && mirror == m_config.mirror)
        return;
    m_config.primary = primary;
    m_config.mirror = mirror;
    m_fetcher.abort();
    m_etag.clear();
    m_lastModified.clear();
    m_validatorsFor = QUrl();
    m_primaryFailures = 0;
    m_pollsWhilePrimaryDown = 0;
    // The old page's summary says nothing about the new one.
    m_state = FeedState();
    m_state.url = primary;
    m_state.pollIntervalSec = m_config.pollIntervalSec;
    if (m_running)
        fetchNow();
}

void StatuspageClient::fetchNow()
{
    if (m_fetcher.isRunning())
        return;
    m_timer->stop();
    const QUrl url = nextUrl();
    m_forceMirror = false;
    if (m_primaryFailures >= m_config.failuresBeforeMirror)
        ++m_pollsWhilePrimaryDown;
    // Validators belong to the host that issued them.
    const bool sameHost = url == m_validatorsFor;
    m_state.lastAttempt = m_clock->now();
    m_fetcher.fetch(url, sameHost ? m_etag : QByteArray(), sameHost ? m_lastModified : QByteArray());
}

void StatuspageClient::onFetched(const FetchResult& result)
{
    const bool fromPrimary = result.url == m_config.primary;
    m_state.url = result.url;
    m_state.lastHttpStatus = result.httpStatus;
    if (result.kind == FetchResult::Kind::Failed) {
        ++m_state.consecutiveFailures;
        m_state.lastError = result.error;
        if (fromPrimary)
            ++m_primaryFailures;
    } else {
        if (fromPrimary) {
            m_primaryFailures = 0;
            m_pollsWhilePrimaryDown = 0;
        }
        m_state.consecutiveFailures = 0;
        m_state.lastError = Reason();
        m_state.lastSuccess = m_clock->now();
        if (result.kind == FetchResult::Kind::Ok) {
            m_state.summary = result.summary;
            m_etag = result.etag;
            m_lastModified = result.lastModified;
            m_validatorsFor = result.url;
        }
        // NotModified: the summary we hold is confirmed current.
    }
    emit updated(m_state);
    if (m_once) {
        // --once: an unusable primary falls back to the mirror at once (the same page, DESIGN.md).
        if (result.kind == FetchResult::Kind::Failed && fromPrimary && !m_config.mirror.isEmpty()
            && !m_onceMirrorTried) {
            m_onceMirrorTried = true;
            m_forceMirror = true;
            fetchNow();
            return;
        }
        m_once = false;
        emit onceFinished(m_state);
        return;
    }
    if (m_running)
        schedule(result.retryAfterSec);
}

void StatuspageClient::schedule(std::optional<int> retryAfterSec)
{
    m_timer->start(nextPollDelayMs(m_config, m_state.consecutiveFailures, retryAfterSec, m_random()));
}
