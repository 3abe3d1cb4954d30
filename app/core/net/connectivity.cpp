#include "connectivity.h"

#include <QNetworkInformation>

#include <algorithm>

QString connectivityKey(Connectivity c)
{
    switch (c) {
    case Connectivity::Online:
        return QStringLiteral("online");
    case Connectivity::Offline:
        return QStringLiteral("offline");
    case Connectivity::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool isNetworkLevel(ProbeOutcome outcome)
{
    return outcome == ProbeOutcome::NetworkError || outcome == ProbeOutcome::Timeout;
}

bool needsConnectivityCheck(bool feedFailedAtNetworkLevel, const QVector<ProbeOutcome>& probeOutcomes)
{
    return feedFailedAtNetworkLevel && std::all_of(probeOutcomes.begin(), probeOutcomes.end(), isNetworkLevel);
}

bool loadNetworkInformation()
{
    if (QNetworkInformation::instance())
        return QNetworkInformation::instance()->supports(QNetworkInformation::Feature::Reachability);
    return QNetworkInformation::loadBackendByName(u"networkmanager")
        && QNetworkInformation::instance()->supports(QNetworkInformation::Feature::Reachability);
}
