#!/usr/bin/env bash
# Search at scale on MariaDB: load rate, full rebuild, latency p50/p95/p99 and throughput at 1 and
# 8 clients over HTTP, the same searches in-process, heap and RSS.   bench/search.sh [records]
# Builds the jar first. Uses the JDK in JAVA_HOME (21+) and MariaDB (see README, tests).
# KEEP=true keeps the database and data directory (for bench/startup.sh existing) and prints them.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
./mvnw -B -q exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=no.arbeidoghelse.kunnskapsbase.search.performance.SearchBenchmark \
  -Dexec.args="${1:-100000}" -Dkb.jar=target/kunnskapsbase.jar -Dkb.bench.keep="${KEEP:-false}"
