package dev.migrationguard.lint.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.LintTester;
import dev.migrationguard.lint.LintedScript;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.report.TextRenderer;
import dev.migrationguard.schema.SchemaModel;
import dev.migrationguard.schema.ScriptTimeline;
import dev.migrationguard.sql.LockLevel;
import dev.migrationguard.sql.ObjectRef;
import dev.migrationguard.sql.ObjectType;
import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.SqlScript;
import dev.migrationguard.sql.TableLock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A script's risk is its riskiest statement's, and its risk line names that statement; the cases seen on projects. */
class RiskAssessorTest {

    private static Risk risk(String sql) {
        return new RiskAssessor(16).assess(new ScriptParser().parse("V1__t.sql", sql)).risk();
    }

    /** The risk line of {@code V2__test.sql} linted after {@code earlier}, e.g. {@code risk high: line 1, ...}. */
    private static String riskOf(String sql, Map<String, String> earlier) {
        LintResult result = LintTester.lint(sql).resultWith(earlier);
        return result.scripts().stream().filter(s -> s.script().path().equals("db/V2__test.sql"))
                .map(LintedScript::risk).findFirst().orElseThrow().describe();
    }

    @Test
    void theScriptTakesItsRiskiestStatementAndNamesIt() {
        ScriptRisk r = new RiskAssessor(16).assess(new ScriptParser().parse("V7__drop_email.sql",
                "CREATE TABLE audit (id bigint);\nALTER TABLE users DROP COLUMN email;\n"));

        assertThat(r.describe()).isEqualTo("risk high: line 2, ACCESS EXCLUSIVE on users (drops column email)");
        assertThat(r.decisive().line()).isEqualTo(2);
        assertThat(r.statements()).hasSize(2);
        assertThat(ScriptRisk.NONE.describe()).isEqualTo("risk low: no statements");
    }

    @Test
    void ofStatementsOfEqualRiskTheOneWithTheStrongerLockDecides() {
        ScriptRisk r = new RiskAssessor(16).assess(new ScriptParser().parse("V3__t.sql",
                "UPDATE users SET a = 1 WHERE id = 2;\nALTER TABLE users RENAME COLUMN a TO b;\n"));

        assertThat(r.risk()).isEqualTo(Risk.MEDIUM);
        assertThat(r.describe()).isEqualTo("risk medium: line 2, ACCESS EXCLUSIVE on users (renames column a to b)");
    }

    @Test
    void textOutputHasOneRiskLinePerMigrationWithFindingsOrAboveLow() {
        LintResult result = LintTester.lint("ALTER TABLE users DROP COLUMN email;\n").result();
        String text = new TextRenderer().render(result);
        assertThat(text).contains("db/V2__test.sql: risk high: line 1, ACCESS EXCLUSIVE on users (drops column "
                + "email)\n");
        LintResult quiet = LintTester.lint("CREATE TABLE t (id bigint PRIMARY KEY);\n").result();
        assertThat(new TextRenderer().render(quiet)).doesNotContain("risk ");
        assertThat(quiet.highestRisk()).isEqualTo(Risk.LOW);
    }

    @Test
    void aDeleteWithAWhereIsMediumNotHigh() {
        LintResult result = LintTester.lint("DELETE FROM settings WHERE name = 'legacy.flag';\n").result();

        assertThat(result.findings()).isEmpty();
        assertThat(result.highestRisk()).isEqualTo(Risk.MEDIUM);
        assertThat(new TextRenderer().render(result)).contains("db/V2__test.sql: risk medium: line 1, ROW EXCLUSIVE "
                + "on settings (deletes the rows of settings its WHERE selects)\n");
        assertThat(risk("DELETE FROM settings;")).isEqualTo(Risk.HIGH);
    }

