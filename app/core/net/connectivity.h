#pragma once

#include <QString>

/*! \brief "Is it me?" — the user's own network, as judged by the control check. */
enum class Connectivity { Online, Offline, Unknown };

QString connectivityKey(Connectivity c);

/*! \brief Result of a connectivity check with a readable reason ("no network", "DNS failed", …). */
struct ConnectivityStatus {
    Connectivity state = Connectivity::Unknown;
    QString reason;
    bool operator==(const ConnectivityStatus& o) const { return state == o.state && reason == o.reason; }
};
