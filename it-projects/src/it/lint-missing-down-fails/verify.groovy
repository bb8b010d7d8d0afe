// golang-migrate pairs: only the up without a down is reported
def lines = new File(basedir, 'build.log').readLines()

def findings = lines.findAll { it.contains('error[') }
assert findings.size() == 1
assert findings[0].startsWith('[ERROR] src/main/resources/db/migration/2_users.up.sql: error[missing-down-migration] ')
assert findings[0].contains('2_users.up.sql')
assert lines[lines.indexOf(findings[0]) + 1].startsWith('[ERROR]   help: ')
assert lines[lines.indexOf(findings[0]) + 1].endsWith('(docs/rules/missing-down-migration.md)')
assert lines.any { it.contains('Migration Guard found 1 error(s) at or above fail-on=error; see the findings above') }
