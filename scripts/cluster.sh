#!/usr/bin/env bash
# make cluster / make cluster-stop: the topology of docker-compose.yml on this machine, without Docker, with the same
# environment variables: the machine's PostgreSQL, S3Proxy (a real S3 server on a local folder) for the uploads,
# GreenMail (a real SMTP server that keeps what it receives), two replicas of the server jar, and Debian's nginx with
# deploy/nginx.conf in front, on http://localhost:8088. Everything it starts is stopped by process id.
#
#   bash scripts/cluster.sh start    (CLUSTER_SKIP_BUILD=1 reuses target/cluster/app)
#   bash scripts/cluster.sh stop
#   bash scripts/cluster.sh status
#   bash scripts/cluster.sh kill-replica N | start-replica N | stop-storage | start-storage   (make chaos)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/target/cluster"
PIDS="$DIR/pids"
PROXY_PORT="${CLUSTER_PORT:-8088}"
APP_PORTS=(8181 8182)
S3_PORT=8190
SMTP_PORT=3025
GREENMAIL_API_PORT=8191
DB=coop_cluster
S3PROXY=org.gaul:s3proxy:2.6.0:jar:jar-with-dependencies
GREENMAIL=com.icegreen:greenmail-standalone:2.1.13:jar
# shellcheck source=scripts/local-nginx.sh
source "$ROOT/scripts/local-nginx.sh"

log() { echo "== $(date +%H:%M:%S)  $*"; }

start_process() { # name command… : started in the background, its pid kept, its output in $DIR/logs/name.log
  local name=$1; shift
  echo "== $(date -u +%FT%TZ) started: $*" >> "$DIR/logs/$name.log" # appended: a restarted part keeps its past
  "$@" >> "$DIR/logs/$name.log" 2>&1 &
  echo "$! $name" >> "$PIDS"
}

wait_for() { # url seconds [any]: until it answers 2xx (or, with "any", anything HTTP)
  for _ in $(seq 1 "$2"); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)
    if [ "${3:-}" = any ] && [ "$code" != 000 ]; then return 0; fi
    case "$code" in 2??) return 0 ;; esac
    sleep 1
  done
  echo "not answering: $1" >&2; return 1
}

fetch_jar() { # maven coordinates → path of the jar (from Maven Central, through the project's Maven wrapper)
  (cd "$ROOT/backend" && ./mvnw -B -q -ntp dependency:copy -Dartifact="$1" -DoutputDirectory="$DIR/lib" -Dmdep.stripVersion=true) >&2
}

app_env() { # docker-compose.yml's environment, pointed at this machine's parts
  export COOP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" COOP_DB_USER=postgres COOP_DB_PASSWORD=postgres
  export COOP_JWT_PRIVATE_KEY_FILE="$DIR/secrets/jwt-private.pem" COOP_JWT_PUBLIC_KEY_FILE="$DIR/secrets/jwt-public.pem"
  export COOP_BEHIND_PROXY=true COOP_BOOTSTRAP_ADMIN_PASSWORD="${COOP_BOOTSTRAP_ADMIN_PASSWORD:-Cluster-Admin-2026}"
  export COOP_STORAGE_KIND=s3 COOP_STORAGE_S3_ENDPOINT="http://127.0.0.1:$S3_PORT" COOP_STORAGE_S3_REGION=us-east-1
  export COOP_STORAGE_S3_BUCKET=coop-documents COOP_STORAGE_S3_ACCESS_KEY=coop COOP_STORAGE_S3_SECRET_KEY=cluster-secret-key
  export COOP_STORAGE_MAX_UPLOAD_SIZE=10M COOP_PUBLIC_URL="http://localhost:$PROXY_PORT"
  export COOP_SMTP_HOST=127.0.0.1 COOP_SMTP_PORT=$SMTP_PORT COOP_SMTP_STARTTLS=DISABLED
  export COOP_DATA_DIR="$DIR/data"
  # faster than production's defaults, so that make chaos sees a reminder to 1,000 schools leave within a minute
  # and a dead replica's unsent emails taken over within 45 s (GreenMail keeps whatever it receives)
  export COOP_REMINDERS_RATE_PER_MINUTE="${COOP_REMINDERS_RATE_PER_MINUTE:-1200}" COOP_MAIL_LEASE="${COOP_MAIL_LEASE:-PT30S}"
}

