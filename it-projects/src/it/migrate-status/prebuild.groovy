// the database: MIGRATION_GUARD_TEST_JDBC_URL when set, else an embedded PostgreSQL (see test-database.groovy);
// the schema of an earlier run is dropped first, with the PostgreSQL driver the plugin itself depends on
def url = evaluate(new File(testDatabaseScript))
def connection = new org.postgresql.Driver().connect(url, new Properties())
try {
    connection.createStatement().execute('DROP SCHEMA IF EXISTS it_migrate_status CASCADE')
} finally {
    connection.close()
}
context.get('userProperties').put('db.url', url)
return true
