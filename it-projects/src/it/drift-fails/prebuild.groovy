// drops the schema of an earlier run, with the PostgreSQL driver the plugin itself depends on
def url = System.getenv('MIGRATION_GUARD_TEST_JDBC_URL')
def repositories = [localRepositoryPath, new File(System.getProperty('user.home'), '.m2/repository')]
def jar = repositories.collect { new File(it.toString(), 'org/postgresql/postgresql') }
        .findAll { it.isDirectory() }
        .collectMany { dir -> dir.listFiles().collect { new File(it, "postgresql-${it.name}.jar") } }
        .find { it.isFile() }
assert jar != null : 'no PostgreSQL driver in the local repositories'
def loader = new URLClassLoader([jar.toURI().toURL()] as URL[], getClass().classLoader)
def driver = loader.loadClass('org.postgresql.Driver').getDeclaredConstructor().newInstance()
def connection = driver.connect(url, new Properties())
try {
    connection.createStatement().execute('DROP SCHEMA IF EXISTS it_drift_fails CASCADE')
} finally {
    connection.close()
}
return true
