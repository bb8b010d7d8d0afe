// the down of version 2 drops the column and forgets the index: the round trip names the index, reports the pair not
// reversible (the up applied again fails on the index, which is said too), stops there, and the build fails without a
// stack trace
def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }
def dir = 'src/main/resources/db/migration/'

expect '[INFO] 1 create users: reversible'
expect '[INFO] 2 nickname email index: not reversible (up again failed at ' + dir + '2_nickname_email_index.up.sql:2: ' +
        'ERROR: relation "users_email_idx" already exists (SQLSTATE 42P07) in: ' +
        'CREATE INDEX users_email_idx ON users (email))'
expect '[INFO]   index users_email_idx: present after down'
expect '[INFO]   lock: ' + dir + '2_nickname_email_index.up.sql:2: CREATE INDEX users_email_idx ON users (email);: ' +
        'ShareLock on users'
assert lines.any { it ==~ /\[INFO\] 1 reversible, 1 not reversible, 0 failed, 0 skipped, 0 not checked \(2 pairs\); 0 lock disagreement\(s\) with the lint; \d+\.\d s/ }
expect '[ERROR] Failed to execute goal dev.migrationguard:migration-maven-plugin:' + projectVersion +
        ':roundtrip (default-cli) on project roundtrip-fails: Migration Guard: 1 migration(s) not reversible, ' +
        '0 failed, 0 not checked; see the differences above -> [Help 1]'
assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') } : 'no stack trace expected'
