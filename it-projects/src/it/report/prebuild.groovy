// main holds V1 to V3; the branch feature adds V4, changes V2 and deletes V3; main then changes V2 as well
def git = { String... args ->
    def p = (['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false']
            + args.toList()).execute(null, basedir)
    p.waitForProcessOutput(System.out, System.err)
    assert p.exitValue() == 0 : "git ${args.join(' ')} failed"
}
def migration = { String name -> new File(basedir, "src/main/resources/db/migration/$name") }
git 'init', '-q', '-b', 'main'
git 'add', '-A', 'pom.xml', 'src'
git 'commit', '-q', '-m', 'V1 to V3'
git 'checkout', '-q', '-b', 'feature'
migration('V4__index_users_email.sql').text = 'CREATE INDEX users_email_idx ON users (email);\n'
def v2 = migration('V2__create_accounts.sql')
v2.text = v2.text.replace('name text NOT NULL', 'name text NOT NULL,\n    owner bigint')
migration('V3__create_orders.sql').delete()
git 'add', '-A', 'src'
git 'commit', '-q', '-m', 'V4; V2 changed; V3 deleted'
git 'checkout', '-q', 'main'
v2.text = v2.text.replace('name text NOT NULL', 'name text')
git 'commit', '-q', '-a', '-m', 'V2: name may be null'
git 'checkout', '-q', 'feature'
return true
