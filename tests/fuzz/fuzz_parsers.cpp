// libFuzzer entry: the same bytes go to every Statuspage parser and to parseTimestamp. Besides "no crash,
// no sanitizer report", it checks the parsers' contract: a failure always carries a reason, a success
// never does, and a parsed time is UTC. No QCoreApplication: QCoreApplication::translate works without one
// (it returns the source text), which is how the parsers produce their reasons here.
#include "feed/statuspageparser.h"

#include <cstddef>
#include <cstdint>

namespace {

template <typename T> void checkContract(const ParseResult<T>& r)
{
    if (r.ok() != r.error.isEmpty())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // fromRawData: no copy and no terminating NUL, so ASan sees any read past the end of the input.
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    checkContract(StatuspageParser::parseSummary(body));
    checkContract(StatuspageParser::parseIncidents(body));
    checkContract(StatuspageParser::parseIncident(body));
    checkContract(StatuspageParser::parseHistoryFeed(body));
    if (size <= 256) {
        for (const QString& text : { QString::fromUtf8(body), QString::fromLatin1(body) }) {
            const QDateTime t = StatuspageParser::parseTimestamp(text);
            if (t.isValid() && t.timeSpec() != Qt::UTC)
                __builtin_trap();
        }
    }
    return 0;
}
