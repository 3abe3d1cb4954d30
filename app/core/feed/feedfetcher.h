#pragma once

#include "health/reason.h"
#include "statuspagetypes.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class Clock;

/*! \brief Outcome of one `summary.json` request. */
struct FetchResult {
    enum class Kind { Ok, NotModified, Failed };
    Kind kind = Kind::Failed;
    QUrl url; //!< base URL that was asked
    std::optional<StatusSummary> summary; //!< set when Ok (summary.json)
    std::optional<QVector<Incident>> incidents; //!< set when Ok (incidents.json)
    Reason error; //!< why, when Failed
    int httpStatus = 0;
    std::optional<int> retryAfterSec;
    QByteArray etag;
    QByteArray lastModified;
};

/*! \brief Limits of one request. */
struct FetchLimits {
    int timeoutMs = 15000; //!< whole request, not just inactivity: a server trickling bytes is a hung server too
    qint64 maxBytes = 5 * 1024 * 1024;
};

/*!
 * \brief Fetches `{base}/api/v2/summary.json` once: conditional request, https-only redirects, a size cap
 * and a total timeout. The body is parsed here so callers only see a summary or a reason.
 */
class FeedFetcher : public QObject {
    Q_OBJECT
public:
    FeedFetcher(QNetworkAccessManager* nam, FetchLimits limits, QObject* parent = nullptr);
    ~FeedFetcher() override;

    /*! \brief Starts a request; a request still running is aborted first. Emits finished() exactly once. */
    void fetch(const QUrl& base, const QByteArray& etag = {}, const QByteArray& lastModified = {});
    /*! \brief `{base}/api/v2/incidents.json` (the page's latest 50 incidents), with the same limits and rules. */
    void fetchIncidents(const QUrl& base);
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

signals:
    void finished(const FetchResult& result);

private:
    void start(const QUrl& base, const QString& path, const QByteArray& etag, const QByteArray& lastModified);
    void onFinished();
    void fail(const Reason& reason);

    QNetworkAccessManager* m_nam;
    FetchLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QUrl m_base;
    bool m_incidents = false; //!< this request is incidents.json
    bool m_sentValidator = false; //!< If-None-Match or If-Modified-Since went out: only then is a 304 an answer
    int m_redirects = 0; //!< hops followed by this request
    Reason m_abortReason;
};
