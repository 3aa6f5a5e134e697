#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster if needed, sets the postgres user's password and creates the
# database the back-end tests use. For CI and developers' machines (Debian, run as root).
# Usage: scripts/ensure-postgres.sh [database] (default: coop_test). Password: $COOP_DB_PASSWORD or "postgres".
set -euo pipefail
db="${1:-coop_test}"
password="${COOP_DB_PASSWORD:-postgres}"

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "PostgreSQL is not installed: installing Debian's package" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -n | tail -1)
set +e
# the server outlives this script: it must not inherit a descriptor such as the one of a `flock` around the
# build (bench/run.sh, a developer's lock), or the lock would be held for as long as PostgreSQL runs
pg_ctlcluster --skip-systemctl-redirect "$version" main start 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
rc=$?
set -e
if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then  # 2 = already running
  echo "Could not start PostgreSQL $version (exit $rc)" >&2
  exit "$rc"
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"ALTER USER postgres PASSWORD '$password'\""
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$db'\"" | grep -q 1; then
  su postgres -c "createdb $db"
fi
echo "PostgreSQL $version is up; database $db ready on 127.0.0.1:5432"
