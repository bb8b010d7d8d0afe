import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }
def m = 'src/main/resources/db/migration/'

// first build: the base, one line per migration, where the report is
expect '[INFO] note: history checks against main (db.base)'
expect '[INFO] Migration Guard: medium risk; 2 migrations (0 high, 1 medium, 1 low risk); 3 errors, 1 warning, ' +
        '0 infos; compared with main: 1 added, 1 changed, 1 deleted'
expect "[WARNING]   changed  ${m}V2__create_accounts.sql: low risk, no table lock, reversible no (no down " +
        'migration), 1 error; also edited on main: agree on one version with it'
expect "[INFO]   added    ${m}V4__index_users_email.sql: medium risk, SHARE on users, reversible no (no down " +
        'migration), 1 error, 1 warning'
expect "[INFO]   deleted  ${m}V3__create_orders.sql"
expect '[INFO] Migration Guard: markdown report written to target/migration-guard/report.md'
assert lines.count { it == '[INFO] BUILD SUCCESS' } == 1 : 'the first build succeeds'

def md = new File(basedir, 'target/migration-guard/report.md')
assert md.isFile() : "$md was not written"
def report = md.readLines()
def has = { String line -> assert report.contains(line) : "report.md lacks the line: $line" }
has '## Migration Guard: medium risk'
has '2 migrations (0 high, 1 medium, 1 low risk) · 3 errors, 1 warning, 0 infos · compared with `main`: 1 added, ' +
        '1 changed, 1 deleted'
has "> **`${m}V2__create_accounts.sql` was also edited on `main`.** Databases that applied the other version will " +
        'not run this one again: agree on one version with the base branch, and put any further change in a new ' +
        'migration.'
has '| Migration | Change | Risk | Riskiest statement | Reversible | Findings |'
has "| `${m}V2__create_accounts.sql` | changed | :green_circle: low | line 1, no table lock | no: no down " +
        'migration | 1 error |'
has "| `${m}V4__index_users_email.sql` | added | :orange_circle: medium | line 1, SHARE on `users` | no: no " +
        'down migration | 1 error, 1 warning |'
has "| `${m}V3__create_orders.sql` | deleted |  |  | n/a: deleted | 1 error |"
assert !report.any { it.contains('V1__create_users.sql') } : 'V1 is not part of the change'

// second build: the JSON report is written, then db.failOn fails the build
expect '[INFO] Migration Guard: json report written to target/migration-guard/report.json'
expect '[ERROR] Failed to execute goal dev.migrationguard:migration-maven-plugin:' + projectVersion +
        ':report (default-cli) on project report: Migration Guard: the report shows 3 finding(s) at or above ' +
        'fail-on=error; see target/migration-guard/report.json -> [Help 1]'
def json = new JsonSlurper().parse(new File(basedir, 'target/migration-guard/report.json'))
assert json.base == 'main'
assert json.migrations.findAll { it.change }.collectEntries { [(it.file - m): it.change] } ==
        ['V2__create_accounts.sql': 'changed', 'V4__index_users_email.sql': 'added',
         'V3__create_orders.sql': 'deleted']

assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') } : 'no stack trace expected'
return true
