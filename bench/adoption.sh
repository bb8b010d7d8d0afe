#!/usr/bin/env bash
# Adoption check on real projects: a Maven project holding a real project's migrations, committed on main, and a
# branch that adds one risky migration. Checks, for each project:
#   1. main:   mvn verify -Ddb.base=main passes (the change touches nothing);
#   2. branch: mvn verify -Ddb.base=main fails with the new migration's findings only, plus the one-line count of
#              the findings in migrations the change does not touch;
#   3. a findings baseline written on main (mvn db:lint -Ddb.updateBaseline): mvn verify passes on main and fails
#      on the branch with the new migration's findings only;
#   4. the pre-commit hook (mvn db:install-hook, then git commit of the new migration) and mvn db:report
#      -Ddb.base=main on the branch print the same findings (file, line, rule) as db:lint.
# Usage: bench/adoption.sh CORPUS_DIR [WORK_DIR]
#   CORPUS_DIR is what bench/corpus.sh wrote (projects and commits in bench/corpus.md); the projects checked and the
#   migration each branch adds are listed below. Needs the plugin installed: ./mvnw -B -q install -DskipTests.
# Prints one block per project and exits 1 if any check fails.
set -uo pipefail
if [ $# -lt 1 ]; then
  echo "usage: $0 CORPUS_DIR [WORK_DIR]" >&2
  exit 2
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=$(cd "$1" && pwd)
WORK=${2:-$(mktemp -d)}
mkdir -p "$WORK"
MVN="$ROOT/mvnw -B"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
failed=0

# project (as in corpus.md), migration directory, new file(s) relative to it (| separated), SQL of the up file
PROJECTS='
openmeterio+openmeter|tools/migrate/migrations|20990101000000_probe.up.sql;20990101000000_probe.down.sql|CREATE INDEX customers_probe_idx ON customers (created_at);
harness+harness|app/store/database/migrate/postgres|0999_probe.up.sql;0999_probe.down.sql|CREATE INDEX repositories_probe_idx ON repositories (repo_created);
rust-lang+crates.io|migrations|2099-01-01-000000-0000_probe/up.sql;2099-01-01-000000-0000_probe/down.sql|CREATE INDEX crates_probe_idx ON crates (updated_at);
'

# file:line rule of every finding line in a log (Maven's [ERROR]/[WARNING]/[INFO] prefixes dropped)
findings() {
  sed -E 's/^\[(ERROR|WARNING|INFO)\] //' "$1" \
    | grep -oE '^[^ :]+\.sql(:[0-9]+)?(:[0-9]+)?: (error|warning|info)\[[a-z0-9-]+\]' \
    | sed -E 's/^([^:]+\.sql)(:[0-9]+)?(:[0-9]+)?: [a-z]+\[([a-z0-9-]+)\]/\1\2 \4/; s/^([^: ]+\.sql) /\1:0 /' | sort -u
}

check() { # $1 description, $2 0 or 1
  if [ "$2" -eq 0 ]; then echo "  ok    $1"; else echo "  FAIL  $1"; failed=1; fi
}

echo "$PROJECTS" | while IFS='|' read -r project dir newfiles sql; do
  [ -z "$project" ] && continue
  failed=0
  src="$CORPUS/$project/$dir"
  if [ ! -d "$src" ]; then
    echo "$project: $src missing (run bench/corpus.sh first)"
    failed=1
    continue
  fi
  repo="$WORK/$project"
  rm -rf "$repo"
  mkdir -p "$repo/$dir"
  cp -r "$src/." "$repo/$dir/"
  count=$(find "$repo/$dir" -type f -name '*.sql' | wc -l)
  cat > "$repo/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>adoption</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.migrationguard</groupId>
        <artifactId>migration-maven-plugin</artifactId>
        <version>0.1.0-SNAPSHOT</version>
        <executions><execution><goals><goal>lint</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF
  printf 'locations: [%s]\n' "$dir" > "$repo/.migration-guard.yml"
  g() { git -C "$repo" -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false "$@"; }
  mvn_in() { (cd "$repo" && $MVN "$@"); }
  g init -q -b main && g add -A && g commit -q -m "$project migrations"
  echo "$project ($count .sql files in $dir)"

  mvn_in verify -Ddb.base=main > "$WORK/$project.main.log" 2>&1
  check "main: mvn verify -Ddb.base=main passes" $?

  g checkout -q -b feature
  new=()
  IFS=';' read -ra files <<< "$newfiles"
  for f in "${files[@]}"; do
    mkdir -p "$(dirname "$repo/$dir/$f")"
    case "$f" in
      *down.sql) echo "DROP INDEX $(echo "$sql" | awk '{print $3}');" > "$repo/$dir/$f" ;;
      *) echo "$sql" > "$repo/$dir/$f" ;;
    esac
    new+=("$dir/$f")
  done
  newre=$(printf '%s\n' "${new[@]}" | sed 's/[.]/\\./g' | paste -sd'|' -)

  mvn_in verify -Ddb.base=main > "$WORK/$project.branch.log" 2>&1
  status=$?
  check "branch: mvn verify -Ddb.base=main fails" $(( status == 0 ))
  findings "$WORK/$project.branch.log" > "$WORK/$project.lint.findings"
  n=$(wc -l < "$WORK/$project.lint.findings")
  others=$(grep -cvE "^($newre):" "$WORK/$project.lint.findings")
  check "branch: $n finding(s), all on the new migration ($(paste -sd' ' "$WORK/$project.lint.findings"))" \
    $(( n == 0 || others != 0 ))
  summary=$(grep -oE '[0-9]+ findings? in [0-9]+ migrations? this change does not touch' "$WORK/$project.branch.log" | head -1)
  check "branch: one line counts the rest: ${summary:-none}" $([ -n "$summary" ]; echo $?)

  mvn_in db:install-hook > "$WORK/$project.install.log" 2>&1
  g add -A "$dir"
  g commit -q -m probe > "$WORK/$project.hook.log" 2>&1
  hook_status=$?
  check "hook: git commit of the new migration is refused" $(( hook_status == 0 ))
  findings "$WORK/$project.hook.log" > "$WORK/$project.hook.findings"
  diff -q "$WORK/$project.lint.findings" "$WORK/$project.hook.findings" > /dev/null
  check "hook: the same findings as db:lint" $?
  # the developer overrides the hook; the pull request's report is made from the branch's commits
  g commit -q --no-verify -m probe
  mvn_in db:report -Ddb.base=main -Ddb.format=json -Ddb.failOn=never > "$WORK/$project.report.log" 2>&1
  python3 - "$repo/target/migration-guard/report.json" <<'PY' | sort -u > "$WORK/$project.report.findings"
