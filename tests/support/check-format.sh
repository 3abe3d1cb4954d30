#!/usr/bin/env bash
# Formatting is checked, not argued about (CONVENTIONS.md): every C++ file of ours against .clang-format.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t files < <(find app ui tests -path tests/fixtures -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
report=$(mktemp)
trap 'rm -f "$report"' EXIT
if ! clang-format --dry-run --Werror "${files[@]}" 2>"$report"; then
    echo "check-format: these files differ from .clang-format:" >&2
    grep -o '^[^:]*\.\(cpp\|h\)' "$report" | sort -u >&2
    exit 1
fi
echo "check-format: ${#files[@]} files match .clang-format"
