#!/usr/bin/env bash
# Eight `mvn db:migrate` processes at once on one database, four with -Ddb.schema=public and four without (the
# spellings of the history table): they must take one advisory lock, so exactly one applies the N migrations and the
# seven others wait, then find nothing to do. Prints per-process outcome, the history check and the wall time.
# Usage: bench/lock-spellings.sh JDBC_BASE_URL [N=20] [MAVEN_REPO]
#   JDBC_BASE_URL: jdbc:postgresql://host:port/postgres?user=... (a database the role may CREATE DATABASE from); the
#   script creates and drops its own database, lock_spellings_<pid>. MAVEN_REPO: a local repository holding the
#   installed plugin (default: Maven's).
set -euo pipefail
BASE=${1:?usage: lock-spellings.sh JDBC_BASE_URL [N] [MAVEN_REPO]}
N=${2:-20}
REPO=${3:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
DBNAME=lock_spellings_$$
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)

rest=${BASE#jdbc:postgresql://}
hostport=${rest%%/*}
query=${rest#*\?}
URL="jdbc:postgresql://$hostport/$DBNAME?$query"
export PGHOST=${hostport%%:*} PGPORT=${hostport##*:}
export PGUSER=$(sed -n 's/.*user=\([^&]*\).*/\1/p' <<<"$query")
psql -X -q -d postgres -c "CREATE DATABASE $DBNAME"
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DBNAME" || true; rm -rf "$WORK"' EXIT

mkdir -p "$WORK/src/main/resources/db/migration"
for i in $(seq 1 "$N"); do
  printf 'CREATE TABLE t%d (id bigint PRIMARY KEY);\nSELECT pg_sleep(0.05);\n' "$i" \
    > "$WORK/src/main/resources/db/migration/V${i}__t${i}.sql"
done
cat > "$WORK/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>lock-spellings</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>dev.migrationguard</groupId><artifactId>migration-maven-plugin</artifactId><version>$VERSION</version>
  </plugin></plugins></build>
</project>
POM
MVN=("$ROOT/mvnw" -B -o -f "$WORK/pom.xml")
[ -n "$REPO" ] && MVN+=("-Dmaven.repo.local=$REPO")

start=$(date +%s.%N)
for p in 1 2 3 4 5 6 7 8; do
  if [ $((p % 2)) -eq 0 ]; then spelling=(-Ddb.schema=public); else spelling=(); fi
  "${MVN[@]}" dev.migrationguard:migration-maven-plugin:"$VERSION":migrate -Ddb.url="$URL" \
    ${spelling[@]+"${spelling[@]}"} > "$WORK/run$p.log" 2>&1 &
done
failed=0
for job in $(jobs -p); do wait "$job" || failed=$((failed + 1)); done
end=$(date +%s.%N)

for p in 1 2 3 4 5 6 7 8; do
  printf 'process %d (%s): %s\n' "$p" "$([ $((p % 2)) -eq 0 ] && echo 'db.schema=public' || echo 'no db.schema')" \
    "$(grep -E '\[INFO\] (applied [0-9]+ migration|database is up to date)|BUILD FAILURE' "$WORK/run$p.log" | head -n 1)"
done
rows=$(psql -X -At -d "$DBNAME" -c "SELECT count(*) || ' rows, ' || count(DISTINCT version) || ' versions' FROM public.migration_guard_history")
echo "failed processes: $failed; history: $rows (expected $N rows, $N versions)"
echo "wall time: $(echo "$end - $start" | bc) s for 8 processes, $N migrations"
