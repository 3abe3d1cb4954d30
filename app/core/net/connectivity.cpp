#include "connectivity.h"

#include <QNetworkInformation>

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

bool loadNetworkInformation()
{
    if (QNetworkInformation::instance())
        return QNetworkInformation::instance()->supports(QNetworkInformation::Feature::Reachability);
    return QNetworkInformation::loadBackendByName(u"networkmanager")
        && QNetworkInformation::instance()->supports(QNetworkInformation::Feature::Reachability);
}
