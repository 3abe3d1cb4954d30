#include "oncerunner.h"

#include "health/healthevaluator.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace {
const QUrl kMirror(QStringLiteral("https://anthropic.statuspage.io"));
}

OnceRunner::OnceRunner(AppOptions options, QNetworkAccessManager* nam, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(nam)
    , m_clock(clock)
    , m_fetcher(nam, FetchLimits{m_options.timeoutMs, 5 * 1024 * 1024})
{
    connect(&m_fetcher, &FeedFetcher::finished, this, &OnceRunner::onFeedFetched);
    for (const QString& id : m_options.models)
        m_models.append(modelInfoFromId(id));
    if (m_models.isEmpty())
        m_models = builtinModels();
}

void OnceRunner::start()
{
    m_feed.url = m_options.statusUrl;
    m_feed.lastAttempt = m_clock->now();
    m_fetcher.fetch(m_options.statusUrl);
}

void OnceRunner::onFeedFetched(const FetchResult& result)
{
    m_feed.url = result.url;
    if (result.kind == FetchResult::Kind::Failed) {
        ++m_feed.consecutiveFailures;
        m_feed.lastError = result.error;
        // The same page is served at anthropic.statuspage.io; only for the default URL (an explicit URL means "this one").
        if (!m_options.statusUrlGiven && !m_triedMirror) {
            m_triedMirror = true;
            m_fetcher.fetch(kMirror);
            return;
        }
    } else {
        m_feed.consecutiveFailures = 0;
        m_feed.lastError.clear();
        m_feed.lastSuccess = m_clock->now();
        m_feed.summary = result.summary;
    }
    m_feedDone = true;
    finish();
}

void OnceRunner::finish()
{
    if (!m_feedDone)
        return;
    EvaluatorInput input;
    input.feed = m_feed;
    input.models = m_models;
    input.probesEnabled = false;
    input.probesDisabledReason = m_options.noProbes
        ? QCoreApplication::translate("OnceRunner", "--no-probes was given")
        : QCoreApplication::translate("OnceRunner", "model probes are not available in this version");
    input.connectivity = {m_feed.summary ? Connectivity::Online : Connectivity::Unknown, {}};
    input.now = m_clock->now();
    emit finished(HealthEvaluator::evaluate(input));
}
