#!/usr/bin/env bash
# Restore a backup (scripts/backup.sh) into an EMPTY database and an empty bucket folder, then check it: the same row
# counts as when it was taken, every object's SHA-256 as in the backup, and every document's object present with the
# SHA-256 its row records.
#
#   bash scripts/restore.sh BACKUP DATABASE BUCKET_DIR
#
# DATABASE is created (it must not exist); the server to restore into is COOP_DB_URL's (make cluster's by default).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BACKUP=${1:?usage: restore.sh BACKUP DATABASE BUCKET_DIR}
TARGET_DB=${2:?usage: restore.sh BACKUP DATABASE BUCKET_DIR}
TARGET_BUCKET=${3:?usage: restore.sh BACKUP DATABASE BUCKET_DIR}
# shellcheck source=scripts/deployment-env.sh
source "$ROOT/scripts/deployment-env.sh"
started=$(date +%s%N)
if [ -n "$(psql_db "select 1 from pg_database where datname = '$TARGET_DB'" postgres)" ]; then
  echo "the database $TARGET_DB exists: a restore goes into an empty one" >&2; exit 2
fi
if [ -d "$TARGET_BUCKET" ] && [ -n "$(ls -A "$TARGET_BUCKET")" ]; then
  echo "the bucket folder $TARGET_BUCKET is not empty: a restore goes into an empty one" >&2; exit 2
fi
psql_db "create database \"$TARGET_DB\"" postgres > /dev/null
PGPASSWORD="$DB_PASSWORD" pg_restore -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$TARGET_DB" --no-owner "$BACKUP/db.dump"
mkdir -p "$TARGET_BUCKET"
cp -a "$BACKUP/objects/." "$TARGET_BUCKET/"
took=$(( ($(date +%s%N) - started) / 1000000 ))

# the check: the restored database and bucket against the backup's manifest
mkdir -p "$BACKUP/check"
ln -sfn "$TARGET_BUCKET" "$BACKUP/check/objects"
manifest "$BACKUP/check" "$TARGET_DB" > "$BACKUP/check/manifest.txt"
if ! diff -u "$BACKUP/manifest.txt" "$BACKUP/check/manifest.txt"; then
  echo "RESTORE DIFFERS from the backup (above)" >&2; exit 1
fi
missing=0
while IFS='|' read -r key sha; do
  file="$TARGET_BUCKET/$key"
  if [ ! -f "$file" ] || [ "$(sha256sum < "$file" | cut -d' ' -f1)" != "$sha" ]; then
    echo "document object $key: missing or not its SHA-256" >&2; missing=$((missing + 1))
  fi
done < <(psql_db "select storage_key, sha256 from document" "$TARGET_DB")
[ "$missing" = 0 ] || exit 1
echo "restored into $TARGET_DB and $TARGET_BUCKET in $took ms: $(grep -c '^rows' "$BACKUP/manifest.txt") tables with the same row counts," \
  "$(grep -c '^object' "$BACKUP/manifest.txt") objects with the same SHA-256, every document's object as its row records"
