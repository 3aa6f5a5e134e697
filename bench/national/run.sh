#!/usr/bin/env bash
# `make bench`, national scale (issue #6): loads the dataset of generate.sql (100 departments, 50,000 cooperatives,
# 4.6 million members a year, three school years) into PostgreSQL behind a running server, then measures, each beside
# the plain SQL of the same question run by this script (the ceiling):
#   1. the dashboard of the largest department (113: 3,000 cooperatives, 298,000 members)   target p95 < 150 ms
#   2. a filtered, sorted page of its cooperative list                                      target p95 < 50 ms
#   3. the streamed CSV export of its adhesions with their lines (RSS, and the live heap   memory flat
#      sampled by forced GCs during an export of 11,000 lines and of 110,000)
#   4. the import of 50,000 cooperatives (10 new departments × 5,000 rows)                  target < 15 s
#   5. the SEPA direct-debit file of 3,000 debits                                           (time)
#   0. (first) with the books of 2025-2026 (ledgers.sql, 7.5 million entries): the year of 113 summed per heading  target p95 < 200 ms
# Writes bench/national/results.md. Holds /tmp/coop-build.lock for the whole run (one heavy job at a time).
# Knobs: BENCH_SKIP_BUILD=1 (reuse bench/target/app-national), N (requests per latency figure, default 300).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/bench/lib.sh"
bench_hold_lock national "${BASH_SOURCE[0]}" "$@"
cd "$ROOT"

