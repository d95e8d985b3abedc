#!/usr/bin/env bash
# Where search time goes: each search of the benchmark mix timed alone, in-process, on an index of
# generated records that is kept between runs.
#   bench/search-profile.sh [records] [directory] [hostile]
# "hostile" times searches written to cost the most (fuzzy words, prefixes, slop) instead.
# A developer's tool for finding what to speed up; bench/search.sh gives the figures that count.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=no.arbeidoghelse.kunnskapsbase.search.performance.SearchProfile \
  -Dexec.args="${1:-100000} ${2:-${TMPDIR:-/tmp}} ${3:-}"
