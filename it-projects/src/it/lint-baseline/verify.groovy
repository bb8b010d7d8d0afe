def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }
def baseline = new File(basedir, '.migration-guard-baseline.json')

// 1: written, and the build passed
assert baseline.isFile() : 'the baseline was written'
assert baseline.text.contains('"rule" : "ban-drop-column"')
assert baseline.text.contains('"file" : "src/main/resources/db/migration/V2__drop_email.sql"')
assert lines.any { it.startsWith('[INFO] note: Wrote ') && it.endsWith(
        ' to the baseline .migration-guard-baseline.json; later runs report only findings not in it') }

// 2: only V3's finding, the baselined ones counted
assert lines.any { it ==~ /\[INFO\] note: \d+ findings? (is|are) in the baseline \.migration-guard-baseline\.json and not reported/ }
expect '[ERROR] src/main/resources/db/later/V3__drop_nickname.sql:2:19: error[ban-drop-column] Dropping column ' +
        '"nickname" of "users" breaks clients still reading it (ACCESS EXCLUSIVE lock on users)'
assert lines.count { it.contains('error[ban-drop-column]') } == 1 : 'V2 is in the baseline'

// 3: the entry of the rule turned off is stale
assert lines.any { it.startsWith('[INFO] .migration-guard-baseline.json:') &&
        it.contains('info[stale-baseline-entry] Baseline entry ban-drop-column on ' +
                'src/main/resources/db/migration/V2__drop_email.sql:2 matches no finding any more') } :
        'the stale entry is reported at its line in the baseline'
assert !lines.any { it.startsWith('\tat ') } : 'no stack trace expected'
return true
