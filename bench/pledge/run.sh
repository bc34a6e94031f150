#!/usr/bin/env bash
# Pledge signing under load (issue 3, point 8): `netra demo` with enough
# employees, `netra serve` on SQLite (synchronous=FULL: every answered
# signature is on disk), then sign_bench: 10,000 signings by 200 concurrent
# clients, each with NIP + one-time code.
#
#   bench/pledge/run.sh [COUNT] [CLIENTS] [WORKERS]
# Needs the build in build/ (netra, sign_bench) and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-10000}
CLIENTS=${2:-200}
WORKERS=${3:-64}
BIN=${NETRA_BIN:-build/src/cli/netra}
BENCH=${SIGN_BENCH:-build/bench/pledge/sign_bench}
DIR=$(mktemp -d /tmp/netra-sign-bench-XXXXXX)
PORT=${PORT:-18977}
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$DIR"' EXIT

# 3,000 employees per region × 4 regions: about 11,000 with a NIP.
"$BIN" demo --db "$DIR/netra.db" --employees-per-region 3000 >/dev/null 2>"$DIR/demo.log"
sqlite3 "$DIR/netra.db" "SELECT nip FROM employees WHERE nip IS NOT NULL ORDER BY id" >"$DIR/nips.txt"
"$BIN" serve --db "$DIR/netra.db" --listen "127.0.0.1:$PORT" --static "" --workers "$WORKERS" \
  --db-pool 32 >"$DIR/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
echo "netra serve on SQLite, $WORKERS handler threads, $(nproc) cores; $COUNT signings, $CLIENTS clients"
"$BENCH" --url "http://127.0.0.1:$PORT" --nips "$DIR/nips.txt" --count "$COUNT" --clients "$CLIENTS"
echo "signatures in the database: $(sqlite3 "$DIR/netra.db" 'SELECT COUNT(*) FROM pledge_signatures')"
curl -s "http://127.0.0.1:$PORT/metrics" | grep -E '^netra_pledge_(sign|signatures)' || true
