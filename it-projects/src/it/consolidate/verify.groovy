// build.log holds two invocations of db:consolidate: the baseline written and verified, then a refusal to overwrite it
def lines = new File(basedir, 'build.log').readLines()

def expectInOrder = { List<String> patterns ->
    int from = 0
    patterns.each { p ->
        int at = lines.findIndexOf(from) { it ==~ p }
        assert at >= 0 : "build.log lacks, after line ${from}, a line matching: $p"
        from = at + 1
    }
}

expectInOrder([
    /\[INFO\] --- db:.*:consolidate \(default-cli\) @ consolidate ---/,
    /\[INFO\] Migration Guard: replaying 2 migration\(s\) up to 2 on [^ ]+:\d+, database migration_guard_drift_[0-9a-f]{10} \(dropped after the run\)/,
    /\[INFO\] Migration Guard: wrote .*src\/main\/resources\/db\/migration\/B2__baseline\.sql; verifying it on a database of its own/,
    /\[INFO\] Migration Guard: B2__baseline\.sql: 2 migration\(s\), schema only \(no seed data\), verified equal to the replay; \d+\.\d s/,
    /\[INFO\] Migration Guard: only the schema is in the baseline; rows the migrations insert \(seed data\) are not: keep them in a migration after the baseline/,
    /\[INFO\] BUILD SUCCESS/,
    /\[INFO\] --- db:.*:consolidate \(default-cli\) @ consolidate ---/,
    /\[INFO\] BUILD FAILURE/,
    /\[ERROR\] Failed to execute goal .*:consolidate .* Migration Guard: no baseline: .*B2__baseline\.sql exists; review and remove it, or overwrite it with db\.force=true \(--force\).*/,
])
def baseline = new File(basedir, 'src/main/resources/db/migration/B2__baseline.sql').text
assert baseline.startsWith('-- Baseline of version 2: the schema that the 2 migration(s) below build')
assert baseline.contains('--   1 create users (src/main/resources/db/migration/V1__create_users.sql)')
assert baseline.contains('--   2 index user email (src/main/resources/db/migration/V2__index_user_email.sql)')
assert !baseline.contains('nickname') : 'version 3 is not in the baseline'
assert !baseline.contains('seed@example.com') : 'schema only'
assert baseline.contains('CREATE INDEX users_email_idx ON public.users USING btree (email);')
