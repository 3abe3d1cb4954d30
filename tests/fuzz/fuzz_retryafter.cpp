// libFuzzer entry: the Retry-After parser (delta-seconds or an HTTP date). Contract: nothing, or seconds clamped to
// [0, 1 day] — a bogus header must never park a poller for years or schedule it in the past.
#include "net/retryafter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray value = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1795780800, Qt::UTC);
    const std::optional<int> seconds = parseRetryAfter(value, now);
    if (seconds && (*seconds < 0 || *seconds > 24 * 3600))
        __builtin_trap();
    return 0;
}
