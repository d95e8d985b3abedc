#!/usr/bin/env bash
# Two instances on one MariaDB and one document store under mixed load (searches, pages, reads,
# new records, changes, uploads; requests alternate as behind a load balancer): requests, errors,
# p50/p95/p99 per kind, RSS per instance after a 3-minute warm-up and at the end, largest index lag.
#   bench/soak.sh [minutes=30] [clients=8]        Builds the jar first; needs MariaDB (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
./mvnw -B -q exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=no.arbeidoghelse.kunnskapsbase.search.performance.SoakBenchmark \
  -Dexec.args="${1:-30} ${2:-8}" -Dkb.jar=target/kunnskapsbase.jar
