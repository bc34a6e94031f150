#!/bin/sh
# Scanner throughput beside ripgrep, in one run (issue 5 point 8).
#   bench/scan/run.sh [EVENTS] [BUILD_DIR]
# Builds nothing: build scan_bench first (cmake --build BUILD_DIR --target scan_bench).
# scan_bench generates the national lexicon and the corpus, times the scanner
# stages on one core, and leaves texts.txt and patterns.txt for ripgrep, which
# is timed here on the same text with the lexicon's literal patterns.
set -eu
EVENTS=${1:-1000000}
BUILD=${2:-build-scan}
OUT="$BUILD/bench-scan"
BIN="$BUILD/bench/scan/scan_bench"
[ -x "$BIN" ] || { echo "missing $BIN: build target scan_bench first" >&2; exit 1; }
command -v rg >/dev/null || { echo "ripgrep (rg) not installed" >&2; exit 1; }
echo "== netra scanner (one core)"
taskset -c 0 "$BIN" --events "$EVENTS" --out "$OUT"
BYTES=$(wc -c < "$OUT/texts.txt")
echo
echo "== ripgrep $(rg --version | head -1 | cut -d' ' -f2) -F -f patterns.txt over the same text (one thread)"
# Case-sensitive: rg -F -i with 20,000+ literals falls off its fast path
# (minutes for this corpus), so this is ripgrep at its fastest.
best=""
for i in 1 2 3; do
  s=$(date +%s.%N)
  taskset -c 0 rg -j1 -F -c -f "$OUT/patterns.txt" "$OUT/texts.txt" > "$OUT/rg.count" || true
  e=$(date +%s.%N)
  t=$(echo "$e - $s" | bc -l)
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
echo "rg: best of 3 $(printf '%.3f' "$best") s, $(echo "$EVENTS / $best" | bc -l | xargs printf '%.0f') lines/s, $(echo "$BYTES / $best / 1000000" | bc -l | xargs printf '%.1f') MB/s, $(cat "$OUT/rg.count") matching lines"