HERE=bench/national
OUT=bench/target/national
APP=bench/target/app-national
DB=coop_national
PORT=8183
BASE="http://localhost:$PORT"
N="${N:-300}"
ADMIN_PASSWORD='Bench-National-Admin-1'
export PGPASSWORD=postgres
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA -d "$DB")
mkdir -p "$OUT"
rm -f "$OUT"/*.log "$OUT"/*.csv "$OUT"/*.xml
M() { python3 "$HERE/measure.py" "$@"; }

trap bench_stop_server EXIT

# --- the server, on a new database --------------------------------------------------------------------------------
export COOP_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD"
bench_fresh_server "$DB" "$PORT" -Dcoop.reminders.rate-per-minute=600

log "loading the national dataset"
load_start=$(date +%s.%N)
"${PSQL[@]}" -f "$HERE/generate.sql" > "$OUT/generate.log"
LOAD_SECONDS=$(echo "$(date +%s.%N) - $load_start" | bc)
DATASET=$(grep '|' "$OUT/generate.log" | tail -1)
echo "loaded in ${LOAD_SECONDS}s: $DATASET (departments|cooperatives|adhesions|class lines|members 2026-2027|members of 113)"
if [ -z "${BENCH_ONLY_REPORTS:-}" ]; then
  log "loading the books of 2025-2026 (150 entries a cooperative)"
  load_start=$(date +%s.%N)
  "${PSQL[@]}" -f "$HERE/ledgers.sql" > "$OUT/ledgers.log"
  LEDGER_SECONDS=$(echo "$(date +%s.%N) - $load_start" | bc)
  LEDGERS=$(grep '|' "$OUT/ledgers.log" | tail -1)
  echo "loaded in ${LEDGER_SECONDS}s: $LEDGERS (entries|parts|heading totals)"
fi
log "loading the annual reports of 2025-2026 (one a cooperative, 90 % validated)"
load_start=$(date +%s.%N)
"${PSQL[@]}" -f "$HERE/reports.sql" > "$OUT/reports.log"
REPORTS_SECONDS=$(echo "$(date +%s.%N) - $load_start" | bc)
REPORTS_LOADED=$(grep '|' "$OUT/reports.log" | tail -1)
echo "loaded in ${REPORTS_SECONDS}s: $REPORTS_LOADED (reports|headings|validated in 113)"

# --- accounts: the admin (bootstrap), and staff113 with the admin's password hash ----------------------------------
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
login() { curl -sf -H 'Content-Type: application/json' -d "{\"login\":\"$1\",\"password\":\"$2\"}" "$BASE/api/auth/login" | json "['token']"; }
first=$(login admin "$ADMIN_PASSWORD")
NEW_PASSWORD='Mesure-Nationale-2026-Zx'
curl -sf -o /dev/null -H "Authorization: Bearer $first" -H 'Content-Type: application/json' \
  -d "{\"currentPassword\":\"$ADMIN_PASSWORD\",\"newPassword\":\"$NEW_PASSWORD\"}" "$BASE/api/auth/password"
ADMIN=$(login admin "$NEW_PASSWORD")
"${PSQL[@]}" -c "insert into user_account (id, login, role, display_name, department_id, password_hash, must_change_password,
  token_generation, enabled, version) select 900000, 'staff113', 'STAFF', 'Staff 113', d.id, a.password_hash, false, 0, true, 0
  from department d, user_account a where d.code = '113' and a.login = 'admin'"
STAFF=$(login staff113 "$NEW_PASSWORD")

YEAR=2026-2027
pgceiling() { # $1 = SQL file: p50 p95 p99 max of N runs, one client
  rm -f "$OUT"/pgbench_log.*
  (cd "$OUT" && pgbench -h 127.0.0.1 -U postgres -n -f "$ROOT/$HERE/sql/$1" -t "$N" -c 1 -l "$DB" > /dev/null 2>&1)
  M pgbench-log "$OUT"/pgbench_log.*
}

# --- 0b. the department's annual reports (issue 19) -----------------------------------------------------------------
log "0b. the annual reports of 2025-2026 of department 113: aggregated accounts (2,700 validated), the queue's first page"
ACCOUNTS=$(M latency "$BASE/api/departments/113/annual-reports/accounts?year=2025-2026" "$STAFF" "$N")
ACCOUNTS_SQL=$(pgceiling aggregated-accounts.sql)
echo "aggregated accounts HTTP p50 p95 p99 max: $ACCOUNTS   SQL: $ACCOUNTS_SQL"
QUEUE=$(M latency "$BASE/api/departments/113/annual-reports?year=2025-2026&size=50" "$STAFF" "$N")
echo "the queue's first page (50 reports) HTTP p50 p95 p99 max: $QUEUE"
if [ -n "${BENCH_ONLY_REPORTS:-}" ]; then exit 0; fi

# --- 0. the department's books (issue 18) ---------------------------------------------------------------------------
log "0. the books of 2025-2026 of department 113 summed per heading (3,000 cooperatives, 450,000 entries)"
BOOKS=$(M latency "$BASE/api/departments/113/books/2025-2026" "$STAFF" "$N")
BOOKS_SQL=$(pgceiling department-books.sql)
echo "HTTP p50 p95 p99 max: $BOOKS   SQL: $BOOKS_SQL"
CHART=$(M latency "$BASE/api/departments/113/ledger-chart/2025-2026" "$STAFF" "$N")
echo "the department's chart of 2025-2026 with each heading's entries, HTTP p50 p95 p99 max: $CHART"
if [ -n "${BENCH_ONLY_BOOKS:-}" ]; then exit 0; fi

# --- 1. dashboard ---------------------------------------------------------------------------------------------------
log "1. dashboard of department 113"
DASH=$(M latency "$BASE/api/departments/113/dashboard?year=$YEAR" "$STAFF" "$N")
DASH_SQL=$(pgceiling dashboard.sql)
echo "HTTP p50 p95 p99 max: $DASH   SQL: $DASH_SQL"
NATIONAL=$(M latency "$BASE/api/dashboard/departments?year=$YEAR" "$ADMIN" 50 5)
echo "national (100 departments) HTTP: $NATIONAL"

# --- 2. a filtered page of the cooperative list -------------------------------------------------------------------------
log "2. cooperatives of 113, submitted, sorted by number, page 3"
LIST=$(M latency "$BASE/api/cooperatives?department=113&year=$YEAR&status=SUBMITTED&sort=number&page=2&size=20" "$STAFF" "$N")
LIST_SQL=$(pgceiling cooperative-page.sql)
echo "HTTP p50 p95 p99 max: $LIST   SQL: $LIST_SQL"

# --- 3. streamed CSV export ---------------------------------------------------------------------------------------------
log "3. CSV export of the class lines of 113 (one row per line, with its adhesion) (3 times; RSS before, peak, after)"
EXPORTS=""
for i in 1 2 3; do
  r=$(M stream "$BASE/api/departments/113/exports/class-lines.csv?year=$YEAR" "$STAFF" "$SERVER_PID" "$OUT/export-$i.csv")
  echo "  run $i: seconds bytes rss_before rss_peak rss_after (MiB) = $r"
  EXPORTS="$EXPORTS$r / "
done
EXPORT_ROWS=$(($(wc -l < "$OUT/export-1.csv") - 1))
start=$(date +%s.%N)
"${PSQL[@]}" -c "\\copy (select c.number, c.school_name, a.status, a.submitted_amount, l.class_name, l.teachers, l.adults, l.pupils
  from adhesion a join cooperative c on c.id = a.cooperative_id join class_line l on l.adhesion_id = a.id
  where c.department_code = '113' and a.school_year = '$YEAR' order by c.number, l.position) to '/dev/null' with (format csv, delimiter ';')"
EXPORT_SQL=$(echo "$(date +%s.%N) - $start" | bc)
echo "rows: $EXPORT_ROWS; SQL COPY of the same rows: ${EXPORT_SQL}s"

# Memory flat: the live heap (after a forced GC) before, during and after an export of this size and of one ten times
# larger: an older year of 113 (2024-2025) given 40 lines an adhesion instead of 4. A server that held the rows would
# show a live heap growing with the file; a streamed export shows the same live heap for both.
log "3b. live heap during the export: $YEAR of 113 ($EXPORT_ROWS lines), then 2024-2025 of 113 with 10 times the lines"
"${PSQL[@]}" -c "insert into class_line (id, adhesion_id, position, class_name, teachers, teacher_email, adults, pupils, to_confirm)
  select nextval('class_line_seq'), a.id, k, 'Classe ' || k, 'Enseignant ' || a.id || '-' || k, 'ens' || a.id || '-' || k || '@example.org',
         1, 24, false
    from adhesion a cross join generate_series(4, 39) k
   where a.department_id = (select id from department where code = '113') and a.school_year = '2024-2025'"
HEAP_SMALL=$(M stream-heap "$BASE/api/departments/113/exports/class-lines.csv?year=$YEAR" "$STAFF" "$SERVER_PID" "$OUT/heap-small.csv" 0.25)
HEAP_BIG=$(M stream-heap "$BASE/api/departments/113/exports/class-lines.csv?year=2024-2025" "$STAFF" "$SERVER_PID" "$OUT/heap-big.csv" 2)
BIG_ROWS=$(($(wc -l < "$OUT/heap-big.csv") - 1))
echo "  $EXPORT_ROWS lines: seconds bytes live-heap before / max during (samples) / after (MiB) = $HEAP_SMALL"
echo "  $BIG_ROWS lines: seconds bytes live-heap before / max during (samples) / after (MiB) = $HEAP_BIG"

# --- 4. import of 50,000 cooperatives -------------------------------------------------------------------------------
log "4. import of 50,000 cooperatives into 10 new departments (5,000 rows each)"
IMPORT_HEADER=$(sed -n 's/^IMPORT_HEADER=//p' "$HERE/import-header.txt")
import_total=0
for d in $(seq 301 310); do
  curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$d\",\"name\":\"OCCE import $d\"}" "$BASE/api/departments" || { echo "could not create department $d"; exit 1; }
  M import-csv 5000 "$d" "$OUT/import-$d.csv" "$IMPORT_HEADER"
  M post-file "$BASE/api/departments/$d/cooperative-imports" "$ADMIN" "$OUT/import-$d.csv" file > "$OUT/import-$d.out"
  r=$(head -1 "$OUT/import-$d.out")
  echo "  department $d: seconds status = $r"
  [ "$(echo "$r" | cut -d' ' -f2)" = 201 ] || [ "$(echo "$r" | cut -d' ' -f2)" = 200 ] || { tail -1 "$OUT/import-$d.out"; exit 1; }
  import_total=$(echo "$import_total + $(echo "$r" | cut -d' ' -f1)" | bc)
done
IMPORTED=$("${PSQL[@]}" -c "select count(*) from cooperative c join department d on d.id = c.department_id where d.code between '301' and '310'")
echo "imported $IMPORTED cooperatives in ${import_total}s"
# the ceiling: the same 50,000 rows inserted by SQL into a scratch copy of the table
start=$(date +%s.%N)
"${PSQL[@]}" -c "create temporary table import_ceiling (like cooperative including all); insert into import_ceiling
  select -id, department_id, department_code, number, school_name, school_type, address_line, postal_code, city, uai,
  school_email, school_phone, mandataire_name, mandataire_email, mandataire_phone, co_signatories, bank_name, bank_account, version
  from cooperative c where c.department_code between '301' and '310'" >/dev/null
IMPORT_SQL=$(echo "$(date +%s.%N) - $start" | bc)

# --- 5. SEPA file of 3,000 debits ------------------------------------------------------------------------------------
log "5. SEPA direct-debit file of 3,000 debits (department 113: every adhesion validated, by direct debit, with a mandate)"
DEBITS=$("${PSQL[@]}" -f "$HERE/sql/sepa-setup.sql" | tail -1)
start=$(date +%s.%N)
BATCH=$(curl -sf -H "Authorization: Bearer $STAFF" -H 'Content-Type: application/json' \
  -d "{\"schoolYear\":\"$YEAR\",\"means\":[\"DIRECT_DEBIT_DECEMBER\"],\"collectionDate\":\"2026-12-10\"}" \
  "$BASE/api/departments/113/sepa-direct-debits" | json "['id']")
SEPA_CREATE=$(echo "$(date +%s.%N) - $start" | bc)
SEPA=$(M stream "$BASE/api/departments/113/sepa-direct-debits/batches/$BATCH/file" "$STAFF" "$SERVER_PID" "$OUT/sepa.xml")
SEPA_COUNT=$(grep -o '<DrctDbtTxInf>' "$OUT/sepa.xml" | wc -l)
echo "$DEBITS adhesions to debit; batch recorded in ${SEPA_CREATE}s; file: seconds bytes rss = $SEPA; transactions: $SEPA_COUNT"
if command -v xmllint >/dev/null; then
  xmllint --noout --schema "$ROOT/backend/src/test/resources/standards/pain.008.001.02.xsd" "$OUT/sepa.xml" && SEPA_VALID="valid against pain.008.001.02.xsd"
fi

# --- results ------------------------------------------------------------------------------------------------------------
{
  echo "# National-scale bench ($(date -u +%Y-%m-%d\ %H:%M) UTC, $(nproc) cores, PostgreSQL $(psql --version | awk '{print $3}'))"
  echo
  echo "Dataset loaded in ${LOAD_SECONDS} s: $DATASET (departments | cooperatives | adhesions | class lines | members 2026-2027 | members of 113)."
  echo "Books of 2025-2026 loaded in ${LEDGER_SECONDS} s: $LEDGERS (entries | parts | heading totals kept by the writes)."
  echo
  echo "| measure | server (p50 / p95 / p99 / max ms) | plain SQL, same question | target |"
  echo "|---|---|---|---|"
  echo "| aggregated accounts of 2025-2026 of 113 (2,700 validated reports) | $ACCOUNTS | $ACCOUNTS_SQL | p95 < 150 ms |"
  echo "| the reports queue of 113, first page of 50 | $QUEUE | — | p95 < 50 ms |"
  echo "| books of 2025-2026 of 113 summed per heading (450,000 entries) | $BOOKS | $BOOKS_SQL | p95 < 200 ms |"
  echo "| the chart of 113 for 2025-2026, with each heading's entries | $CHART | — | — |"
  echo "| dashboard of 113 | $DASH | $DASH_SQL | p95 < 150 ms |"
  echo "| national dashboard (100 departments) | $NATIONAL | — | — |"
  echo "| cooperatives of 113, filtered page | $LIST | $LIST_SQL | p95 < 50 ms |"
  echo "| CSV export of 113 ($EXPORT_ROWS lines): s, bytes, RSS before/peak/after MiB | $EXPORTS | COPY ${EXPORT_SQL} s | memory flat |"
  echo "| live heap (after a forced GC) during the export: s, bytes, MiB before / max during (samples) / after | $EXPORT_ROWS lines: $HEAP_SMALL; $BIG_ROWS lines: $HEAP_BIG | — | memory flat |"
  echo "| import of 50,000 cooperatives (10 × 5,000) | ${import_total} s ($IMPORTED imported) | INSERT … SELECT ${IMPORT_SQL} s | < 15 s |"
  echo "| SEPA file of $SEPA_COUNT debits: batch recorded (s); file download s, bytes, RSS before/peak/after | ${SEPA_CREATE} s; $SEPA ${SEPA_VALID:-} | — | — |"
} | tee "$HERE/results.md"
