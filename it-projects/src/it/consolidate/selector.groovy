// runs only where a database is available: CI sets MIGRATION_GUARD_TEST_JDBC_URL to its PostgreSQL server
def url = System.getenv('MIGRATION_GUARD_TEST_JDBC_URL')
return url != null && !url.isBlank()
