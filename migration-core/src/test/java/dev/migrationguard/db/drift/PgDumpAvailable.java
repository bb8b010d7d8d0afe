package dev.migrationguard.db.drift;

import dev.migrationguard.db.DatabaseException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * Consolidation dumps with the pg_dump on PATH, which must be at least the server's major version: the tests that
 * dump are skipped, with the reason printed, where there is none (a fresh machine whose tests run on the embedded
 * PostgreSQL 16 and whose PATH has an older client, or none).
 */
public final class PgDumpAvailable {

    private PgDumpAvailable() {
    }

    /** Skips the calling test unless a pg_dump on PATH can dump the server of {@code jdbcUrl}. */
    public static void assumeFor(String jdbcUrl) {
        int major;
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            major = rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server version of the test database", e);
        }
        try {
            PgDump.find(null, System.getenv(), major);
        } catch (DatabaseException e) {
            Assumptions.assumeTrue(false, "needs a pg_dump for PostgreSQL " + major + ": " + e.getMessage());
        }
    }
}
