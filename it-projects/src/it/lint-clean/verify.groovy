// db:lint ran in verify, found nothing and let the build pass
def lines = new File(basedir, 'build.log').readLines()

assert lines.any { it.startsWith('[INFO] --- migration-maven-plugin:') && it.contains(':lint (default) @ lint-clean ---') }
assert lines.contains('[INFO] Migration Guard: 3 files, 4 statements (4 parsed, 0 by fallback, 0 not understood); '
        + '0 errors, 0 warnings, 0 infos')
assert !lines.any { it.contains('error[') || it.contains('warning[') }
assert lines.contains('[INFO] BUILD SUCCESS')
