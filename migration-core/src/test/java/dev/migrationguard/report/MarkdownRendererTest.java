package dev.migrationguard.report;

import static dev.migrationguard.report.Project.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.LintResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownRendererTest {


    @TempDir
    Path dir;

    /** A low-risk migration with an info, a medium-risk one with an error, a high-risk one, and quiet ones. */
    private LintResult mixedProject(int quietMigrations) {
        Project p = new Project(dir)
                .file("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text, name varchar(100));\n")
                .file("V2__index.sql", "CREATE INDEX users_email_idx ON users (email);\n")
                .file("V3__drop_email.sql", "ALTER TABLE users DROP COLUMN email;\n");
        for (int i = 0; i < quietMigrations; i++) {
            p.file("V" + (10 + i) + "__table_" + i + ".sql", "CREATE TABLE t" + i + " (id bigint PRIMARY KEY, "
                    + "label text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\n"
                    + "CREATE INDEX t" + i + "_label_idx ON t" + i + " (label);\n");
        }
        return p.lint();
    }

    private static String render(ReportInput input, int limit) {
        return new MarkdownRenderer(RenderOptions.defaults().withMarkdownLimit(limit)).render(input);
    }

    @Test
    void findingsLinkTheirPageWhereTheDocsArePublished() {
        RenderOptions published = new RenderOptions(false, "https://docs.example.com/rules/", "",
                RenderOptions.MARKDOWN_LIMIT, RenderOptions.CLI_EXPLAIN);

        String md = new MarkdownRenderer(published).render(ReportInput.of(mixedProject(0)));

        assertThat(md).contains("[`ban-drop-column`](https://docs.example.com/rules/ban-drop-column.md) line 1:19");
    }

    @Test
    void headlineTableFindingsAndStatements() {
        String md = new MarkdownRenderer().render(ReportInput.of(mixedProject(1)));

        assertThat(md).startsWith("## Migration Guard: high risk\n\n4 migrations (1 high, 1 medium, 2 low risk) · "
                + "2 errors, 0 warnings, 1 info\n\n");
        assertThat(md).contains("| Migration | Risk | Riskiest statement | Reversible | Findings |\n");
        assertThat(md).contains("| `" + path("V3__drop_email.sql") + "` | :red_circle: high | line 1, ACCESS "
                + "EXCLUSIVE on `users` | no: no down migration | 1 error |\n");
        assertThat(md).contains("| `" + path("V2__index.sql") + "` | :orange_circle: medium | line 1, SHARE on "
                + "`users` | no: no down migration | 1 error |\n");
        assertThat(md).contains("| `" + path("V1__users.sql") + "` | :green_circle: low | line 1, no table lock |");
        assertThat(md).contains("### `" + path("V3__drop_email.sql") + "` (high risk)\n\n- :x: **error** "
                + "`ban-drop-column` line 1:19: Dropping column \"email\" of "
                + "\"users\" breaks clients still reading it (ACCESS EXCLUSIVE lock on users)\n"
                + "  Help: stop reading the column, deploy, then drop it in a later migration\n");
        assertThat(md).contains("| 1 | `ALTER TABLE users DROP COLUMN email;` | ALTER TABLE | ACCESS EXCLUSIVE on "
                + "`users` | high: drops column email |\n");
        assertThat(md).doesNotContain("Shortened");
    }

    @Test
    void theNoteStandsUnderTheHeadlineAndStaysWhenTheReportShrinks() {
        ReportInput input = ReportInput.of(mixedProject(6)).withNote("No base branch to compare with: every"
                + " migration is shown; set db.base to choose a base.");
        String note = "> [!NOTE]\n> No base branch to compare with: every migration is shown; set db.base to choose"
                + " a base.\n\n";

        String md = new MarkdownRenderer().render(input);
        String shortest = render(input, 1_500);

        assertThat(md).startsWith("## Migration Guard: high risk\n\n9 migrations (1 high, 1 medium, 7 low risk) · "
                + "2 errors, 0 warnings, 1 info\n\n" + note);
        assertThat(shortest).contains("\n\n" + note + "> [!NOTE]\n> Shortened to stay under 1,500 characters");
        assertThat(new MarkdownRenderer().render(ReportInput.of(mixedProject(0)))).doesNotContain("[!NOTE]");
    }

    @Test
    void baseChangesAndMigrationsEditedOnTheBase() {
        ReportInput input = ReportInput.of(mixedProject(0)).withChanges("origin/main", Map.of(
                        path("V3__drop_email.sql"), ChangeKind.ADDED,
                        path("V2__index.sql"), ChangeKind.CHANGED,
                        path("V0__old.sql"), ChangeKind.DELETED))
                .withEditedOnBase(Set.of(path("V2__index.sql")));

        String md = new MarkdownRenderer().render(input);

        assertThat(md).contains("2 migrations (1 high, 1 medium, 0 low risk) · 2 errors, 0 warnings, 0 infos · "
                + "compared with `origin/main`: 1 added, 1 changed, 1 deleted\n\n1 finding in migrations this change "
                + "does not touch is not shown here.\n");
        assertThat(md).contains("> [!CAUTION]\n> **`" + path("V2__index.sql") + "` was also edited on "
                + "`origin/main`.**");
        assertThat(md).contains("| Migration | Change | Risk | Riskiest statement | Reversible | Findings |\n");
        assertThat(md).contains("| `" + path("V0__old.sql") + "` | deleted |  |  | n/a: deleted | none |\n");
        assertThat(md).doesNotContain(path("V1__users.sql"));
    }

    @Test
    void textFromFilesCannotBreakTheMarkdown() {
        LintResult result = new Project(dir)
                .file("V1__views.sql", "CREATE VIEW odd AS SELECT 'a|`b`' AS x, '<script>' AS y;\n")
                .lint();

        String md = new MarkdownRenderer().render(ReportInput.of(result));

        assertThat(md).contains("| 1 | ``CREATE VIEW odd AS SELECT 'a\\|`b`' AS x, '<script>' AS y;`` | CREATE VIEW |");
        assertThat(md.lines().filter(l -> l.startsWith("| 1 |")).findFirst().orElseThrow()
                .replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(6);
    }

    @Test
    void longReportsLeaveOutDetailInOrderAndSaySo() {
        ReportInput input = ReportInput.of(mixedProject(6));
        String full = render(input, Integer.MAX_VALUE);
        assertThat(full).contains("<details>", "Help: ", "prefer-text-field", "require-concurrent-index-creation",
                "ban-drop-column");

        String noStatements = render(input, full.length() - 1);
        assertThat(noStatements.length()).isLessThan(full.length());
        assertThat(noStatements).contains("> [!NOTE]\n> Shortened to stay under " + String.format("%,d",
                full.length() - 1) + " characters: left out the statement lists. The JSON format "
                + "(`db.format=json`) has every detail.\n").doesNotContain("<details>").contains("Help: ");

        String noHelp = render(input, noStatements.length() - 1);
        assertThat(noHelp).contains("left out the statement lists, the help texts.").doesNotContain("Help: ")
                .contains("`prefer-text-field`");

        String noQuietRows = render(input, noHelp.length() - 1);
        assertThat(noQuietRows).contains("the help texts, the table rows of low-risk migrations without findings.")
                .doesNotContain(path("V10__table_0.sql")).contains("6 low-risk migrations without findings are "
                        + "not listed.").contains("| `" + path("V1__users.sql") + "` |")
                .contains("** `prefer-text-field`");

        String noLowFindings = render(input, noQuietRows.length() - 1);
        assertThat(noLowFindings).contains("the findings of low-risk migrations.")
                .doesNotContain("** `prefer-text-field`").contains("** `require-concurrent-index-creation`");

        String noMediumFindings = render(input, noLowFindings.length() - 1);
        assertThat(noMediumFindings).contains("the findings of medium-risk migrations")
                .doesNotContain("** `require-concurrent-index-creation`").contains("** `ban-drop-column`");

        String noFindings = render(input, noMediumFindings.length() - 1);
        assertThat(noFindings).contains("the round trip's details, the findings of high-risk migrations.")
                .doesNotContain("** `ban-drop-column`").contains("| `" + path("V3__drop_email.sql") + "` |");

        for (String out : new String[] {noStatements, noHelp, noQuietRows, noLowFindings, noMediumFindings,
                noFindings}) {
            assertThat(out).startsWith("## Migration Guard: high risk\n\n9 migrations (1 high, 1 medium, 7 low risk)");
        }
    }

    @Test
    void evenTheShortestReportIsCutAtTheLimit() {
        ReportInput input = ReportInput.of(mixedProject(0));

        String md = render(input, 400);

        assertThat(md.length()).isLessThanOrEqualTo(400);
        assertThat(md).startsWith("## Migration Guard: high risk\n").endsWith("\n\n> [!WARNING]\n> The report was "
                + "cut here to stay under 400 characters.\n");
    }

    @Test
    void aLargeProjectStaysUnderTheCommentLimit() {
        ReportInput input = ReportInput.of(mixedProject(300));
        String full = render(input, Integer.MAX_VALUE);
        assertThat(full.length()).isGreaterThan(RenderOptions.MARKDOWN_LIMIT);

        String md = new MarkdownRenderer().render(input);

        assertThat(md.length()).isLessThanOrEqualTo(RenderOptions.MARKDOWN_LIMIT);
        assertThat(md).contains("Shortened to stay under 60,000 characters: left out the statement lists")
                .contains("| `" + path("V3__drop_email.sql") + "` | :red_circle: high |")
                .doesNotContain("was cut here");
    }
}
