#pragma once

#include "health/reason.h"
#include "probe/proberesult.h"

#include <QString>
#include <QVector>

/*! \brief "Is it me?" — the user's own network, as judged by the control check. */
enum class Connectivity { Online, Offline, Unknown };

QString connectivityKey(Connectivity c);

/*! \brief Result of a connectivity check with a readable reason ("no network", "DNS failed", …). */
struct ConnectivityStatus {
    Connectivity state = Connectivity::Unknown;
    Reason reason;
    bool operator==(const ConnectivityStatus& o) const { return state == o.state && reason == o.reason; }
};

/*! \brief No HTTP answer at all: DNS, refused, TLS, reset or a timeout. Says nothing about the provider. */
bool isNetworkLevel(ProbeOutcome outcome);

/*!
 * \brief DESIGN.md "Connectivity": check the user's own network only when the feed and every probe (if any ran)
 * failed at the network level. One rule for the tray app and `--once`.
 */
bool needsConnectivityCheck(bool feedFailedAtNetworkLevel, const QVector<ProbeOutcome>& probeOutcomes);

/*!
 * \brief Loads Qt's network-information backend for link state, NetworkManager's only (over D-Bus, which the app
 * already uses). The GLib backend is skipped on purpose: it maps GIO and a GLib main context (+2.6 MiB RSS and
 * ~8M instructions at start, tests/bench/README.md) for the same answer. False when no backend is available.
 */
bool loadNetworkInformation();