start_storage() { # S3Proxy on the folder $DIR/s3 (its configuration written by start)
  start_process s3proxy java -Xmx256m -jar "$DIR/lib/s3proxy-jar-with-dependencies.jar" --properties "$DIR/s3proxy.conf"
}

stop_storage() { # make chaos: the object storage goes away (kill -9, as a crashed MinIO would)
  local pid
  pid=$(awk '$2 == "s3proxy" { p = $1 } END { print p }' "$PIDS")
  kill -9 "$pid" && echo "s3proxy ($pid) killed with -9"
}

start_replica() { # N: replica N on its port, until ready (measured)
  local n=$1 port=${APP_PORTS[$(($1 - 1))]} t0
  # the replicas' JVM: the machine's java (17), or CLUSTER_JAVA_HOME (a JDK 25 to use its AOT cache)
  local java="${CLUSTER_JAVA_HOME:+$CLUSTER_JAVA_HOME/bin/}java" cache
  cache=$(sh "$ROOT/deploy/start-cache.sh" "$java" "$DIR/app/app-cds" "$([ "$n" = 1 ] && echo yes || echo no)")
  # CLUSTER_JVM_OPTS=-XX:TieredStopAtLevel=1 (C1 only) starts a replica in 2.9-3.5 s instead of 4.1-5.2 s, since C2's
  # compiler threads no longer take a core of the two from the start-up, but its saves per second are half those of
  # the full JIT once warm (bench/proxy/results.md): production keeps the full JIT, and so does the cluster by default
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  start_process "app$n" "$java" -Xmx512m ${CLUSTER_JVM_OPTS:-} $cache -Dquarkus.http.port="$port" -jar "$DIR/app/quarkus-run.jar"
  # polled every 0.1 s, so that the time printed (make chaos reads it) is the start's, not the polling's
  local pid
  pid=$(tail -1 "$PIDS" | cut -d' ' -f1)
  for _ in $(seq 1 900); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
    kill -0 "$pid" 2> /dev/null || { echo "app$n ended before it was ready: $DIR/logs/app$n.log" >&2; return 1; }
    sleep 0.1
  done
  curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" || { echo "app$n not ready after 90 s" >&2; return 1; }
  echo "app$n ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

stop() {
  [ -f "$PIDS" ] || { echo "no cluster started from $DIR"; return 0; }
  while read -r pid name; do
    if kill "$pid" 2>/dev/null; then echo "stopped $name ($pid)"; fi
  done < "$PIDS"
  # the replicas end gracefully (the first one may be writing the start cache: Java 25's AOT cache takes 15 s)
  while read -r pid name; do
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  done < "$PIDS"
  if [ -f "$DIR/nginx/nginx.pid" ]; then kill "$(cat "$DIR/nginx/nginx.pid")" 2>/dev/null && echo "stopped nginx"; fi
  rm -f "$PIDS"
}

start() {
  [ -f "$PIDS" ] && stop
  mkdir -p "$DIR/logs" "$DIR/lib" "$DIR/secrets" "$DIR/s3/coop-documents" "$DIR/nginx"
  : > "$PIDS"

  log "PostgreSQL (the machine's cluster), database $DB"
  bash "$ROOT/scripts/ensure-postgres.sh" "$DB"
  # the database and the bucket's folder are one deployment: the database names the folder it belongs to (its comment),
  # and a cluster started from another folder (a fresh clone, a removed target/) starts from an empty database, or its
  # rows would name objects that the other folder holds
  local owner
  owner=$(PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d postgres -Atc \
    "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'")
  if [ "$owner" != "$DIR" ]; then
    log "the database $DB is not this folder's (${owner:-no owner}): this cluster starts from an empty database and bucket"
    PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database $DB with (force)"
    bash "$ROOT/scripts/ensure-postgres.sh" "$DB"
    PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d postgres -qc "comment on database $DB is '$DIR'"
    rm -rf "$DIR/s3/coop-documents" && mkdir -p "$DIR/s3/coop-documents"
  fi

  if ! command -v nginx > /dev/null && [ ! -x /usr/sbin/nginx ]; then
    log "installing Debian's nginx (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light > /dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx > /dev/null
  fi
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)

  log "S3Proxy and GreenMail from Maven Central"
  [ -f "$DIR/lib/s3proxy-jar-with-dependencies.jar" ] || fetch_jar "$S3PROXY"
  [ -f "$DIR/lib/greenmail-standalone.jar" ] || fetch_jar "$GREENMAIL"

  if [ "${CLUSTER_SKIP_BUILD:-}" != 1 ] || [ ! -d "$DIR/app" ]; then
    log "building the server (PostgreSQL) and the SPA"
    (cd "$ROOT" && make -s frontend-build > /dev/null)
    (cd "$ROOT/backend" && ./mvnw -B -q -ntp package -DskipTests)
    rm -rf "$DIR/app" && cp -r "$ROOT/backend/target/quarkus-app" "$DIR/app"
  fi

  # the replicas share one key pair: each verifies the tokens the other signed
  if [ ! -f "$DIR/secrets/jwt-private.pem" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DIR/secrets/jwt-private.pem" 2> /dev/null
    openssl pkey -in "$DIR/secrets/jwt-private.pem" -pubout -out "$DIR/secrets/jwt-public.pem"
  fi

  log "S3Proxy on :$S3_PORT (the bucket coop-documents is the folder $DIR/s3/coop-documents)"
  cat > "$DIR/s3proxy.conf" <<EOF
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=coop
s3proxy.credential=cluster-secret-key
jclouds.provider=filesystem
jclouds.filesystem.basedir=$DIR/s3
EOF
  start_storage

  log "GreenMail: SMTP on :$SMTP_PORT, what it received at http://127.0.0.1:$GREENMAIL_API_PORT/api/user"
  start_process greenmail java -Xmx256m -Dgreenmail.setup.test.smtp -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
    -Dgreenmail.api.port=$GREENMAIL_API_PORT -Dgreenmail.api.hostname=127.0.0.1 -jar "$DIR/lib/greenmail-standalone.jar"

  app_env

  wait_for "http://127.0.0.1:$S3_PORT/" 30 any
  wait_for "http://127.0.0.1:$GREENMAIL_API_PORT/api/service/readiness" 30 any
  # the first one migrates the schema: the second starts once it is ready
  for n in 1 2; do
    log "replica app$n on :${APP_PORTS[$((n - 1))]}"
    start_replica "$n"
  done

  log "nginx with deploy/nginx.conf on :$PROXY_PORT"
  local_nginx_conf "$ROOT" "$DIR" "$PROXY_PORT" "127.0.0.1:${APP_PORTS[0]}" "127.0.0.1:${APP_PORTS[1]}"
  "$NGINX" -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx"
  wait_for "http://127.0.0.1:$PROXY_PORT/q/health/ready" 30

  cat <<EOF

The cluster answers on http://localhost:$PROXY_PORT (nginx → app1 :${APP_PORTS[0]}, app2 :${APP_PORTS[1]}).
  PostgreSQL   127.0.0.1:5432/$DB         (production: the managed PostgreSQL)
  S3Proxy      http://127.0.0.1:$S3_PORT        (production: the object storage, MinIO in docker-compose.yml)
  GreenMail    smtp 127.0.0.1:$SMTP_PORT, received: http://127.0.0.1:$GREENMAIL_API_PORT/api/user   (production: the SMTP relay)
  admin login  admin / $COOP_BOOTSTRAP_ADMIN_PASSWORD
  logs         $DIR/logs
Stop it with: make cluster-stop
EOF
}

status() {
  [ -f "$PIDS" ] || { echo "not started"; return 0; }
  while read -r pid name; do
    if kill -0 "$pid" 2>/dev/null; then echo "$name: running ($pid)"; else echo "$name: stopped"; fi
  done < "$PIDS"
}

kill_replica() { # N: kill -9, as a crash would
  local pid
  pid=$(awk -v n="app$1" '$2 == n { p = $1 } END { print p }' "$PIDS")
  kill -9 "$pid" && echo "app$1 ($pid) killed with -9"
}

case "${1:-start}" in
  start) start ;;
  kill-replica) kill_replica "$2" ;;
  start-replica) app_env; start_replica "$2" ;;
  stop-storage) stop_storage ;;
  start-storage) start_storage; wait_for "http://127.0.0.1:$S3_PORT/" 30 any && echo "s3proxy answering" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
