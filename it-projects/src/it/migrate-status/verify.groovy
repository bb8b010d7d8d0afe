// build.log holds two invocations on an empty schema: db:migrate, then db:status
def lines = new File(basedir, 'build.log').readLines()

def expectInOrder = { List<String> patterns ->
    int from = 0
    patterns.each { p ->
        int at = lines.findIndexOf(from) { it ==~ p }
        assert at >= 0 : "build.log lacks, after line ${from}, a line matching: $p"
        from = at + 1
    }
}

// one line per migration with its duration (the index is built CONCURRENTLY, in autocommit), then the summary
expectInOrder([
    /\[INFO\] --- db:.*:migrate \(default-cli\) @ migrate-status ---/,
    /\[INFO\] applied 1          create users \(\d+ ms\)/,
    /\[INFO\] applied 2          index user email \[autocommit\] \(\d+ ms\)/,
    /\[INFO\] applied 3          add nickname \(\d+ ms\)/,
    /\[INFO\] applied 3 migration\(s\) in \d+ ms; now at version 3/,
    /\[INFO\] BUILD SUCCESS/,
    // the status table: a header, one row per migration, a summary naming the history table and the database
    /\[INFO\] --- db:.*:status \(default-cli\) @ migrate-status ---/,
    /\[INFO\] STATE        VERSION    DESCRIPTION                              INSTALLED ON          DURATION/,
    /\[INFO\] applied      1          create users                             \d{4}-\d\d-\d\d \d\d:\d\d:\d\d +\d+ ms/,
    /\[INFO\] applied      2          index user email                         \d{4}-\d\d-\d\d \d\d:\d\d:\d\d +\d+ ms/,
    /\[INFO\] applied      3          add nickname                             \d{4}-\d\d-\d\d \d\d:\d\d:\d\d +\d+ ms/,
    /\[INFO\] 3 migration\(s\) in it_migrate_status\.migration_guard_history on [^ ]+: 3 applied, 0 pending, 0 out-of-order, 0 failed, 0 changed, 0 missing/,
    /\[INFO\] BUILD SUCCESS/,
])
assert lines.count { it.startsWith('[INFO] applied ') && it.contains(' ms)') } == 3 : 'each migration applied once'
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') } : 'no error or warning expected'
