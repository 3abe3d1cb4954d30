#!/usr/bin/env bash
# The validators of issue 11, on the sources (and on a configured build tree for the generated autostart template):
#   desktop-file-validate (application and autostart entries), appstreamcli validate (strict, no network: the
#   screenshot URLs are not fetched), the man page through groff with all warnings, the Flatpak manifest's syntax
#   and permissions, and the hicolor icon set. Any finding fails.
# Usage: tests/packaging/check-metadata.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
fail() { echo "check-metadata: $*" >&2; exit 1; }

# desktop-file-validate exits 0 on hints; print whatever it says and fail on any output at all.
for f in packaging/linux/modelpulse.desktop "$build/packaging/modelpulse-autostart.desktop"; do
    [ -f "$f" ] || fail "$f is missing (configure $build first)"
    out=$(desktop-file-validate "$f" 2>&1) || fail "desktop-file-validate $f: $out"
    [ -z "$out" ] || fail "desktop-file-validate $f: $out"
    for key in 'Name[ko]' 'Comment[ko]'; do
        grep -qF "$key=" "$f" || fail "$f has no $key"
    done
done

appstreamcli validate --no-net --strict --explain packaging/linux/io.github.modelpulse.metainfo.xml \
    || fail "appstreamcli validate failed"
for tag in '<screenshot' '<release ' 'xml:lang="ko"' '<content_rating' '<launchable type="desktop-id">modelpulse.desktop'; do
    grep -qF "$tag" packaging/linux/io.github.modelpulse.metainfo.xml || fail "metainfo lacks $tag"
done

# -ww: every warning; -z: no output. groff prints warnings on stderr and still exits 0.
warnings=$(groff -man -ww -z docs/modelpulse.1 2>&1) || fail "groff failed: $warnings"
[ -z "$warnings" ] || fail "docs/modelpulse.1: $warnings"

# One version everywhere: CMakeLists.txt's project VERSION is the package's and --version's; the man page and the
# metainfo's newest release must say the same.
version=$(sed -n 's/^project(ModelPulse VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || fail "no project VERSION in CMakeLists.txt"
grep -q "^\.TH MODELPULSE 1 \"[0-9-]*\" \"ModelPulse $version\"" docs/modelpulse.1 \
    || fail "docs/modelpulse.1's .TH line does not say ModelPulse $version"
newest=$(grep -o '<release version="[^"]*"' packaging/linux/io.github.modelpulse.metainfo.xml | head -n 1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "the metainfo's newest release is $newest, the project is $version"

/usr/bin/env python3 tests/packaging/check_flatpak_manifest.py packaging/flatpak/io.github.modelpulse.json \
    || fail "the Flatpak manifest is invalid"

[ -f resources/icons/modelpulse.svg ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256; do
    png=resources/icons/hicolor/${size}x${size}/apps/modelpulse.png
    [ -f "$png" ] || fail "$png is missing"
    file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x$size PNG"
done

# The README sends readers to the project's own docs, never outside it (no ../shared).
if grep -n 'shared/DESIGN\|\.\./shared' README.md; then fail "README.md links outside the project"; fi
for link in $(grep -o '](docs/[^)#]*' README.md | cut -c3-); do
    [ -e "$link" ] || fail "README.md links to $link, which does not exist"
done
echo "check-metadata: desktop entries, metainfo, man page, Flatpak manifest, icons and README links OK"
