// first build: the finding and its help line at ERROR level, the failure message, and no stack trace
def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }

expect '[ERROR] src/main/resources/db/migration/V2__drop_email.sql:1:19: error[ban-drop-column] ' +
        'Dropping column "email" of "users" breaks clients still reading it (ACCESS EXCLUSIVE lock on users)'
expect '[ERROR]   help: stop reading the column, deploy, then drop it in a later migration ' +
        '(mvn db:explain -Drule=ban-drop-column)'
expect '[INFO] Migration Guard: 2 files, 2 statements (0 not understood); ' +
        '1 error, 1 warning, 0 infos'
expect '[ERROR] Failed to execute goal dev.migrationguard:migration-maven-plugin:' + projectVersion +
        ':lint (default) on project lint-drop-column-fails: Migration Guard found 1 error(s) at or above ' +
        'fail-on=error; see the findings above -> [Help 1]'
assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') } : 'no stack trace expected'

// the second build skipped the goal
expect '[INFO] Migration Guard: skipped (db.skip=true)'
assert lines.count { it.contains('error[ban-drop-column]') } == 1 : 'only the first build linted'
