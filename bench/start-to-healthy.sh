#!/usr/bin/env bash
# Start to healthy (/actuator/health UP) with the embedded database and demo data, on a fresh data directory
# (first start: initdb, migrations, 20,000 demo entities) and again on the same directory (demo data present).
# Needs the jar: ./mvnw -q install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=app/target/jiqitong-app-0.1.0-SNAPSHOT-exec.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -q install -DskipTests" >&2; exit 1; }
PORT=${PORT:-18080}
DATA=$(mktemp -d /tmp/jiqitong-start-XXXX)

measure() {
  local start end pid
  start=$(date +%s.%N)
  JIQITONG_DATA_DIR="$DATA" java -jar "$JAR" --server.port="$PORT" > "$DATA/app-$1.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the application died; see $DATA/app-$1.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  printf '| %-44s | %8.1f s |\n' "$2" "$(echo "$end - $start" | bc)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

printf '| %-44s | %10s |\n|%s|%s|\n' "start" "to healthy" "----------------------------------------------" "------------"
measure first "first start (initdb, demo entities, seed library)"
measure second "second start (demo data present)"
measure third "third start (demo data present)"
rm -rf "$DATA"
