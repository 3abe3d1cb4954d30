#!/usr/bin/env bash
# Renders the hicolor PNGs of the application icon from modelpulse.svg (needs rsvg-convert: librsvg2-bin).
# The PNGs are committed, so building and packaging need no SVG renderer; rerun this after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --format png modelpulse.svg -o "hicolor/${size}x${size}/apps/modelpulse.png"
done
