// one changelog, four changesets: findings carry the changelog's lines; the suppression inside bob:drop-legacy-name
// holds; runInTransaction:false keeps CREATE INDEX CONCURRENTLY legal; bob:add-status has no --rollback
def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }
def file = 'src/main/resources/db/changelog/changelog.sql'

expect "[ERROR] ${file}:17: error[missing-down-migration] changelog.sql: changeset bob:add-status has no --rollback"
expect '[ERROR]   help: add --rollback lines with the SQL that reverts it, or mark it with ' +
        '-- migration-guard:irreversible <reason> inside the changeset (mvn db:explain -Drule=missing-down-migration)'
expect "[WARNING] ${file}:14:1: warning[require-lock-timeout] This statement takes an ACCESS EXCLUSIVE lock on " +
        '"users" with no lock_timeout: while it waits for the lock, every later query on users queues behind it'
// 4 changesets and 3 rollbacks, from one file
expect '[INFO] Migration Guard: 1 file, 7 statements (0 not understood); 1 error, 2 warnings, 0 infos'
assert !lines.any { it.contains('ban-drop-column') } : 'the suppression inside the changeset holds'
assert !lines.any { it.contains('ban-concurrent-index-creation-in-transaction') } : 'runInTransaction:false is read'
assert lines.count { it.contains('error[') } == 1 : 'only bob:add-status is an error'
assert lines.any { it.endsWith(': Migration Guard found 1 error(s) at or above fail-on=error; ' +
        'see the findings above -> [Help 1]') }
