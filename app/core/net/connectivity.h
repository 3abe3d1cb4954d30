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

/*!
 * \brief Loads Qt's network-information backend for link state, NetworkManager's only (over D-Bus, which the app
 * already uses). The GLib backend is skipped on purpose: it maps GIO and a GLib main context (+2.6 MiB RSS and
 * ~8M instructions at start, tests/bench/README.md) for the same answer. False when no backend is available.
 */
bool loadNetworkInformation();
