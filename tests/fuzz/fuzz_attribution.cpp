// libFuzzer target for incident → model attribution: arbitrary status-page prose must never crash the
// tokeniser, the id parser or the matcher. The first line (up to a newline) is also tried as a model id.

#include "health/healthevaluator.h"
#include "health/modelfamilies.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype nl = text.indexOf(u'\n');
    const QString firstLine = nl >= 0 ? text.left(nl) : text;
    const QString rest = nl >= 0 ? text.mid(nl + 1) : text;

    static const QVector<ModelInfo> models = {
        modelInfoFromId(QStringLiteral("claude-opus-4-5-20251101")),
        modelInfoFromId(QStringLiteral("claude-3-5-sonnet-20241022")),
        modelInfoFromId(QStringLiteral("claude-mythos-5-1")),
        modelInfoFromId(QStringLiteral("claude-2.1")),
    };

    // The fuzzed id as a watched model: its family and version become part of the matching.
    const ModelInfo fuzzed = modelInfoFromId(firstLine);
    (void)HealthEvaluator::textNamesModel(rest, fuzzed);
    for (const ModelInfo& m : models)
        (void)HealthEvaluator::textNamesModel(text, m);
    (void)HealthEvaluator::textNamesAnyModel(text);

    Incident incident;
    incident.name = firstLine;
    IncidentUpdate update;
    update.body = rest;
    incident.updates.append(update);
    QVector<ModelInfo> all = models;
    all.append(fuzzed);
    bool any = false;
    const QStringList named = HealthEvaluator::modelsNamedBy(incident, all, &any);
    // Naming a model implies naming some model.
    if (!named.isEmpty() && !any)
        __builtin_trap();

    // Every further line is one more update (newest first, as on the wire): the latest-list fold and the
    // default-model reading see many short texts, with closing updates mixed in.
    const QStringList lines = rest.split(u'\n');
    incident.updates.clear();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        IncidentUpdate u;
        u.body = lines.at(i);
        u.status = i % 3 == 0 ? QStringLiteral("resolved") : QStringLiteral("investigating");
        incident.updates.append(u);
    }
    const QStringList latest = HealthEvaluator::modelsNamedBy(incident, all, &any);
    if (latest.size() > all.size() || (!latest.isEmpty() && !any))
        __builtin_trap();
    for (const ModelInfo& m : newestModelsNamedIn({ incident })) {
        if (m.family.isEmpty() || m.version.isEmpty() || !m.id.startsWith(QLatin1String("claude-")))
            __builtin_trap(); // ids are built only from a family and a version
    }
    return 0;
}
