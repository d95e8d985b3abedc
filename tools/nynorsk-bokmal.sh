#!/usr/bin/env bash
# Regenerates index-config/nynorsk-bokmal-forms.txt from Debian's Norwegian lexical resources
# (dict-freedict-nno-nob, apertium-nno-nob with lttoolbox to read it, hunspell-no): fetched with
# apt-get download (no root needed), unpacked into target/lexical-resources. Uses the JDK in
# JAVA_HOME (21+) and python3.   tools/nynorsk-bokmal.sh [--freedict-only]
# Apertium's lemma pairs are added to FreeDict's, without those whose Nynorsk word is a Bokmål
# word of another meaning, and every form of both Hunspell dictionaries is read by Apertium's
# analysers for irregular forms ("kjem", "kommer": komme). Cross-variant suite 0.953/0.966
# (lemma pairs only 0.879/0.889; FreeDict only 0.865/0.876).
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/lexical-resources
mkdir -p "$work/debs" && (cd "$work/debs" && apt-get download dict-freedict-nno-nob hunspell-no \
  apertium-nno-nob lttoolbox liblttoolbox3)
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
extra=""
if [ "${1:-}" != "--freedict-only" ]; then
  python3 tools/apertium-pairs.py "$work/root" "$work/apertium-pairs.tsv"
  extra="$work/apertium-pairs.tsv"
fi
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=no.arbeidoghelse.kunnskapsbase.search.variants.NynorskBokmalTable \
  -Dexec.args="$work/root index-config/nynorsk-bokmal-forms.txt $extra"
dpkg-deb -f "$work"/debs/dict-freedict-nno-nob*.deb Package Version
dpkg-deb -f "$work"/debs/hunspell-no*.deb Package Version
dpkg-deb -f "$work"/debs/apertium-nno-nob*.deb Package Version
