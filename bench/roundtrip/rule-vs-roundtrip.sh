#!/usr/bin/env bash
# Precision of the lint rule down-does-not-reverse-up, with the round trip as the oracle.
#
#   bench/roundtrip/rule-vs-roundtrip.sh MIGRATIONS_DIR JDBC_URL [OUT_DIR]
#
# Runs `lint` and `roundtrip` (the jar of migration-core/target) over MIGRATIONS_DIR, the round trip on JDBC_URL (it
# creates and drops its own database there), and joins them by migration version: a finding on a pair the round trip
# found not reversible is true, on a reversible pair false; findings on pairs that failed, were skipped or not checked
# cannot be judged. Prints the counts and the false findings; keeps lint.json and roundtrip.json in OUT_DIR.
set -euo pipefail
dir=$1
url=$2
out=${3:-$(mktemp -d)}
jar=${JAR:-$(dirname "$0")/../../migration-core/target/migration-guard.jar}
mkdir -p "$out"
java -jar "$jar" lint --format json "$dir" > "$out/lint.json" 2> "$out/lint.err" || true
# REUSE_ROUNDTRIP=1 keeps the round trip of an earlier run in OUT_DIR (to measure a change of the rule alone)
if [ -z "${REUSE_ROUNDTRIP:-}" ] || [ ! -s "$out/roundtrip.json" ]; then
  java -jar "$jar" roundtrip --url "$url" --format json "$dir" > "$out/roundtrip.json" 2> "$out/roundtrip.err" || true
fi
jq -n --slurpfile lint "$out/lint.json" --slurpfile rt "$out/roundtrip.json" -r '
  # the version of a migration: the digits before the first "_" of its directory (diesel) or file name, no dashes,
  # no leading zeros, as the round trip labels it
  def version_of_path: split("/") | (if .[-1] | test("^(up|down)\\.sql$") then .[-2] else .[-1] end)
    | split("_")[0] | gsub("-"; "") | sub("^0+"; "") | if . == "" then "0" else . end;
  def version_of_label: split(" ")[0] | sub("^0+"; "") | if . == "" then "0" else . end;
  ($rt[0].migrations | map({key: (.migration | version_of_label), value: .status}) | from_entries) as $status
  | [$lint[0].findings[] | select(.rule == "down-does-not-reverse-up")
     | . + {version: (.file | version_of_path)} | . + {status: ($status[.version] // "unknown")}] as $f
  | ($f | map(.version) | unique) as $flagged
  | ($rt[0].migrations | map(select(.status == "not_reversible")) | map(.migration | version_of_label)) as $nr
  | "pairs: \($rt[0].migrations | length)",
    "round trip: \($rt[0].summary | del(.lockDisagreements, .millis))",
    "rule findings: \($f | length) on \($flagged | length) pairs",
    "  on not reversible pairs (true): \([$f[] | select(.status == "not_reversible")] | length)",
    "  on reversible pairs (false): \([$f[] | select(.status == "reversible")] | length)",
    "  on failed / skipped / not checked pairs (not judged): \([$f[] | select(.status != "reversible" and .status != "not_reversible")] | length)",
    "not reversible pairs with a finding: \([$nr[] | select(. as $v | $flagged | index($v))] | length) of \($nr | length)",
    "false findings:",
    ($f[] | select(.status == "reversible") | "  \(.file): \(.message)")'
