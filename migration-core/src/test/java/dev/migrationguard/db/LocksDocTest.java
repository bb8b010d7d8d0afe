package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.TableLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/locks.md is true: each example marked "checked" takes, on a real PostgreSQL, the strongest lock on its table
 * that the page states, and the classifier assigns the same lock; examples marked "classifier" (they cannot run in a
 * transaction block) are checked against the classifier.
 */
class LocksDocTest {

    private static final Path ROOT = Path.of(System.getProperty("migrationguard.projectRoot",
            Path.of("..").toAbsolutePath().normalize().toString()));

    private static final String FIXTURES = """
            CREATE TABLE orgs (id bigint PRIMARY KEY);
            CREATE TABLE users (id bigint PRIMARY KEY, email text, age int, org_id bigint);
            INSERT INTO orgs VALUES (1);
            INSERT INTO users VALUES (1, 'a@example.com', 30, 1);
            CREATE INDEX users_email_idx ON users (email);
            CREATE MATERIALIZED VIEW user_emails AS SELECT DISTINCT email FROM users;
            CREATE UNIQUE INDEX user_emails_email ON user_emails (email);
            CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
            CREATE TABLE events_2020 PARTITION OF events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
            """;

    /** One row of the table in docs/locks.md. */
    record Row(String what, String sql, String table, LockLevel lock, boolean checked, LockLevel classifierLock) {
    }

    static List<Row> rows() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/locks.md"))) {
            if (!line.startsWith("| ") || !line.contains("`")) {
                continue;
            }
            String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
            String sql = cells[1].replace("`", "");
            LockLevel lock = LockLevel.valueOf(cells[3].trim().replace(' ', '_'));
            String check = cells[6].trim();
            // "checked; classifier: ACCESS EXCLUSIVE on the index": the classifier records another lock, on the index
            LockLevel classifier = check.contains("classifier: ")
                    ? LockLevel.valueOf(check.substring(check.indexOf("classifier: ") + 12).replace(" on the index", "")
                            .trim().replace(' ', '_'))
                    : lock;
            rows.add(new Row(cells[0], sql, cells[2].trim(), lock, check.startsWith("checked"), classifier));
        }
        return rows;
    }

    @Test
    void pageListsTheStatementKindsOfTheRules() throws Exception {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
        assertThat(rows).filteredOn(Row::checked).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void classifierAssignsTheDocumentedLock() throws Exception {
        ScriptParser parser = new ScriptParser();
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            SqlScript script = parser.parse("locks.sql", row.sql() + ";\n");
            assertThat(script.statements()).as(row.sql()).hasSize(1);
            LockLevel assigned = lockOnTable(script.statements().get(0).classification().locks(), row.table());
            if (assigned != row.classifierLock()) {
                wrong.add(row.sql() + ": classifier " + assigned + ", page " + row.classifierLock());
            }
        }
        assertThat(wrong).as("statements whose classified lock differs from docs/locks.md").isEmpty();
    }

    @Test
    void postgresqlTakesTheDocumentedLock() throws Exception {
        try (TestDatabase db = TestDatabase.create(); Connection c = db.connect()) {
            try (Statement st = c.createStatement()) {
                st.execute(FIXTURES);
            }
            c.setAutoCommit(false);
            for (Row row : rows()) {
                if (!row.checked()) {
                    continue;
                }
                long oid;
                try (PreparedStatement ps = c.prepareStatement("SELECT ?::regclass::oid::bigint")) {
                    ps.setString(1, row.table());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        oid = rs.getLong(1);
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.execute(row.sql());
                }
                assertThat(strongestLock(c, oid)).as("%s (%s)", row.sql(), row.what()).isEqualTo(row.lock());
                c.rollback();
            }
        }
    }

    /**
     * The strongest lock the classifier assigns on {@code table}; a lock on an index (DROP INDEX, REINDEX INDEX) is a
     * lock on its table, whose name the statement does not give: then the strongest lock on a relation other than
     * the table's, at most the table lock PostgreSQL takes for it (SHARE for REINDEX, ACCESS EXCLUSIVE for DROP).
     */
    private static LockLevel lockOnTable(List<TableLock> locks, String table) {
        LockLevel onTable = LockLevel.NONE;
        LockLevel other = LockLevel.NONE;
        for (TableLock l : locks) {
            if (l.on() != null && table.equals(l.on().name())) {
                onTable = onTable.max(l.level());
            } else {
                other = other.max(l.level());
            }
        }
        return onTable != LockLevel.NONE ? onTable : other;
    }

    /** The strongest lock the session holds on relation {@code oid}, as pg_locks shows it. */
    private static LockLevel strongestLock(Connection c, long oid) throws Exception {
        LockLevel strongest = LockLevel.NONE;
        try (PreparedStatement ps = c.prepareStatement("SELECT mode FROM pg_locks WHERE pid = pg_backend_pid() "
                + "AND locktype = 'relation' AND granted AND relation = ?::oid")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String mode = rs.getString(1);
                    for (LockLevel l : LockLevel.values()) {
                        if (l.pgLocksMode().equals(mode)) {
                            strongest = strongest.max(l);
                        }
                    }
                }
            }
        }
        return strongest;
    }

}
