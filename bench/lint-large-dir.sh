#!/usr/bin/env bash
# Whole-process benchmark: lint a generated directory of N Flyway migrations with the runnable jar.
# Usage: bench/lint-large-dir.sh [N=1000] [RUNS=5]
# Builds the jar first if it is missing. Prints each run's wall time, the median, and peak RSS.
set -euo pipefail
N=${1:-1000}
RUNS=${2:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/cli/target/migration-guard.jar"
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -B -q -pl cli -am package -DskipTests)
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DIR="$WORK/db/migration"
mkdir -p "$DIR"
for i in $(seq 1 "$N"); do
  case $((i % 5)) in
    0) printf 'CREATE TABLE t%d (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  name text NOT NULL,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\nCOMMENT ON TABLE t%d IS '\''table %d'\'';\n' "$i" "$i" "$i" > "$DIR/V${i}__create_t${i}.sql" ;;
    1) printf 'ALTER TABLE t%d ADD COLUMN note text;\nCREATE INDEX CONCURRENTLY t%d_note_idx ON t%d (note);\n' "$((i-1))" "$((i-1))" "$((i-1))" > "$DIR/V${i}__note_t${i}.sql" ;;
    2) printf 'CREATE OR REPLACE FUNCTION f%d(a int) RETURNS int\nLANGUAGE plpgsql AS $$\nBEGIN\n  -- a body with ; inside\n  RETURN a + %d;\nEND;\n$$;\n' "$i" "$i" > "$DIR/V${i}__fn_${i}.sql" ;;
    3) printf 'UPDATE t%d SET name = lower(name) WHERE id < 1000;\nINSERT INTO t%d (name) VALUES ('\''a'\''), ('\''b'\'');\n' "$((i-3))" "$((i-3))" > "$DIR/V${i}__data_${i}.sql" ;;
    4) printf 'ALTER TABLE t%d ADD CONSTRAINT t%d_name_len CHECK (length(name) < 200) NOT VALID;\nALTER TABLE t%d VALIDATE CONSTRAINT t%d_name_len;\n' "$((i-4))" "$((i-4))" "$((i-4))" "$((i-4))" > "$DIR/V${i}__check_${i}.sql" ;;
  esac
done
echo "lint of $N migrations in $DIR, $RUNS runs"
times=()
for r in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$WORK/rss" java -jar "$JAR" lint --fail-on never --format json "$DIR" > "$WORK/out.json"
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $r: ${ms} ms, peak RSS $(cat "$WORK/rss") KiB"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median: ${median} ms"
grep -o '"summary":{[^}]*}' "$WORK/out.json"
