// golang-migrate pairs: only the up without a down is reported, with the file name it needs
def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }

expect '[ERROR] src/main/resources/db/migration/2_users.up.sql: error[missing-down-migration] 2_users.up.sql has ' +
        'no down migration 2_users.down.sql'
expect '[ERROR]   help: add 2_users.down.sql that reverts it, or mark it with -- migration-guard:irreversible ' +
        '<reason> (mvn db:explain -Drule=missing-down-migration)'
expect '[INFO] Migration Guard: 3 files, 3 statements (0 not understood); ' +
        '1 error, 0 warnings, 0 infos'
assert lines.count { it.contains('error[') } == 1 : 'only 2_users.up.sql is reported'
assert lines.any { it.endsWith(': Migration Guard found 1 error(s) at or above fail-on=error; ' +
        'see the findings above -> [Help 1]') }
