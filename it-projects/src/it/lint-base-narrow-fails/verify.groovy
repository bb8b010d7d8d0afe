def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }
def m = 'src/main/resources/db/migration'

expect '[INFO] note: history checks against main (db.base)'
expect "[ERROR] $m/V3__drop_nickname.sql:2:19: error[ban-drop-column] Dropping column \"nickname\" of \"users\" " +
        'breaks clients still reading it (ACCESS EXCLUSIVE lock on users)'
assert lines.count { it.contains('error[ban-drop-column]') } == 1 : 'V2 is not reported'
assert lines.any { it ==~ /\[INFO\] note: \d+ findings? in \d+ migrations? this change does not touch; run without db.base to see them/ } :
        'the untouched migrations are summed up in one line'
assert !lines.any { it.contains('V2__drop_email.sql:') } : 'no finding on V2'
assert !lines.any { it.startsWith('\tat ') } : 'no stack trace expected'
return true
