// db:lint ran in verify (bound by the plugin's default phase), found nothing and let the build pass
def lines = new File(basedir, 'build.log').readLines()
def expect = { String line -> assert lines.contains(line) : "build.log lacks the line: $line" }

expect '[INFO] --- db:' + projectVersion + ':lint (default) @ lint-clean ---'
expect '[INFO] Migration Guard: 3 files, 6 statements (0 not understood); ' +
        '0 errors, 0 warnings, 0 infos'
expect '[INFO] BUILD SUCCESS'
assert !lines.any { it.contains('error[') || it.contains('warning[') } : 'no finding expected'
