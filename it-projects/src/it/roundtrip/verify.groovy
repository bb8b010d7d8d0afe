// build.log holds two invocations of db:roundtrip on throw-away databases: every pair as text, then version 2 alone as
// the Markdown report section
def lines = new File(basedir, 'build.log').readLines()

def expectInOrder = { List<String> patterns ->
    int from = 0
    patterns.each { p ->
        int at = lines.findIndexOf(from) { it ==~ p }
        assert at >= 0 : "build.log lacks, after line ${from}, a line matching: $p"
        from = at + 1
    }
}

def dir = /src\/main\/resources\/db\/migration\//
expectInOrder([
    /\[INFO\] --- db:.*:roundtrip \(default-cli\) @ roundtrip ---/,
    /\[INFO\] Migration Guard: round trip on [^ ]+:\d+\/[^ ]+/,
    // one progress line per pair, then the report: per pair its verdict and the lock each up statement took
    /\[INFO\] \[1\/3\] 1 create users: reversible \(\d+ ms\)/,
    /\[INFO\] \[2\/3\] 2 add status: reversible \(\d+ ms\)/,
    /\[INFO\] \[3\/3\] 3 index email: reversible \(\d+ ms\)/,
    /\[INFO\] round trip on [^ ]+:\d+\/[^ ]+/,
    /\[INFO\] 1 create users: reversible/,
    /\[INFO\]   lock: ${dir}1_create_users\.up\.sql:1: CREATE TABLE users \(id bigint PRIMARY KEY, email text NOT\.\.\.: no relation lock/,
    /\[INFO\] 2 add status: reversible/,
    /\[INFO\]   lock: ${dir}2_add_status\.up\.sql:1: ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT\.\.\.: AccessExclusiveLock on users/,
    /\[INFO\] 3 index email: reversible/,
    /\[INFO\]   lock: ${dir}3_index_email\.up\.sql:1: CREATE INDEX users_email_idx ON users \(email\);: ShareLock on users/,
    /\[INFO\] 3 reversible, 0 not reversible, 0 failed, 0 skipped, 0 not checked \(3 pairs\); 0 lock disagreement\(s\) with the lint; \d+\.\d s/,
    /\[INFO\] BUILD SUCCESS/,
    // db.from=2 db.to=2: 1 is applied only, 3 is not run; db.format=markdown
    /\[INFO\] --- db:.*:roundtrip \(default-cli\) @ roundtrip ---/,
    /\[INFO\] \[1\/2\] 1 create users: skipped: applied only, outside db.from\/db.to \(\d+ ms\)/,
    /\[INFO\] \[2\/2\] 2 add status: reversible \(\d+ ms\)/,
    /\[INFO\] ## Round trip/,
    /\[INFO\] 1 reversible, 0 not reversible, 0 failed, 1 skipped, 0 not checked \(2 pairs\); 0 lock disagreement\(s\) with the lint; \d+\.\d s on [^ ]+:\d+\/[^ ]+\./,
    /\[INFO\] \| Migration \| Result \| Strongest lock \|/,
    /\[INFO\] \| 1 create users \| skipped: applied only, outside db.from\/db.to \|  \|/,
    /\[INFO\] \| 2 add status \| reversible \| AccessExclusiveLock on users \|/,
    /\[INFO\] BUILD SUCCESS/,
])
assert lines.count { it.contains('3 index email') } == 2 : 'version 3 round-trips in the first invocation only'
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') } : 'no error or warning expected'
// a server was named: neither Docker nor an embedded server was looked for
assert !lines.any { it.contains('Docker') || it.contains('embedded') } : 'db.url given: no other server expected'
