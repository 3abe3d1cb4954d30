#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages ModelPulse needs to build, run and test.
# Idempotent: when everything is present it prints nothing and exits 0.
# Usage: packaging/install-deps.sh [--runtime-only]
set -euo pipefail

# qt6-websockets-dev: Qt6HttpServerConfig needs Qt6WebSockets, which --no-install-recommends leaves out.
build_pkgs=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-charts-dev qtkeychain-qt6-dev catch2
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-httpserver-dev qt6-websockets-dev libgl-dev libqt6opengl6-dev libxkbcommon-dev
    clang clang-format libclang-rt-14-dev file)
# file: CPack's DEB generator needs it for dpkg-shlibdeps (it finds the ELF files with it).
# QSQLITE driver and libsecret (loaded by QtKeychain at run time) are not pulled in by the -dev packages.
runtime_pkgs=(libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins libsecret-1-0 gnome-keyring fonts-noto-cjk)
# desktop-file-utils, appstream, man-db (groff): the package stage's validators and its man page check.
# xfce4-panel + xfconf (xfconfd): a real StatusNotifierItem host for tests/gui/test_snitray.cpp; the panel's own
# systray plugin owns org.kde.StatusNotifierWatcher (KDE and GNOME speak SNI, trayer only XEmbed).
test_pkgs=(xvfb xauth dbus-daemon dbus-x11 trayer dunst libsecret-tools imagemagick x11-utils xdotool python3
    desktop-file-utils appstream man-db xfce4-panel xfconf)

pkgs=("${build_pkgs[@]}" "${runtime_pkgs[@]}" "${test_pkgs[@]}")
[ "${1:-}" = "--runtime-only" ] && pkgs=("${build_pkgs[@]}" "${runtime_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${#missing[@]} packages: ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq >/dev/null
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
