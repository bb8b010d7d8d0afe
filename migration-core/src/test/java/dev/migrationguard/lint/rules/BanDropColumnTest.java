package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.LintTester.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import org.junit.jupiter.api.Test;

class BanDropColumnTest {

    @Test
    void dropColumnOfExistingTable() {
        lint("""
            -- EXPECT: ban-drop-column
            ALTER TABLE users DROP COLUMN email;
            ALTER TABLE users ADD COLUMN nickname text;
            -- EXPECT: ban-drop-column
            ALTER TABLE IF EXISTS ONLY public.users DROP COLUMN IF EXISTS phone CASCADE;
            """).matchesExpectations();
    }

    @Test
    void everyDroppedColumnOfOneStatementIsReported() {
        var findings = lint("ALTER TABLE users DROP COLUMN a, DROP b;\n").result().findings();
        assertThat(findings).extracting(Finding::message).containsExactly(
                "Dropping column \"a\" of \"users\" breaks clients still reading it (ACCESS EXCLUSIVE lock on users)",
                "Dropping column \"b\" of \"users\" breaks clients still reading it (ACCESS EXCLUSIVE lock on users)");
        assertThat(findings.get(1).column()).isEqualTo(34);
    }

    @Test
    void tableCreatedInTheSameMigrationIsFine() {
        lint("""
            CREATE TABLE drafts (id bigint, body text);
            ALTER TABLE drafts DROP COLUMN body;
            """).matchesExpectations();
    }

    @Test
    void suppressedWithReason() {
        lint("""
            -- migration-guard:ignore ban-drop-column column unused since release 4.2
            ALTER TABLE users DROP COLUMN legacy_flag;
            """).matchesExpectations();
    }

    @Test
    void downMigrationsAreNotRiskLintedUnlessAsked() {
        String down = "ALTER TABLE users DROP COLUMN email;\n";
        var up = java.util.Map.of("V2__test.sql", "ALTER TABLE users ADD COLUMN email text;\n");
        assertThat(lint(down).as("U2__test.sql").resultWith(up).findings()).isEmpty();
        assertThat(lint(down).as("U2__test.sql").with(b -> b.lintDown(true)).resultWith(up).findings())
                .extracting(Finding::rule, Finding::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ban-drop-column", "db/U2__test.sql"));
    }
}
