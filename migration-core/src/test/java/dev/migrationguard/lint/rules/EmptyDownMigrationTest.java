package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.EmptyDown;
import dev.migrationguard.lint.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmptyDownMigrationTest {

    private static final String UP = "CREATE TABLE a (id bigint);\n";

    @Test
    void emptyDownIsAnErrorWhenTheProjectSaysSo() {
        var findings = lint(UP).with(b -> b.emptyDown(EmptyDown.ERROR)).as("1_a.up.sql")
                .resultWith(Map.of("1_a.down.sql", "-- todo\n")).findings();
        assertThat(findings).extracting(Finding::rule, Finding::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("empty-down-migration", "db/1_a.down.sql"));
        assertThat(findings.get(0).message()).contains("emptyDown: error");
    }

    @Test
    void emptyDownIsADeliberateNoOpByDefault() {
        var findings = lint(UP).as("1_a.up.sql").resultWith(Map.of("1_a.down.sql", "")).findings();
        assertThat(findings).isEmpty();
    }

    @Test
    void noOpMarkerIsFineEvenWhenEmptyDownsAreErrors() {
        var findings = lint(UP).with(b -> b.emptyDown(EmptyDown.ERROR)).as("1_a.up.sql")
                .resultWith(Map.of("1_a.down.sql", "-- migration-guard:no-op the table is dropped by 3_cleanup\n"))
                .findings();
        assertThat(findings).isEmpty();
    }

    @Test
    void irreversibleMarkerWithReasonIsFine() {
        var findings = lint(UP).with(b -> b.emptyDown(EmptyDown.ERROR)).as("1_a.up.sql")
                .resultWith(Map.of("1_a.down.sql", "-- migration-guard:irreversible data is migrated one way\n"))
                .findings();
        assertThat(findings).isEmpty();
    }

    @Test
    void downWithStatementsIsFine() {
        var findings = lint(UP).with(b -> b.emptyDown(EmptyDown.ERROR)).as("1_a.up.sql")
                .resultWith(Map.of("1_a.down.sql", "DROP TABLE a;\n")).findings();
        assertThat(findings).isEmpty();
    }
}
