#!/usr/bin/env bash
# End-to-end checks of the `netra` binary as an operator uses it: every
# subcommand answers --help, accounts are managed from the shell, migrations
# report their state, imports report bad rows with line and column.
# Usage: cli_test.sh PATH/TO/netra
set -euo pipefail
NETRA=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB=$TMP/netra.db
fails=0

check() {  # check NAME COMMAND... : the command must succeed
  local name=$1; shift
  if "$@" >"$TMP/out" 2>&1; then echo "ok   $name"; else echo "FAIL $name"; sed 's/^/     /' "$TMP/out"; fails=$((fails + 1)); fi
}
expect_output() {  # expect_output NAME PATTERN COMMAND... : succeeds and prints PATTERN
  local name=$1 pattern=$2; shift 2
  if "$@" >"$TMP/out" 2>&1 && grep -q -- "$pattern" "$TMP/out"; then echo "ok   $name"
  else echo "FAIL $name (wanted: $pattern)"; sed 's/^/     /' "$TMP/out"; fails=$((fails + 1)); fi
}
expect_failure() {  # expect_failure NAME PATTERN COMMAND... : fails and says PATTERN
  local name=$1 pattern=$2; shift 2
  if ! "$@" >"$TMP/out" 2>&1 && grep -q -- "$pattern" "$TMP/out"; then echo "ok   $name"
  else echo "FAIL $name (wanted failure saying: $pattern)"; sed 's/^/     /' "$TMP/out"; fails=$((fails + 1)); fi
}

for sub in serve migrate import demo user scan "import regions" "import agencies" \
  "import employees" "import elections" "user add" "user list" "user disable" "user enable" \
  "audit verify"; do
  # shellcheck disable=SC2086
  expect_output "help: $sub" "Usage" "$NETRA" $sub --help
done

expect_output "migrate creates the schema" "schema version" "$NETRA" migrate --db "$DB"
expect_output "migrate --check on a current database" "schema version" "$NETRA" migrate --check --db "$DB"
expect_output "audit verify on an empty chain" "intact: 0 entries" "$NETRA" audit verify --db "$DB"

expect_output "import regions loads every village" "83762" "$NETRA" import regions --db "$DB"
expect_output "user add reads the password from stdin" "created user pengawas.satu" \
  bash -c "echo 'kata-sandi-panjang' | '$NETRA' user add --db '$DB' --username pengawas.satu --name 'Pengawas Satu' --role pengawas --region 35.13 --password-stdin"
expect_failure "user add refuses a short password" "at least 10" \
  bash -c "echo 'pendek' | '$NETRA' user add --db '$DB' --username pengawas.dua --name 'Dua' --role pengawas --region 35.13 --password-stdin"
expect_failure "user add refuses an unknown role" "unknown role" \
  bash -c "echo 'kata-sandi-panjang' | '$NETRA' user add --db '$DB' --username x.y --name X --role raja --password-stdin"
expect_failure "user add refuses a taken username" "" \
  bash -c "echo 'kata-sandi-panjang' | '$NETRA' user add --db '$DB' --username pengawas.satu --name 'Lagi' --role pengawas --region 35.13 --password-stdin"
expect_output "user list shows the account" "pengawas.satu" "$NETRA" user list --db "$DB"
check "user disable" "$NETRA" user disable --db "$DB" pengawas.satu
expect_output "user list shows it disabled" "disabled" "$NETRA" user list --db "$DB"
expect_failure "user disable of an unknown user" "" "$NETRA" user disable --db "$DB" tidak.ada

# serve as assembled: health against the real database, the pool in /metrics,
# an access-log line per request, a clean stop on SIGTERM.
"$NETRA" serve --db "$DB" --listen 127.0.0.1:0 --static "" >"$TMP/access.log" 2>"$TMP/serve.err" &
serve_pid=$!
port=""
for _ in $(seq 100); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$TMP/serve.err" | cut -d: -f3 || true)
  [ -n "$port" ] && break
  sleep 0.1
done
expect_output "serve answers /healthz from the database" '"db":"ok"' curl -sf "http://127.0.0.1:$port/healthz"
expect_output "serve reports the database pool" "netra_db_pool_size" curl -sf "http://127.0.0.1:$port/metrics"
expect_output "serve refuses an API call without a session" "unauthenticated" curl -s "http://127.0.0.1:$port/api/v1/employees"
kill -TERM "$serve_pid"
if wait "$serve_pid" && grep -q "stopped" "$TMP/serve.err"; then echo "ok   serve stops cleanly on SIGTERM"
else echo "FAIL serve stops cleanly on SIGTERM"; sed 's/^/     /' "$TMP/serve.err"; fails=$((fails + 1)); fi
expect_output "serve wrote an access-log line per request" '"route":"employees.list"' cat "$TMP/access.log"

# Rescanning stored events after the lexicon changed (the demo stores 960).
DEMO="$TMP/demo.db"
check "demo loads" "$NETRA" demo --db "$DEMO"
expect_output "scan --since rescans stored events" "events 960, alerts added 0, lexicon version 1" \
  "$NETRA" scan --since 2024-09-01 --db "$DEMO"
sed 's/"#ZAMAN2024"/"#ZAMAN2024", "#ProbolinggoZaman"/' data/demo/lexicon-pilkada-2024.json >"$TMP/lexicon.json"
expect_output "scan --since --lexicon publishes a changed lexicon first" "lexicon version 2" \
  "$NETRA" scan --since 2024-09-01 --db "$DEMO" --lexicon "$TMP/lexicon.json"
expect_failure "scan --since refuses a date that is not ISO" "must be an ISO date" \
  "$NETRA" scan --since kemarin --db "$DEMO"

expect_failure "unknown subcommand" "" "$NETRA" terbang
expect_failure "a database that is not SQLite" "" "$NETRA" migrate --db /etc/passwd

echo
if [ "$fails" -eq 0 ]; then echo "cli: all checks passed"; else echo "cli: $fails checks failed"; exit 1; fi
