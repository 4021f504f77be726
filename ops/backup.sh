#!/usr/bin/env bash
# Backup of the platform's database: one pg_dump in PostgreSQL's custom format (compressed, restorable table by
# table), taken while the platform runs (pg_dump reads one consistent snapshot). The uploads and blobs of the data
# directory (jiqitong.data-dir: uploads/, blobs/) are files: back them up with the dump, e.g. with rsync.
#   ops/backup.sh <database URL, e.g. postgresql://user@host:5432/jiqitong> <file.dump>
# The password comes from PGPASSWORD or ~/.pgpass, never from the command line.
set -euo pipefail
url="${1:?database URL}"
out="${2:?dump file}"
pg_dump --format=custom --no-owner --no-privileges --file="$out" "$url"
pg_restore --list "$out" > /dev/null   # the dump reads back
echo "backup written: $out ($(du -h "$out" | cut -f1))"
