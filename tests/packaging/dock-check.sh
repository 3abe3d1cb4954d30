#!/usr/bin/env bash
# Starts an installed modelpulse in the running headless session and waits until its tray icon docks: a viewable
# window with the app's _NET_WM_PID inside trayer's panel (XEmbed reparents the icon there), as
# tests/bench/bench_tray.cpp checks with XQueryTree. Run inside tests/support/headless-session.sh.
# Usage: dock-check.sh BINARY [ARGS...]   (exit 0 when docked within 30 s, the app still running)
set -euo pipefail
[ -n "${MODELPULSE_HEADLESS_SESSION:-}" ] || { echo "dock-check: run me inside tests/support/headless-session.sh" >&2; exit 1; }

log="$XDG_RUNTIME_DIR/session-logs/modelpulse.log"
QT_QPA_PLATFORM=xcb "$@" >"$log" 2>&1 &
app=$!
stop() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap stop EXIT

panel=$(xwininfo -root -tree | awk '/\("panel" "trayer"\)/ { print $1; exit }')
[ -n "$panel" ] || { echo "dock-check: trayer's panel window is not on the display" >&2; exit 1; }

docked() {
    local w
    for w in $(xwininfo -id "$panel" -tree | awk '$1 ~ /^0x/ { print $1 }'); do
        if xprop -id "$w" _NET_WM_PID 2>/dev/null | grep -qx "_NET_WM_PID(CARDINAL) = $app" \
            && xwininfo -id "$w" | grep -q 'Map State: IsViewable'; then
            echo "$w"
            return 0
        fi
    done
    return 1
}

start=$(date +%s%N)
for _ in $(seq 1 120); do
    if ! kill -0 "$app" 2>/dev/null; then
        echo "dock-check: $1 exited before its icon docked; its output:" >&2
        cat "$log" >&2
        exit 1
    fi
    if w=$(docked); then
        echo "dock-check: icon window $w of pid $app docked in trayer's panel $panel after $(( ($(date +%s%N) - start) / 1000000 )) ms"
        exit 0
    fi
    sleep 0.25
done
echo "dock-check: no icon of pid $app docked in trayer's panel within 30 s; window tree and app output:" >&2
xwininfo -id "$panel" -tree >&2 || true
cat "$log" >&2
exit 1
