#!/usr/bin/env bash
# Restore a backup of ops/backup.sh into a new, empty database (never over a live one), then point the platform at
# it (SPRING_DATASOURCE_URL) and start it: Flyway finds the schema at its version and applies any newer migrations.
#   ops/restore.sh <file.dump> <URL of the new, empty database>
set -euo pipefail
in="${1:?dump file}"
url="${2:?URL of an empty database}"
tables=$(psql -At "$url" -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
if [ "$tables" != "0" ]; then
  echo "refused: the target database already has $tables tables; restore into a new, empty database" >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$url" "$in"
echo "restored $in into $url"
