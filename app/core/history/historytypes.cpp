#include "historytypes.h"

QString historyRangeKey(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Day:
        return QStringLiteral("24h");
    case HistoryRange::Week:
        return QStringLiteral("7d");
    case HistoryRange::Month:
        return QStringLiteral("30d");
    case HistoryRange::Quarter:
        return QStringLiteral("90d");
    case HistoryRange::Year:
        return QStringLiteral("1y");
    }
    return {};
}

std::optional<HistoryRange> historyRangeFromKey(QStringView key)
{
    for (HistoryRange r :
         { HistoryRange::Day, HistoryRange::Week, HistoryRange::Month, HistoryRange::Quarter, HistoryRange::Year })
        if (key == historyRangeKey(r))
            return r;
    return std::nullopt;
}

qint64 historyRangeSeconds(HistoryRange range)
{
    constexpr qint64 day = 24 * 3600;
    switch (range) {
    case HistoryRange::Day:
        return day;
    case HistoryRange::Week:
        return 7 * day;
    case HistoryRange::Month:
        return 30 * day;
    case HistoryRange::Quarter:
        return 90 * day;
    case HistoryRange::Year:
        return 365 * day;
    }
    return day;
}

qint64 historyBucketSeconds(HistoryRange range)
{
    constexpr qint64 hour = 3600;
    switch (range) {
    case HistoryRange::Day:
        return hour;
    case HistoryRange::Week:
        return 6 * hour;
    case HistoryRange::Month:
    case HistoryRange::Quarter:
        return 24 * hour;
    case HistoryRange::Year:
        return 7 * 24 * hour;
    }
    return hour;
}
