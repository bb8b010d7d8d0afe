def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }
def m = 'src/main/resources/db/migration'

expect '[INFO] note: 1 finding in migrations at or below since 2 is history and not reported'
assert lines.count { it.contains("error[ban-drop-column]") } == 1 : 'only V3 is reported in the first build'
expect "[ERROR] $m/V3__drop_nickname.sql:2:19: error[ban-drop-column] Dropping column \"nickname\" of \"users\" " +
        'breaks clients still reading it (ACCESS EXCLUSIVE lock on users)'
expect '[INFO] note: 2 findings in migrations at or below since V3 are history and not reported'
expect '[INFO] BUILD SUCCESS'
assert !lines.any { it.startsWith('\tat ') } : 'no stack trace expected'
return true
