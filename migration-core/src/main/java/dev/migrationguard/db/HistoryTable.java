package dev.migrationguard.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The history table ({@code migration_guard_history} by default): one row per applied (or failed) migration.
 * Created when absent; every statement here goes through prepared statements with a quoted, qualified name.
 */
public final class HistoryTable {

    /** A migration run in a transaction. */
    public static final String TYPE_SQL = "SQL";
    /** A migration run statement by statement in autocommit. */
    public static final String TYPE_SQL_AUTOCOMMIT = "SQL_AUTOCOMMIT";
    /** A baseline script ({@code B<version>__}) that was run. */
    public static final String TYPE_SQL_BASELINE = "SQL_BASELINE";
    /** A version marked as applied without running anything (baseline). */
    public static final String TYPE_BASELINE = "BASELINE";

    private final String schema;
    private final String table;

    /**
     * @param schema the schema, or null for the current schema
     * @param table  the table name
     */
    public HistoryTable(String schema, String table) {
        this.schema = schema;
        this.table = table;
    }

    /** The table name as written in SQL: {@code "schema"."table"}. */
    public String qualifiedName() {
        return (schema == null ? "" : quote(schema) + ".") + quote(table);
    }

    /** The name for messages: {@code schema.table}. */
    public String displayName() {
        return (schema == null ? "" : schema + ".") + table;
    }

    public String schema() {
        return schema;
    }

    public String table() {
        return table;
    }

    /** PostgreSQL identifier quoting. */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The DDL that creates the table (also printed by dry runs). */
    public String createSql() {
        return "CREATE TABLE IF NOT EXISTS " + qualifiedName() + " (\n"
                + "    installed_rank integer PRIMARY KEY,\n"
                + "    version varchar(50),\n"
                + "    description varchar(200) NOT NULL,\n"
                + "    type varchar(20) NOT NULL,\n"
                + "    script varchar(1000) NOT NULL,\n"
                + "    checksum integer,\n"
                + "    installed_by varchar(100) NOT NULL,\n"
                + "    installed_on timestamp NOT NULL DEFAULT now(),\n"
                + "    execution_time_ms integer NOT NULL,\n"
                + "    success boolean NOT NULL\n"
                + ")";
    }

    /** True when the table exists. */
    public boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, qualifiedName());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Creates the schema (when one is configured) and the table when absent. Runs in the connection's mode. */
    public void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (schema != null) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
            }
            st.execute(createSql());
        }
    }

    /** Every row in installed-rank order; empty when the table does not exist. */
    public List<AppliedMigration> read(Connection c) throws SQLException {
        List<AppliedMigration> rows = new ArrayList<>();
        if (!exists(c)) {
            return rows;
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT installed_rank, version, description, type, script, checksum, "
                     + "installed_by, installed_on, execution_time_ms, success FROM " + qualifiedName()
                     + " ORDER BY installed_rank")) {
            while (rs.next()) {
                int checksum = rs.getInt(6);
                Integer boxed = rs.wasNull() ? null : checksum;
                rows.add(new AppliedMigration(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), boxed, rs.getString(7), rs.getObject(8, LocalDateTime.class),
                        rs.getInt(9), rs.getBoolean(10)));
            }
        }
        return rows;
    }

    /** The INSERT statement with positional parameters (rank, version, description, type, script, checksum, ms, success). */
    public String insertSql() {
        return "INSERT INTO " + qualifiedName() + " (installed_rank, version, description, type, script, checksum, "
                + "installed_by, execution_time_ms, success) VALUES ((SELECT coalesce(max(installed_rank), 0) + 1 FROM "
                + qualifiedName() + "), ?, ?, ?, ?, ?, current_user, ?, ?)";
    }

    /** Inserts a row; the rank is the next one. */
    public void insert(Connection c, String version, String description, String type, String script,
                       Integer checksum, int executionTimeMs, boolean success) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertSql())) {
            ps.setString(1, version);
            ps.setString(2, truncate(description, 200));
            ps.setString(3, type);
            ps.setString(4, truncate(script, 1000));
            if (checksum == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setInt(5, checksum);
            }
            ps.setInt(6, executionTimeMs);
            ps.setBoolean(7, success);
            ps.executeUpdate();
        }
    }

    /** Inserts a row copied from another history (Flyway import), keeping its author and time. */
    public void insertImported(Connection c, AppliedMigration row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + qualifiedName()
                + " (installed_rank, version, description, type, script, checksum, installed_by, installed_on, "
                + "execution_time_ms, success) VALUES ((SELECT coalesce(max(installed_rank), 0) + 1 FROM "
                + qualifiedName() + "), ?, ?, ?, ?, ?, ?, ?, ?, true)")) {
            ps.setString(1, row.version());
            ps.setString(2, truncate(row.description(), 200));
            ps.setString(3, row.type());
            ps.setString(4, truncate(row.script(), 1000));
            if (row.checksum() == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setInt(5, row.checksum());
            }
            ps.setString(6, truncate(row.installedBy(), 100));
            ps.setTimestamp(7, row.installedOn() == null ? new Timestamp(System.currentTimeMillis())
                    : Timestamp.valueOf(row.installedOn()));
            ps.setInt(8, row.executionTimeMs());
            ps.executeUpdate();
        }
    }

    /** Deletes one row by rank. */
    public void delete(Connection c, int installedRank) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + qualifiedName() + " WHERE installed_rank = ?")) {
            ps.setInt(1, installedRank);
            ps.executeUpdate();
        }
    }

    /** The DELETE of one row as SQL text, run after a down's statements (and printed by dry runs). */
    public String deleteLiteral(int installedRank, String version) {
        return "DELETE FROM " + qualifiedName() + " WHERE installed_rank = " + installedRank + " AND version = "
                + literal(version) + ";";
    }

    /** Deletes every failed row; returns how many. */
    public int deleteFailed(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate("DELETE FROM " + qualifiedName() + " WHERE NOT success");
        }
    }

    /** Sets the checksum (and description and script) of one row. */
    public void realign(Connection c, int installedRank, Integer checksum, String description, String script)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + qualifiedName()
                + " SET checksum = ?, description = ?, script = ? WHERE installed_rank = ?")) {
            if (checksum == null) {
                ps.setNull(1, Types.INTEGER);
            } else {
                ps.setInt(1, checksum);
            }
            ps.setString(2, truncate(description, 200));
            ps.setString(3, truncate(script, 1000));
            ps.setInt(4, installedRank);
            ps.executeUpdate();
        }
    }

    /**
     * A SQL literal, read the same whatever {@code standard_conforming_strings} says: text with a backslash is written
     * as an escape string ({@code E'C:\\db'}).
     */
    public static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString().replace("'", "''");
        return text.indexOf('\\') < 0 ? "'" + text + "'" : "E'" + text.replace("\\", "\\\\") + "'";
    }

    /**
     * The INSERT of a successful row with literal values, as a transactional migration runs it after its statements
     * (and as dry runs print it): its execution time is the server's, from the start of the transaction.
     */
    public String insertLiteral(String version, String description, String type, String script, Integer checksum) {
        return "INSERT INTO " + qualifiedName() + " (installed_rank, version, description, type, script, checksum, "
                + "installed_by, execution_time_ms, success) VALUES ((SELECT coalesce(max(installed_rank), 0) + 1 FROM "
                + qualifiedName() + "), " + literal(version) + ", " + literal(truncate(description, 200)) + ", "
                + literal(type) + ", " + literal(truncate(script, 1000)) + ", " + literal(checksum)
                + ", current_user, (extract(epoch FROM clock_timestamp() - now()) * 1000)::int, true);";
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
