package dev.migrationguard.lint.risk;

import static dev.migrationguard.lint.Risk.HIGH;
import static dev.migrationguard.lint.Risk.LOW;
import static dev.migrationguard.lint.Risk.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.lint.risk.RiskMatrix.Blocking;
import dev.migrationguard.lint.risk.RiskMatrix.Effect;
import dev.migrationguard.schema.Origin;
import dev.migrationguard.schema.SchemaModel;
import dev.migrationguard.schema.ScriptTimeline;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The matrix as data, and one row per kind of statement: the SQL, whether its table exists, the risk and why. */
class RiskMatrixTest {

    private static final Path ROOT = Path.of(System.getProperty("migrationguard.projectRoot",
            Path.of("..").toAbsolutePath().normalize().toString()));

    private static final ScriptParser PARSER = new ScriptParser();

    /** What the earlier migration built, or, for a row whose table is new, what the script built first. */
    private static final String SETUP = """
            CREATE TABLE users (id bigint PRIMARY KEY, email text, name varchar(50), active boolean);
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
            CREATE INDEX users_email_idx ON users (email);
            CREATE MATERIALIZED VIEW user_stats AS SELECT count(*) AS n FROM users;
            """;

    /**
     * The risk of the last statement of {@code sql}: after an earlier migration ran {@link #SETUP} when
     * {@code preExists}, else after the same script ran it first.
     */
    static StatementRisk assess(String sql, boolean preExists, List<Finding> findings) {
        SqlScript script;
        ScriptTimeline timeline;
        if (preExists) {
            SqlScript earlier = PARSER.parse("db/V1__setup.sql", SETUP);
            SchemaModel base = new SchemaModel();
            for (Statement s : earlier.statements()) {
                base.apply(s, new Origin(earlier.path(), s.index()));
            }
            script = PARSER.parse("db/V2__change.sql", sql);
            timeline = new ScriptTimeline(script, () -> base);
        } else {
            script = PARSER.parse("db/V2__change.sql", SETUP + sql);
            timeline = ScriptTimeline.alone(script);
        }
        ScriptRisk risk = new RiskAssessor(16).assess(script, timeline, findings);
        return risk.statements().get(risk.statements().size() - 1);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // adding columns
                row("ALTER TABLE users ADD COLUMN nickname text;", true, LOW,
                        "adds column nickname, lock held briefly"),
                row("ALTER TABLE users ADD COLUMN nickname text;", false, LOW,
                        "adds column nickname; users was created earlier in this script"),
                row("ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();", true, LOW,
                        "adds column created_at, lock held briefly"),
                row("ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();", true, HIGH,
                        "adds column token with a volatile default, rewriting the table under the lock"),
                row("ALTER TABLE users ADD COLUMN seq bigserial;", true, HIGH, "adds serial column seq"),
                row("ALTER TABLE users ADD COLUMN code text NOT NULL;", true, HIGH,
                        "adds NOT NULL column code without a default, reading every row under the lock"),
                row("ALTER TABLE users ADD COLUMN code text UNIQUE;", true, HIGH, "adds column code with a unique"),
                // changing and dropping columns
                row("ALTER TABLE users DROP COLUMN email;", true, HIGH, "drops column email"),
                row("ALTER TABLE users DROP COLUMN email;", false, LOW,
                        "drops column email; users was created earlier in this script"),
                row("ALTER TABLE users ALTER COLUMN email TYPE varchar(100);", true, HIGH,
                        "changes the type of column email, rewriting the table under the lock"),
                row("ALTER TABLE users ALTER COLUMN name TYPE varchar(100);", true, LOW,
                        "changes the type of column name without a rewrite, lock held briefly"),
                row("ALTER TABLE users ALTER COLUMN email SET NOT NULL;", true, HIGH,
                        "sets NOT NULL on column email, reading every row under the lock"),
                row("ALTER TABLE users ALTER COLUMN email DROP NOT NULL;", true, MEDIUM,
                        "drops NOT NULL of column email"),
                row("ALTER TABLE users RENAME COLUMN name TO full_name;", true, MEDIUM,
                        "renames column name to full_name"),
                row("ALTER TABLE users RENAME TO people;", true, MEDIUM, "renames table users to people"),
                // constraints
                row("ALTER TABLE users ADD CONSTRAINT email_present CHECK (email IS NOT NULL) NOT VALID;", true, LOW,
                        "adds check constraint email_present NOT VALID, lock held briefly"),
                row("ALTER TABLE users ADD CONSTRAINT email_present CHECK (email IS NOT NULL);", true, HIGH,
                        "adds check constraint email_present, reading every row under the lock"),
                row("ALTER TABLE users VALIDATE CONSTRAINT email_present;", true, LOW,
                        "validates constraint email_present"),
                row("ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) "
                        + "NOT VALID;", true, LOW, "adds foreign key orders_user_fk NOT VALID, lock held briefly"),
                row("ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
                        true, MEDIUM, "adds foreign key orders_user_fk, reading every row under the lock"),
                row("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);", true, HIGH,
                        "adds unique constraint users_email_key, reading every row under the lock"),
                row("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;", true, LOW,
                        "adds unique constraint users_email_key using index users_email_idx"),
                // indexes
                row("CREATE INDEX users_name_idx ON users (name);", true, MEDIUM,
                        "builds index users_name_idx, reading every row under the lock"),
                row("CREATE INDEX users_name_idx ON users (name);", false, LOW,
                        "builds index users_name_idx; users was created earlier in this script"),
                row("CREATE INDEX CONCURRENTLY users_name_idx ON users (name);", true, LOW,
                        "builds index users_name_idx concurrently"),
                row("DROP INDEX users_email_idx;", true, LOW, "drops index users_email_idx, lock held briefly"),
                row("DROP INDEX users_email_idx;", false, LOW,
                        "drops index users_email_idx; users_email_idx was created earlier in this script"),
                row("DROP INDEX CONCURRENTLY users_email_idx;", true, LOW, "drops index users_email_idx concurrently"),
                row("REINDEX TABLE users;", true, MEDIUM, "rebuilds the indexes of users, reading every row"),
                row("REINDEX INDEX users_email_idx;", true, HIGH, "rebuilds index users_email_idx, reading every row"),
                row("REINDEX INDEX CONCURRENTLY users_email_idx;", true, LOW,
                        "rebuilds index users_email_idx concurrently"),
                // data
                row("INSERT INTO users (id, email) VALUES (1, 'a@example.com');", true, LOW, "inserts rows into users"),
                row("DELETE FROM users WHERE name = 'legacy';", true, MEDIUM,
                        "deletes the rows of users its WHERE selects"),
                row("DELETE FROM users WHERE name = 'legacy';", false, LOW, "users was created earlier in this script"),
                row("DELETE FROM users;", true, HIGH, "deletes every row of users"),
                row("UPDATE users SET active = true WHERE id = 1;", true, MEDIUM,
                        "updates the rows of users its WHERE selects"),
                row("UPDATE users SET active = true;", true, HIGH, "updates every row of users"),
                row("TRUNCATE users;", true, HIGH, "empties users"),
                row("DROP TABLE users;", true, HIGH, "drops table users"),
                row("DROP TABLE users;", false, LOW, "drops table users; users was created earlier in this script"),
                // maintenance and explicit locks
                row("VACUUM users;", true, LOW, "vacuums users"),
                row("VACUUM FULL users;", true, HIGH, "vacuums users FULL, rewriting the table under the lock"),
                row("CLUSTER users USING users_email_idx;", true, HIGH,
                        "clusters users, rewriting the table under the lock"),
                row("LOCK TABLE users IN ACCESS SHARE MODE;", true, LOW, "locks users"),
                row("LOCK TABLE users IN SHARE MODE;", true, MEDIUM,
                        "locks users, lock held until the transaction ends"),
                row("LOCK TABLE users IN ACCESS EXCLUSIVE MODE;", true, HIGH,
                        "locks users, lock held until the transaction ends"),
                row("REFRESH MATERIALIZED VIEW user_stats;", true, HIGH,
                        "refreshes materialized view user_stats, rewriting the table under the lock"),
                row("REFRESH MATERIALIZED VIEW CONCURRENTLY user_stats;", true, LOW,
                        "refreshes materialized view user_stats concurrently"),
                row("DROP MATERIALIZED VIEW user_stats;", true, MEDIUM, "drops materialized view user_stats"),
                // everything else
                row("CREATE TABLE audit (id bigint PRIMARY KEY);", true, LOW, "creates table audit"),
                row("SET lock_timeout = '5s';", true, LOW, "changes a session setting"),
                row("DO $$ BEGIN PERFORM 1; END $$;", true, MEDIUM, "runs a DO block, whose statements are not read"),
                row("ALTR TABLE users ADD COLUMN x int;", true, MEDIUM, "not understood as PostgreSQL"));
    }

    private static Arguments row(String sql, boolean preExists, Risk risk, String reason) {
        return Arguments.of(sql, preExists, risk, reason);
    }

    @ParameterizedTest(name = "[{index}] {0} (table exists: {1}) -> {2}")
    @MethodSource("rows")
    void eachStatementGetsTheRiskOfItsCell(String sql, boolean preExists, Risk risk, String reason) {
        StatementRisk r = assess(sql, preExists, List.of());

        assertThat(r.risk()).as("%s", r.describe()).isEqualTo(risk);
        assertThat(r.reason()).contains(reason);
    }

    @Test
    void everyCellIsFilledAndAStrongerLockIsNeverSafer() {
        for (Effect effect : Effect.values()) {
            Risk before = LOW;
            for (Blocking blocking : Blocking.values()) {
                Risk cell = RiskMatrix.cell(effect, blocking);
                assertThat(cell).as("%s under %s", effect, blocking).isNotNull();
                assertThat(cell.compareTo(before)).as("%s under %s", effect, blocking).isGreaterThanOrEqualTo(0);
                before = cell;
                assertThat(RiskMatrix.risk(effect, blocking, false, false)).isEqualTo(LOW);
                assertThat(RiskMatrix.risk(effect, blocking, true, true)).isEqualTo(cell.max(MEDIUM));
                assertThat(RiskMatrix.risk(effect, blocking, false, true)).isEqualTo(MEDIUM);
            }
        }
        assertThat(RiskMatrix.cell(Effect.INSTANT, Blocking.EVERYTHING)).isEqualTo(LOW);
        assertThat(RiskMatrix.cell(Effect.SOME_ROWS, Blocking.NOTHING)).isEqualTo(MEDIUM);
        assertThat(RiskMatrix.cell(Effect.ALL_ROWS, Blocking.NOTHING)).isEqualTo(HIGH);
    }

    @Test
    void blockingFollowsTheLockLevel() {
        assertThat(Blocking.of(LockLevel.ROW_EXCLUSIVE, ObjectType.TABLE)).isEqualTo(Blocking.NOTHING);
        assertThat(Blocking.of(LockLevel.SHARE_UPDATE_EXCLUSIVE, ObjectType.TABLE)).isEqualTo(Blocking.SCHEMA_CHANGES);
        assertThat(Blocking.of(LockLevel.SHARE, ObjectType.TABLE)).isEqualTo(Blocking.WRITES);
        assertThat(Blocking.of(LockLevel.EXCLUSIVE, ObjectType.TABLE)).isEqualTo(Blocking.WRITES);
        assertThat(Blocking.of(LockLevel.ACCESS_EXCLUSIVE, ObjectType.INDEX)).isEqualTo(Blocking.EVERYTHING);
        // only a refresh writes a materialized view: EXCLUSIVE lets its readers go on
        assertThat(Blocking.of(LockLevel.EXCLUSIVE, ObjectType.MATERIALIZED_VIEW)).isEqualTo(Blocking.NOTHING);
    }

    @Test
    void anErrorFindingMakesAStatementAtLeastMediumAndSaysWhich() {
        String sql = "CREATE INDEX CONCURRENTLY users_name_idx ON users (name);";
        Finding error = finding(Severity.ERROR, 1, 1);

        StatementRisk r = assess(sql, true, List.of(error));

        assertThat(r.risk()).isEqualTo(MEDIUM);
        assertThat(r.reason()).isEqualTo("builds index users_name_idx concurrently; "
                + "error[ban-concurrent-index-creation-in-transaction]");
        // a warning, or an error on the file as a whole, does not change the statement's risk...
        assertThat(assess(sql, true, List.of(finding(Severity.WARNING, 1, 1))).risk()).isEqualTo(LOW);
        assertThat(assess(sql, true, List.of(finding(Severity.ERROR, 0, 0))).risk()).isEqualTo(LOW);
        // nor does one about a line rather than a statement (an edited merged migration, "first difference on line 1")
        assertThat(assess(sql, true, List.of(finding(Severity.ERROR, 1, 0))).risk()).isEqualTo(LOW);
        // an error on a statement already high names no rule: it did not decide the risk
        assertThat(assess("ALTER TABLE users DROP COLUMN email;", true, List.of(error)).reason())
                .isEqualTo("drops column email");
    }

    private static Finding finding(Severity severity, int line, int column) {
        return new Finding("ban-concurrent-index-creation-in-transaction", severity, HIGH, "db/V2__change.sql", line,
                column, "message", "help", "docs");
    }

    @Test
    void docsRiskMdShowsThisTable() throws Exception {
        String page = Files.readString(ROOT.resolve("docs/risk.md"));

        assertThat(page).contains(RiskMatrix.markdown());
    }
}
