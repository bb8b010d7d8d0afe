#!/usr/bin/env bash
# What durable commits cost: N small migrations (a table, an index, a plpgsql function each, as runner-vs-flyway.sh
# makes them) applied by Migration Guard with durable commits (the default) and with db.fastCommit, whole process,
# ROUNDS rounds, the two modes taking turns at going first, a fresh schema each run.
# Usage: bench/runner-commit-modes.sh JDBC_URL [N=1000] [ROUNDS=3]
set -euo pipefail
URL=${1:?usage: runner-commit-modes.sh JDBC_URL [N] [ROUNDS]}
N=${2:-1000}
ROUNDS=${3:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
RUN=$(date +%s)
(cd "$ROOT" && ./mvnw -B -q -o -pl migration-core compile dependency:build-classpath -Dmdep.outputFile="$WORK/core-cp.txt")
CP="$ROOT/migration-core/target/classes:$(cat "$WORK/core-cp.txt")"
javac -d "$WORK/ours" -cp "$CP" "$ROOT/bench/compare/OursBench.java"
rest=${URL#jdbc:postgresql://}
hostport=${rest%%/*}
dbq=${rest#*/}
export PGHOST=${hostport%%:*} PGPORT=${hostport##*:} PGDATABASE=${dbq%%\?*}
PGUSER=$(sed -n 's/.*[?&]user=\([^&]*\).*/\1/p' <<<"$URL"); export PGUSER=${PGUSER:-$USER}
mkdir -p "$WORK/small"
for i in $(seq 1 "$N"); do
  printf 'CREATE TABLE t%d (id bigint PRIMARY KEY, name text NOT NULL, created timestamptz DEFAULT now());\nCREATE INDEX t%d_name ON t%d (name);\nCREATE FUNCTION f%d(x int) RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN x + %d;\nEND;\n$$;\n' "$i" "$i" "$i" "$i" "$i" > "$WORK/small/V${i}__m${i}.sql"
done
drop_schema() { # table by table in batches, then the catalogs vacuumed, as runner-vs-flyway.sh does
  for ((from = 1; from <= N; from += 200)); do
    { echo "BEGIN;"; for ((i = from; i < from + 200 && i <= N; i++)); do
        echo "DROP TABLE IF EXISTS $1.t$i CASCADE; DROP FUNCTION IF EXISTS $1.f$i(int);"; done
      echo "COMMIT;"; } | psql -X -q -v ON_ERROR_STOP=1 >/dev/null
  done
  psql -X -q -c "DROP SCHEMA IF EXISTS $1 CASCADE" >/dev/null 2>&1
  psql -X -q -c "VACUUM pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_type, pg_catalog.pg_depend,
      pg_catalog.pg_index, pg_catalog.pg_proc, pg_catalog.pg_constraint, pg_catalog.pg_attrdef" >/dev/null 2>&1 || true
}
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then modes="durable fast"; else modes="fast durable"; fi
  for mode in $modes; do
    schema=bench_commit_${mode}_${RUN}_$round
    start=$(date +%s%N)
    out=$(java -cp "$WORK/ours:$CP" OursBench migrate "$URL" "$schema" "$WORK/small" "$mode")
    echo "round $round $mode: $(( ($(date +%s%N) - start) / 1000000 )) ms whole process; $out"
    drop_schema "$schema"
  done
done
