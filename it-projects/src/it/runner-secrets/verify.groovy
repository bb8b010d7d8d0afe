// No password given to the runner goals shows anywhere: not in Maven's -X parameter dump, not in the goals' output,
// not in an error, not in a file the build left under the project.
try {
    def secrets = ['Rs1-param-secret', 'Rs2-query-secret', 'Rs3@env@secret', 'env@secret', 'Rs4-server-secret',
                   'Rs5@raw@at-secret', 'raw@at-secret', 'at-secret', 'Rs6-jdbc-secret']
    def log = new File(basedir, 'build.log')
    assert log.isFile() : 'no build.log'
    // every file of the project but the two that state the passwords for the test: its invocations and this script
    def inputs = ['invoker.properties', 'verify.groovy'].collect { new File(basedir, it) }
    def files = []
    basedir.eachFileRecurse(groovy.io.FileType.FILES) { if (!inputs.contains(it)) files << it }
    assert files.contains(log)
    files.each { f ->
        def text = new String(f.bytes, 'ISO-8859-1')
        secrets.each { s -> assert !text.contains(s) : "${f} shows the password ${s}" }
    }

    def lines = log.readLines()
    def has = { pattern -> lines.any { it ==~ pattern } }
    // the parameter dump of -X ran, and shows the credential parameters masked
    assert has(/\[DEBUG\]\s+\(f\) password = \*\*\*\*/) : 'the -X dump of db.password'
    assert has(/\[DEBUG\]\s+\(f\) url = .*&password=\*\*\*\*.*/) : 'the -X dump of a URL with a password parameter'
    assert has(/\[DEBUG\]\s+\(f\) url = postgres:\/\/postgres:\*\*\*\*@127\.0\.0\.1:1\/test/) : 'the -X dump of a URL with userinfo'
    // each way in reached the database and printed its results
    assert lines.count { it.contains('[INFO] validated 1 migration(s) in it_runner_secrets.migration_guard_history on ') && it.contains(': no problem (1 applied, 0 pending') } == 3 : 'validate reached the database three times'
    assert has(/\[INFO\] applied 1\s+create users.*/)
    // the error paths name the server without the password, and the help text reads whole
    assert lines.count { it.startsWith('[ERROR] Failed to execute goal') && it.contains('127.0.0.1:1/test') } >= 2 : 'the unreachable server named'
    assert has(/.*not user@host; or give them as db\.user and db\.password.*/) : 'the help for credentials in a JDBC URL'
} finally {
    // prebuild.groovy drops the schema: run it again so the build leaves nothing behind
    evaluate(new File(basedir, 'prebuild.groovy'))
}
