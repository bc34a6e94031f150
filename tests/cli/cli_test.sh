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
  "audit verify" pledge "pledge key" "pledge verify"; do
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

# Pledges: demo signatures, then a signing over HTTP with a one-time code, and
# the certificate checked offline; an altered certificate is rejected.
DEMO=$TMP/demo/netra.db
check "demo loads pledge events and signatures" "$NETRA" demo --db "$DEMO" --employees-per-region 300
expect_output "pledge key prints the public key" '^[A-Za-z0-9+/]\{43\}=$' "$NETRA" pledge key --db "$DEMO"
"$NETRA" serve --db "$DEMO" --listen 127.0.0.1:0 --static "" >/dev/null 2>"$TMP/serve2.err" &
serve_pid=$!
port=""
for _ in $(seq 100); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$TMP/serve2.err" | cut -d: -f3 || true)
  [ -n "$port" ] && break
  sleep 0.1
done
API=http://127.0.0.1:$port/api/v1
curl -s -c "$TMP/jar" -H 'Content-Type: application/json' -d '{"username":"admin","password":"netra-demo-2024"}' "$API/auth/login" >"$TMP/login.json"
csrf=$(grep -o '"csrf_token":"[0-9a-f]*"' "$TMP/login.json" | cut -d'"' -f4)
nip=$(curl -s -b "$TMP/jar" "$API/employees?region=35.74&type=PNS&limit=1" | grep -o '"nip":"[0-9]*"' | head -1 | cut -d'"' -f4)
code=$(curl -s -b "$TMP/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' -d "{\"nips\":[\"$nip\"]}" "$API/pledges/codes" | grep -o '"code":"[0-9A-Z-]*"' | cut -d'"' -f4)
curl -s -H 'Content-Type: application/json' -d "{\"nip\":\"$nip\",\"code\":\"$code\"}" "$API/pledges/sign" >"$TMP/signed.json"
number=$(grep -o '"certificate_number":"[^"]*"' "$TMP/signed.json" | cut -d'"' -f4)
cert_url=$(grep -o '"certificate_url":"[^"]*"' "$TMP/signed.json" | cut -d'"' -f4)
expect_output "demo has Probolinggo's apel of 19 September 2024" \
  '"starts_at":"2024-09-19T00:30:00Z"' curl -s -b "$TMP/jar" "$API/pledge-events?region=35.13&kind=apel"
expect_output "demo's Probolinggo apel has a site at every kecamatan office" \
  '"name":"Kantor Kecamatan Kraksaan","region_code":"35.13.' curl -s -b "$TMP/jar" "$API/pledge-events?region=35.13&kind=apel"
expect_output "demo has Pesawaran's apel of 17 November 2023" '"starts_at":"2023-11-17T01:00:00Z"' \
  curl -s -b "$TMP/jar" "$API/pledge-events?region=18.09"
expect_output "demo coverage is about two thirds" '"percent":6[0-9]\.' \
  curl -s -b "$TMP/jar" "$API/pledges/coverage"
expect_output "serve hands out the certificate to its signer" "%PDF" \
  bash -c "curl -sf 'http://127.0.0.1:$port$cert_url' -o '$TMP/cert.pdf' && head -c 5 '$TMP/cert.pdf'"
expect_output "the public verification says valid" '"status":"valid"' curl -s "$API/verifikasi/$number"
kill -TERM "$serve_pid"
wait "$serve_pid" || true
expect_output "pledge verify accepts the certificate PDF" "VALID: $number" "$NETRA" pledge verify "$TMP/cert.pdf" --db "$DEMO"
expect_output "pledge verify accepts the certificate number" "VALID: $number" "$NETRA" pledge verify "$number" --db "$DEMO"
expect_output "pledge verify works offline with only the public key" "VALID: $number" \
  "$NETRA" pledge verify "$TMP/cert.pdf" --db "$TMP/none.db" --public-key "$("$NETRA" pledge key --db "$DEMO")"
# Claim another signing time: the embedded record is decoded, one digit of
# signed_at changed, and written back (coreutils and sed only).
record_b64=$(LC_ALL=C grep -ao 'record=[A-Za-z0-9+/=]*' "$TMP/cert.pdf" | head -1 | cut -d= -f2-)
altered_b64=$(printf '%s' "$record_b64" | base64 -d | sed 's/^signed_at:10:1/signed_at:10:2/' | base64 -w0)
LC_ALL=C sed "s|$record_b64|$altered_b64|" "$TMP/cert.pdf" >"$TMP/altered.pdf"
expect_failure "pledge verify rejects a certificate whose time was altered" "INVALID" \
  "$NETRA" pledge verify "$TMP/altered.pdf" --db "$DEMO"
expect_failure "pledge verify rejects another instance's key" "INVALID" \
  "$NETRA" pledge verify "$TMP/cert.pdf" --db "$TMP/none.db" --public-key "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="

# Rescanning the stored social-media events after the lexicon changed.
expect_output "scan --since rescans stored events" "alerts added 0, lexicon version 1" \
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
