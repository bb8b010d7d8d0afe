// build.log holds both invocations: first with the file alone, then with -Ddb.failOn=error
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
