package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmptyDownMigrationTest {

    private static final String UP = "CREATE TABLE a (id bigint);\n";

    @Test
    void emptyDownIsAnError() {
        var findings = lint(UP).as("1_a.up.sql").resultWith(Map.of("1_a.down.sql", "-- todo\n")).findings();
        assertThat(findings).extracting(Finding::rule, Finding::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("empty-down-migration", "db/1_a.down.sql"));
    }

    @Test
    void irreversibleMarkerWithReasonIsFine() {
        var findings = lint(UP).as("1_a.up.sql")
                .resultWith(Map.of("1_a.down.sql", "-- migration-guard:irreversible data is migrated one way\n"))
                .findings();
        assertThat(findings).isEmpty();
    }

    @Test
    void downWithStatementsIsFine() {
        var findings = lint(UP).as("1_a.up.sql").resultWith(Map.of("1_a.down.sql", "DROP TABLE a;\n")).findings();
        assertThat(findings).isEmpty();
    }
}
