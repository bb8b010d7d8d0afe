// an XML and a YAML changelog, ordered by a YAML master: changes are linted as the SQL Liquibase runs for them and
// findings point at the lines of the changes; loadData is reported as not linted; the changeset for MySQL is not
// read; a YAML comment suppresses ban-drop-column; bob:create-orders has no rollback in a changelog that uses them
def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }
def dir = 'src/main/resources/db/changelog/changes'

expect "[ERROR] ${dir}/001-users.xml:15:1: error[require-concurrent-index-creation] Creating index users_email_idx " +
        'without CONCURRENTLY takes a SHARE lock on "users" that blocks INSERT, UPDATE and DELETE until the build ends'
expect "[INFO] ${dir}/001-users.xml:20: info[liquibase-change-not-linted] changes/001-users.xml: changeSet " +
        'alice:seed: loadData inserts the rows of users.csv, which is not read'
expect "[ERROR] ${dir}/002-orders.yaml:2: error[missing-down-migration] changes/002-orders.yaml: changeSet " +
        'bob:create-orders has no rollback, and Liquibase cannot roll back all of its changes by itself'
expect "[WARNING] ${dir}/002-orders.yaml:15:1: warning[require-lock-timeout] This statement takes an ACCESS EXCLUSIVE " +
        'lock on "users" with no lock_timeout: while it waits for the lock, every later query on users queues behind it'
// create-users (createTable), index-email (createIndex), create-orders (two statements), drop-legacy (dropColumn),
// and the downs: two automatic rollbacks and drop-legacy's addColumn
expect '[INFO] Migration Guard: 2 files, 8 statements (0 not understood); 2 errors, 2 warnings, 1 info'
assert !lines.any { it.contains('ban-drop-column') } : 'the YAML comment suppresses ban-drop-column'
assert !lines.any { it.contains('ban-drop-table') } : 'the changeset for MySQL is not linted'
assert lines.any { it.endsWith(': Migration Guard found 2 error(s) at or above fail-on=error; ' +
        'see the findings above -> [Help 1]') }
