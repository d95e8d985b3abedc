#!/usr/bin/env bash
# Generated attacks at length: ApiFuzzIT against the built jar on MariaDB with many requests (CI
# sends 600 with a fixed seed; here the seed is random unless given); prints the answers by
# status and fails on any wrong answer, naming the seed that repeats the run.
#   bench/fuzz.sh [requests] [seed]
# Builds the jar first. Uses the JDK in JAVA_HOME (21+) and MariaDB (see README, tests).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
log=target/fuzz.log
status=0
./mvnw -B failsafe:integration-test failsafe:verify -Dit.test=ApiFuzzIT \
  -Dkb.fuzz.requests="${1:-20000}" -Dkb.fuzz.seed="${2:-$RANDOM$RANDOM}" > "$log" 2>&1 || status=$?
grep -E 'ApiFuzzIT:|kinds of wrong answers|^(GET|PUT|POST|DELETE) |Tests run:|BUILD' "$log" || true
exit "$status"
