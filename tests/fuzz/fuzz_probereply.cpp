// libFuzzer entry: the probe reply classifier (Prober::classifyHttp). The first two bytes pick the HTTP status
// (100-599), the rest is the body. Contract besides "no crash, no sanitizer report": every status maps to the
// outcome DESIGN.md gives it, a 2xx is ok/slow only for a real message, and billed tokens are never invented.
#include "probe/prober.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    ProbeResult result;
    result.httpStatus = 100 + (data[0] << 8 | data[1]) % 500;
    result.latencyMs = data[0];
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    ProbeUsage usage;
    Prober::classifyHttp(result, body, 100, &usage);
    const int s = result.httpStatus;
    const ProbeOutcome o = result.outcome;
    const bool success = o == ProbeOutcome::Ok || o == ProbeOutcome::Slow;
    if (success && (s < 200 || s >= 300))
        __builtin_trap();
    if (s == 529 && o != ProbeOutcome::Overloaded)
        __builtin_trap();
    if (s >= 500 && s < 600 && s != 529 && o != ProbeOutcome::ServerError)
        __builtin_trap();
    if (s == 429 && o != ProbeOutcome::RateLimited)
        __builtin_trap();
    if ((s == 401 || s == 403) && o != ProbeOutcome::AuthError)
        __builtin_trap();
    if (s >= 200 && s < 300 && !success && o != ProbeOutcome::ServerError)
        __builtin_trap();
    // Tokens come from the body's usage object only on success; a failure bills nothing we could know.
    if (!success && usage.known())
        __builtin_trap();
    if (success && !body.contains("message"))
        __builtin_trap();
    return 0;
}
