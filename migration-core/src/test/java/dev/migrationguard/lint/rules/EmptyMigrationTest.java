package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import org.junit.jupiter.api.Test;

class EmptyMigrationTest {

    @Test
    void emptyUp() {
        assertThat(lint("-- nothing yet\n").result().findings()).extracting(Finding::rule)
                .containsExactly("empty-migration");
        assertThat(lint("").result().findings()).extracting(Finding::rule).containsExactly("empty-migration");
    }

    @Test
    void upWithAStatementIsFine() {
        assertThat(lint("SELECT 1;\n").result().findings()).isEmpty();
    }
}
