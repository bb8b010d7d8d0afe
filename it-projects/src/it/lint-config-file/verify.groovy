// build.log holds both invocations: first with the file alone, then with -Ddb.failOn=error
def lines = new File(basedir, 'build.log').readLines()

def finding = '[WARNING] src/main/resources/db/migration/V2__drop_email.sql:1:1: warning[ban-drop-column] ' +
        'Dropping column "email" of "users" breaks clients still reading it (ACCESS EXCLUSIVE lock on users)'
assert lines.count(finding) == 2 : 'the file lowered the rule to warning in both builds'
assert !lines.any { it.contains('error[ban-drop-column]') }

int failure = lines.indexOf('[INFO] BUILD FAILURE')
int success = lines.indexOf('[INFO] BUILD SUCCESS')
assert failure >= 0 && success > failure : 'first build failed (failOn: warning from the file), second passed'
assert lines.subList(0, failure).any {
    it.contains('Migration Guard found 1 finding(s) at or above fail-on=warning; see the findings above') }
