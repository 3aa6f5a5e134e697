# Sourced by backup.sh and restore.sh: the deployment's database and bucket, from its environment variables
# (make cluster's by default), and the manifest both compare.
ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
DB_URL=${COOP_DB_URL:-jdbc:postgresql://127.0.0.1:5432/coop_cluster}
DB_USER=${COOP_DB_USER:-postgres}
DB_PASSWORD=${COOP_DB_PASSWORD:-postgres}
_hostport_db=${DB_URL#jdbc:postgresql://}
DB_NAME=${_hostport_db#*/}
DB_NAME=${DB_NAME%%\?*}
_hostport=${_hostport_db%%/*}
DB_HOST=${_hostport%%:*}
DB_PORT=${_hostport#*:}
[ "$DB_PORT" = "$_hostport" ] && DB_PORT=5432
BUCKET_DIR=${COOP_STORAGE_BUCKET_DIR:-$ROOT/target/cluster/s3/${COOP_STORAGE_S3_BUCKET:-coop-documents}}

psql_db() { PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "${2:-$DB_NAME}" -Atc "$1"; }

# manifest FOLDER [DATABASE]: every table's row count, then every object's SHA-256 (of FOLDER/objects)
manifest() {
  local table
  for table in $(psql_db "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1" "${2:-}"); do
    echo "rows $table $(psql_db "select count(*) from \"$table\"" "${2:-}")"
  done
  (cd "$1/objects" && find . -type f ! -name '.*' -print0 | sort -z | xargs -0 -r sha256sum | sed 's/^/object /')
}
