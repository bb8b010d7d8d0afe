// build.log holds four invocations on an empty schema: db:migrate, db:drift as text and as Markdown, then db:report
def lines = new File(basedir, 'build.log').readLines()

def expectInOrder = { List<String> patterns ->
    int from = 0
    patterns.each { p ->
        int at = lines.findIndexOf(from) { it ==~ p }
        assert at >= 0 : "build.log lacks, after line ${from}, a line matching: $p"
        from = at + 1
    }
}

def replay = /[^ ]+:\d+, database migration_guard_drift_[0-9a-f]{10} \(dropped after the run\)/
expectInOrder([
    /\[INFO\] --- db:.*:migrate \(default-cli\) @ drift ---/,
    /\[INFO\] applied 2 migration\(s\) in \d+ ms; now at version 2/,
    /\[INFO\] BUILD SUCCESS/,
    /\[INFO\] --- db:.*:drift \(default-cli\) @ drift ---/,
    /\[INFO\] Migration Guard: replaying 2 script\(s\) of [^ ]+'s history on ${replay}/,
    /\[INFO\] drift of [^ ]+ \(migrations replayed on ${replay}\)/,
    /\[INFO\] no drift: 0 difference\(s\) \(0 missing, 0 extra, 0 different\); 2 script\(s\) replayed in \d+\.\d s; \d+\.\d s in all/,
    /\[INFO\] Migration Guard: drift result written to target\/migration-guard\/drift\.json \(db:report shows it\)/,
    /\[INFO\] BUILD SUCCESS/,
    /\[INFO\] --- db:.*:drift \(default-cli\) @ drift ---/,
    /\[INFO\] ## Schema drift/,
    /\[INFO\] No drift: 0 difference\(s\) .*/,
    /\[INFO\] BUILD SUCCESS/,
    /\[INFO\] --- db:.*:report \(default-cli\) @ drift ---/,
    /\[INFO\] Migration Guard: drift section from target\/migration-guard\/drift\.md/,
    /\[INFO\] BUILD SUCCESS/,
])
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') } : 'no error or warning expected'
def report = new File(basedir, 'target/migration-guard/report.md').text
assert report.contains('\n## Schema drift\n') : 'the report has the drift section'
assert report.contains('\nNo drift: 0 difference(s)') : 'the drift section says no drift'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/migration-guard/drift.json'))
assert json.ok == true
assert json.differences == []
assert json.replayed == 2
