#!/usr/bin/env bash
# Whole-process comparison on one PostgreSQL database, a fresh schema per tool and run:
#   1. apply N small migrations (a table, an index, a plpgsql function each) with Migration Guard, with Flyway
#      (flyway-core from Maven Central, resolved by bench/compare/pom.xml, never a product dependency), and with
#      `psql -1 -f` of the concatenation;
#   2. status/info and validate with M applied (tiny migrations, so applying them stays short).
# Each measurement is taken ROUNDS times, the tools interleaved within a round (so a busy moment of the machine hits
# them alike) and Migration Guard and Flyway taking turns at going first; the system catalogs are vacuumed after each
# drop, so one run's dead catalog rows do not slow the next. The summary gives the median of each and the median of
# the per-round ratios to Flyway.
# Usage: bench/runner-vs-flyway.sh JDBC_URL [N=1000] [M=10000] [ROUNDS=3]
# JDBC_URL is a jdbc:postgresql://host:port/db?user=... URL; psql gets host, port, database and user from it.
set -euo pipefail
URL=${1:?usage: runner-vs-flyway.sh JDBC_URL [N] [M] [ROUNDS]}
N=${2:-1000}
M=${3:-10000}
ROUNDS=${4:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
RUN=$(date +%s)

(cd "$ROOT" && ./mvnw -B -q -o -pl migration-core compile dependency:build-classpath -Dmdep.outputFile="$WORK/core-cp.txt")
(cd "$ROOT" && ./mvnw -B -q -f bench/compare/pom.xml dependency:build-classpath -Dmdep.outputFile="$WORK/fw-cp.txt")
OURS_CP="$ROOT/migration-core/target/classes:$(cat "$WORK/core-cp.txt")"
FW_CP="$(cat "$WORK/fw-cp.txt")"
javac -d "$WORK/ours" -cp "$OURS_CP" "$ROOT/bench/compare/OursBench.java"
javac -d "$WORK/fw" -cp "$FW_CP" "$ROOT/bench/compare/FlywayBench.java"

# psql connection from the JDBC URL
rest=${URL#jdbc:postgresql://}
hostport=${rest%%/*}
dbq=${rest#*/}
DB=${dbq%%\?*}
PGUSER_FROM_URL=$(sed -n 's/.*[?&]user=\([^&]*\).*/\1/p' <<<"$URL")
export PGHOST=${hostport%%:*} PGPORT=${hostport##*:} PGDATABASE=$DB PGUSER=${PGUSER_FROM_URL:-$USER}
psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

gen() { # dir count kind
  mkdir -p "$1"
  for i in $(seq 1 "$2"); do
    if [ "$3" = small ]; then
      printf 'CREATE TABLE t%d (id bigint PRIMARY KEY, name text NOT NULL, created timestamptz DEFAULT now());\nCREATE INDEX t%d_name ON t%d (name);\nCREATE FUNCTION f%d(x int) RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN x + %d;\nEND;\n$$;\n' "$i" "$i" "$i" "$i" "$i" > "$1/V${i}__m${i}.sql"
    else
      printf 'SELECT %d;\n' "$i" > "$1/V${i}__m${i}.sql"
    fi
  done
}

RESULTS="$WORK/results.txt"
timed() { # key label command...: prints and records the whole-process wall time (and the in-process time printed)
  local start end out ms inproc
  start=$(date +%s%N)
  out=$("${@:3}" 2>&1)
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  inproc=$(grep -o '[0-9]* ms in process' <<<"$out" | cut -d' ' -f1 || true)
  echo "$2: $ms ms whole process${inproc:+ ($inproc ms in process)}$(grep -o ' ok=[a-z]*' <<<"$out" || true)"
  echo "$round $1 $ms ${inproc:-0}" >> "$RESULTS"
}

drop_schema() { # drops table by table in batches (one DROP SCHEMA CASCADE of thousands of objects exceeds the lock table)
  local schema=$1 count=$2
  for ((from = 1; from <= count; from += 200)); do
    { echo "BEGIN;"; for ((i = from; i < from + 200 && i <= count; i++)); do
        echo "DROP TABLE IF EXISTS $schema.t$i CASCADE; DROP FUNCTION IF EXISTS $schema.f$i(int);"; done
      echo "COMMIT;"; } | psql_q >/dev/null
  done
  psql_q -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1
  psql_q -c "VACUUM pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_type, pg_catalog.pg_depend,
      pg_catalog.pg_index, pg_catalog.pg_proc, pg_catalog.pg_constraint, pg_catalog.pg_attrdef" >/dev/null 2>&1 || true
}

turns() { # round: which tool goes first in it
  if [ $(( $1 % 2 )) = 1 ]; then echo "ours flyway"; else echo "flyway ours"; fi
}

gen "$WORK/small" "$N" small
{ for i in $(seq 1 "$N"); do cat "$WORK/small/V${i}__m${i}.sql"; done; } > "$WORK/all-body.sql"
echo "== apply $N migrations (table + index + plpgsql function each) to an empty schema, $ROUNDS round(s)"
for round in $(seq 1 "$ROUNDS"); do
  S_OURS=bench_mg_${RUN}_$round S_FW=bench_fw_${RUN}_$round S_PSQL=bench_psql_${RUN}_$round
  for tool in $(turns "$round"); do
    if [ "$tool" = ours ]; then
      timed migrate-ours "round $round migration-guard migrate" \
          java -cp "$WORK/ours:$OURS_CP" OursBench migrate "$URL" "$S_OURS" "$WORK/small"
    else
      timed migrate-flyway "round $round flyway migrate" \
          java -cp "$WORK/fw:$FW_CP" FlywayBench migrate "$URL" "$S_FW" "$WORK/small"
    fi
  done
  psql_q -c "CREATE SCHEMA $S_PSQL" >/dev/null
  { echo "SET search_path TO $S_PSQL;"; cat "$WORK/all-body.sql"; } > "$WORK/all.sql"
  timed migrate-psql "round $round psql -1 -f (one transaction, no history)" psql_q -1 -o /dev/null -f "$WORK/all.sql"
  for s in "$S_OURS" "$S_FW" "$S_PSQL"; do drop_schema "$s" "$N"; done
done

gen "$WORK/tiny" "$M" tiny
echo "== status and validate with $M applied (SELECT n; each), $ROUNDS round(s)"
T_OURS=bench_mg_st_$RUN T_FW=bench_fw_st_$RUN
round=setup
timed setup-ours "setting up: migration-guard migrate" \
    java -cp "$WORK/ours:$OURS_CP" OursBench migrate "$URL" "$T_OURS" "$WORK/tiny"
timed setup-flyway "setting up: flyway migrate" \
    java -cp "$WORK/fw:$FW_CP" FlywayBench migrate "$URL" "$T_FW" "$WORK/tiny"
for round in $(seq 1 "$ROUNDS"); do
  for tool in $(turns "$round"); do
    if [ "$tool" = ours ]; then
      timed status-ours "round $round migration-guard status" \
          java -cp "$WORK/ours:$OURS_CP" OursBench status "$URL" "$T_OURS" "$WORK/tiny"
      timed validate-ours "round $round migration-guard validate" \
          java -cp "$WORK/ours:$OURS_CP" OursBench validate "$URL" "$T_OURS" "$WORK/tiny"
    else
      timed status-flyway "round $round flyway info" \
          java -cp "$WORK/fw:$FW_CP" FlywayBench info "$URL" "$T_FW" "$WORK/tiny"
      timed validate-flyway "round $round flyway validate" \
          java -cp "$WORK/fw:$FW_CP" FlywayBench validate "$URL" "$T_FW" "$WORK/tiny"
    fi
  done
done
psql_q -c "DROP SCHEMA $T_OURS CASCADE; DROP SCHEMA $T_FW CASCADE" >/dev/null 2>&1

echo "== medians of $ROUNDS round(s), whole process (in process); ratio = median of the per-round ratios"
python3 - "$RESULTS" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def runs(key):
    return {r[0]: (int(r[2]), int(r[3])) for r in rows if r[1] == key}
for what in ("migrate", "status", "validate"):
    ours, flyway = runs(what + "-ours"), runs(what + "-flyway")
    line = f"{what:9s} migration-guard {statistics.median(v[0] for v in ours.values())} ms" \
           f" ({statistics.median(v[1] for v in ours.values())} ms)," \
           f" flyway {statistics.median(v[0] for v in flyway.values())} ms" \
           f" ({statistics.median(v[1] for v in flyway.values())} ms)"
    ratios = [ours[r][0] / flyway[r][0] for r in ours if r in flyway]
    line += f", ratio {statistics.median(ratios):.2f}x ({', '.join(f'{x:.2f}' for x in ratios)})"
    if what == "migrate":
        psql = runs("migrate-psql")
        line += f", psql -1 {statistics.median(v[0] for v in psql.values())} ms"
    print(line)
PY
