#!/usr/bin/env python3
"""Compares two JSON lint outputs of the same migrations (java -jar migration-guard.jar lint --format json).

Usage: bench/findings-compare.py BEFORE.json AFTER.json [...more BEFORE AFTER pairs]

For each pair prints: findings before and after; the places (file, line, column) where two different rules of one
family report after (there must be none: "one problem, one finding", docs/rules/README.md); the places where one rule
reports several objects (e.g. each column a multi-column DROP drops: distinct problems, counted apart); and the
(file, rule family) problems found before and no longer after (a lost problem, unless the rule was changed on
purpose). Rule families are read from the rules' @RuleInfo annotations in this checkout. Exit status 1 when two
rules of one family report at one place.
"""
import collections
import json
import pathlib
import re
import sys

RULES = pathlib.Path(__file__).resolve().parent.parent / "migration-core/src/main/java/dev/migrationguard/lint/rules"


def families():
    """rule id -> family name (the id itself for a rule in no family)."""
    constants = {}
    fam_src = (RULES / "Families.java").read_text()
    for name, value in re.findall(r'static final String (\w+) = "([^"]+)"', fam_src):
        constants[name] = value
    out = {}
    for src in RULES.glob("*.java"):
        text = src.read_text()
        info = re.search(r"@RuleInfo\((.*?)\)\s*(public )?final class", text, re.S)
        if not info:
            continue
        body = info.group(1)
        rule_id = re.search(r'id\s*=\s*("([^"]+)"|(\w+)\.ID|ID)', body)
        if rule_id.group(2):
            rid = rule_id.group(2)
        else:
            rid = re.search(r'static final String ID = "([^"]+)"', text).group(1)
        fam = re.search(r"family\s*=\s*Families\.(\w+)", body)
        out[rid] = constants[fam.group(1)] if fam else rid
    return out


def load(path):
    return json.load(open(path))["findings"]


def main(args):
    fam = families()
    status = 0
    totals = collections.Counter()
    for before_path, after_path in zip(args[0::2], args[1::2]):
        before, after = load(before_path), load(after_path)
        at = collections.defaultdict(list)
        for f in after:
            if f["line"] > 0:
                at[(f["file"], f["line"], f["column"], fam.get(f["rule"], f["rule"]))].append(f["rule"])
        collisions = {k: v for k, v in at.items() if len(set(v)) > 1}
        repeats = {k: v for k, v in at.items() if len(v) > 1 and len(set(v)) == 1}
        problems_before = {(f["file"], fam.get(f["rule"], f["rule"])) for f in before}
        problems_after = {(f["file"], fam.get(f["rule"], f["rule"])) for f in after}
        lost = problems_before - problems_after
        name = pathlib.Path(after_path).name.split(".")[0]
        print(f"{name}: {len(before)} -> {len(after)} findings; {len(problems_before)} -> {len(problems_after)}"
              f" (file, family) problems; {len(collisions)} places with two rules of one family;"
              f" {len(repeats)} places where one rule reports several objects; {len(lost)} problems lost")
        for k, v in list(collisions.items())[:5]:
            print(f"  two rules of one family: {k[0]}:{k[1]}:{k[2]} {k[3]}: {v}")
        for rule, n in collections.Counter(v[0] for v in repeats.values()).most_common(5):
            print(f"  one rule, several objects at one place: {rule} x{n}")
        lost_rules = collections.Counter(r for _, r in lost)
        for rule, n in lost_rules.most_common(8):
            print(f"  lost: {rule} x{n}")
        totals.update(before=len(before), after=len(after), collisions=len(collisions), lost=len(lost),
                      repeats=len(repeats),
                      problems_before=len(problems_before), problems_after=len(problems_after))
        if collisions:
            status = 1
    print(f"all: {totals['before']} -> {totals['after']} findings; {totals['problems_before']} ->"
          f" {totals['problems_after']} (file, family) problems; {totals['collisions']} places with two rules of one"
          f" family; {totals['repeats']} places where one rule reports several objects;"
          f" {totals['lost']} problems lost")
    return status


if __name__ == "__main__":
    if len(sys.argv) < 3 or len(sys.argv) % 2 == 0:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
