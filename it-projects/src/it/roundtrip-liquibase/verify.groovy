// db:roundtrip on a Liquibase changelog: each changeset is a pair (its SQL up, its rollback down), named by its
// position in the changelog and author:id; lines point into the changelog; runInTransaction:false lets
// CREATE INDEX CONCURRENTLY run
def lines = new File(basedir, 'build.log').readLines()

def expectInOrder = { List<String> patterns ->
    int from = 0
    patterns.each { p ->
        int at = lines.findIndexOf(from) { it ==~ p }
        assert at >= 0 : "build.log lacks, after line ${from}, a line matching: $p"
        from = at + 1
    }
}

def file = /src\/main\/resources\/db\/changelog\/changelog\.sql/
expectInOrder([
    /\[INFO\] --- db:.*:roundtrip \(default-cli\) @ roundtrip-liquibase ---/,
    /\[INFO\] \[1\/3\] 1\.1 alice:create-users: reversible \(\d+ ms\)/,
    /\[INFO\] \[2\/3\] 1\.2 alice:add-status: reversible \(\d+ ms\)/,
    /\[INFO\] \[3\/3\] 1\.3 bob:index-email: reversible \(\d+ ms\)/,
    /\[INFO\] 1\.1 alice:create-users: reversible/,
    /\[INFO\]   lock: ${file}:4: CREATE TABLE users \(id bigint PRIMARY KEY, email text\);: no relation lock/,
    /\[INFO\] 1\.2 alice:add-status: reversible/,
    /\[INFO\]   lock: ${file}:8: ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT\.\.\.: AccessExclusiveLock on users/,
    /\[INFO\] 1\.3 bob:index-email: reversible/,
    /\[INFO\]   lock: ${file}:12: CREATE INDEX CONCURRENTLY users_email_idx ON users \(email\);: ShareUpdateExclusiveLock on users/,
    /\[INFO\] 3 reversible, 0 not reversible, 0 failed, 0 skipped, 0 not checked \(3 pairs\); 0 lock disagreement\(s\) with the lint; \d+\.\d s/,
    /\[INFO\] BUILD SUCCESS/,
])
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') } : 'no error or warning expected'
