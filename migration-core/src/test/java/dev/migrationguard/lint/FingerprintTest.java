package dev.migrationguard.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.sql.ScriptParser;
import dev.migrationguard.sql.Statement;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final ScriptParser PARSER = new ScriptParser();

    private static String of(String sql) {
        Statement s = PARSER.parse("V1.sql", sql).statements().get(0);
        return Fingerprint.of(s);
    }

    @Test
    void whitespaceCommentsAndKeywordCaseDoNotChangeIt() {
        assertThat(of("ALTER TABLE users DROP COLUMN email;"))
                .isEqualTo(of("alter table  users\n  -- no longer read\n  DROP COLUMN /* gone */ email ;"));
    }

    @Test
    void anEditToTheStatementChangesIt() {
        String base = of("ALTER TABLE users DROP COLUMN email;");
        assertThat(of("ALTER TABLE users DROP COLUMN email CASCADE;")).isNotEqualTo(base);
        assertThat(of("ALTER TABLE users DROP COLUMN mail;")).isNotEqualTo(base);
        assertThat(of("ALTER TABLE \"Users\" DROP COLUMN email;")).isNotEqualTo(base);
        assertThat(of("UPDATE t SET a = 'x';")).isNotEqualTo(of("UPDATE t SET a = 'X';"));
    }

    @Test
    void aFindingSurvivesLinesAddedAboveIt() {
        String sql = "ALTER TABLE t DROP COLUMN a;\n";
        Finding before = LintTester.lint(sql).result().findings().stream()
                .filter(f -> f.rule().equals("ban-drop-column")).findFirst().orElseThrow();
        Finding after = LintTester.lint("-- a comment\nCREATE TABLE u (id bigint);\n\n" + sql).result().findings()
                .stream().filter(f -> f.rule().equals("ban-drop-column")).findFirst().orElseThrow();
        assertThat(after.line()).isNotEqualTo(before.line());
        assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
    }

    @Test
    void findingsNotOnAStatementTakeTheirMessageWithoutNumbers() {
        assertThat(Fingerprint.ofMessage("version 12 is below 40")).isEqualTo(Fingerprint.ofMessage(
                "version 13 is below 41"));
        assertThat(Fingerprint.ofMessage("a")).isNotEqualTo(Fingerprint.ofMessage("b"));
    }
}
