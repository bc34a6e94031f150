#!/bin/sh
# Scanner throughput beside ripgrep, in one run (issue 5 point 8).
#   bench/scan/run.sh [EVENTS] [BUILD_DIR]        (from the repository root)
# Builds nothing: build scan_bench first (cmake --build BUILD_DIR --target
# scan_bench). scan_bench generates the national lexicon and the corpus,
# times every stage of the scanner on one core, and runs ripgrep over the same
# normalized text with the same patterns itself, so both sides are measured
# the same way (CPU time) in the same run. CORE picks the core (default 0).
set -eu
EVENTS=${1:-1000000}
BUILD=${2:-build}
CORE=${CORE:-0}
BIN="$BUILD/bench/scan/scan_bench"
[ -x "$BIN" ] || { echo "missing $BIN: build target scan_bench first" >&2; exit 1; }
RG=$(command -v rg) || { echo "ripgrep (rg) not installed" >&2; exit 1; }
echo "$(rg --version | sed -n 1p); $(uname -m); load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec taskset -c "$CORE" "$BIN" --events "$EVENTS" --out "$BUILD/bench-scan" --rg "$RG"
