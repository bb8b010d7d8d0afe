// build.log holds three invocations: the file alone, then -Ddb.failOn=error, then -Ddb.config=broken-guard.yml
def lines = new File(basedir, 'build.log').readLines()

def finding = '[WARNING] src/main/resources/db/migration/V2__drop_email.sql:1:19: warning[ban-drop-column] ' +
        'Dropping column "email" of "users" breaks clients still reading it (ACCESS EXCLUSIVE lock on users)'
assert lines.count(finding) == 2 : 'the file lowers ban-drop-column to warning in both builds'
assert !lines.any { it.contains('error[') } : 'no error finding expected'

int failure = lines.indexOf('[INFO] BUILD FAILURE')
int success = lines.indexOf('[INFO] BUILD SUCCESS')
assert failure >= 0 && success > failure : 'the first build fails, the second passes'
def failedOn = '[ERROR] Failed to execute goal dev.migrationguard:migration-maven-plugin:' + projectVersion +
        ':lint (default) on project lint-config-file: Migration Guard found 1 finding(s) at or above ' +
        'fail-on=warning; see the findings above -> [Help 1]'
int failedAt = lines.indexOf(failedOn)
assert failedAt > failure && failedAt < success : 'failOn: warning from the file failed the first build'

// the third build read broken-guard.yml instead and listed every problem, with file and line, and no stack trace
def third = lines.subList(success, lines.size())
def file = new File(basedir, 'broken-guard.yml').path
[
    '[ERROR] Failed to execute goal dev.migrationguard:migration-maven-plugin:' + projectVersion + ':lint (default) ' +
            'on project lint-config-file: Migration Guard configuration has 3 problems; fix them and run again:',
    '[ERROR]   ' + file + ":1: failOn: expected error, warning, info or never, found 'loudly'",
    '[ERROR]   ' + file + ':3: rules.ban-drop-colum: unknown rule id; see docs/rules/README.md for the list',
    "[ERROR]   parameter: db.pgVersion: expected a PostgreSQL major version from 9 to 19, found '42'",
].each { assert third.contains(it) : "build.log lacks the line: $it" }
assert lines.count { it.startsWith('[WARNING] src/main/resources/db/migration/') } == 2 : 'the third build lints nothing'
assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') } : 'no stack trace expected'
