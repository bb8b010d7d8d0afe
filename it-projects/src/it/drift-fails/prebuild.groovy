// the database: MIGRATION_GUARD_TEST_JDBC_URL when set, else an embedded PostgreSQL (see test-database.groovy); the
// schema of an earlier run is dropped first, so every run starts from an empty one
def url = evaluate(new File(testDatabaseScript))
context.get('userProperties').put('db.url', url)
def connection = new org.postgresql.Driver().connect(url, new Properties())
try {
    connection.createStatement().execute('DROP SCHEMA IF EXISTS it_drift_fails CASCADE')
} finally {
    connection.close()
}
return true
