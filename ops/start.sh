#!/usr/bin/env bash
# Starts the platform from its executable jar the fast way, for production and for every restart:
#  1. the jar extracted once into a directory of plain jars (a class from a plain jar loads faster than from a jar
#     nested in the executable one), again whenever the jar or the JDK changes;
#  2. a class-data-sharing archive (AppCDS, JDK 17+) of the classes a start loads, written by one training start that
#     stops once the application context is ready (Spring's spring.context.exit=onRefresh: the web server does not
#     open, no job runs); every later start maps those ~13,000 classes instead of finding, parsing and verifying them.
# Measured on 2 cores (bench/README.md): a restart of the demo to UP in 6.2-7.4 s instead of 11.6-13.3 s with `java -jar`.
#
#   ops/start.sh [--prepare] [platform arguments, e.g. --server.port=8080]
#
#   --prepare         extract and train, then exit (a deploy step, so that the first start after a deploy is fast too)
#   JIQITONG_JAR      the executable jar (default app/target/jiqitong-app-0.1.0-SNAPSHOT-exec.jar)
#   JIQITONG_RUN_DIR  where the extracted jar and the archive live (default ./run); safe to delete at any time
#   JAVA_OPTS         JVM options, e.g. "-Xmx2g"; the platform's settings come from the environment as with java -jar
#
# The training start is a start: it connects to the database and applies Flyway's migrations, and with the embedded
# database it starts it (and loads the demo data on a first start). It halts the JVM without stopping the embedded
# PostgreSQL; the start after it stops that server as it stops one left by a crash (README, "kill -9"). If training
# fails, its log is shown and the platform starts without the archive; if the JVM cannot use the archive (another
# JDK, other GC options), it starts without it and says so in its log ([cds] warnings).
set -euo pipefail
jar="${JIQITONG_JAR:-app/target/jiqitong-app-0.1.0-SNAPSHOT-exec.jar}"
run="${JIQITONG_RUN_DIR:-run}"
prepare=false
if [[ "${1:-}" == "--prepare" ]]; then
  prepare=true
  shift
fi
if [[ ! -f "$jar" ]]; then
  echo "ops/start.sh: no executable jar at $jar (build it with ./mvnw -q install -DskipTests, or set JIQITONG_JAR)" >&2
  exit 2
fi
read -r -a java_opts <<< "${JAVA_OPTS:-}"
app="$run/app/$(basename "$jar")"
archive="$run/jiqitong.jsa"

# instances started at once from one directory prepare it one after the other (the lock is released before the exec)
mkdir -p "$run"
exec 9> "$run/.lock"
flock 9

# what the extraction and the archive were made from: the jar (its size and modification time, as the JVM itself
# checks an archive's jars; hashing the 190 MB jar took 1.0 s of every start) and the JDK
stamp="$(stat -L -c '%s %.9Y' "$jar") $(java -version 2>&1 | head -1)"
if [[ ! -f "$run/stamp" || "$(cat "$run/stamp")" != "$stamp" || ! -f "$app" ]]; then
  echo "ops/start.sh: extracting $jar into $run/app"
  rm -rf "$run/app" "$archive" "$run/stamp"
  java -Djarmode=tools -jar "$jar" extract --destination "$run/app" > "$run/extract.log" 2>&1 \
    || { cat "$run/extract.log" >&2; echo "ops/start.sh: could not extract $jar" >&2; exit 1; }
  echo "$stamp" > "$run/stamp"
fi

if [[ ! -f "$archive" ]]; then
  echo "ops/start.sh: training the class-data archive (one start that stops when the context is ready; log: $run/training.log)"
  started=$(date +%s)
  rm -f "$archive.new"   # written under another name and renamed: a training killed mid-write leaves no archive
  if java "${java_opts[@]}" -XX:ArchiveClassesAtExit="$archive.new" -Dspring.context.exit=onRefresh -jar "$app" "$@" \
      > "$run/training.log" 2>&1 && [[ -f "$archive.new" ]]; then
    mv "$archive.new" "$archive"
    echo "ops/start.sh: archive written in $(( $(date +%s) - started )) s ($(du -h "$archive" | cut -f1))"
  else
    rm -f "$archive.new"
    tail -n 30 "$run/training.log" >&2
    echo "ops/start.sh: the training start failed (above, and in $run/training.log); starting without the archive" >&2
  fi
fi

exec 9>&-
if $prepare; then
  [[ -f "$archive" ]] || exit 1   # a deploy step says when it did not prepare
  exit 0
fi
if [[ -f "$archive" ]]; then
  exec java "${java_opts[@]}" -XX:SharedArchiveFile="$archive" -jar "$app" "$@"
fi
exec java "${java_opts[@]}" -jar "$app" "$@"