    @Test
    void aFileOfColumnTypeChangesIsHighNotMedium() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < 845; i++) {
            sql.append("ALTER TABLE t").append(i % 40).append(" ALTER COLUMN c").append(i).append(" TYPE bigint;\n");
        }
        LintResult result = LintTester.lint(sql.toString()).result();

        assertThat(result.findings().stream().filter(f -> f.rule().equals("changing-column-type"))).hasSize(845);
        assertThat(result.highestRisk()).isEqualTo(Risk.HIGH);
        assertThat(new TextRenderer().render(result)).contains("db/V2__test.sql: risk high: line 1, ACCESS "
                + "EXCLUSIVE on t0 (changes the type of column c0, rewriting the table under the lock)\n");
    }

    @Test
    void setNotNullDecidesOverTheBackfillBeforeIt() {
        String line = riskOf("""
                UPDATE users SET email = '' WHERE email IS NULL;
                ALTER TABLE users ALTER COLUMN email SET NOT NULL;
                """, Map.of("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n"));

        assertThat(line).isEqualTo("risk high: line 2, ACCESS EXCLUSIVE on users (sets NOT NULL on column email, "
                + "reading every row under the lock)");
    }

    @Test
    void aForeignKeyOnANewColumnWithoutADefaultReadsNoRowsAndOneWithADefaultDoes() {
        Map<String, String> earlier = Map.of("V1__t.sql",
                "CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);\n");

        assertThat(riskOf("ALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customers (id);\n", earlier))
                .isEqualTo("risk low: line 1, ACCESS EXCLUSIVE on orders (adds column customer_id, lock held briefly)");
        assertThat(riskOf("ALTER TABLE orders ADD COLUMN customer_id bigint DEFAULT 1 REFERENCES customers (id);\n",
                earlier)).startsWith("risk high: line 1, ACCESS EXCLUSIVE on orders (adds column customer_id with a"
                + " foreign key, reading every row under the lock)");
    }

    @Test
    void aBriefAccessExclusiveLockIsLowAndSaysItIsBrief() {
        String line = riskOf("ALTER TABLE orders ADD COLUMN status text;\n",
                Map.of("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n"));

        assertThat(line).isEqualTo("risk low: line 1, ACCESS EXCLUSIVE on orders (adds column status, lock held "
                + "briefly)");
    }

    @Test
    void dropIndexNamesTheTableWhenAnEarlierMigrationCreatedTheIndex() {
        String line = riskOf("DROP INDEX in_trackerevent_lastupdated;\n", Map.of("V1__trackerevent.sql", """
                CREATE TABLE trackerevent (id bigint PRIMARY KEY, lastupdated timestamptz);
                CREATE INDEX in_trackerevent_lastupdated ON trackerevent (lastupdated);
                """));

        // the lock itself is brief; require-concurrent-index-deletion, an error, makes it medium
        assertThat(line).isEqualTo("risk medium: line 1, ACCESS EXCLUSIVE on trackerevent (drops index "
                + "in_trackerevent_lastupdated, lock held briefly; error[require-concurrent-index-deletion])");
    }

    @Test
    void dropIndexOfAnUnknownIndexNamesTheTableOfTheIndex() {
        String line = riskOf("DROP INDEX in_trackerevent_lastupdated;\n", Map.of());

        assertThat(line).startsWith("risk medium: line 1, ACCESS EXCLUSIVE on the table of index "
                + "in_trackerevent_lastupdated (drops index in_trackerevent_lastupdated");
    }

    @Test
    void alterAndReindexOfAKnownIndexNameItsTable() {
        Map<String, String> earlier = Map.of("V1__users.sql", """
                CREATE TABLE users (id bigint PRIMARY KEY, email text);
                CREATE INDEX users_email_idx ON users (email);
                """);

        assertThat(riskOf("REINDEX INDEX users_email_idx;\n", earlier))
                .startsWith("risk high: line 1, ACCESS EXCLUSIVE on users (rebuilds index users_email_idx");
        assertThat(riskOf("ALTER INDEX users_email_idx SET TABLESPACE fast;\n", earlier))
                .startsWith("risk high: line 1, ACCESS EXCLUSIVE on users (moves index users_email_idx");
        assertThat(riskOf("ALTER INDEX users_email_idx RENAME TO users_mail_idx;\n", earlier))
                .isEqualTo("risk low: line 1, SHARE UPDATE EXCLUSIVE on users (renames index users_email_idx)");
    }

    @Test
    void earlierMigrationsAreAskedOnlyAboutWhatTheScriptCannotTell() {
        AtomicInteger asked = new AtomicInteger();
        Function<String, ScriptRisk> assess = sql -> {
            SqlScript script = new ScriptParser().parse("V2__t.sql", sql);
            return new RiskAssessor(16).assess(script, new ScriptTimeline(script, () -> {
                asked.incrementAndGet();
                return new SchemaModel();
            }), List.of());
        };

        assess.apply("ALTER TABLE users ADD COLUMN a text;\nCREATE INDEX CONCURRENTLY users_a_idx ON users (a);\n"
                + "DROP INDEX users_a_idx;\nUPDATE users SET a = 'x' WHERE id = 1;\nDROP TABLE orders;\n");
        assertThat(asked).as("the index was created by the script itself").hasValue(0);

        assess.apply("DROP INDEX users_b_idx;\n");
        assertThat(asked).as("the table of an index from an earlier migration").hasValue(1);
    }

    @Test
    void lockTargetGivesRulesThePhraseToPrint() {
        SchemaModel model = new SchemaModel();
        var script = new ScriptParser().parse("V1.sql", "CREATE INDEX users_email_idx ON public.users (email);");
        script.statements().forEach(s -> model.apply(s, new dev.migrationguard.schema.Origin("V1.sql", s.index())));
        TableLock onIndex = new TableLock(LockLevel.ACCESS_EXCLUSIVE,
                new ObjectRef(ObjectType.INDEX, null, "users_email_idx"));
        TableLock onOther = new TableLock(LockLevel.ACCESS_EXCLUSIVE,
                new ObjectRef(ObjectType.INDEX, null, "orders_idx"));

        assertThat(LockTarget.phrase(onIndex, model)).isEqualTo("public.users");
        assertThat(LockTarget.phrase(onOther, model)).isEqualTo("the table of index orders_idx");
        assertThat(LockTarget.phrase(new TableLock(LockLevel.SHARE, ObjectRef.table(null, "users")), model))
                .isEqualTo("users");
        assertThat(LockTarget.describe(LockTarget.onTable(onIndex, model)))
                .isEqualTo("ACCESS EXCLUSIVE on public.users");
    }
}
