// the project must be a Git repository before the hook can be installed
def git = { String... args ->
    def p = (['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com'] + args.toList())
            .execute(null, basedir)
    p.waitForProcessOutput(System.out, System.err)
    assert p.exitValue() == 0 : "git ${args.join(' ')} failed"
}
git 'init', '-q', '-b', 'main'
git 'add', '-A'
git 'commit', '-q', '-m', 'init'
return true
