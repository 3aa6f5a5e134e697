#!/usr/bin/env bash
# `make bench` (issue #4): builds the server for PostgreSQL and for H2, then, on each database, runs the Gatling
# scenarios of bench/src/test/java (evening flow, line saves at full speed and at a fixed rate, a trivial endpoint as
# baseline) and, on PostgreSQL, pgbench with bench/pgbench/save-line.sql as the ceiling; prints the summary and
# writes it to bench/results.md. Run on this machine only (loopback), not in CI.
#
# The whole run holds /tmp/coop-build.lock: no other heavy job (a build, a test suite) shares the 2 cores meanwhile.
#
# The servers are rebuilt only when backend/ changed since the copy in bench/target/app-* (BENCH_REBUILD=1 forces).
#
# Knobs (environment): BENCH_DBS="pg h2", BENCH_SKIP_BUILD=1 (reuse bench/target/app-* as they are), EVENING_RATE
# (users/s), EVENING_DURATION, SAVE_USERS, SAVE_DURATION, WARMUP_DURATION, WARMUP_RATE, WARMUP_RATE_DURATION, RATE (requests/s of scenarios 3 and 4),
# RATE_USERS, RATE_DURATION, BASELINE_DURATION, PGBENCH_DURATION, BENCH_LADDER=1 (adds GET /api/me and GET adhesion
# at full speed, to split a save's cost), SERVER_JAVA_OPTS (the server's JVM, e.g. "-Xmx512m"), SERVER_PROPS (extra -D of the server,
# e.g. "-Dquarkus.datasource.jdbc.max-size=32"), GATLING_XMX (Gatling's heap).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCK=/tmp/coop-build.lock
if [ -z "${BENCH_HOLDS_LOCK:-}" ]; then
  echo "bench: waiting for $LOCK (one heavy job at a time)…"
  exec env BENCH_HOLDS_LOCK=1 flock "$LOCK" bash "${BASH_SOURCE[0]}" "$@"
fi
cd "$ROOT"

BENCH_DBS="${BENCH_DBS:-pg h2}"
EVENING_RATE="${EVENING_RATE:-2}"
EVENING_DURATION="${EVENING_DURATION:-30}"
SAVE_USERS="${SAVE_USERS:-24}"
SAVE_DURATION="${SAVE_DURATION:-30}"
RATE="${RATE:-200}"
RATE_USERS="${RATE_USERS:-20}"
RATE_DURATION="${RATE_DURATION:-30}"
BASELINE_DURATION="${BASELINE_DURATION:-20}"
WARMUP_DURATION="${WARMUP_DURATION:-15}"
WARMUP_RATE="${WARMUP_RATE:-150}"
WARMUP_RATE_DURATION="${WARMUP_RATE_DURATION:-45}"
PGBENCH_DURATION="${PGBENCH_DURATION:-30}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xms512m -Xmx512m}"
SERVER_PROPS="${SERVER_PROPS:-}"
GATLING_XMX="${GATLING_XMX:-512m}"
COOPERATIVES=2000
PG_PORT=8181
H2_PORT=8182
# Disjoint logins per scenario (999-1000 … 999-2999): a submitted adhesion is locked, and one user per cooperative
# means no stale If-Match by design.
EVENING_FIRST=1000     # EVENING_RATE × EVENING_DURATION cooperatives (≤ 1000)
SAVE_FIRST=2000        # the pgbench clients reuse these adhesions
WARMUP_FIRST=2200      # the warm-up (and BENCH_LADDER's diagnostics)
WARMUP_RATE_FIRST=2300 # the warm-up's second part, at a fixed rate (20 users)
RATE_FIRST=2500

MVNW="$ROOT/backend/mvnw"
OUT="$ROOT/bench/target"
RESULTS="$OUT/results"
mkdir -p "$OUT"
rm -rf "$RESULTS" "$OUT/gatling"
mkdir -p "$RESULTS"
START_TIME=$(date +%s)

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }

