#!/usr/bin/env bash
# Lints Liquibase changelog directories of real projects (formatted SQL, XML, YAML, JSON) with the command line and
# prints, per directory: changelog files, changesets, statements read (ups and rollbacks), findings by severity,
# changes reported as not linted, the rules that fired most, and the wall time of the run.
# Usage: bench/liquibase-corpus.sh DIR...   (the jar: cli/target/migration-guard.jar, built by ./mvnw -B -q package -DskipTests)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${MIGRATION_GUARD_JAR:-$here/../cli/target/migration-guard.jar}
printf '| directory | changelogs | changesets | statements | errors | warnings | infos | not linted | top rules | wall |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
for dir in "$@"; do
  # grep finds nothing in some directories: count 0, not an exit
  count() { { "$@" || true; } | wc -l; }
  sql=$(count grep -rlis --include='*.sql' -m1 -E '^.?--[[:space:]]*liquibase[[:space:]]+formatted[[:space:]]+sql' "$dir")
  structured=$(count grep -rls --include='*.xml' --include='*.yaml' --include='*.yml' --include='*.json' databaseChangeLog "$dir")
  files=$((sql + structured))
  changesets=$(( $(count grep -rhiE --include='*.sql' '^[[:space:]]*--[[:space:]]*changeset[[:space:]]' "$dir") \
    + $(count grep -rhoE --include='*.xml' '<changeSet[[:space:]>]' "$dir") \
    + $(count grep -rhoE --include='*.yaml' --include='*.yml' --include='*.json' '"?changeSet"?[[:space:]]*:' "$dir") ))
  start=$(date +%s%N)
  out=$(java -jar "$jar" lint --fail-on never --no-color "$dir" 2>&1 || true)
  end=$(date +%s%N)
  summary=$(printf '%s\n' "$out" | tail -1)
  statements=$(printf '%s' "$summary" | sed -nE 's/.* ([0-9]+) statements.*/\1/p')
  errors=$(printf '%s' "$summary" | sed -nE 's/.*; ([0-9]+) errors?,.*/\1/p')
  warnings=$(printf '%s' "$summary" | sed -nE 's/.* ([0-9]+) warnings?,.*/\1/p')
  infos=$(printf '%s' "$summary" | sed -nE 's/.* ([0-9]+) infos?.*/\1/p')
  notlinted=$(printf '%s\n' "$out" | grep -c 'info\[liquibase-change-not-linted\]' || true)
  top=$(printf '%s\n' "$out" | sed -nE 's/.*: (error|warning|info)\[([a-z-]+)\].*/\2/p' | sort | uniq -c | sort -rn \
        | head -3 | awk '{printf "%s%s %s", (NR>1?", ":""), $2, $1}')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %d ms |\n' "$dir" "$files" "$changesets" "$statements" \
    "$errors" "$warnings" "$infos" "$notlinted" "$top" $(( (end - start) / 1000000 ))
done
