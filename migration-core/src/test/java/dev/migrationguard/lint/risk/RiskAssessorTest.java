package dev.migrationguard.lint.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.LintTester;
import dev.migrationguard.lint.Risk;
import dev.migrationguard.report.TextRenderer;
import dev.migrationguard.sql.ScriptParser;
import org.junit.jupiter.api.Test;

class RiskAssessorTest {

    private static Risk risk(String sql) {
        return risk(sql, 16);
    }

    private static Risk risk(String sql, int pg) {
        return new RiskAssessor(pg).assess(new ScriptParser().parse("V1__t.sql", sql)).risk();
    }

    @Test
    void lowRiskStatements() {
        assertThat(risk("CREATE TABLE t (id bigint NOT NULL, name text NOT NULL);")).isEqualTo(Risk.LOW);
        assertThat(risk("ALTER TABLE users ADD COLUMN nickname text;")).isEqualTo(Risk.LOW);
        assertThat(risk("ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();")).isEqualTo(Risk.LOW);
        assertThat(risk("CREATE INDEX CONCURRENTLY i ON users (a);")).isEqualTo(Risk.LOW);
        assertThat(risk("CREATE TABLE t (id int);\nALTER TABLE t DROP COLUMN id;\nDROP TABLE t;"))
                .isEqualTo(Risk.LOW);
        assertThat(risk("INSERT INTO settings (k, v) VALUES ('a', 'b');")).isEqualTo(Risk.LOW);
    }

    @Test
    void mediumRiskStatements() {
        assertThat(risk("ALTER TABLE users ALTER COLUMN name TYPE text;")).isEqualTo(Risk.MEDIUM);
        assertThat(risk("ALTER TABLE users ADD CONSTRAINT c CHECK (a > 0) NOT VALID;")).isEqualTo(Risk.MEDIUM);
        assertThat(risk("ALTER TABLE users RENAME COLUMN a TO b;")).isEqualTo(Risk.MEDIUM);
        assertThat(risk("CREATE INDEX i ON users (a);")).isEqualTo(Risk.MEDIUM);
        assertThat(risk("ALTER TABLE users ADD COLUMN t uuid DEFAULT gen_random_uuid();")).isEqualTo(Risk.MEDIUM);
        assertThat(risk("ALTER TABLE users ADD COLUMN active boolean DEFAULT true;", 10)).isEqualTo(Risk.MEDIUM);
    }

    @Test
    void highRiskStatementsAndTheScriptTakesTheHighest() {
        assertThat(risk("ALTER TABLE users DROP COLUMN email;")).isEqualTo(Risk.HIGH);
        assertThat(risk("DROP TABLE users;")).isEqualTo(Risk.HIGH);
        assertThat(risk("UPDATE users SET a = 1 WHERE id = 2;")).isEqualTo(Risk.HIGH);
        assertThat(risk("DELETE FROM users WHERE id = 2;")).isEqualTo(Risk.HIGH);
        assertThat(risk("CREATE TABLE t (id bigint);\nALTER TABLE users DROP COLUMN email;")).isEqualTo(Risk.HIGH);
    }

    @Test
    void scriptRiskNamesTheStrongestLockOfItsRiskiestStatement() {
        ScriptRisk r = new RiskAssessor(16).assess(new ScriptParser().parse("V7__drop_email.sql",
                "CREATE TABLE audit (id bigint);\nALTER TABLE users DROP COLUMN email;\n"));
        assertThat(r.describe()).isEqualTo("risk high (ACCESS EXCLUSIVE on users)");
        assertThat(r.decisive().line()).isEqualTo(2);
        assertThat(r.statements()).hasSize(2);
    }

    @Test
    void textOutputHasOneRiskLinePerMigrationWithFindingsOrAboveLow() {
        LintResult result = LintTester.lint("ALTER TABLE users DROP COLUMN email;\n").result();
        String text = new TextRenderer().render(result);
        assertThat(text).contains("db/V2__test.sql: risk high (ACCESS EXCLUSIVE on users)\n");
        LintResult quiet = LintTester.lint("CREATE TABLE t (id bigint PRIMARY KEY);\n").result();
        assertThat(new TextRenderer().render(quiet)).doesNotContain("risk ");
        assertThat(quiet.highestRisk()).isEqualTo(Risk.LOW);
    }
}
