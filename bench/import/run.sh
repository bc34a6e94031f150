#!/usr/bin/env bash
# Import benchmark: rows/s of `netra import employees` beside the databases'
# own bulk loaders, on the same generated CSV, in one run.
#
#   bench/import/run.sh [ROWS] [POSTGRES_URL]
#
#   ROWS          employees to generate (default 4300000, the national workforce)
#   POSTGRES_URL  a PostgreSQL server to also measure (c) and (d) against, e.g.
#                 the one scripts/pg-test-server start prints. A database
#                 netra_bench_<pid> is created there and dropped afterwards.
#
# Environment: BUILD (build folder, default build), NETRA (the binary; default
# BUILD/src/cli/netra, else BUILD/bench/import/netra-import), WORK (scratch
# folder, default a new one under /tmp, removed unless KEEP=1).
#
# Measures, each on a fresh database:
#   (a) netra import employees into SQLite      (regions and agencies loaded first, not timed)
#   (b) sqlite3 .import of the same CSV into a bare table
#   (c) netra import employees into PostgreSQL  (when POSTGRES_URL is given)
#   (d) PostgreSQL COPY of the same CSV into a bare table (psql \copy)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ROWS=${1:-4300000}
PG_URL=${2:-}
BUILD=${BUILD:-$ROOT/build}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/netra-import-bench.XXXXXX")}
REGIONS=$ROOT/third_party/npm/node_modules/idn-area-data/data

if [[ -z ${NETRA:-} ]]; then
  if [[ -x $BUILD/src/cli/netra ]]; then NETRA=$BUILD/src/cli/netra; else NETRA=$BUILD/bench/import/netra-import; fi
fi
GEN=$BUILD/bench/import/gen_employees
if [[ ! -x $GEN || ! -x $NETRA ]]; then
  cmake --build "$BUILD" --target gen_employees netra-import
fi
command -v sqlite3 >/dev/null || { echo "run.sh: sqlite3 is not installed" >&2; exit 1; }

PG_DB=""
cleanup() {
  if [[ -n $PG_DB ]]; then psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true; fi
  if [[ ${KEEP:-0} != 1 ]]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

now() { date +%s.%N; }
RESULTS=()
# record LABEL ROWS START END
record() {
  RESULTS+=("$1|$2|$(awk -v s="$3" -v e="$4" 'BEGIN { printf "%.2f", e - s }')")
}

echo "== generating $ROWS employees in $WORK" >&2
"$GEN" --regions "$REGIONS" --out "$WORK" --rows "$ROWS"
CSV=$WORK/employees.csv
ls -l "$CSV" >&2

# (a)
DB=$WORK/netra.db
echo "== (a) netra import into SQLite ($NETRA)" >&2
"$NETRA" import regions --from "$REGIONS" --db "$DB" >&2
"$NETRA" import agencies "$WORK/agencies.csv" --db "$DB" >&2
start=$(now)
"$NETRA" import employees "$CSV" --db "$DB" --today 2024-10-01 >&2
end=$(now)
record "netra import employees -> SQLite" "$ROWS" "$start" "$end"

# (b)
BARE_COLUMNS="nip TEXT, nama TEXT, jenis_pegawai TEXT, kategori_jabatan TEXT, nama_jabatan TEXT,
  golongan TEXT, jenis_kelamin TEXT, kode_instansi TEXT, kode_unit TEXT, kode_wilayah TEXT"
echo "== (b) sqlite3 .import into a bare table" >&2
sqlite3 "$WORK/bare.db" "CREATE TABLE bare ($BARE_COLUMNS);"
start=$(now)
sqlite3 "$WORK/bare.db" ".import --csv --skip 1 $CSV bare"
end=$(now)
record "sqlite3 .import -> bare table" "$ROWS" "$start" "$end"

if [[ -n $PG_URL ]]; then
  PG_DB=netra_bench_$$
  psql -q -v ON_ERROR_STOP=1 "$PG_URL" -c "CREATE DATABASE $PG_DB" >/dev/null
  BENCH_URL=${PG_URL%/*}/$PG_DB
  # (c)
  echo "== (c) netra import into PostgreSQL" >&2
  "$NETRA" import regions --from "$REGIONS" --db "$BENCH_URL" >&2
  "$NETRA" import agencies "$WORK/agencies.csv" --db "$BENCH_URL" >&2
  start=$(now)
  "$NETRA" import employees "$CSV" --db "$BENCH_URL" --today 2024-10-01 >&2
  end=$(now)
  record "netra import employees -> PostgreSQL" "$ROWS" "$start" "$end"
  # (d)
  echo "== (d) PostgreSQL COPY into a bare table" >&2
  psql -q -v ON_ERROR_STOP=1 "$BENCH_URL" -c "CREATE TABLE bare ($BARE_COLUMNS)" >/dev/null
  start=$(now)
  psql -q -v ON_ERROR_STOP=1 "$BENCH_URL" -c "\\copy bare FROM '$CSV' WITH (FORMAT csv, HEADER true)"
  end=$(now)
  record "PostgreSQL COPY -> bare table" "$ROWS" "$start" "$end"
fi

echo
echo "Import benchmark: $ROWS rows ($(du -h "$CSV" | cut -f1) CSV), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-40s %10s %9s %10s %14s\n' "method" "rows" "seconds" "rows/s" "vs (a)"
base=""
for r in "${RESULTS[@]}"; do
  IFS='|' read -r label rows secs <<<"$r"
  rate=$(awk -v n="$rows" -v s="$secs" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
  [[ -z $base ]] && base=$rate
  ratio=$(awk -v r="$rate" -v b="$base" 'BEGIN { printf "%.2fx", (b > 0 ? r / b : 0) }')
  printf '%-40s %10s %9s %10s %14s\n' "$label" "$rows" "$secs" "$rate" "$ratio"
done
