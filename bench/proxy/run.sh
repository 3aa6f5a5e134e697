#!/usr/bin/env bash
# The load of `make bench` through nginx (issue 20): deploy/nginx.conf in front of two replicas of the PostgreSQL
# server, then in front of one, in the same run, with the same database and the same warmed-up JVMs. Two Gatling
# scenarios each time: the evening flow (an open model: EVENING_RATE cooperatives a second log in, fill and submit
# their adhesion; its p99 is the user's wait) and the line saves at full speed (SAVE_USERS users, no pause; its
# throughput is the capacity). Writes the table to bench/proxy/results.md. On this machine only (loopback), not in CI.
#
#   bash bench/proxy/run.sh        (PROXY_JAVA_OPTS: the replicas' JVM, default the heap of make bench and the full JIT;
#                                   PROXY_JAVA_HOME: another JDK for the replicas, such as the machine's Temurin 25)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/bench/lib.sh"
# shellcheck source=scripts/local-nginx.sh
source "$ROOT/scripts/local-nginx.sh"
bench_hold_lock proxy "${BASH_SOURCE[0]}" "$@"
cd "$ROOT"

OUT="$ROOT/bench/target/proxy"
APP="$OUT/app"
DB=coop_bench_proxy
PORTS=(8281 8282)
PROXY_PORT=8288
EVENING_RATE="${EVENING_RATE:-2}"
EVENING_DURATION="${EVENING_DURATION:-30}"   # EVENING_RATE × EVENING_DURATION ≤ 100 (the logins of a run)
SAVE_USERS="${SAVE_USERS:-24}"               # ≤ 30
SAVE_DURATION="${SAVE_DURATION:-30}"
PROXY_JAVA_OPTS="${PROXY_JAVA_OPTS:--Xms512m -Xmx512m}"
JAVA="${PROXY_JAVA_HOME:+$PROXY_JAVA_HOME/bin/}java"
JVM="$("$JAVA" -version 2>&1 | head -1 | sed 's/ version//; s/"//g')"
MVNW="$ROOT/backend/mvnw"
mkdir -p "$OUT/logs" "$OUT/nginx" "$OUT/secrets"
rm -rf "$OUT/results" && mkdir -p "$OUT/results"

PIDS=()
cleanup() {
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -f "$APP/quarkus-run.jar" ]; then
  log "building the server (PostgreSQL)"
  (cd backend && ./mvnw -B -q -ntp package -DskipTests)
  rm -rf "$APP" && cp -r backend/target/quarkus-app "$APP"
fi
if [ ! -f "$OUT/secrets/jwt-private.pem" ]; then # the replicas verify each other's tokens: one key pair
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/secrets/jwt-private.pem" 2> /dev/null
  openssl pkey -in "$OUT/secrets/jwt-private.pem" -pubout -out "$OUT/secrets/jwt-public.pem"
fi
bash scripts/ensure-postgres.sh postgres > /dev/null
su postgres -c "dropdb --if-exists $DB" && su postgres -c "createdb $DB"
export COOP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" COOP_DB_USER=postgres COOP_DB_PASSWORD=postgres
export COOP_JWT_PRIVATE_KEY_FILE="$OUT/secrets/jwt-private.pem" COOP_JWT_PUBLIC_KEY_FILE="$OUT/secrets/jwt-public.pem"
export COOP_BEHIND_PROXY=true COOP_DATA_DIR="$OUT/data"

replica() { # N [extra -D…]: started, until ready; the first one makes the schema and the 2,000 bench cooperatives
  local n=$1 port=${PORTS[$(($1 - 1))]}
  shift
  # shellcheck disable=SC2086
  "$JAVA" $PROXY_JAVA_OPTS -Dquarkus.http.port="$port" "$@" -jar "$APP/quarkus-run.jar" > "$OUT/logs/app$n.log" 2>&1 &
  PIDS+=("$!")
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && return 0; sleep 1; done
  tail -30 "$OUT/logs/app$n.log"; exit 1
}
log "two replicas on :${PORTS[0]} and :${PORTS[1]} ($JVM $PROXY_JAVA_OPTS)"
replica 1 -Dcoop.demo-data=true -Dcoop.bench.cooperatives=2000
replica 2

nginx_with() { # N: nginx with deploy/nginx.conf, its upstream the first N replicas
  if [ "$1" = 2 ]; then
    local_nginx_conf "$ROOT" "$OUT" "$PROXY_PORT" "127.0.0.1:${PORTS[0]}" "127.0.0.1:${PORTS[1]}"
  else
    local_nginx_conf "$ROOT" "$OUT" "$PROXY_PORT" "127.0.0.1:${PORTS[0]}"
  fi
  local nginx
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  if [ -f "$OUT/nginx/nginx.pid" ] && kill -0 "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null; then
    "$nginx" -c "$OUT/nginx/nginx.conf" -p "$OUT/nginx" -s reload
    sleep 2 # the old worker finishes its connections
  else
    "$nginx" -c "$OUT/nginx/nginx.conf" -p "$OUT/nginx"
  fi
  curl -sf "http://127.0.0.1:$PROXY_PORT/q/health/ready" > /dev/null
}

log "compiling the Gatling simulations"
"$MVNW" -B -q -ntp -f bench/pom.xml test-compile

gatling() { # name simulation -D…: through nginx; prints and keeps requests, throughput, p50, p99, errors
  local name=$1 sim=$2 dir="$OUT/results/$1"
  shift 2
  mkdir -p "$dir"
  log "$name ($sim $*)"
  "$MVNW" -B -ntp -f bench/pom.xml gatling:test -Dgatling.simulationClass="coop.bench.$sim" \
    -Dgatling.resultsFolder="$dir/gatling" -Dgatling.failOnError=false -Dbench.gatling.jvm.xmx=512m \
    -Dbench.baseUrl="http://127.0.0.1:$PROXY_PORT" -Dbench.resultFile="$dir/window.json" "$@" > "$dir/gatling.log" 2>&1 \
    || { echo "Gatling failed, see $dir/gatling.log"; tail -20 "$dir/gatling.log"; }
  sed -n '/---- Global Information/,/mean throughput/p' "$dir/gatling.log" | grep -E "request count|50th|99th|throughput" || true
  sleep 1
}

# Both JVMs warm up through the proxy first (a fresh JVM compiles for minutes), on cooperatives no scenario uses.
nginx_with 2
gatling warmup LineSaveSimulation -Dbench.mode=max -Dbench.firstLogin=2200 -Dbench.users="$SAVE_USERS" -Dbench.duration=30
# One replica, two, one, two: each JVM keeps compiling for minutes, so a single pass favours whichever runs last.
# Disjoint logins per run: a submitted adhesion is locked, one user per cooperative.
run=0
for round in 1 2; do
  for replicas in 1 2; do
    nginx_with "$replicas"
    gatling "evening-$replicas-r$round" EveningFlowSimulation -Dbench.firstLogin=$((1000 + run * 100)) \
      -Dbench.rate="$EVENING_RATE" -Dbench.duration="$EVENING_DURATION"
    gatling "max-$replicas-r$round" LineSaveSimulation -Dbench.mode=max -Dbench.firstLogin=$((2000 + run * 30)) \
      -Dbench.users="$SAVE_USERS" -Dbench.duration="$SAVE_DURATION"
    run=$((run + 1))
  done
done

python3 bench/proxy/summarize.py "$OUT/results" "$JVM $PROXY_JAVA_OPTS" | tee "$ROOT/bench/proxy/results.md"
