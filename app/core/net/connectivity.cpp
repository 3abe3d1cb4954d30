#include "connectivity.h"

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
