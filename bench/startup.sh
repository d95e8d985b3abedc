#!/usr/bin/env bash
# Start-up time to ready and idle memory of the packaged jar, as a new user meets it.
#   bench/startup.sh [embedded|mariadb|existing] [runs=5]  (build first: ./mvnw -B -DskipTests package)
# Each run: a fresh data directory (for mariadb a fresh scratch database kb_bench on 127.0.0.1:3306,
# root, no password; for existing the installation in KB_DB_URL and KB_DATA_DIR, restarted as it is,
# e.g. the 100,000 records `KEEP=true bench/search.sh` leaves), `java -jar target/kunnskapsbase.jar`,
# seconds from launch to /health/ready = 200,
# then the resident memory (RSS) of every process of the application once it is idle: the launcher,
# the server and, while it runs, the extraction worker (it stops after KB_EXTRACTION_IDLE_SECONDS).
# The runtime cache (KB_RUNTIME_DIR) is kept between runs, as between a user's starts; the first run
# after a build unpacks it and writes the JDK's AOT cache when it stops (reported, not counted).
# Environment: IDLE (seconds after ready before RSS is read; 90 by default, past the worker's idle
# stop), JAVA_OPTS (options for the JVM).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-embedded}; runs=${2:-5}; idle=${IDLE:-90}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
port=18080
jar=target/kunnskapsbase.jar
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status" 2>/dev/null || echo 0; }

one_start() { # sets $ready (seconds) and leaves the app running as $launcher
  work=$(mktemp -d)
  env=(KB_DATA_DIR="$work/data")
  if [ "$mode" = existing ]; then
    env=(KB_DATA_DIR="${KB_DATA_DIR:?}" KB_DB_URL="${KB_DB_URL:?}" KB_DB_USER="${KB_DB_USER:-root}" KB_DB_PASSWORD="${KB_DB_PASSWORD:-}")
  elif [ "$mode" = mariadb ]; then
    mysql --protocol=tcp -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS kb_bench; CREATE DATABASE kb_bench CHARACTER SET utf8mb4"
    env+=(KB_DB_URL=jdbc:mariadb://127.0.0.1:3306/kb_bench KB_DB_USER=root KB_DB_PASSWORD=)
  fi
  start=$(date +%s.%N)
  env "${env[@]}" "$java" ${JAVA_OPTS:-} -jar $jar --port $port >"$work/log" 2>&1 &
  launcher=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:$port/health/ready)" = 200 ]; do
    kill -0 $launcher 2>/dev/null || { echo "exited; see $work/log" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
}

stop() {
  kill $launcher; wait $launcher 2>/dev/null || true
  rm -rf "$work"
}

# the first start after a build unpacks the runtime and records the AOT cache, written as it stops
one_start
printf '%s first start (after a build: unpacks the runtime, records the AOT cache): %.1f s\n' "$mode" "$ready"
stop_begin=$(date +%s.%N); stop
printf '%s first stop (after a build: writes the AOT cache): %.1f s\n' "$mode" "$(echo "$(date +%s.%N) - $stop_begin" | bc)"

times=()
for run in $(seq 1 "$runs"); do
  one_start
  times+=("$ready")
  sleep "$idle"
  server=$(pgrep -P $launcher java | head -1)
  worker=$(pgrep -P "$server" java | head -1 || true)
  printf '%s run %d: ready after %.1f s; idle RSS launcher %d MB, server %d MB, worker %s\n' \
    "$mode" "$run" "$ready" "$(rss $launcher)" "$(rss $server)" "$([ -n "$worker" ] && echo "$(rss $worker) MB" || echo 'stopped')"
  stop
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf '%s median of %d: ready after %.1f s\n' "$mode" "$runs" "$median"