SERVER_PID=""
SERVER_DIR=""
SAMPLER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
  rm -f "$RESULTS/server.pid"
}
cleanup() {
  stop_server
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 0. what else runs on the machine (it shares the 2 cores with the measurement) ----------------------------
{
  echo "machine: $(nproc) cores ($(sed -n "s/^model name[[:space:]]*: //p" /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
  echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  others=$(ps -eo pcpu=,comm= --sort=-pcpu | awk '$1 >= 10 {printf "%s (%s %%) ", $2, $1}')
  [ -n "$others" ] && echo "WARNING: other processes were using CPU at start: $others"
  echo "settings: evening ${EVENING_RATE}/s × ${EVENING_DURATION} s; saves ${SAVE_USERS} users × ${SAVE_DURATION} s;" \
       "fixed ${RATE} rps with ${RATE_USERS} users × ${RATE_DURATION} s; server JVM: ${SERVER_JAVA_OPTS} ${SERVER_PROPS};" \
       "Gatling heap ${GATLING_XMX}"
} | tee "$RESULTS/context.txt"
cat > "$RESULTS/settings.json" <<EOF
{"evening_rate": $EVENING_RATE, "evening_duration": $EVENING_DURATION, "save_users": $SAVE_USERS,
 "save_duration": $SAVE_DURATION, "rate": $RATE, "rate_users": $RATE_USERS, "rate_duration": $RATE_DURATION,
 "baseline_duration": $BASELINE_DURATION, "warmup_duration": $WARMUP_DURATION,
 "warmup_rate": $WARMUP_RATE, "warmup_rate_duration": $WARMUP_RATE_DURATION, "pgbench_duration": $PGBENCH_DURATION}
EOF

# --- 1. builds ------------------------------------------------------------------------------------------------
sources_stamp() { # what the server is built from (the SPA is not needed by the bench)
  { echo "$*"; find backend/pom.xml backend/src/main -type f -print0 | sort -z | xargs -0 sha256sum; } | sha256sum | cut -c1-16
}
build() { # $1 = pg|h2, $2… = extra Maven arguments. The db-kind is fixed at build time: one build each.
  local db="$1"; shift
  local stamp
  stamp=$(sources_stamp "$db" "$@")
  if [ -z "${BENCH_REBUILD:-}" ] && [ -f "$OUT/app-$db/quarkus-run.jar" ] && [ "$(cat "$OUT/app-$db/.bench-stamp" 2>/dev/null)" = "$stamp" ]; then
    log "server for $db: up to date with backend/ (BENCH_REBUILD=1 rebuilds anyway)"
    return
  fi
  log "building the server for $db"
  (cd backend && ./mvnw -B -q -ntp package -DskipTests "$@")
  rm -rf "$OUT/app-$db"
  cp -r backend/target/quarkus-app "$OUT/app-$db"
  echo "$stamp" > "$OUT/app-$db/.bench-stamp"
}
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  for db in $BENCH_DBS; do
    case "$db" in
      pg) build pg ;;
      h2) build h2 -Dquarkus.profile=local ;;
    esac
  done
fi
log "compiling the Gatling simulations"
"$MVNW" -B -q -ntp -f bench/pom.xml test-compile

# Where the CPU goes (server, PostgreSQL, Gatling, other), once a second, for the summary.
python3 bench/cpu_sampler.py "$RESULTS/cpu.csv" "$RESULTS/server.pid" &
SAMPLER_PID=$!

# --- 2. the server ---------------------------------------------------------------------------------------------
start_server() { # $1 = pg|h2
  local db="$1" port
  SERVER_DIR=$(mktemp -d /tmp/coop-bench-$db.XXXXXX)
  if [ "$db" = pg ]; then
    port=$PG_PORT
    COOP_DB_URL="jdbc:postgresql://127.0.0.1:5432/coop_bench" COOP_DB_USER=postgres COOP_DB_PASSWORD=postgres \
      COOP_DATA_DIR="$SERVER_DIR" java $SERVER_JAVA_OPTS -Dcoop.demo-data=true -Dcoop.bench.cooperatives=$COOPERATIVES \
      -Dquarkus.http.port=$port $SERVER_PROPS -jar "$OUT/app-pg/quarkus-run.jar" > "$RESULTS/server-$db.log" 2>&1 &
  else
    port=$H2_PORT
    COOP_DATA_DIR="$SERVER_DIR" java $SERVER_JAVA_OPTS -Dquarkus.profile=local -Dcoop.bench.cooperatives=$COOPERATIVES \
      -Dquarkus.http.port=$port $SERVER_PROPS -jar "$OUT/app-h2/quarkus-run.jar" > "$RESULTS/server-$db.log" 2>&1 &
  fi
  SERVER_PID=$!
  echo "$SERVER_PID" > "$RESULTS/server.pid"
  for _ in $(seq 1 180); do
    if curl -sf "http://localhost:$port/q/health/ready" > /dev/null; then
      BASE_URL="http://localhost:$port"
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 1
  done
  echo "The $db server did not start; its log:" >&2
  tail -40 "$RESULTS/server-$db.log" >&2
  exit 1
}

gatling() { # $1 = db, $2 = scenario name, $3 = simulation class, then -D properties
  local db="$1" name="$2" sim="$3"; shift 3
  local dir="$RESULTS/$db-$name"
  mkdir -p "$dir"
  log "$db: $name ($sim $*)"
  if ! "$MVNW" -B -ntp -f bench/pom.xml gatling:test -Dgatling.simulationClass="coop.bench.$sim" \
      -Dgatling.resultsFolder="$dir/gatling" -Dbench.gatling.jvm.xmx="$GATLING_XMX" -Dgatling.failOnError=false \
      -Dbench.baseUrl="$BASE_URL" -Dbench.resultFile="$dir/window.json" "$@" > "$dir/gatling.log" 2>&1; then
    echo "Gatling failed (see $dir/gatling.log):" >&2
    tail -30 "$dir/gatling.log" >&2
  fi
  sed -n '/---- Global Information/,/mean throughput/p' "$dir/gatling.log" | grep -E "request count|50th|99th|throughput" || true
  # Gatling's JVM has stopped; let the server's threads settle before the next scenario.
  sleep 1
}

