// The PostgreSQL of the database projects (migrate-status, roundtrip, roundtrip-fails), evaluated by their
// prebuild.groovy: the server of MIGRATION_GUARD_TEST_JDBC_URL when it is set (CI points it at its server), else an
// embedded PostgreSQL (io.zonky.test, on the scripts' class path through addTestClassPath) started once for the whole
// Maven run and stopped by its own shutdown hook when Maven exits. Returns the JDBC URL, with its user.
def env = System.getenv('MIGRATION_GUARD_TEST_JDBC_URL')
if (env != null && !env.isBlank()) {
    return env
}
synchronized (System) {
    def started = System.getProperty('migrationguard.it.embeddedJdbcUrl')
    if (started != null) {
        return started
    }
    def pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start()
    def url = pg.getJdbcUrl('postgres', 'postgres')
    System.setProperty('migrationguard.it.embeddedJdbcUrl', url)
    return url
}
