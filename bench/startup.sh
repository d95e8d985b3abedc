#!/usr/bin/env bash
# Start-up time to ready and idle memory of the packaged jar.
#   bench/startup.sh [embedded|mariadb] [runs]      (build first: ./mvnw -B -DskipTests package)
# For mariadb it uses a scratch database kb_bench on 127.0.0.1:3306 (root, no password).
# Reports, per run: seconds from launch to /health/ready = 200, and RSS 10 s after ready.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-embedded}; runs=${2:-3}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
port=18080
for run in $(seq 1 "$runs"); do
  work=$(mktemp -d)
  env=(KB_DATA_DIR="$work/data")
  if [ "$mode" = mariadb ]; then
    mysql --protocol=tcp -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS kb_bench; CREATE DATABASE kb_bench CHARACTER SET utf8mb4"
    env+=(KB_DB_URL=jdbc:mariadb://127.0.0.1:3306/kb_bench KB_DB_USER=root KB_DB_PASSWORD=)
  fi
  start=$(date +%s.%N)
  env "${env[@]}" "$java" ${JAVA_OPTS:-} -jar target/kunnskapsbase.jar --port $port --rootDir "$work/payara" >"$work/log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:$port/health/ready)" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "exited; see $work/log"; exit 1; }
    sleep 0.1
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  sleep 10
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  printf '%s run %d: ready after %.1f s, idle RSS %d MB\n' "$mode" "$run" "$ready" "$rss"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$work"
done
