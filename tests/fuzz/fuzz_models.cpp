// libFuzzer entry: the /v1/models page parser and the default choice made from what it found. Contract: a page
// that parsed has no model without an id, a "more" page names where to go on, and the defaults are models of the
// page (never invented), at most one per family.
#include "probe/modeldiscovery.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const ModelsPage page = ModelDiscovery::parsePage(body);
    if (!page.ok) {
        if (!page.models.isEmpty())
            __builtin_trap();
        return 0;
    }
    QSet<QString> ids;
    for (const DiscoveredModel& m : page.models) {
        if (m.info.id.isEmpty())
            __builtin_trap();
        ids.insert(m.info.id);
    }
    if (!page.models.isEmpty() && page.lastId.isEmpty())
        __builtin_trap();
    QSet<QString> families;
    for (const ModelInfo& chosen : ModelDiscovery::chooseDefaults(page.models)) {
        if (!ids.contains(chosen.id) || families.contains(chosen.family))
            __builtin_trap();
        families.insert(chosen.family);
    }
    return 0;
}
