#!/usr/bin/env bash
# Extraction throughput: the application's pipeline (upload over HTTP to stored text) against plain
# Tika, on the Tika test corpus, and peak RSS of server + workers.   bench/extraction.sh [rounds [setup...]]
# Builds the jar first. Uses the JDK in JAVA_HOME (21+).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
./mvnw -B -q exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=no.arbeidoghelse.kunnskapsbase.document.extraction.ExtractionBenchmark -Dexec.args="${*:-2}" \
  -Dkb.jar=target/kunnskapsbase.jar ${KB_BENCH_OPTS:-}
