# Sourced by the benches that drive a PostgreSQL server of their own (bench/national/run.sh, bench/ledger/run.sh).
# Each sets ROOT, OUT (its output folder) and APP (its server's copy) before calling these.

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }

# bench_hold_lock NAME SCRIPT ARGS…: runs SCRIPT again under /tmp/coop-build.lock unless it holds it already, so that
# no build or test suite started through the lock shares the 2 cores with the measurement.
bench_hold_lock() {
  local name="$1" script="$2"
  shift 2
  if [ -z "${BENCH_HOLDS_LOCK:-}" ]; then
    echo "bench ($name): waiting for /tmp/coop-build.lock (one heavy job at a time)…"
    exec env BENCH_HOLDS_LOCK=1 flock /tmp/coop-build.lock bash "$script" "$@"
  fi
}

SERVER_PID=""
bench_stop_server() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi; SERVER_PID=""; }

# bench_fresh_server DB PORT JAVA_ARGS…: builds the server into $APP (unless BENCH_SKIP_BUILD=1 and it is there), drops
# and creates the database DB, starts the server on it (Flyway creates the schema) and waits until it is ready.
# Extra environment for the server: export it before the call. Sets SERVER_PID; the log is $OUT/server.log.
bench_fresh_server() {
  local db="$1" port="$2"
  shift 2
  if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -f "$APP/quarkus-run.jar" ]; then
    log "building the server (PostgreSQL)"
    (cd "$ROOT/backend" && ./mvnw -B -q -ntp package -DskipTests)
    rm -rf "$APP" && cp -r "$ROOT/backend/target/quarkus-app" "$APP"
  fi
  bash "$ROOT/scripts/ensure-postgres.sh" postgres >/dev/null
  su postgres -c "dropdb --if-exists $db" && su postgres -c "createdb $db"
  local data
  data=$(mktemp -d "/tmp/coop-$db.XXXXXX")
  log "starting the server on $db"
  COOP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" COOP_DB_USER=postgres COOP_DB_PASSWORD=postgres COOP_DATA_DIR="$data" \
    "${BENCH_JAVA_HOME:+$BENCH_JAVA_HOME/bin/}java" -Xms512m -Xmx512m ${BENCH_JVM_OPTS:-} -Dquarkus.http.port="$port" "$@" -jar "$APP/quarkus-run.jar" > "$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 180); do curl -sf "http://localhost:$port/q/health/ready" >/dev/null && return 0; kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
  tail -40 "$OUT/server.log"
  exit 1
}
