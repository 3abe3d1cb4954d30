#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

/*!
 * \brief Seconds from a `Retry-After` / `retry-after` header: delta-seconds or an HTTP date relative to \a now.
 * nullopt when absent or unreadable; clamped to [0, 1 day] so a bogus header cannot park a poller for years.
 */
std::optional<int> parseRetryAfter(const QByteArray& value, const QDateTime& now);
