#include "modelinfo.h"

#include <QStringList>

namespace {

bool isAllDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// "4", "1.2" (claude-instant-1.2 used a dotted segment inside the id).
bool isVersionPart(QStringView s)
{
    if (s.isEmpty() || !s.front().isDigit() || !s.back().isDigit())
        return false;
    for (QChar c : s) {
        if (!c.isDigit() && c != u'.')
            return false;
    }
    return true;
}

bool isAllLetters(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

} // namespace

ModelInfo modelInfoFromId(const QString& id, const QString& displayName)
{
    ModelInfo info;
    info.id = id;
    const QString lower = id.trimmed().toLower();
    const auto parts = QStringView(lower).split(u'-', Qt::SkipEmptyParts);

    // Two id styles exist: current `claude-opus-4-5-20251101` (family, then version) and the 2024 style
    // `claude-3-5-sonnet-20241022` (version, then family). Both reduce to "first word + every number":
    // the 8-digit snapshot date and tags such as `latest` or Bedrock's `v1` are not part of the version.
    QStringList version;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts.at(i);
        if (i == 0 && part == u"claude")
            continue;
        if (isAllDigits(part) && part.size() == 8)
            continue; // snapshot date, e.g. 20251101
        if (isVersionPart(part)) {
            version.append(part.toString());
        } else if (info.family.isEmpty() && isAllLetters(part) && part != u"latest") {
            info.family = part.toString();
        }
    }
    info.version = version.join(u'.');

    if (!displayName.isEmpty()) {
        info.displayName = displayName;
    } else if (!parts.isEmpty() && parts.front() == u"claude") {
        // Anthropic's current naming puts the family first ("Claude Opus 4.5"); the 2024 names were
        // "Claude 3.5 Sonnet". We produce the current form for both; attribution accepts either order.
        QString name = QStringLiteral("Claude");
        if (!info.family.isEmpty())
            name += u' ' + info.family.left(1).toUpper() + info.family.mid(1);
        if (!info.version.isEmpty())
            name += u' ' + info.version;
        info.displayName = name;
    } else {
        info.displayName = id; // not a Claude id: show it as it is rather than invent a name
    }
    return info;
}

QString modelIdFor(const QString& family, const QString& version)
{
    if (family.isEmpty() || version.isEmpty())
        return {};
    QString v = version;
    v.replace(u'.', u'-'); // ids spell 4.5 as 4-5 (claude-haiku-4-5)
    return QStringLiteral("claude-") + family.toLower() + u'-' + v;
}

QVector<ModelInfo> builtinModels()
{
    // The newest Opus, Sonnet and Haiku at the time of writing, as undated aliases so the API keeps
    // resolving them to the current snapshot. Used offline or without a key (no /v1/models).
    return {
        modelInfoFromId(QStringLiteral("claude-opus-4-5")),
        modelInfoFromId(QStringLiteral("claude-sonnet-4-5")),
        modelInfoFromId(QStringLiteral("claude-haiku-4-5")),
    };
}
