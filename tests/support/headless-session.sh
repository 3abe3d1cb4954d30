#!/usr/bin/env bash
# Runs a command inside a throwaway desktop session: Xvfb, a D-Bus session bus, dunst (notifications),
# trayer (XEmbed tray host) and an unlocked gnome-keyring (Secret Service for QtKeychain).
# Usage: tests/support/headless-session.sh COMMAND [ARGS...]
# Exports MODELPULSE_HEADLESS_SESSION=1 so tests that need these parts can fail loudly when they are missing.
set -euo pipefail

if [ -z "${MODELPULSE_INNER_SESSION:-}" ]; then
    # Own HOME and XDG dirs so nothing leaks between runs (and nothing of the user's is touched).
    tmp=$(mktemp -d -t modelpulse-session.XXXXXX)
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/home" "$tmp/runtime" "$tmp/tmp" && chmod 700 "$tmp/runtime" "$tmp/tmp"
    # TMPDIR too: tests that scan for a leaked key scan this session's directories, never the machine's /tmp
    # (QTemporaryDir, mktemp and QDir::tempPath() all follow TMPDIR).
    export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_CONFIG_HOME="$tmp/home/.config" \
        XDG_DATA_HOME="$tmp/home/.local/share" XDG_CACHE_HOME="$tmp/home/.cache" TMPDIR="$tmp/tmp"
    export MODELPULSE_INNER_SESSION=1
    # A child, not exec: exec would replace this shell and its EXIT trap, and the temporary dir would never go.
    # -a picks a free display; -nolisten tcp keeps it local.
    rc=0
    xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" dbus-run-session -- "$0" "$@" || rc=$?
    exit "$rc"
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

log="$XDG_RUNTIME_DIR/session-logs"
mkdir -p "$log"
dunst >"$log/dunst.log" 2>&1 &
pids+=($!)
trayer --edge top --align right --widthtype pixel --width 200 --heighttype pixel --height 24 \
    --SetDockType true --transparent false --tint 0x202020 >"$log/trayer.log" 2>&1 &
pids+=($!)
# Unlocked with a throwaway password: a locked keyring would open a password dialog and hang every keychain job.
# --foreground keeps it our child, so cleanup kills this session's daemon and never another session's.
gnome-keyring-daemon --foreground --unlock --components=secrets <<<"throwaway" >"$log/keyring.env" 2>"$log/keyring.log" &
pids+=($!)

ready=0
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true' \
        && xwininfo -root -tree 2>/dev/null | grep -qi 'panel' \
        && dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        ready=1
        break
    fi
    sleep 0.1
done
if [ "$ready" -ne 1 ]; then
    echo "headless-session: dunst, trayer or gnome-keyring did not come up; logs in $log:" >&2
    tail -n 20 "$log"/*.log >&2 || true
    exit 1
fi

export MODELPULSE_HEADLESS_SESSION=1
"$@"
