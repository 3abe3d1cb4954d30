#include "retryafter.h"

#include <QLocale>
#include <QString>

#include <algorithm>
#include <cmath>

std::optional<int> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    constexpr int kMaxSeconds = 86400;
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok) {
        // QString::toDouble takes "nan" and "inf" (found by fuzz_retryafter: "nAn" → undefined int conversion).
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return int(std::ceil(std::min(seconds, double(kMaxSeconds))));
    }
    // HTTP date (RFC 9110 IMF-fixdate), e.g. "Wed, 21 Oct 2026 07:28:00 GMT": Qt's RFC 2822 parser rejects "GMT".
    QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid()) {
        at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        at.setTimeSpec(Qt::UTC);
    }
    if (!at.isValid())
        return std::nullopt;
    return int(std::clamp<qint64>(now.secsTo(at), 0, kMaxSeconds));
}