import json, sys
doc = json.load(open(sys.argv[1]))
out = set()
def walk(node):
    if isinstance(node, dict):
        if "rule" in node and "file" in node and "line" in node:
            out.add(f"{node['file']}:{node['line']} {node['rule']}")
        for v in node.values():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)
walk(doc)
print("\n".join(sorted(out)))
PY
  diff -q "$WORK/$project.lint.findings" "$WORK/$project.report.findings" > /dev/null
  check "db:report -Ddb.base=main shows the same findings as db:lint" $?


  g checkout -q main
  mvn_in db:uninstall-hook > /dev/null 2>&1
  mvn_in db:lint -Ddb.updateBaseline > "$WORK/$project.baseline.log" 2>&1
  check "main: db:lint -Ddb.updateBaseline writes $(grep -c '"rule"' "$repo/.migration-guard-baseline.json" 2>/dev/null || echo 0) entries" $?
  g add .migration-guard-baseline.json && g commit -q -m baseline
  mvn_in verify > "$WORK/$project.main-baseline.log" 2>&1
  check "main with the baseline: mvn verify passes" $?
  g checkout -q feature && g merge -q main -m "baseline" > /dev/null 2>&1
  mvn_in verify > "$WORK/$project.branch-baseline.log" 2>&1
  status=$?
  check "branch with the baseline: mvn verify fails" $(( status == 0 ))
  findings "$WORK/$project.branch-baseline.log" > "$WORK/$project.baseline.findings"
  diff -q "$WORK/$project.lint.findings" "$WORK/$project.baseline.findings" > /dev/null
  check "branch with the baseline: the same findings as with db.base ($(wc -l < "$WORK/$project.baseline.findings"))" $?
  if [ $failed -ne 0 ]; then echo "  logs in $WORK/$project.*.log"; touch "$WORK/.failed"; fi
done
if [ -f "$WORK/.failed" ]; then rm -f "$WORK/.failed"; exit 1; fi
