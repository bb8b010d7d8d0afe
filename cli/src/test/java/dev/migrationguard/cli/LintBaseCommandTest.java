package dev.migrationguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint --base REF} on the command line: findings and failure only for the migrations the branch adds, edits
 * or deletes since REF; the others are counted in one line; the same run as {@code db:lint -Ddb.base}.
 */
class LintBaseCommandTest {

    static final String M = "src/main/resources/db/migration/";
    private static final PersonIdent WHO = new PersonIdent("Test", "test@example.com");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** main: two old migrations with error findings; feature: adds V3, which drops a column. */
    @BeforeEach
    void mainWithOldFindingsAndABranchAddingOneRiskyMigration() throws Exception {
        mainWithOldFindingsAndABranchAddingOneRiskyMigration(dir);
    }

    static void mainWithOldFindingsAndABranchAddingOneRiskyMigration(Path dir) throws Exception {
        Files.createDirectories(dir.resolve(M));
        Files.writeString(dir.resolve(M + "V1__users.sql"),
                "CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy text);\n");
        Files.writeString(dir.resolve(M + "V2__old_index.sql"), "CREATE INDEX users_email ON users (email);\n");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("V1, V2").setAuthor(WHO).setCommitter(WHO).setSign(false).call();
            git.checkout().setCreateBranch(true).setName("feature").call();
        }
        Files.writeString(dir.resolve(M + "V3__drop_legacy.sql"), "ALTER TABLE users DROP COLUMN legacy;\n");
    }

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutABaseEveryMigrationIsReported() {
        assertThat(run("lint")).isEqualTo(1);

        assertThat(out()).contains("V2__old_index.sql:1:1: error[require-concurrent-index-creation]",
                "V3__drop_legacy.sql:1:");
    }

    @Test
    void withABaseOnlyTheMigrationTheBranchAddsIsReportedAndTheRestIsOneLine() {
        assertThat(run("lint", "--base", "main")).isEqualTo(1);

        assertThat(out()).contains(M + "V3__drop_legacy.sql:1:", "error[ban-drop-column]")
                .doesNotContain("V2__old_index.sql:1:1:")
                .containsPattern("\\d+ findings? in 1 migration this change does not touch; run without");
        assertThat(err()).isEmpty();
    }

    @Test
    void aDirectoryPathIsLintedAgainstTheBaseToo() {
        assertThat(run("lint", "--base", "main", M)).isEqualTo(1);

        assertThat(out()).contains("V3__drop_legacy.sql:1:").doesNotContain("V2__old_index.sql:1:1:");
    }

    @Test
    void theBaseMayComeFromTheConfigurationFile() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"), "base: main\n");

        assertThat(run("lint")).isEqualTo(1);

        assertThat(out()).contains("V3__drop_legacy.sql:1:").doesNotContain("V2__old_index.sql:1:1:");
    }

    @Test
    void aBranchWithoutNewFindingsPasses() throws Exception {
        Files.delete(dir.resolve(M + "V3__drop_legacy.sql"));
        Files.writeString(dir.resolve(M + "V3__add_column.sql"), "ALTER TABLE users ADD COLUMN name text;\n");

        assertThat(run("lint", "--base", "main")).isEqualTo(0);

        assertThat(out()).doesNotContain("error[");
    }

    @Test
    void aBaseThatDoesNotResolveIsAnEnvironmentErrorNamingIt() {
        assertThat(run("lint", "--base", "origin/nope")).isEqualTo(2);

        assertThat(err()).startsWith("error: db.base 'origin/nope' names no branch, tag or commit in ");
        assertThat(out()).isEmpty();
    }

    @Test
    void outsideAGitWorkTreeTheBaseCannotBeUsedAndTheErrorSaysSo(@TempDir Path plain) throws Exception {
        Files.createDirectories(plain.resolve(M));
        Files.writeString(plain.resolve(M + "V1__t.sql"), "CREATE TABLE t (id int);\n");

        int status = Main.run(List.of("lint", "--base", "main"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), plain);

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("error: ").contains(plain.getFileName().toString());
    }
}
