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

    /**
     * The {@code state} of an autocommit migration's row while it runs: written (and committed) before its first
     * statement and set to {@link #STATE_FINISHED} once it ends, so a row still in this state after its run is a
     * migration that was interrupted part way (dirty).
     */
    public static final String STATE_STARTED = "started";
    /** The {@code state} of every other row (and of rows written before the column existed). */
    public static final String STATE_FINISHED = "finished";

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
                + "    success boolean NOT NULL,\n"
                + "    " + STATE_COLUMN + "\n"
                + ")";
    }

    private static final String STATE_COLUMN = "state varchar(20) NOT NULL DEFAULT '" + STATE_FINISHED + "'";

    /**
     * Adds the {@code state} column to a history table of the layout before it (whose rows all finished), in one
     * statement that changes nothing, and locks nothing, when the column is there.
     */
    String upgradeSql() {
        return "DO $mg$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass("
                + literal(qualifiedName()) + ") AND attname = 'state' AND NOT attisdropped) THEN ALTER TABLE "
                + qualifiedName() + " ADD COLUMN " + STATE_COLUMN + "; END IF; END $mg$";
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

    /**
     * Creates the schema (when one is configured) and the table when absent, and upgrades a table of the previous
     * layout in place (see {@link #upgradeSql()}). Runs in the connection's mode.
     */
    public void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute((schema == null ? "" : "CREATE SCHEMA IF NOT EXISTS " + quote(schema) + ";\n") + createSql()
                    + ";\n" + upgradeSql());
        }
    }

    /** Every row in installed-rank order; empty when the table does not exist. */
    public List<AppliedMigration> read(Connection c) throws SQLException {
        List<AppliedMigration> rows = new ArrayList<>();
        if (!exists(c)) {
            return rows;
        }
        // every column, so that a table of the layout before the state column reads too (its rows all finished)
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + qualifiedName() + " ORDER BY installed_rank")) {
            int state = stateColumn(rs.getMetaData());
            while (rs.next()) {
                int checksum = rs.getInt("checksum");
                Integer boxed = rs.wasNull() ? null : checksum;
                rows.add(new AppliedMigration(rs.getInt("installed_rank"), rs.getString("version"),
                        rs.getString("description"), rs.getString("type"), rs.getString("script"), boxed,
                        rs.getString("installed_by"), rs.getObject("installed_on", LocalDateTime.class),
                        rs.getInt("execution_time_ms"), rs.getBoolean("success"),
                        state > 0 && STATE_STARTED.equals(rs.getString(state))));
            }
        }
        return rows;
    }

    private static int stateColumn(java.sql.ResultSetMetaData meta) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if ("state".equals(meta.getColumnName(i))) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Records an autocommit migration as started (not successful, state {@link #STATE_STARTED}) before it runs, in
     * the connection's mode (autocommit: committed at once); returns the row's rank for {@link #finish}.
     */
    public int insertStarted(Connection c, String version, String description, String type, String script,
                             Integer checksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + qualifiedName() + " (installed_rank, "
                + "version, description, type, script, checksum, installed_by, execution_time_ms, success, state) "
                + "VALUES ((SELECT coalesce(max(installed_rank), 0) + 1 FROM " + qualifiedName() + "), ?, ?, ?, ?, ?, "
                + "current_user, 0, false, '" + STATE_STARTED + "') RETURNING installed_rank")) {
            ps.setString(1, version);
            ps.setString(2, truncate(description, 200));
            ps.setString(3, type);
            ps.setString(4, truncate(script, 1000));
            if (checksum == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setInt(5, checksum);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Marks a started row finished: applied when {@code success}, else failed part way. */
    public void finish(Connection c, int installedRank, int executionTimeMs, boolean success) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + qualifiedName() + " SET state = '"
                + STATE_FINISHED + "', success = ?, execution_time_ms = ? WHERE installed_rank = ?")) {
            ps.setBoolean(1, success);
            ps.setInt(2, executionTimeMs);
            ps.setInt(3, installedRank);
            ps.executeUpdate();
        }
    }

    /**
     * The INVALID indexes of the history table's schema (the current schema when none is configured), as
     * {@code schema.index on schema.table}: what an interrupted or failed {@code CREATE INDEX CONCURRENTLY} (or
     * {@code REINDEX CONCURRENTLY}) leaves behind.
     */
    public List<InvalidIndex> invalidIndexes(Connection c) throws SQLException {
        List<InvalidIndex> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT n.nspname, i.relname, t.relname FROM pg_index x "
                + "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                + "JOIN pg_namespace n ON n.oid = i.relnamespace "
                + "WHERE NOT x.indisvalid AND n.nspname = coalesce(?, current_schema()) ORDER BY 1, 2")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new InvalidIndex(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }

    /** An index left INVALID, with the statement that drops it without blocking its table. */
    public record InvalidIndex(String schema, String name, String table) {

        /** {@code DROP INDEX CONCURRENTLY "s"."i";}. */
        public String dropSql() {
            return "DROP INDEX CONCURRENTLY " + quote(schema) + "." + quote(name) + ";";
        }

        @Override
        public String toString() {
            return schema + "." + name + " on " + schema + "." + table;
        }
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
