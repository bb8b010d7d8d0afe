package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history checks of the installed hook, through real {@code git commit}s. */
class BaseHookTest {

    static final String MIGRATIONS = PreCommitHookTest.MIGRATIONS;
    static final String V1 = "CREATE TABLE users (id bigint PRIMARY KEY);\n";
    static final String V2 = "ALTER TABLE users ADD COLUMN email text;\n";

    @TempDir
    Path tmp;

    GitRepo repo;

    @BeforeEach
    void mainWithTwoMigrations() throws Exception {
        repo = new GitRepo(tmp.resolve("repo"));
        repo.write("pom.xml", "<project/>\n");
        repo.write(MIGRATIONS + "V1__users.sql", V1);
        repo.write(MIGRATIONS + "V2__email.sql", V2);
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "init");
    }

    void install(MigrationGuardConfig config) {
        HookInstaller.Outcome out = HookInstaller.install(new HookInstaller.Request(config,
                PreCommitHookTest.testClasspath(), List.of(config.projectDir().resolve("pom.xml")),
                HookInstaller.currentJava()));
        assertThat(out.ok()).as(out.message()).isTrue();
    }

    void install() {
        install(MigrationGuardConfig.defaults(repo.root));
    }

    @Test
    void editingAMergedMigrationBlocksTheCommit() throws Exception {
        install();
        repo.ok("checkout", "-q", "-b", "feature");
        repo.write(MIGRATIONS + "V2__email.sql", V2.replace("email text", "email varchar(200)"));
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "edit V2");

        assertThat(commit.exitCode()).as(commit.output()).isEqualTo(1);
        assertThat(commit.output())
                .contains("note: history checks against main (feature has no upstream)")
                .contains(MIGRATIONS + "V2__email.sql:1: error[edited-merged-migration] V2__email.sql is already on"
                        + " main and was changed (first difference on line 1)")
                .contains("help: restore V2__email.sql as it is on main (git checkout main -- " + MIGRATIONS
                        + "V2__email.sql) and put the change in a new migration")
                .contains("git commit --no-verify");
        assertThat(repo.ok("log", "--oneline")).doesNotContain("edit V2");
    }

    @Test
    void aWhitespaceOnlyEditIsAWarningThatLetsTheCommitThrough() throws Exception {
        install();
        repo.ok("checkout", "-q", "-b", "feature");
        repo.write(MIGRATIONS + "V2__email.sql", V2.replace("ADD COLUMN", "ADD  COLUMN"));
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "respace");

        assertThat(commit.exitCode()).as(commit.output()).isZero();
        assertThat(commit.output()).contains(MIGRATIONS + "V2__email.sql:1: warning[edited-merged-migration]");
    }

    @Test
    void deletingAMergedMigrationBlocksTheCommit() throws Exception {
        install();
        repo.ok("checkout", "-q", "-b", "feature");
        repo.ok("rm", "-q", MIGRATIONS + "V2__email.sql");

        GitRepo.Run commit = repo.git("commit", "-m", "drop V2");

        assertThat(commit.exitCode()).as(commit.output()).isEqualTo(1);
        assertThat(commit.output()).contains(MIGRATIONS + "V2__email.sql: error[deleted-merged-migration]"
                + " V2__email.sql is already on main and was deleted");
    }

    @Test
    void theUpstreamIsTheBase() throws Exception {
        Path origin = tmp.resolve("origin.git");
        repo.gitIn(tmp, "init", "-q", "--bare", origin.toString());
        repo.ok("remote", "add", "origin", origin.toString());
        repo.ok("push", "-q", "-u", "origin", "main");
        repo.ok("checkout", "-q", "-b", "feature");
        repo.write(MIGRATIONS + "V3__pushed.sql", "CREATE TABLE pushed (id bigint);\n");
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "V3");
        repo.ok("push", "-q", "-u", "origin", "feature");
        repo.write(MIGRATIONS + "V4__local.sql", "CREATE TABLE local (id bigint);\n");
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "V4, not pushed");
        install();

        repo.write(MIGRATIONS + "V4__local.sql", "CREATE TABLE local (id bigint, name text);\n");
        repo.ok("add", "-A");
        GitRepo.Run unpushed = repo.git("commit", "-m", "fix V4");
        assertThat(unpushed.exitCode()).as(unpushed.output()).isZero();
        assertThat(unpushed.output()).contains("note: history checks against origin/feature (the upstream of feature)")
                .doesNotContain("edited-merged-migration");

        repo.write(MIGRATIONS + "V3__pushed.sql", "CREATE TABLE pushed (id bigint, name text);\n");
        repo.ok("add", "-A");
        GitRepo.Run pushed = repo.git("commit", "-m", "fix V3");
        assertThat(pushed.exitCode()).as(pushed.output()).isEqualTo(1);
        assertThat(pushed.output()).contains("V3__pushed.sql:1: error[edited-merged-migration] V3__pushed.sql is"
                + " already on origin/feature");
    }

    @Test
    void aConfiguredBaseThatDoesNotResolveStopsTheCommitWithWhatToDo() throws Exception {
        install(MigrationGuardConfig.builder(repo.root).base("origin/develop").build());
        repo.write(MIGRATIONS + "V3__new.sql", "CREATE TABLE n (id bigint);\n");
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "new");

        assertThat(commit.exitCode()).as(commit.output()).isNotZero();
        assertThat(commit.output()).doesNotContain("error[").contains("Migration Guard: db.base 'origin/develop' names no branch, tag or"
                + " commit in ").contains("; fetch it first (git fetch origin develop) or set db.base")
                .contains("git commit --no-verify");
    }

    @Test
    void withoutAnyBaseOneNoteAndTheOtherRulesStillRun() throws Exception {
        repo.ok("branch", "-m", "main", "trunk");
        install();
        repo.write(MIGRATIONS + "V3__new.sql", "CREATE TABLE n (id bigint);\n");
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "new");

        assertThat(commit.exitCode()).as(commit.output()).isZero();
        assertThat(commit.output().lines().filter(l -> l.startsWith("note: "))).containsExactly("note: no base"
                + " branch to compare with (trunk has no upstream, and none of origin/HEAD, main, master or trunk"
                + " exists); the checks for edited, deleted and out-of-order migrations are skipped; set db.base to"
                + " choose a base");
        assertThat(commit.output()).contains("Migration Guard: 1 file,");
    }

    @Test
    void aDuplicateIsFoundWhenTheCommittedFileSortsAfterTheNewOne() throws Exception {
        repo.write(MIGRATIONS + "V3__zzz.sql", "CREATE TABLE z (id bigint);\n");
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "V3");
        install();
        repo.write(MIGRATIONS + "V3__aaa.sql", "CREATE TABLE a (id bigint);\n");
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "another V3");

        assertThat(commit.exitCode()).as(commit.output()).isEqualTo(1);
        assertThat(commit.output()).contains(MIGRATIONS + "V3__aaa.sql: error[duplicate-migration-version] version 3"
                + " is used by both V3__aaa.sql and V3__zzz.sql")
                .contains("help: give V3__aaa.sql a version no other migration uses");
    }

    @Test
    void theRecordedConfigurationKeepsTheBase() throws Exception {
        install(MigrationGuardConfig.builder(repo.root).base("main").build());
        assertThat(Files.readString(repo.root.resolve(".git/migration-guard/config.yml"))).contains("\"base\": \"main\"");
    }
}
