def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }
def path = 'src/main/resources/db/migration/V2__create_accounts.sql'

// first build: the base named, the finding and its help at ERROR level, the failure
expect '[INFO] note: history checks against main (db.base)'
expect "[ERROR] $path:3: error[edited-merged-migration] V2__create_accounts.sql is already on main and was " +
        'changed (first difference on line 3): every database that ran it fails checksum validation, and new ' +
        'databases get other SQL than old ones'
expect "[ERROR]   help: restore V2__create_accounts.sql as it is on main (git checkout main -- $path) and put " +
        'the change in a new migration (mvn db:explain -Drule=edited-merged-migration)'
expect '[INFO] Migration Guard: 2 files, 2 statements (0 not understood); ' +
        '1 error, 0 warnings, 0 infos'
expect '[ERROR] Failed to execute goal dev.migrationguard:migration-maven-plugin:' + projectVersion +
        ':lint (default) on project lint-base-edited-fails: Migration Guard found 1 error(s) at or above ' +
        'fail-on=error; see the findings above -> [Help 1]'

// second build: the unknown ref is named with what to do
def unknown = lines.find { it.contains("Migration Guard: db.base 'origin/main' names no branch, tag or commit in ") }
assert unknown != null : 'the second build names the unknown base'
assert unknown.endsWith('; fetch it first (git fetch origin main) or set db.base (base: in .migration-guard.yml) ' +
        'to a ref that exists, such as origin/main -> [Help 1]') : unknown

// third build: no base, no history check, success
assert lines.count { it.contains('error[edited-merged-migration]') } == 1 : 'only the first build compared with main'
expect '[INFO] BUILD SUCCESS'
assert !lines.any { it.startsWith('\tat ') || it.startsWith('Caused by') } : 'no stack trace expected'
return true
