package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DownLosesDataTest {

    private static List<Finding> findings(String up, String down) {
        return lint(down).as("1_a.down.sql")
                .with(b -> b.rule("down-loses-data", new dev.migrationguard.config.RuleSetting(Severity.INFO)))
                .resultWith(Map.of("1_a.up.sql", up)).findings().stream()
                .filter(f -> f.rule().equals("down-loses-data"))
                .toList();
    }

    @Test
    void droppingCreatedTableAndAddedColumnIsReported() {
        var found = findings("""
                CREATE TABLE notes (id bigint);
                ALTER TABLE users ADD COLUMN nickname text;
                """, """
                ALTER TABLE users DROP COLUMN nickname;
                DROP TABLE notes;
                """);
        assertThat(found).extracting(Finding::line, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Severity.INFO),
                org.assertj.core.groups.Tuple.tuple(2, Severity.INFO));
        assertThat(found.get(1).message()).contains("\"notes\"").contains("lost");
    }

    @Test
    void droppingWhatTheUpDidNotCreateIsNotThisRule() {
        assertThat(findings("CREATE INDEX i ON users (email);\n", "DROP INDEX i;\n")).isEmpty();
        assertThat(findings("ALTER TABLE users ADD COLUMN a text;\n", "ALTER TABLE users DROP COLUMN b;\n"))
                .isEmpty();
    }

    @Test
    void offByDefault() {
        var all = lint("DROP TABLE notes;\n").as("1_a.down.sql")
                .resultWith(Map.of("1_a.up.sql", "CREATE TABLE notes (id bigint);\n")).findings();
        assertThat(all).extracting(Finding::rule).doesNotContain("down-loses-data");
    }

    @Test
    void irreversibleDownIsSkipped() {
        assertThat(findings("CREATE TABLE notes (id bigint);\n",
                "-- migration-guard:irreversible archived\nDROP TABLE notes;\n")).isEmpty();
    }
}
