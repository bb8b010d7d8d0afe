// the database: MIGRATION_GUARD_TEST_JDBC_URL when set, else an embedded PostgreSQL (see test-database.groovy); the
// round trip creates its own schema on it and drops it after the run
context.get('userProperties').put('db.url', evaluate(new File(testDatabaseScript)))
return true
