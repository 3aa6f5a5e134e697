#!/usr/bin/env bash
# Backup of a deployment: the database (pg_dump, custom format) and the uploads' objects (the bucket), into one folder.
#
#   bash scripts/backup.sh DEST
#
# Reads the deployment's variables (COOP_DB_URL's host, port and database, COOP_DB_USER, COOP_DB_PASSWORD) and the
# bucket: with COOP_STORAGE_S3_ENDPOINT set and the aws CLI present, `aws s3 sync` of COOP_STORAGE_S3_BUCKET; otherwise
# a folder holding the bucket (COOP_STORAGE_BUCKET_DIR: S3Proxy's or MinIO's data folder, make cluster's by default).
# Writes DEST/db.dump, DEST/objects/ and DEST/manifest.txt (row counts, objects and their SHA-256).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST=${1:?usage: backup.sh DEST}
# shellcheck source=scripts/deployment-env.sh
source "$ROOT/scripts/deployment-env.sh"
mkdir -p "$DEST/objects"
started=$(date +%s%N)
PGPASSWORD="$DB_PASSWORD" pg_dump -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -Fc -f "$DEST/db.dump" "$DB_NAME"
if [ -n "${COOP_STORAGE_S3_ENDPOINT:-}" ] && command -v aws > /dev/null; then
  AWS_ACCESS_KEY_ID=$COOP_STORAGE_S3_ACCESS_KEY AWS_SECRET_ACCESS_KEY=$COOP_STORAGE_S3_SECRET_KEY \
    aws --endpoint-url "$COOP_STORAGE_S3_ENDPOINT" s3 sync "s3://$COOP_STORAGE_S3_BUCKET" "$DEST/objects" --only-show-errors
else
  cp -a "$BUCKET_DIR/." "$DEST/objects/"
fi
manifest "$DEST" > "$DEST/manifest.txt"
echo "backup of $DB_NAME in $DEST: $(du -sh "$DEST" | cut -f1), $(( ($(date +%s%N) - started) / 1000000 )) ms"
