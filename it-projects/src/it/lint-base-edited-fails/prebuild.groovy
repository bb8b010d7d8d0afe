// main holds V1 and V2; the branch feature edits V2, which main already has
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
def v2 = new File(basedir, 'src/main/resources/db/migration/V2__create_accounts.sql')
v2.text = v2.text.replace('name text NOT NULL', 'name text NOT NULL,\n    email text')
git 'commit', '-q', '-a', '-m', 'edit V2'
return true
