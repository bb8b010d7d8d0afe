#!/usr/bin/env bash
# Extracts the real-world migration corpus listed in bench/corpus.md from git directories of the public projects.
# Usage: bench/corpus.sh GITDIR_PARENT OUT_DIR
#   GITDIR_PARENT holds one git directory (bare or not) per project, named owner+repo (or owner+repo/repo).
#   Each project's PostgreSQL migration files at the recorded commit are written, with their paths in the
#   repository unchanged, to OUT_DIR/owner+repo/<path-in-repo>/...; the file count is checked against corpus.md.
# Projects whose git directory is missing are skipped with a message (exit status 1 at the end).
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 GITDIR_PARENT OUT_DIR" >&2
  exit 2
fi
PARENT=$1
OUT=$2
mkdir -p "$OUT"

# project, commit, path in the repository, selector, expected file count (separated by blanks)
# Selectors: an extended regex on the path below the migration path, or "popx-postgres" (see select_popx).
PROJECTS='
openmeterio/openmeter      7e57a394a0283fb210a644685ad1d257f6d5c85c  tools/migrate/migrations                                                      ^[^/]+\.sql$                                538
harness/harness            ad5c8768ce22352903cddde95bd28f0358461a8c  app/store/database/migrate/postgres                                           ^[^/]+\.sql$                                389
rust-lang/crates.io        57fa000662f511321daa61e6769f190ea0e80771  migrations                                                                    ^[^/]+/(up\.sql|down\.sql|metadata\.toml)$  577
triggerdotdev/trigger.dev  b082e44389337dc6505d590737a6df70867cc8f4  internal-packages/database/prisma/migrations                                  ^[^/]+/migration\.sql$                      820
langfuse/langfuse          62751446149b702b419a9292ddfc2280cdf74b8c  packages/shared/prisma/migrations                                             ^[^/]+/migration\.sql$                      434
element-hq/synapse         a58ad44eb0ce3cc14153f921206f322e17339dc5  synapse/storage/schema                                                        \.sql(\.postgres)?$                         404
ory/hydra                  83127c5752d907f52dd5f048a734c596c4316477  persistence/sql/migrations                                                    popx-postgres                               456
IQSS/dataverse             b485249231feb43c70459884089b9af7b4c3beea  src/main/resources/db/migration                                               ^[^/]+\.sql$                                102
DSpace/DSpace              3d8bdc92c0471fcc02946b526e1cd545ed8c5c88  dspace-api/src/main/resources/org/dspace/storage/rdbms/sqlmigration/postgres  ^V[^/]*__[^/]*\.sql$                        66
'

# ory/pop + popx: files are VERSION_NAME[.DIALECT][.autocommit].(up|down).sql; for each version and direction
# the PostgreSQL-specific file wins over the dialect-less one, files for other dialects never run on PostgreSQL.
select_popx() {
  awk '
    match($0, /^[0-9]+_[^.]+/) {
      rest = substr($0, RLENGTH + 1)
      split($0, p, "_"); version = p[1]
      n = split(rest, seg, ".")   # seg[1] is empty (rest starts with a dot)
      dir = seg[n - 1]
      if (dir != "up" && dir != "down") next
      dialect = (n >= 4 && seg[2] != "autocommit") ? seg[2] : "all"
      key = version SUBSEP dir
      if (dialect == "postgres") { pg[key] = $0 }
      else if (dialect == "all") { all[key] = $0 }
    }
    END {
      for (k in pg) print pg[k]
      for (k in all) if (!(k in pg)) print all[k]
    }' | sort
}

status=0
while read -r project commit path selector expected; do
  [ -z "$project" ] && continue
  name=${project/\//+}
  gitdir=""
  for cand in "$PARENT/$name/repo" "$PARENT/$name"; do
    if [ -d "$cand" ] && git --git-dir="$cand" rev-parse --git-dir >/dev/null 2>&1; then gitdir=$cand; break; fi
    if [ -d "$cand/.git" ]; then gitdir=$cand/.git; break; fi
  done
  if [ -z "$gitdir" ]; then
    echo "$project: no git directory under $PARENT/$name, skipped" >&2
    status=1
    continue
  fi
  if ! git --git-dir="$gitdir" cat-file -e "$commit^{commit}" 2>/dev/null; then
    echo "$project: commit $commit not in $gitdir, skipped" >&2
    status=1
    continue
  fi
  mapfile -t rel < <(git --git-dir="$gitdir" -c core.quotePath=false ls-tree -r --name-only "$commit" -- "$path/" \
    | sed "s#^$path/##" \
    | if [ "$selector" = popx-postgres ]; then select_popx; else grep -E -- "$selector" || true; fi)
  files=()
  for f in "${rel[@]}"; do files+=("$path/$f"); done
  dest="$OUT/$name"
  rm -rf "$dest"
  mkdir -p "$dest"
  for f in "${files[@]}"; do
    mkdir -p "$dest/$(dirname "$f")"
    git --git-dir="$gitdir" cat-file blob "$commit:$f" > "$dest/$f"
  done
  got=$(find "$dest" -type f | wc -l)
  if [ "$got" != "$expected" ]; then
    echo "$project: $got files, corpus.md says $expected" >&2
    status=1
  fi
  echo "$project @ ${commit:0:12}: $got files in $dest/$path"
done <<< "$PROJECTS"
exit $status
