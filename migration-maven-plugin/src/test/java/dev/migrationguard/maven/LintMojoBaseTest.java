package dev.migrationguard.maven;

import static dev.migrationguard.maven.Mojos.mojo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db:lint with db.base: the history checks run against that ref; a ref that does not resolve stops the goal. */
class LintMojoBaseTest {

    private static final String M = "src/main/resources/db/migration/";
    private static final PersonIdent WHO = new PersonIdent("Test", "test@example.com");

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void mainThenAFeatureBranchThatEditsV1() throws Exception {
        Files.createDirectories(dir.resolve(M));
        Files.writeString(dir.resolve(M + "V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("V1").setAuthor(WHO).setCommitter(WHO).setSign(false).call();
            git.checkout().setCreateBranch(true).setName("feature").call();
        }
        Files.writeString(dir.resolve(M + "V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, a text);\n");
    }

    @Test
    void theHistoryChecksRunWithDbBase() {
        LintMojo lint = mojo(new LintMojo(), dir, log, "base", "main");

        assertThatThrownBy(lint::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Migration Guard found 1 error(s) at or above fail-on=error; see the findings above");
        assertThat(log.lines).contains("[INFO] note: history checks against main (db.base)",
                "[ERROR] " + M + "V1__users.sql:1: error[edited-merged-migration] V1__users.sql is already on main"
                        + " and was changed (first difference on line 1): every database that ran it fails checksum"
                        + " validation, and new databases get other SQL than old ones");
    }

    @Test
    void withoutDbBaseThereAreNoHistoryChecks() throws Exception {
        mojo(new LintMojo(), dir, log).execute();

        assertThat(log.lines).noneMatch(l -> l.contains("edited-merged-migration") || l.contains("note:"));
    }

    @Test
    void theBaseMayComeFromTheConfigurationFile() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"), "base: main\n");

        assertThatThrownBy(mojo(new LintMojo(), dir, log)::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines).anyMatch(l -> l.contains("error[edited-merged-migration]"));
    }

    @Test
    void aBaseThatDoesNotResolveIsABuildErrorNamingIt() {
        assertThatThrownBy(mojo(new LintMojo(), dir, log, "base", "origin/main")::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Migration Guard: db.base 'origin/main' names no branch, tag or commit in ")
                .hasMessageEndingWith("; fetch it first (git fetch origin main) or set db.base (base: in"
                        + " .migration-guard.yml) to a ref that exists, such as origin/main");
    }
}
