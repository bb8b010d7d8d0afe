#!/usr/bin/env bash
# The runner on real projects: for each project, a Maven project holding its migrations, and on a new database of
# the given server: db:migrate (all), db:rollback of every applied version, db:migrate again, db:validate.
# Prints each goal's outcome and wall time, and the error lines of a goal that fails (to check against psql).
# Usage: bench/runner-real.sh CORPUS_DIR ADMIN_JDBC_URL [WORK_DIR]
#   CORPUS_DIR as bench/corpus.sh writes it (projects and commits in bench/corpus.md); ADMIN_JDBC_URL a database on
#   the server where the role may CREATE DATABASE, e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres.
#   Needs the plugin installed: ./mvnw -B -q install -DskipTests. Each project's database is dropped first.
set -uo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 CORPUS_DIR ADMIN_JDBC_URL [WORK_DIR]" >&2
  exit 2
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=$(cd "$1" && pwd)
ADMIN=$2
WORK=${3:-$(mktemp -d)}
mkdir -p "$WORK"
MVN="$ROOT/mvnw -B"
host_part=${ADMIN%%\?*}; host_part=${host_part%/*}
query=${ADMIN#*\?}

PROJECTS='
openmeterio+openmeter|tools/migrate/migrations
harness+harness|app/store/database/migrate/postgres
rust-lang+crates.io|migrations
'

psql_admin() { # runs one statement on the admin database through the JDBC driver of the plugin's engine
  java -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dslf4j.internal.verbosity=ERROR -cp "$CP" "$ROOT/bench/runner/Sql.java" "$ADMIN" "$1"
}
CP_FILE=$(mktemp)
(cd "$ROOT" && ./mvnw -B -q -o dependency:build-classpath -pl migration-core -Dmdep.outputFile="$CP_FILE" >/dev/null)
CP=$(cat "$CP_FILE")

echo "$PROJECTS" | while IFS='|' read -r project dir; do
  [ -z "$project" ] && continue
  repo="$WORK/$project"
  rm -rf "$repo"; mkdir -p "$repo/$dir"
  cp -r "$CORPUS/$project/$dir/." "$repo/$dir/"
  cat > "$repo/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>runner-real</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>dev.migrationguard</groupId><artifactId>migration-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>
  </plugin></plugins></build>
</project>
POM
  printf 'locations: [%s]\n' "$dir" > "$repo/.migration-guard.yml"
  db="mg_real_$(echo "$project" | tr -c 'a-z0-9\n' '_')"
  psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)" > /dev/null
  psql_admin "CREATE DATABASE $db" > /dev/null
  url="$host_part/$db?$query"
  echo "$project ($(find "$repo/$dir" -name '*.sql' | wc -l) files), database $db"
  for step in "db:migrate" "db:rollback -Ddb.steps=100000" "db:migrate" "db:validate"; do
    start=$(date +%s%N)
    (cd "$repo" && $MVN $step -Ddb.url="$url") > "$WORK/$project.log" 2>&1
    status=$?
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    summary=$(grep -E '\[INFO\] (applied|rolled back) [0-9]+ migration|validated|Migration Guard: .*(applied|valid)' "$WORK/$project.log" | tail -1)
    if [ $status -eq 0 ]; then
      printf '  %-32s ok      %6d ms  %s\n' "$step" "$ms" "${summary#\[INFO\] }"
    else
      printf '  %-32s FAILED  %6d ms\n' "$step" "$ms"
      grep -E '^\[ERROR\]' "$WORK/$project.log" | grep -v 'Re-run Maven\|Help 1\|full stack trace\|^\[ERROR\] *$\|For more information\|cwiki' | head -8 | sed 's/^/      /'
      cp "$WORK/$project.log" "$WORK/$project.$(echo "$step" | tr -c 'a-z\n' '_').log"
    fi
  done
done
rm -f "$CP_FILE"
