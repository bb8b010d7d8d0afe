// build.log holds three invocations: db:migrate of the migrations, db:migrate of a hotfix with a history table of
// its own (to the migrations' history, a hand-made index), then db:drift, which fails the build on that index alone
def lines = new File(basedir, 'build.log').readLines()

def expectInOrder = { List<String> patterns ->
    int from = 0
    patterns.each { p ->
        int at = lines.findIndexOf(from) { it ==~ p }
        assert at >= 0 : "build.log lacks, after line ${from}, a line matching: $p"
        from = at + 1
    }
}

expectInOrder([
    /\[INFO\] --- db:.*:drift \(default-cli\) @ drift-fails ---/,
    /\[INFO\] Migration Guard: replaying 2 script\(s\) of [^ ]+'s history on .*/,
    /\[INFO\] extra in the database: index users_nickname_idx \(schema it_drift_fails\)/,
    /\[INFO\]     --- migrations/,
    /\[INFO\]     \+\+\+ database/,
    /\[INFO\]     \+CREATE INDEX users_nickname_idx ON it_drift_fails\.users USING btree \(nickname\)/,
    /\[INFO\] drift: 1 difference\(s\) \(0 missing, 1 extra, 0 different\), \d+ ignored by drift\.ignore; 2 script\(s\) replayed in \d+\.\d s; \d+\.\d s in all/,
    /\[INFO\] BUILD FAILURE/,
    /\[ERROR\] Failed to execute goal .*:drift .* Migration Guard: the database drifted from its migrations: 1 difference\(s\) .*; see the differences above.*/,
])
assert lines.count { it.startsWith('[INFO] extra in the database: ') || it.startsWith('[INFO] missing in the database: ')
        || it.startsWith('[INFO] different in the database: ') } == 1 : 'exactly one difference'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/migration-guard/drift.json'))
assert json.ok == false
assert json.differences*.object == ['index users_nickname_idx']
