package dev.migrationguard.db;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A stand-in for a packaged application: {@link StartupCheckProcessTest} puts this class and its migrations into a
 * jar and runs it with {@code java -cp}. It checks the database at startup as the guide shows, then "starts".
 * Reads the JDBC URL from {@code APP_JDBC_URL} and the schema from {@code APP_SCHEMA}.
 */
public final class StartupCheckApp {

    /** The exit status when the database is not ready for this application. */
    static final int NOT_READY = 3;

    private StartupCheckApp() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(System.getenv("APP_JDBC_URL"));
        dataSource.setCurrentSchema(System.getenv("APP_SCHEMA"));
        try {
            MigrationGuard.requireFromEnvironment(dataSource);
        } catch (MigrationGuard.MigrationsMissingException e) {
            System.err.println(e.getMessage());
            System.exit(NOT_READY);
        }
        System.out.println("application started");
    }
}
