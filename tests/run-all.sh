#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 / Ubuntu machine, headless:
#   installs the packages (packaging/install-deps.sh), builds with ASan + UBSan and -Werror (preset "ci"),
#   runs every test inside a throwaway desktop session (Xvfb, D-Bus, dunst, trayer, gnome-keyring),
#   builds the .deb from a release tree, installs it, smoke-tests the installed binary and purges it
#   (tests/packaging/package-stage.sh), then fuzzes the feed parsers, the attribution matcher, the probe reply
#   classifier, the /v1/models parser, Retry-After and the cost and settings loaders (clang + libFuzzer) for a
#   bounded time each.
# .ci/run calls exactly this. MODELPULSE_FUZZ_SECONDS=0 skips fuzzing; MODELPULSE_PACKAGE_STAGE=0 skips the package
# stage (it installs and purges the modelpulse package on this machine, with sudo when not root).
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
tests/support/check-format.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j2
tests/support/headless-session.sh ctest --preset ci

if [ "${MODELPULSE_PACKAGE_STAGE:-1}" != 0 ]; then
    tests/packaging/package-stage.sh
fi

fuzz_seconds=${MODELPULSE_FUZZ_SECONDS:-60}
if [ "$fuzz_seconds" != 0 ]; then
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j2 --target fuzz_parsers fuzz_attribution fuzz_probereply fuzz_retryafter fuzz_models \
        fuzz_costfile fuzz_settings
    tests/fuzz/run_fuzz.sh "$fuzz_seconds" build/fuzz
fi