scenarios() { # $1 = db
  local db="$1"
  # A fresh JVM compiles for minutes: warm the server up on the line saves first (reported, not judged).
  gatling "$db" warmup LineSaveSimulation -Dbench.mode=max -Dbench.firstLogin=$WARMUP_FIRST -Dbench.users="$SAVE_USERS" \
    -Dbench.duration="$WARMUP_DURATION"
  # Then a steady, unsaturated load: C2 compiles the hot paths while it has CPU to spare (under saturation the compiler
  # threads starve and the measures below ran half-compiled code: 270 instead of 330 saves/s on the same build).
  gatling "$db" warmup2 LineSaveSimulation -Dbench.mode=rate -Dbench.firstLogin=$WARMUP_RATE_FIRST -Dbench.users=20 \
    -Dbench.rate="$WARMUP_RATE" -Dbench.duration="$WARMUP_RATE_DURATION"
  gatling "$db" evening EveningFlowSimulation -Dbench.firstLogin=$EVENING_FIRST -Dbench.rate="$EVENING_RATE" \
    -Dbench.duration="$EVENING_DURATION"
  gatling "$db" max LineSaveSimulation -Dbench.mode=max -Dbench.firstLogin=$SAVE_FIRST -Dbench.users="$SAVE_USERS" \
    -Dbench.duration="$SAVE_DURATION"
  gatling "$db" rate LineSaveSimulation -Dbench.mode=rate -Dbench.firstLogin=$RATE_FIRST -Dbench.users="$RATE_USERS" \
    -Dbench.rate="$RATE" -Dbench.duration="$RATE_DURATION"
  gatling "$db" baseline BaselineSimulation -Dbench.users="$RATE_USERS" -Dbench.rate="$RATE" \
    -Dbench.duration="$BASELINE_DURATION"
  if [ -n "${BENCH_LADDER:-}" ]; then # diagnostics: where a save's cost goes
    gatling "$db" ladder-me LineSaveSimulation -Dbench.mode=me -Dbench.firstLogin=$WARMUP_FIRST \
      -Dbench.users="$SAVE_USERS" -Dbench.duration=20
    gatling "$db" ladder-read LineSaveSimulation -Dbench.mode=read -Dbench.firstLogin=$WARMUP_FIRST \
      -Dbench.users="$SAVE_USERS" -Dbench.duration=20
  fi
}

school_years() { # the current school year (1 September – 31 August) and the previous one
  local y m
  y=$(date +%Y); m=$(date +%-m)
  [ "$m" -lt 9 ] && y=$((y - 1))
  echo "$y-$((y + 1)) $((y - 1))-$y"
}

for db in $BENCH_DBS; do
  case "$db" in
    pg)
      log "PostgreSQL: a fresh coop_bench database"
      bash scripts/ensure-postgres.sh postgres > /dev/null
      su postgres -c "dropdb --if-exists coop_bench"
      bash scripts/ensure-postgres.sh coop_bench
      start_server pg
      scenarios pg
      stop_server
      # The ceiling: the SQL of one line save, on the adhesions scenario 2 opened, with as many clients.
      read -r year _ < <(school_years)
      install -m 644 bench/pgbench/save-line.sql /tmp/coop-bench-save-line.sql
      # Twice: over TCP on 127.0.0.1, the way the server reaches PostgreSQL (the ceiling judged), then over the Unix
      # socket, which skips the TCP stack that every request of the server goes through (shown for comparison).
      for transport in tcp socket; do
        log "pg: pgbench ceiling over $transport ($SAVE_USERS clients, ${PGBENCH_DURATION} s)"
        host=""
        [ "$transport" = tcp ] && host="-h 127.0.0.1"
        # the rows a previous pgbench run left (its ids are fixed per client) go first
        su postgres -c "psql -q -d coop_bench -c 'delete from audit_record where id >= 1000000000' \
          -c 'delete from class_line where id >= 1000000000'" > /dev/null
        echo "{\"windowStartMs\": $(date +%s%3N)," > "$RESULTS/pgbench-$transport-window.json"
        su postgres -c "PGPASSWORD=postgres pgbench $host -n -c $SAVE_USERS -j 2 -T $PGBENCH_DURATION -M prepared \
          -D n=0 -D first=$SAVE_FIRST -D year=$year -f /tmp/coop-bench-save-line.sql coop_bench" \
          > "$RESULTS/pgbench-$transport.txt" 2>&1 || true
        echo " \"windowEndMs\": $(date +%s%3N)}" >> "$RESULTS/pgbench-$transport-window.json"
        grep -E "tps|latency average|failed|processed|error" "$RESULTS/pgbench-$transport.txt" \
          || tail -5 "$RESULTS/pgbench-$transport.txt"
      done
      rm -f /tmp/coop-bench-save-line.sql
      ;;
    h2)
      start_server h2
      scenarios h2
      stop_server
      ;;
    *) echo "unknown database $db (pg, h2)" >&2; exit 2 ;;
  esac
  rm -rf "$SERVER_DIR"
done

log "summary ($(( $(date +%s) - START_TIME )) s in all)"
python3 bench/summarize.py "$RESULTS" "$ROOT/bench/results.md"
