#!/usr/bin/env bash
# Whole-process benchmark of the pre-commit hook: wall time of `git commit` without the hook, with it, and with it
# plus its class data sharing archive, committing 1 and 20 new migrations into a repository holding N migrations;
# each hook row runs every commit in a JVM of its own (MIGRATION_GUARD_HOOK_SERVER=off), but the "+ server" rows,
# timed from a fresh install: their first commit runs the hook itself and starts the hook server, which serves the
# commits after it (the second may wait for the server's warm-up).
# Usage: bench/hook-commit.sh [N=2000] [RUNS=7]
# Builds the module jars itself (package -DskipTests; Maven options such as -Dmaven.repo.local from MAVEN_ARGS) and
# installs nothing. With HOOK_CP set to a hook classpath (hooks jar, engine jar, their dependencies) it builds nothing
# and times that hook instead, e.g. the jars of an earlier commit kept aside for a before/after comparison.
# With ONLY_CDS=1 only the hook with its archive is timed (own JVM, then with the server), beside git commit without
# the hook.
# "0 staged" commits a file outside the migration locations (the hook lets it through without starting Java).
# The hook runs on the java found on the PATH; with Java 25 or later it gets an ahead-of-time cache instead of the
# archive (PATH=/path/to/jdk-25/bin:$PATH bench/hook-commit.sh).
set -euo pipefail
N=${1:-2000}
RUNS=${2:-7}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ -n "${HOOK_CP:-}" ]; then
  CP=$HOOK_CP
else
  CP_FILE=$(mktemp)
  (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests dependency:build-classpath -pl hooks -am \
    -DincludeScope=runtime -Dmdep.outputFile="$CP_FILE" >/dev/null)
  # this checkout's engine, not an installed one
  DEPS=$(tr ':' '\n' < "$CP_FILE" | grep -v '/migration-core/' | paste -sd: -)
  rm -f "$CP_FILE"
  CP="$ROOT/hooks/target/migration-guard-hooks-0.1.0-SNAPSHOT.jar:$ROOT/migration-core/target/migration-core-0.1.0-SNAPSHOT.jar:$DEPS"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
REPO="$WORK/repo"
DIR="$REPO/src/main/resources/db/migration"
mkdir -p "$DIR"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
# no automatic gc: one started in the background by a commit would run during the timed commits
g() { git -C "$REPO" -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false -c gc.auto=0 "$@"; }
unset CI # a build machine's CI=true would turn the hook server off
export MIGRATION_GUARD_HOOK_SERVER=off
g init -q -b main
echo '<project/>' > "$REPO/pom.xml"
for i in $(seq 1 "$N"); do
  printf 'CREATE TABLE t%d (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);\n' "$i" \
    > "$DIR/V${i}__create_t${i}.sql"
done
g add -A && g commit -q -m "$N migrations" && g gc -q # packed, as a repository with history is
BASE=$(g rev-parse HEAD)

next=$((N + 1))
# nearest-rank percentile of the numbers on stdin: $1 = 50, 90
pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {r=int((p*NR+99)/100); if (r<1) r=1; print a[r]}'; }
measure() { # $1 label, $2 files per commit
  local times=()
  for r in $(seq 1 "$RUNS"); do
    # every commit goes onto the repository of N migrations (earlier runs' commits are dropped, untimed)
    g reset -q --hard "$BASE"
    if [ "$2" = 0 ]; then # a commit beside the migrations
      printf 'run %d\n' "$r" > "$REPO/NOTES.md"
    fi
    for k in $(seq 1 "$2"); do
      printf 'ALTER TABLE t1 ADD COLUMN c%d text;\n' "$next" > "$DIR/V${next}__c${next}.sql"
      next=$((next + 1))
    done
    g add -A
    local start end
    start=$(date +%s%N)
    g commit -q -m "run $r" > "$WORK/out" 2>&1 || { cat "$WORK/out"; exit 1; }
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%-28s %2d staged: p50 %4d ms  p90 %4d ms  (runs: %s)\n' "$1" "$2" \
    "$(printf '%s\n' "${times[@]}" | pct 50)" "$(printf '%s\n' "${times[@]}" | pct 90)" "${times[*]}"
}

echo "git commit wall time, repository with $N migrations, $RUNS runs each"
measure "no hook" 1
measure "no hook" 20
java -cp "$CP" "$ROOT/bench/InstallHook.java" "$REPO" > /dev/null
if [ -z "${ONLY_CDS:-}" ]; then
  measure "hook" 1
  measure "hook" 20
fi
java -cp "$CP" "$ROOT/bench/InstallHook.java" "$REPO" cds > /dev/null
test -f "$REPO/.git/migration-guard/hook.jsa" || test -f "$REPO/.git/migration-guard/hook.aot" \
  || { echo "no CDS archive (nor ahead-of-time cache) was created"; exit 1; }
measure "hook + CDS archive" 0
measure "hook + CDS archive" 1
measure "hook + CDS archive" 20
# the default set-up: a fresh install (no server yet), the server on; it stops when the repository is deleted
java -cp "$CP" "$ROOT/bench/InstallHook.java" "$REPO" cds > /dev/null
export MIGRATION_GUARD_HOOK_SERVER=on
measure "hook + CDS archive + server" 1
measure "hook + CDS archive + server" 20
