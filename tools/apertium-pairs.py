#!/usr/bin/env python3
"""Nynorsk-to-Bokmål lemma pairs from Apertium's compiled nno-nob dictionaries (Debian
apertium-nno-nob), for tools/nynorsk-bokmal.sh: every Nynorsk lemma of the Hunspell dictionary is
analysed (nno-nob.automorf.bin) and its lemma readings looked up in the bilingual dictionary
(nno-nob.autobil.bin) with lt-proc. Writes lines "nynorsk<TAB>bokmål bokmål ..." for single words
that differ. Arguments: unpacked package root, output file."""
import os
import re
import subprocess
import sys

root, output = sys.argv[1], sys.argv[2]
apertium = os.path.join(root, "usr/share/apertium/apertium-nno-nob")
lt_proc = os.path.join(root, "usr/bin/lt-proc")
env = dict(os.environ, LD_LIBRARY_PATH=os.path.join(root, "usr/lib/x86_64-linux-gnu"))
READING = re.compile(r"\^([^/$]*)/([^$]*)\$")


def lt(args, text):
    return subprocess.run([lt_proc, *args], input=text.encode(), capture_output=True, env=env,
                          check=True).stdout.decode("utf-8", "replace")


with open(os.path.join(root, "usr/share/hunspell/nn_NO.aff"), encoding="latin-1") as aff:
    charset = next((line.split()[1] for line in aff if line.startswith("SET ")), "UTF-8")
with open(os.path.join(root, "usr/share/hunspell/nn_NO.dic"), encoding=charset) as dic:
    lemmas = sorted({line.split("/")[0].strip() for line in list(dic)[1:]
                     if line[:1].islower() and len(line.split("/")[0].strip()) >= 3})
readings = set()
for match in READING.finditer(lt([os.path.join(apertium, "nno-nob.automorf.bin")],
                                 "".join(w + " .\n" for w in lemmas))):
    surface, analyses = match.groups()
    for analysis in analyses.split("/"):
        lemma = analysis.split("<")[0]
        if lemma == surface and "<cmp>" not in analysis and "compound-only" not in analysis:
            readings.add(lemma + analysis[len(lemma):].replace("<compound-R>", ""))
pairs = {}
for match in READING.finditer(lt(["-b", os.path.join(apertium, "nno-nob.autobil.bin")],
                                 "".join("^" + r + "$\n" for r in sorted(readings)))):
    nynorsk = match.group(1).split("<")[0].lower()
    for target in match.group(2).split("/"):
        bokmal = target.split("<")[0].lower()
        if target and not target.startswith("@") and bokmal != nynorsk \
                and " " not in bokmal + nynorsk and "#" not in bokmal:
            pairs.setdefault(nynorsk, set()).add(bokmal)
with open(output, "w", encoding="utf-8") as out:
    for nynorsk in sorted(pairs):
        out.write(nynorsk + "\t" + " ".join(sorted(pairs[nynorsk])) + "\n")
print(f"{sum(len(v) for v in pairs.values())} Apertium pairs", file=sys.stderr)
