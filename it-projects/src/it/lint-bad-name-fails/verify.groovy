// the badly named file is reported with the name it should have; the well named ones are not
def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }

expect '[ERROR] src/main/resources/db/migration/V1_init.sql: error[invalid-migration-name] V1_init.sql separates ' +
        'the version from the description with one underscore; Flyway needs two (__)'
expect '[ERROR]   help: rename V1_init.sql to V1__init.sql (mvn db:explain -Drule=invalid-migration-name)'
expect '[INFO] Migration Guard: 3 files, 3 statements (0 not understood); ' +
        '1 error, 1 warning, 0 infos'
assert lines.count { it.contains('error[') } == 1 : 'only the badly named file is reported'
assert lines.any { it.endsWith(': Migration Guard found 1 error(s) at or above fail-on=error; ' +
        'see the findings above -> [Help 1]') }
assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') } : 'no stack trace expected'
