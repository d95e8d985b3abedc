#!/usr/bin/env bash
# Relevance: the application's search (over HTTP, on the embedded database) against plain Lucene
# BM25 with EnglishAnalyzer, on ../shared/corpora/ir-med (MAP and nDCG@10).   bench/relevance.sh
# Builds the jar first. Uses the JDK in JAVA_HOME (21+).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
./mvnw -B -q exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=no.arbeidoghelse.kunnskapsbase.search.relevance.RelevanceBenchmark \
  -Dkb.jar=target/kunnskapsbase.jar
