// the badly named file is reported with the name it should have; the well named ones are not
def lines = new File(basedir, 'build.log').readLines()

def findings = lines.findAll { it.contains('[invalid-migration-name]') }
assert findings.size() == 1
assert findings[0].startsWith('[ERROR] src/main/resources/db/migration/V1_init.sql: error[invalid-migration-name] ')
assert (findings[0] + lines[lines.indexOf(findings[0]) + 1]).contains('V1__init.sql')
assert !lines.any { it.contains('V2__create_orders.sql') || it.contains('V3__add_email.sql') }
assert lines.any { it.contains('Migration Guard found 1 error(s) at or above fail-on=error; see the findings above') }
assert !lines.any { it.startsWith('\tat ') || it.contains('Exception') }
