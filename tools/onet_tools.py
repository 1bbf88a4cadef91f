#!/usr/bin/env python3
"""Builds tools/taxonomy/91-onet-tools.txt from O*NET's "Tools Used" table (tools/onet/Tools Used.txt, CC BY 4.0, see
src/main/resources/skills/PROVENANCE.md): the hand tools, power tools, measuring instruments, material-handling,
construction, workshop and kitchen equipment that many occupations use ("Torque wrenches", "Pallet jacks",
"Multimeters"). Office, computer, audio-visual, medical, safety-wear, vehicle and structure items are left out (a
posting names them as things to wear, drive or climb, not as skills), and so is any one-word example short enough
to be an ordinary word ("Levels", "Files", "Jacks"). Each keeps O*NET's plural name with its singular as an alias.
Run: python3 tools/onet_tools.py && python3 tools/build_taxonomy.py
"""
import collections
import csv
import os
import re

from onet_technology import key, known_keys, write_source

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "tools/onet/Tools Used.txt")
OUT = os.path.join(ROOT, "tools/taxonomy/91-onet-tools.txt")
MIN_OCCUPATIONS = 10
CATEGORY = "Tools & equipment (O*NET)"
# UNSPSC segments: 20-24 mining, farming, construction, industrial and material-handling machinery; 26 power
# generation; 27 tools; 40 pumps and compressors; 41 laboratory and measuring instruments; 48 food-service equipment.
SEGMENTS = {"20", "21", "22", "23", "24", "26", "27", "40", "41", "48"}
MIN_ONE_WORD = 9  # "Forklifts", "Multimeters", "Screwdrivers"; not "Levels", "Grinders", "Hoists"
ORDINARY = {"incubators", "accelerometers", "generators"}


def singular(name):
    head, _, last = name.rpartition(" ")
    if re.search(r"ies$", last) and len(last) > 4 and last.lower() not in ("dies", "ties", "pies"):
        last = last[:-3] + "y"
    elif last.lower() in ("dies", "ties", "pies"):
        last = last[:-1]
    elif re.search(r"(ss|x|z|ch|sh)es$", last):
        last = last[:-2]
    elif re.search(r"ves$", last):
        last = last[:-3] + "fe"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return (head + " " + last).strip()


def main():
    occupations = collections.defaultdict(set)
    segment = {}
    for r in csv.DictReader(open(SOURCE, encoding="utf-8"), delimiter="\t"):
        occupations[r["Example"]].add(r["O*NET-SOC Code"])
        segment[r["Example"]] = r["Commodity Code"][:2]
    known = known_keys(OUT)
    lines = []
    for example in sorted(occupations):
        one_word = " " not in example
        if (len(occupations[example]) < MIN_OCCUPATIONS or segment[example] not in SEGMENTS
                or one_word and (len(example) < MIN_ONE_WORD or example.lower() in ORDINARY)
                or re.search(r"[()!=|~]", example)):
            continue
        single = singular(example)
        if key(example) in known or key(single) in known:
            continue
        known.update({key(example), key(single)})
        lines.append(example + (" = " + single if single != example else ""))
    write_source(OUT, "tools/onet_tools.py from O*NET Tools Used", CATEGORY, lines)


if __name__ == "__main__":
    main()
