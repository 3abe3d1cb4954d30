#!/usr/bin/env bash
# The package stage of CI (issue 11), after the test suite: build the .deb from a release tree, validate the
# metadata, install the package on this machine, smoke-test the INSTALLED binary against the simulated provider
# on 127.0.0.1 (never the internet), start the installed app in a headless session and see its icon dock, then
# purge the package and check that nothing of it is left behind — only the user data in the smoke test's HOME.
# Needs root (or sudo) for apt-get. Refuses to run when modelpulse is already installed: it would replace it.
# Usage: tests/packaging/package-stage.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$PWD
build=$src/build/release
step() { printf '\n== package stage: %s\n' "$*"; }
fail() { echo "package stage FAILED: $*" >&2; exit 1; }
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)

if dpkg-query -W -f='${Status}' modelpulse 2>/dev/null | grep -q 'install ok installed'; then
    fail "modelpulse is already installed on this machine; remove it first (apt-get purge modelpulse)"
fi

# Own HOME, XDG dirs and TMPDIR: nothing of the machine's or the user's is read or written, and the machine's /tmp
# is never walked. The headless session and the app put their temporary files under $TMPDIR too.
work=$(mktemp -d -t modelpulse-pkg.XXXXXX)
installed=0
sim_pids=()
cleanup() {
    for p in "${sim_pids[@]}"; do kill "$p" 2>/dev/null || true; done
    if [ "$installed" = 1 ]; then
        echo "package stage: purging modelpulse after a failure" >&2
        DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get purge -y -qq modelpulse >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home" "$work/tmp" "$work/runtime" && chmod 700 "$work/runtime"
export HOME=$work/home TMPDIR=$work/tmp XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/home/.config \
    XDG_DATA_HOME=$work/home/.local/share XDG_CACHE_HOME=$work/home/.cache LANG=C.UTF-8
unset ANTHROPIC_API_KEY MODELPULSE_STATUS_URL MODELPULSE_API_URL MODELPULSE_MODELS MODELPULSE_DATA_DIR LANGUAGE LC_ALL \
    LC_MESSAGES

step "build the release tree and the package"
started=$(date +%s)
rm -f "$build"/modelpulse_*.deb
cmake --preset release >/dev/null
cmake --build --preset release -j2
cmake --build --preset release --target package
version=$(sed -n 's/^project(ModelPulse VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
arch=$(dpkg --print-architecture)
deb=$build/modelpulse_${version}_${arch}.deb
[ -f "$deb" ] || fail "expected $deb; the build made: $(ls "$build"/*.deb 2>/dev/null || echo nothing)"
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --info "$deb"
fields=$(dpkg-deb --field "$deb" Package Version Architecture Maintainer Depends Description)
for want in "Package: modelpulse" "Version: $version" "Architecture: $arch" "Maintainer: " "libqt6sql6-sqlite" \
    "libsecret-1-0" "libqt6gui6" "libqt6network6" "Description: "; do
    grep -qF "$want" <<<"$fields" || fail "the package's control fields lack \"$want\""
done
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/modelpulse ./usr/share/applications/modelpulse.desktop \
    ./usr/share/metainfo/io.github.modelpulse.metainfo.xml ./usr/share/man/man1/modelpulse.1.gz \
    ./usr/share/doc/modelpulse/copyright ./usr/share/doc/modelpulse/history.md ./usr/share/icons/hicolor/scalable/apps/modelpulse.svg \
    ./usr/share/icons/hicolor/256x256/apps/modelpulse.png ./usr/share/modelpulse/modelpulse-autostart.desktop \
    ./usr/lib/modelpulse/libmodelpulse-history.so; do
    grep -qE " $path\$" <<<"$contents" || fail "the package does not contain $path"
done
if grep -q 'modelpulse-sim' <<<"$contents"; then fail "the package ships the test provider modelpulse-sim"; fi

step "validate the desktop entry, metainfo, man page and Flatpak manifest"
tests/packaging/check-metadata.sh "$build"

step "install the package"
export DEBIAN_FRONTEND=noninteractive
installed=1
# --no-install-recommends: the Depends alone must be enough for everything below.
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$deb"
dpkg-query -W -f='${Status}' modelpulse | grep -q 'install ok installed' || fail "dpkg does not list modelpulse as installed"
dpkg -L modelpulse | sort >"$work/files.txt"
echo "installed $(wc -l <"$work/files.txt") paths"

step "smoke test the installed binary"
[ "$(command -v modelpulse)" = /usr/bin/modelpulse ] || fail "modelpulse on PATH is $(command -v modelpulse), not /usr/bin/modelpulse"
pkg_version=$(dpkg-query -W -f='${Version}' modelpulse)
got=$(/usr/bin/modelpulse --version)
[ "$got" = "modelpulse $pkg_version" ] || fail "--version prints \"$got\", the package is $pkg_version"
echo "--version: $got"
# The history window's library: found where the binary looks (../lib/modelpulse), every dependency resolved (Qt
# Charts comes in through the package's Depends), and the binary itself does not link Qt Charts (loaded on first use).
history_so=/usr/lib/modelpulse/libmodelpulse-history.so
[ -f "$history_so" ] || fail "$history_so is not installed"
if ldd "$history_so" | grep -q 'not found'; then fail "$history_so: $(ldd "$history_so" | grep 'not found')"; fi
ldd "$history_so" | grep -q libQt6Charts || fail "$history_so does not link Qt Charts"
if ldd /usr/bin/modelpulse | grep -q libQt6Charts; then fail "/usr/bin/modelpulse links Qt Charts at start"; fi
man -w modelpulse | grep -qx /usr/share/man/man1/modelpulse.1.gz || fail "man -w modelpulse: $(man -w modelpulse 2>&1)"
man_warnings=$(zcat /usr/share/man/man1/modelpulse.1.gz | groff -man -ww -z 2>&1)
[ -z "$man_warnings" ] || fail "the installed man page: $man_warnings"
MANWIDTH=80 man modelpulse 2>/dev/null | grep -q 'EXIT STATUS' || fail "man modelpulse does not render"
desktop-file-validate /usr/share/applications/modelpulse.desktop
appstreamcli validate --no-net --strict /usr/share/metainfo/io.github.modelpulse.metainfo.xml >/dev/null \
    || fail "the installed metainfo does not validate"
cmp /usr/share/modelpulse/modelpulse-autostart.desktop "$build/packaging/modelpulse-autostart.desktop" \
    || fail "the installed autostart template differs from the one compiled into the binary"
grep -qx 'Exec=/usr/bin/modelpulse' /usr/share/modelpulse/modelpulse-autostart.desktop \
    || fail "the autostart template does not run /usr/bin/modelpulse"

# The simulated provider comes from the build tree (it is not packaged). It prints "listening on URL" first.
start_sim() { # start_sim NAME [SIM ARGS...]: starts it, sets $sim_url
    local name=$1
    shift
    "$build/app/sim/modelpulse-sim" --port 0 "$@" >"$work/$name.out" 2>&1 &
    sim_pids+=($!)
    sim_url=
    for _ in $(seq 1 100); do
        sim_url=$(sed -n 's/^listening on //p' "$work/$name.out")
        [ -n "$sim_url" ] && break
        sleep 0.05
    done
    [ -n "$sim_url" ] || fail "modelpulse-sim ($name) did not start: $(cat "$work/$name.out")"
    case "$sim_url" in http://127.0.0.1:*) ;; *) fail "modelpulse-sim listens on $sim_url, not loopback" ;; esac
}
start_sim operational
url=$sim_url
set +e
/usr/bin/modelpulse --once --json --no-probes --status-url "$url" --api-url "$url" >"$work/once.json" 2>"$work/once.err"
rc=$?
set -e
[ "$rc" = 0 ] || fail "--once --json --no-probes exited $rc (want 0, operational); stderr: $(cat "$work/once.err")"
python3 tests/packaging/check_once_json.py "$work/once.json" docs/headless.md --overall operational --feed-url "$url" \
    --no-probes || fail "the JSON of --once --json --no-probes is not what docs/headless.md promises"
set +e
korean=$(/usr/bin/modelpulse --once --no-probes --lang ko --status-url "$url" --api-url "$url" 2>&1)
rc=$?
set -e
[ "$rc" = 0 ] || fail "--once --lang ko exited $rc: $korean"
grep -q '정상' <<<"$korean" || fail "--once --lang ko is not in Korean: $korean"
echo "--once --lang ko: Korean table, exit 0"

start_sim outage --summary-file "$src/tests/fixtures/statuspage/github_summary_partial_outage.json"
set +e
/usr/bin/modelpulse --once --json --no-probes --status-url "$sim_url" --api-url "$sim_url" >"$work/outage.json" \
    2>"$work/outage.err"
rc=$?
set -e
[ "$rc" = 2 ] || fail "a page in partial outage gave exit code $rc (want 2): $(head -c 2000 "$work/outage.json")"
python3 tests/packaging/check_once_json.py "$work/outage.json" docs/headless.md --overall partial_outage \
    --feed-url "$sim_url" --no-probes || fail "the JSON for a page in partial outage is not what docs/headless.md promises"
echo "--once against a page in partial outage: exit 2"
set +e
/usr/bin/modelpulse --once --status-url http://example.com >/dev/null 2>"$work/usage.err"
rc=$?
set -e
[ "$rc" = 64 ] || fail "plain http to a non-loopback host gave exit code $rc (want 64, bad usage)"
echo "--once with a refused URL: exit 64, \"$(cat "$work/usage.err")\""

step "start the installed app in a headless session and see its icon dock"
MODELPULSE_STATUS_URL=$url MODELPULSE_API_URL=$url \
    tests/support/headless-session.sh "$src/tests/packaging/dock-check.sh" /usr/bin/modelpulse \
    || fail "the installed app's tray icon did not dock"

step "purge the package and look for leftovers"
for p in "${sim_pids[@]}"; do kill "$p" 2>/dev/null || true; done
"${sudo_cmd[@]}" apt-get purge -y -qq modelpulse
installed=0
if dpkg-query -W -f='${Status}' modelpulse 2>/dev/null | grep -q 'installed'; then
    fail "dpkg still lists modelpulse: $(dpkg-query -W -f='${Status}' modelpulse)"
fi
left=()
while read -r path; do
    [ -e "$path" ] || [ -L "$path" ] || continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # A directory may stay when another package owns it or it holds other files; an empty orphan may not.
        dpkg -S "$path" >/dev/null 2>&1 && continue
        [ -n "$(ls -A "$path")" ] && continue
    fi
    left+=("$path")
done <"$work/files.txt"
[ ${#left[@]} -eq 0 ] || fail "left behind after purge: ${left[*]}"
echo "nothing of the package's $(wc -l <"$work/files.txt") paths is left behind"
echo "user data left in the smoke test's own HOME and TMPDIR (removed with them):"
(cd "$work" && find home tmp -mindepth 1 \( -type f -o -type s \) | sort | sed 's/^/  /')

echo
echo "package stage passed in $(($(date +%s) - started)) s: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
