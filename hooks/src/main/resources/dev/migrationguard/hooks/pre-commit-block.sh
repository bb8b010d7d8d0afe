# >>> migration-guard >>>
# Lints the staged migrations before each commit. Installed by mvn db:install-hook; mvn db:uninstall-hook removes
# this block. Bypass in an emergency with git commit --no-verify.
mg_state=@STATE_DIR@
mg_cp=@CLASSPATH@
mg_missing=
mg_ifs=$IFS
IFS=:
for mg_jar in $mg_cp; do
  [ -e "$mg_jar" ] || mg_missing=$mg_jar
done
IFS=$mg_ifs
if [ -n "$mg_missing" ]; then
  echo "Migration Guard: the hook is out of date ($mg_missing is gone); run mvn db:install-hook again" >&2
  exit 2
fi
# a commit that changes nothing under the migration locations, with the configuration files as installed, has
# nothing to lint: Git tells that without starting Java
if @UNTOUCHED@; then
  :
elif [ -f "$mg_state/hook.aot" ]; then
  @JAVA@ @JVM_OPTIONS@ -XX:AOTCache="$mg_state/hook.aot" \
    -cp "$mg_cp" @MAIN@ --state "$mg_state" || exit $?
elif [ -f "$mg_state/hook.jsa" ]; then
  @JAVA@ @JVM_OPTIONS@ -Xshare:auto -XX:SharedArchiveFile="$mg_state/hook.jsa" \
    -cp "$mg_cp" @MAIN@ --state "$mg_state" || exit $?
else
  @JAVA@ @JVM_OPTIONS@ -Xshare:auto \
    -cp "$mg_cp" @MAIN@ --state "$mg_state" || exit $?
fi
# <<< migration-guard <<<
