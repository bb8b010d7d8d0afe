package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.lint.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** invalid-migration-name, duplicate-migration-version, missing-down-migration, orphan-down-migration. */
class NamingRulesTest {

    private static final String SQL = "CREATE TABLE t (id bigint);\n";

    @Test
    void invalidNameNamesTheCorrectedForm() {
        var findings = lint(SQL).as("V1__init.sql").resultWith(Map.of("V2_add_users.sql", SQL)).findings();
        assertThat(findings).extracting(Finding::rule, Finding::file)
                .containsExactly(tuple("invalid-migration-name", "db/V2_add_users.sql"));
        assertThat(findings.get(0).message() + " " + findings.get(0).help()).contains("V2__add_users.sql");
    }

    @Test
    void theSqlOfABadlyNamedFileIsStillChecked() {
        var findings = lint(SQL).as("V1__init.sql")
                .resultWith(Map.of("V2_drop_email.sql", "ALTER TABLE t DROP COLUMN email;\n")).findings();
        assertThat(findings).filteredOn(f -> f.file().equals("db/V2_drop_email.sql")).extracting(Finding::rule)
                .contains("invalid-migration-name", "ban-drop-column");
    }

    @Test
    void duplicateVersion() {
        var findings = lint(SQL).as("V1__init.sql").resultWith(Map.of("V1__other.sql", SQL)).findings();
        assertThat(findings).extracting(Finding::rule).contains("duplicate-migration-version");
    }

    @Test
    void missingDownInGolangMigrate() {
        var findings = lint(SQL).as("1_init.up.sql")
                .resultWith(Map.of("1_init.down.sql", "DROP TABLE t;\n", "2_users.up.sql", SQL)).findings();
        assertThat(findings).extracting(Finding::rule, Finding::file)
                .containsExactly(tuple("missing-down-migration", "db/2_users.up.sql"));
    }

    @Test
    void forwardOnlyFlywayNeedsNoDown() {
        var findings = lint(SQL).as("V1__init.sql").resultWith(Map.of("V2__more.sql", SQL, "R__views.sql",
                "CREATE OR REPLACE VIEW v AS SELECT 1;\n")).findings();
        assertThat(findings).isEmpty();
    }

    @Test
    void orphanDown() {
        var findings = lint(SQL).as("1_init.up.sql")
                .resultWith(Map.of("1_init.down.sql", "DROP TABLE t;\n", "2_gone.down.sql", "DROP TABLE x;\n"))
                .findings();
        assertThat(findings).extracting(Finding::rule, Finding::file)
                .containsExactly(tuple("orphan-down-migration", "db/2_gone.down.sql"));
    }
}
