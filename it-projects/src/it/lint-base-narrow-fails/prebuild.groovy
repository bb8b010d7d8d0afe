// main holds V1 and V2 (V2 has a finding); the branch feature adds V3, which drops a column too
def git = { String... args ->
    def p = (['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false']
            + args.toList()).execute(null, basedir)
    p.waitForProcessOutput(System.out, System.err)
    assert p.exitValue() == 0 : "git ${args.join(' ')} failed"
}
git 'init', '-q', '-b', 'main'
git 'add', '-A'
git 'commit', '-q', '-m', 'V1 and V2'
git 'checkout', '-q', '-b', 'feature'
new File(basedir, 'src/main/resources/db/migration/V3__drop_nickname.sql').text =
        "SET lock_timeout = '2s';\nALTER TABLE users DROP COLUMN nickname;\n"
git 'add', '-A'
git 'commit', '-q', '-m', 'add V3'
return true
