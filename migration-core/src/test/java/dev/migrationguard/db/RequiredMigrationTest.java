package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredMigrationTest {

    @Test
    void namesAreReadAsTheRunnerReadsFileNames() {
        assertThat(RequiredMigration.parse("005_steps_run_idx_constraints"))
                .extracting(r -> r.version().toString(), RequiredMigration::description)
                .containsExactly("5", "steps run idx constraints");
        assertThat(RequiredMigration.parse("V2.1__add_email.sql"))
                .extracting(r -> r.version().toString(), RequiredMigration::description)
                .containsExactly("2.1", "add email");
        assertThat(RequiredMigration.parse("20240501_093000_add_email"))
                .extracting(r -> r.version().toString(), RequiredMigration::description)
                .containsExactly("20240501093000", "add email");
        assertThat(RequiredMigration.parse("20240501093000_add_email").version().toString())
                .isEqualTo("20240501093000");
    }

    @Test
    void aBareVersionHasNoDescriptionToMatch() {
        RequiredMigration r = RequiredMigration.parse("007");
        assertThat(r.version().toString()).isEqualTo("7");
        assertThat(r.description()).isNull();
        assertThat(r.matchesDescription("anything")).isTrue();
        assertThat(RequiredMigration.parse("V3").version().toString()).isEqualTo("3");
    }

    @Test
    void descriptionsMatchIgnoringCaseUnderscoresAndSpacing() {
        RequiredMigration r = RequiredMigration.parse("005_steps_run_idx_constraints");
        assertThat(r.matchesDescription("steps run idx constraints")).isTrue();
        assertThat(r.matchesDescription("Steps_Run  idx constraints")).isTrue();
        assertThat(r.matchesDescription("steps run idx")).isFalse();
    }

    @Test
    void anEnvironmentListSplitsOnCommasSemicolonsAndSpaces() {
        assertThat(RequiredMigration.parseList(" 1,V2__b ;\n003_c  4 ")).extracting(RequiredMigration::text)
                .containsExactly("1", "V2__b", "003_c", "4");
    }

    @Test
    void everyBadEntryIsNamedWithTheFormsAllowed() {
        assertThat(RequiredMigration.parse("initial_schema")).isNull();
        assertThat(RequiredMigration.parse("R__views")).isNull();
        assertThatThrownBy(() -> RequiredMigration.parseAll(List.of("1", "initial_schema", "R__views")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a migration name or version: \"initial_schema\", \"R__views\"; write each required "
                        + "migration as its file name without .sql (005_steps_run_idx_constraints, "
                        + "V5__steps_run_idx_constraints) or as its version (5)");
        assertThatThrownBy(() -> RequiredMigration.parseList(" , "))
                .hasMessageStartingWith("no required migrations given");
    }
}
