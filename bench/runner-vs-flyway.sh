#!/usr/bin/env bash
# Whole-process comparison on one PostgreSQL database, one run each, a fresh schema per tool:
#   1. apply N small migrations (a table, an index, a plpgsql function each) with Migration Guard, with Flyway
#      (flyway-core from Maven Central, resolved by bench/compare/pom.xml, never a product dependency), and with
#      `psql -1 -f` of the concatenation;
#   2. status/info and validate with M applied (tiny migrations, so applying them stays short).
# Usage: bench/runner-vs-flyway.sh JDBC_URL [N=1000] [M=10000]
# JDBC_URL is a jdbc:postgresql://host:port/db?user=... URL; psql gets host, port, database and user from it.
set -euo pipefail
URL=${1:?usage: runner-vs-flyway.sh JDBC_URL [N] [M]}
N=${2:-1000}
M=${3:-10000}
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

timed() { # label command...: prints whole-process wall time
  local start end
  start=$(date +%s%N)
  "${@:2}"
  end=$(date +%s%N)
  echo "$1: $(( (end - start) / 1000000 )) ms whole process"
}

drop_schema() { # drops table by table in batches (one DROP SCHEMA CASCADE of thousands of objects exceeds the lock table)
  local schema=$1 count=$2
  for ((from = 1; from <= count; from += 200)); do
    { echo "BEGIN;"; for ((i = from; i < from + 200 && i <= count; i++)); do
        echo "DROP TABLE IF EXISTS $schema.t$i CASCADE; DROP FUNCTION IF EXISTS $schema.f$i(int);"; done
      echo "COMMIT;"; } | psql_q >/dev/null
  done
  psql_q -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1
}

gen "$WORK/small" "$N" small
echo "== apply $N migrations (table + index + plpgsql function each) to an empty schema"
S_OURS=bench_mg_$RUN S_FW=bench_fw_$RUN S_PSQL=bench_psql_$RUN
timed "migration-guard migrate" java -cp "$WORK/ours:$OURS_CP" OursBench migrate "$URL" "$S_OURS" "$WORK/small"
timed "flyway migrate" java -cp "$WORK/fw:$FW_CP" FlywayBench migrate "$URL" "$S_FW" "$WORK/small" 2>&1 | grep '^flyway '
psql_q -c "CREATE SCHEMA $S_PSQL" >/dev/null
{ echo "SET search_path TO $S_PSQL;"; for i in $(seq 1 "$N"); do cat "$WORK/small/V${i}__m${i}.sql"; done; } > "$WORK/all.sql"
timed "psql -1 -f (one transaction, no history)" psql_q -1 -o /dev/null -f "$WORK/all.sql"
for s in "$S_OURS" "$S_FW" "$S_PSQL"; do drop_schema "$s" "$N"; done

gen "$WORK/tiny" "$M" tiny
echo "== status and validate with $M applied (SELECT n; each)"
T_OURS=bench_mg_st_$RUN T_FW=bench_fw_st_$RUN
java -cp "$WORK/ours:$OURS_CP" OursBench migrate "$URL" "$T_OURS" "$WORK/tiny"
java -cp "$WORK/fw:$FW_CP" FlywayBench migrate "$URL" "$T_FW" "$WORK/tiny" 2>&1 | grep '^flyway '
timed "migration-guard status" java -cp "$WORK/ours:$OURS_CP" OursBench status "$URL" "$T_OURS" "$WORK/tiny"
timed "migration-guard validate" java -cp "$WORK/ours:$OURS_CP" OursBench validate "$URL" "$T_OURS" "$WORK/tiny"
timed "flyway info" java -cp "$WORK/fw:$FW_CP" FlywayBench info "$URL" "$T_FW" "$WORK/tiny" 2>&1 | grep '^flyway '
timed "flyway validate" java -cp "$WORK/fw:$FW_CP" FlywayBench validate "$URL" "$T_FW" "$WORK/tiny" 2>&1 | grep '^flyway '
psql_q -c "DROP SCHEMA $T_OURS CASCADE; DROP SCHEMA $T_FW CASCADE" >/dev/null 2>&1
