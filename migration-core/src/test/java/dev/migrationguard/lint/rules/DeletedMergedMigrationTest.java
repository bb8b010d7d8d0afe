package dev.migrationguard.lint.rules;

import static dev.migrationguard.lint.BaseTester.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.report.JsonRenderer;
import dev.migrationguard.report.TextRenderer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeletedMergedMigrationTest {

    private static final String RULE = "deleted-merged-migration";
    private static final String V1 = "CREATE TABLE users (id bigint PRIMARY KEY);\n";
    private static final String V2 = "ALTER TABLE users ADD COLUMN email text;\n";
    private static final String V3 = "CREATE TABLE orders (id bigint PRIMARY KEY);\n";
    private static final Set<String> HISTORY = Set.of(RULE, "edited-merged-migration", "version-below-base",
            "duplicate-migration-version");

    /** The findings of the rules that compare with the base. */
    private static List<Finding> history(LintResult result) {
        return result.findings().stream().filter(f -> HISTORY.contains(f.rule())).toList();
    }

    @Test
    void deletedMergedMigrationIsReportedOnItsPathWithoutALine() {
        List<Finding> findings = base("V1__users.sql", V1, "V2__email.sql", V2, "V3__orders.sql", V3)
                .branch("V1__users.sql", V1, "V2__email.sql", V2).findings(RULE);

        assertThat(findings).extracting(Finding::file, Finding::line, Finding::column)
                .containsExactly(tuple("db/V3__orders.sql", 0, 0));
        assertThat(findings.get(0).message()).isEqualTo("V3__orders.sql is already on origin/main and was deleted:"
                + " databases that ran it keep it in their history, find no file for it and fail validation");
        assertThat(findings.get(0).help()).isEqualTo("restore it (git checkout origin/main -- db/V3__orders.sql),"
                + " and undo its change in a new migration if that is what you meant");
    }

    @Test
    void theRenderersPrintTheDeletedPath() {
        LintResult result = base("V1__users.sql", V1, "V3__orders.sql", V3).branch("V1__users.sql", V1).result();

        assertThat(new TextRenderer().render(result)).contains(
                "db/V3__orders.sql: error[deleted-merged-migration] V3__orders.sql is already on origin/main and was"
                        + " deleted:",
                "  help: restore it (git checkout origin/main -- db/V3__orders.sql)");
        assertThat(new JsonRenderer().render(result)).contains(
                "{\"rule\":\"deleted-merged-migration\",\"severity\":\"error\",\"risk\":\"high\","
                        + "\"file\":\"db/V3__orders.sql\",\"line\":0,\"column\":0,");
        assertThat(result.summary().files()).isEqualTo(1);
    }

    @Test
    void aRenameWithTheSameContentIsOneFindingOnTheOldName() {
        LintResult result = base("V1__users.sql", V1, "V2__email.sql", V2)
                .branch("V1__users.sql", V1, "V2__add_email.sql", V2).result();

        assertThat(history(result)).extracting(Finding::rule, Finding::file)
                .containsExactly(tuple(RULE, "db/V2__email.sql"));
        assertThat(history(result).get(0).message()).isEqualTo("V2__email.sql is already on origin/main and was"
                + " renamed to V2__add_email.sql: databases that ran it recorded it under its old name, and see the"
                + " renamed copy as another migration");
        assertThat(history(result).get(0).help()).isEqualTo("rename V2__add_email.sql back to V2__email.sql");
    }

    @Test
    void aRenameToAnotherVersionIsReportedAsTheRenameOnly() {
        LintResult result = base("V1__users.sql", V1, "V2__email.sql", V2, "V3__orders.sql", V3)
                .branch("V1__users.sql", V1, "V3__orders.sql", V3, "V2_5__email.sql", V2).result();

        assertThat(history(result)).extracting(Finding::rule, Finding::file)
                .containsExactly(tuple(RULE, "db/V2__email.sql"));
        assertThat(history(result).get(0).message()).contains("renamed to V2_5__email.sql");
    }

    @Test
    void aMigrationTheBaseGotAfterTheForkWasNotDeletedByTheBranch() {
        assertThat(base("V1__users.sql", V1, "V2__email.sql", V2).fork("V1__users.sql", V1)
                .branch("V1__users.sql", V1).findings(RULE)).isEmpty();
    }

    @Test
    void aMigrationTheBaseDeletedItselfIsNotReported() {
        assertThat(base("V1__users.sql", V1).fork("V1__users.sql", V1, "V2__email.sql", V2)
                .branch("V1__users.sql", V1).findings(RULE)).isEmpty();
    }

    @Test
    void deletedDownScriptsAndOtherFilesAreNotReportedHere() {
        assertThat(base("V2__email.sql", V2, "U2__email.sql", "ALTER TABLE users DROP COLUMN email;\n",
                "README.md", "notes\n").branch("V2__email.sql", V2).findings(RULE)).isEmpty();
    }

    @Test
    void deletedRepeatableIsReported() {
        assertThat(base("V1__users.sql", V1, "R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;\n")
                .branch("V1__users.sql", V1).findings(RULE)).extracting(Finding::file)
                .containsExactly("db/R__views.sql");
    }

    @Test
    void theHookScopeDecidesWhetherADeletionIsReported() {
        var tester = base("V1__users.sql", V1, "V3__orders.sql", V3).branch("V1__users.sql", V1);
        assertThat(tester.scope("V1__users.sql").findings(RULE)).isEmpty();
        assertThat(tester.scope("V3__orders.sql").findings(RULE)).extracting(Finding::file)
                .containsExactly("db/V3__orders.sql");
    }
}
