#!/usr/bin/env bash
# Whole-process benchmark: Migration Guard's runnable jar beside squawk on the same migration files.
# Usage: bench/lint-vs-squawk.sh [-r ROUNDS] [DIR...]
#   Sets: a generated Flyway directory of 1,000 and one of 10,000 migrations (50 tables; every later file changes
#   a column's type and adds a column), then all DIRs together as one set (e.g. the real projects of
#   bench/corpus.md, extracted with bench/corpus.sh). Rounds alternate which tool goes first.
#   Prints per set: each tool's median wall time and peak RSS, and the ratio ours / squawk; then
#   time(10,000) / time(1,000) for Migration Guard.
# squawk-cli 2.66.0 is installed with npm into ${XDG_CACHE_HOME:-~/.cache}/migration-guard-bench when missing
# (or set SQUAWK to a squawk binary). The jar is built when missing. MG_LAUNCH overrides how the jar is started
# (default: bin/migration-guard; MG_LAUNCH="java -jar cli/target/migration-guard.jar" for the plain jar).
set -euo pipefail
ROUNDS=5
if [ "${1:-}" = "-r" ]; then ROUNDS=$2; shift 2; fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/cli/target/migration-guard.jar"
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -B -q -pl cli -am package -DskipTests)
fi
LAUNCH=${MG_LAUNCH:-"$ROOT/bin/migration-guard"}
if [ ! -x "${LAUNCH%% *}" ]; then LAUNCH="java -jar $JAR"; fi
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/migration-guard-bench
SQUAWK=${SQUAWK:-$CACHE/node_modules/.bin/squawk}
if [ ! -x "$SQUAWK" ]; then
  mkdir -p "$CACHE"
  (cd "$CACHE" && npm install --silent --no-audit --no-fund squawk-cli@2.66.0 >/dev/null)
fi
"$SQUAWK" --version
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

generate() { # N DIR
  local n=$1 dir=$2 i t
  mkdir -p "$dir"
  for i in $(seq 1 50); do
    printf 'CREATE TABLE t%d (\n  id bigint PRIMARY KEY,\n  name varchar(50) NOT NULL,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\n' "$i" > "$dir/V${i}__create_t${i}.sql"
  done
  for i in $(seq 51 "$n"); do
    t=$(( i % 50 + 1 ))
    printf 'ALTER TABLE t%d ALTER COLUMN name TYPE varchar(%d);\nALTER TABLE t%d ADD COLUMN c%d text;\n' "$t" "$((50 + i))" "$t" "$i" > "$dir/V${i}__alter_t${t}.sql"
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# run NAME OUTFILE CMD... : one timed run; appends "ms rss_kib" to OUTFILE
run() {
  local out=$1; shift
  local s e
  s=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$WORK/rss" "$@" > /dev/null 2>&1 || true
  e=$(date +%s%N)
  echo "$(( (e - s) / 1000000 )) $(cat "$WORK/rss")" >> "$out"
}

# bench LABEL FILELIST DIR... : FILELIST holds the .sql files squawk gets; the DIRs are what the jar lints
bench() {
  local label=$1 list=$2; shift 2
  local ours="$WORK/ours.$label" theirs="$WORK/theirs.$label" r
  : > "$ours"; : > "$theirs"
  mapfile -t files < "$list"
  for r in $(seq 1 "$ROUNDS"); do
    if [ $((r % 2)) -eq 1 ]; then
      run "$ours" $LAUNCH lint --fail-on never "$@"
      run "$theirs" "$SQUAWK" "${files[@]}"
    else
      run "$theirs" "$SQUAWK" "${files[@]}"
      run "$ours" $LAUNCH lint --fail-on never "$@"
    fi
  done
  local om or tm tr
  om=$(cut -d' ' -f1 "$ours" | median); or=$(cut -d' ' -f2 "$ours" | sort -n | tail -1)
  tm=$(cut -d' ' -f1 "$theirs" | median); tr=$(cut -d' ' -f2 "$theirs" | sort -n | tail -1)
  printf '%-28s %6d files  ours %6d ms %5d MB   squawk %6d ms %5d MB   ratio %.2f\n' "$label" "${#files[@]}" \
    "$om" "$((or / 1024))" "$tm" "$((tr / 1024))" "$(echo "$om / $tm" | bc -l)"
  echo "$om" > "$WORK/median.$label"
}

echo "rounds: $ROUNDS, launch: $LAUNCH"
for n in 1000 10000; do
  generate "$n" "$WORK/gen$n/db/migration"
  find "$WORK/gen$n/db/migration" -name '*.sql' | sort > "$WORK/list$n"
  bench "generated-$n" "$WORK/list$n" "$WORK/gen$n/db/migration"
done
printf 'time(10,000) / time(1,000) for Migration Guard: %.2f\n' \
  "$(echo "$(cat "$WORK/median.generated-10000") / $(cat "$WORK/median.generated-1000")" | bc -l)"
if [ $# -gt 0 ]; then
  find "$@" -type f \( -name '*.sql' -o -name '*.sql.postgres' \) | sort > "$WORK/listreal"
  bench "real (given dirs)" "$WORK/listreal" "$@"
fi
