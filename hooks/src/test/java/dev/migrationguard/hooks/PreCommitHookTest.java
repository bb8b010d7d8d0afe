package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.RuleSetting;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installs the hook in real repositories and runs real {@code git commit}s through it. */
class PreCommitHookTest {

    static final String MIGRATIONS = "src/main/resources/db/migration/";
    static final String BAD = "DROP TABLE users;\n";
    static final String GOOD = "CREATE TABLE accounts (id bigint PRIMARY KEY);\n";

    @TempDir
    Path tmp;

    GitRepo repo;

    @BeforeEach
    void setUp() throws Exception {
        repo = new GitRepo(tmp.resolve("repo"));
        repo.write("pom.xml", "<project/>\n");
        repo.write(MIGRATIONS + "V1__init.sql", GOOD);
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "init");
    }

    static List<Path> testClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    HookInstaller.Outcome install(Path project) {
        MigrationGuardConfig config = MigrationGuardConfig.defaults(project);
        return install(config);
    }

    HookInstaller.Outcome install(MigrationGuardConfig config) {
        Path project = config.projectDir();
        return HookInstaller.install(new HookInstaller.Request(config, testClasspath(),
                List.of(project.resolve("pom.xml"), project.resolve(".migration-guard.yml")),
                HookInstaller.currentJava()));
    }

    Path hookFile() {
        return repo.root.resolve(".git/hooks/pre-commit");
    }

    @Test
    void badStagedMigrationBlocksTheCommitWithTheFindingLine() throws Exception {
        assertThat(install(repo.root).ok()).isTrue();
        repo.write(MIGRATIONS + "V2__drop.sql", BAD);
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "drop");

        assertThat(commit.exitCode()).isNotZero();
        assertThat(commit.output())
                .contains("src/main/resources/db/migration/V2__drop.sql:1:1: error[ban-drop-table]")
                .contains("Migration Guard: 1 file,")
                .contains("git commit --no-verify");
        assertThat(repo.ok("log", "--oneline")).doesNotContain("drop");
    }

    @Test
    void goodStagedMigrationPasses() throws Exception {
        install(repo.root);
        repo.write(MIGRATIONS + "V2__accounts.sql", "CREATE TABLE things (id bigint PRIMARY KEY);\n");
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "things");

        assertThat(commit.exitCode()).as(commit.output()).isZero();
        assertThat(commit.output()).doesNotContain("error[");
        assertThat(repo.ok("log", "--oneline")).contains("things");
    }

    @Test
    void stagedContentCountsNotTheWorkingTree() throws Exception {
        install(repo.root);
        repo.write(MIGRATIONS + "V2__drop.sql", BAD);
        repo.ok("add", "-A");
        repo.write(MIGRATIONS + "V2__drop.sql", GOOD.replace("accounts", "fixed")); // fixed, not staged

        GitRepo.Run commit = repo.git("commit", "-m", "drop");

        assertThat(commit.exitCode()).isNotZero();
        assertThat(commit.output()).contains("V2__drop.sql:1:1: error[ban-drop-table]");
    }

    @Test
    void fixStagedOverBadWorkingTreePasses() throws Exception {
        install(repo.root);
        repo.write(MIGRATIONS + "V2__later.sql", GOOD.replace("accounts", "later"));
        repo.ok("add", "-A");
        repo.write(MIGRATIONS + "V2__later.sql", BAD); // broken only in the working tree

        GitRepo.Run commit = repo.git("commit", "-m", "later");

        assertThat(commit.exitCode()).as(commit.output()).isZero();
    }

    @Test
    void partialStagingLintsOnlyWhatTheCommitAdds() throws Exception {
        install(repo.root);
        repo.write(MIGRATIONS + "V2__good.sql", GOOD.replace("accounts", "good"));
        repo.write(MIGRATIONS + "V3__drop.sql", BAD); // not staged: not part of this commit
        repo.ok("add", MIGRATIONS + "V2__good.sql");

        GitRepo.Run first = repo.git("commit", "-m", "good only");
        assertThat(first.exitCode()).as(first.output()).isZero();

        repo.ok("add", MIGRATIONS + "V3__drop.sql");
        GitRepo.Run second = repo.git("commit", "-m", "drop");
        assertThat(second.exitCode()).isNotZero();
        assertThat(second.output()).contains("V3__drop.sql:1:1: error[ban-drop-table]")
                .doesNotContain("V2__good.sql:");
    }

    @Test
    void unchangedMigrationsAreNotLintedAgain() throws Exception {
        repo.write(MIGRATIONS + "V2__drop.sql", BAD);
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "before the hook");
        install(repo.root);
        repo.write("README.md", "text\n");
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "docs");

        assertThat(commit.exitCode()).as(commit.output()).isZero();
    }

    @Test
    void setLevelChecksUseTheWholeStagedTree() throws Exception {
        install(repo.root);
        repo.write(MIGRATIONS + "V1__new.sql", GOOD.replace("accounts", "new"));
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "dup");

        assertThat(commit.exitCode()).isNotZero();
        assertThat(commit.output()).contains("V1__new.sql").contains("error[duplicate-migration-version]");
    }

    @Test
    void sameConfigurationAsLintIncludingRuleSeverities() throws Exception {
        MigrationGuardConfig config = MigrationGuardConfig.builder(repo.root)
                .rule("ban-drop-table", new RuleSetting(dev.migrationguard.lint.Severity.WARNING)).build();
        install(config);
        repo.write(MIGRATIONS + "V2__drop.sql", BAD);
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "drop");

        assertThat(commit.exitCode()).as(commit.output()).isZero();
        assertThat(commit.output()).contains("V2__drop.sql:1:1: warning[ban-drop-table]");
    }

    @Test
    void projectInASubfolder() throws Exception {
        Path module = repo.root.resolve("service");
        repo.write("service/pom.xml", "<project/>\n");
        repo.write("service/" + MIGRATIONS + "V1__init.sql", GOOD);
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "module");
        assertThat(install(module).ok()).isTrue();
        repo.write("service/" + MIGRATIONS + "V2__drop.sql", BAD);
        repo.write(MIGRATIONS + "V2__outside.sql", BAD); // not a location of the project
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "drop");

        assertThat(commit.exitCode()).isNotZero();
        assertThat(commit.output()).contains("src/main/resources/db/migration/V2__drop.sql:1:1: error[ban-drop-table]")
                .doesNotContain("V2__outside.sql");
    }

    @Test
    void changedConfigurationMakesTheHookFailAsOutOfDate() throws Exception {
        install(repo.root);
        repo.write("pom.xml", "<project><!-- changed --></project>\n");
        repo.write(MIGRATIONS + "V2__good.sql", GOOD.replace("accounts", "good"));
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "good");

        assertThat(commit.exitCode()).isNotZero();
        assertThat(commit.output()).contains(HookMain.OUT_OF_DATE);
    }

    @Test
    void missingJarMakesTheHookFailAsOutOfDate() throws Exception {
        Path gone = tmp.resolve("gone.jar");
        Files.writeString(gone, "x");
        MigrationGuardConfig config = MigrationGuardConfig.defaults(repo.root);
        List<Path> cp = new java.util.ArrayList<>(testClasspath());
        cp.add(gone);
        HookInstaller.install(new HookInstaller.Request(config, cp, List.of(repo.root.resolve("pom.xml")),
                HookInstaller.currentJava()));
        Files.delete(gone);
        repo.write(MIGRATIONS + "V2__good.sql", GOOD.replace("accounts", "good"));
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "good");

        assertThat(commit.exitCode()).isNotZero();
        assertThat(commit.output()).contains("the hook is out of date").contains("gone.jar");
    }

    /** Installs the hook with a java that leaves a mark each time it starts, and returns the mark. */
    Path installCountingJavaStarts() throws Exception {
        return installCountingJavaStarts(repo);
    }

    Path installCountingJavaStarts(GitRepo repo) throws Exception {
        Path mark = tmp.resolve("java-started");
        Path java = tmp.resolve("java with mark.sh");
        Files.writeString(java, "#!/bin/sh\necho started >> '" + mark + "'\nexec '" + HookInstaller.currentJava()
                + "' \"$@\"\n", StandardCharsets.UTF_8);
        assertThat(java.toFile().setExecutable(true)).isTrue();
        MigrationGuardConfig config = MigrationGuardConfig.defaults(repo.root);
        assertThat(HookInstaller.install(new HookInstaller.Request(config, testClasspath(),
                List.of(repo.root.resolve("pom.xml"), repo.root.resolve(".migration-guard.yml")), java)).ok())
                .isTrue();
        return mark;
    }

    @Test
    void aCommitThatTouchesNoMigrationDoesNotStartJava() throws Exception {
        Path mark = installCountingJavaStarts();
        repo.write("README.md", "hello\n");
        repo.ok("add", "-A");

        GitRepo.Run readme = repo.git("commit", "-m", "readme");

        assertThat(readme.exitCode()).as(readme.output()).isZero();
        assertThat(mark).doesNotExist();

        repo.write(MIGRATIONS + "V2__drop.sql", BAD);
        repo.ok("add", "-A");
        GitRepo.Run drop = repo.git("commit", "-m", "drop");

        assertThat(drop.exitCode()).isNotZero();
        assertThat(drop.output()).contains("V2__drop.sql:1:1: error[ban-drop-table]");
        assertThat(mark).exists();
    }

    @Test
    void beforeTheFirstCommitJavaStarts() throws Exception {
        GitRepo fresh = new GitRepo(tmp.resolve("fresh"));
        fresh.write("pom.xml", "<project/>\n");
        fresh.write("README.md", "hello\n");
        fresh.ok("add", "-A");
        Path mark = installCountingJavaStarts(fresh);

        GitRepo.Run commit = fresh.git("commit", "-m", "first");

        assertThat(commit.exitCode()).as(commit.output()).isZero();
        assertThat(mark).exists();
    }

    @Test
    void deletingOrRenamingAMigrationStartsJava() throws Exception {
        Path mark = installCountingJavaStarts();
        repo.ok("mv", MIGRATIONS + "V1__init.sql", MIGRATIONS + "V1__first.sql");

        repo.git("commit", "-m", "rename");

        assertThat(mark).exists();
    }

    @Test
    void aConfigurationChangedSinceInstallStartsJavaWhichReportsItOutOfDate() throws Exception {
        Path mark = installCountingJavaStarts();
        repo.write("pom.xml", "<project><!-- moved the locations --></project>\n"); // in the work tree only
        repo.write("README.md", "hello\n");
        repo.ok("add", "README.md");

        GitRepo.Run commit = repo.git("commit", "-m", "readme");

        assertThat(mark).exists();
        assertThat(commit.exitCode()).isNotZero();
        assertThat(commit.output()).contains(HookMain.OUT_OF_DATE);
    }

    @Test
    void aConfigurationFileCreatedSinceInstallStartsJava() throws Exception {
        Path mark = installCountingJavaStarts();
        repo.write(".migration-guard.yml", "failOn: warning\n");
        repo.write("README.md", "hello\n");
        repo.ok("add", "README.md");

        GitRepo.Run commit = repo.git("commit", "-m", "readme");

        assertThat(mark).exists();
        assertThat(commit.output()).contains(HookMain.OUT_OF_DATE);
    }

    @Test
    void reinstallIsIdempotentAndKeepsTheUsersHook() throws Exception {
        Files.createDirectories(hookFile().getParent());
        Files.writeString(hookFile(), "#!/bin/bash\necho user-hook-ran\n");
        install(repo.root);
        String once = Files.readString(hookFile());
        install(repo.root);
        String twice = Files.readString(hookFile());

        assertThat(twice).isEqualTo(once);
        assertThat(twice).startsWith("#!/bin/bash\n# >>> migration-guard >>>").contains("echo user-hook-ran\n");
        assertThat(twice.split(HookBlock.START, -1)).hasSize(2);
        repo.write(MIGRATIONS + "V2__good.sql", GOOD.replace("accounts", "good"));
        repo.ok("add", "-A");
        GitRepo.Run commit = repo.git("commit", "-m", "good");
        assertThat(commit.exitCode()).as(commit.output()).isZero();
        assertThat(commit.output()).contains("user-hook-ran");
    }

    @Test
    void newHookFileGetsAShebangAndNoSecret() throws Exception {
        MigrationGuardConfig config = MigrationGuardConfig.builder(repo.root).dbUrl("jdbc:postgresql://db/app")
                .dbUser("app").dbPassword("s3cr3t-pw").build();
        install(config);

        String hook = Files.readString(hookFile());
        assertThat(hook).startsWith("#!/bin/sh\n" + HookBlock.START).endsWith(HookBlock.END + "\n");
        assertThat(Files.isExecutable(hookFile())).isTrue();
        Path state = repo.root.resolve(".git/migration-guard");
        for (Path f : List.of(hookFile(), state.resolve(HookState.STATE_FILE), state.resolve(HookState.CONFIG_FILE))) {
            assertThat(Files.readString(f, StandardCharsets.UTF_8)).doesNotContain("s3cr3t-pw")
                    .doesNotContain("jdbc:postgresql");
        }
    }

    @Test
    void honoursCoreHooksPath() throws Exception {
        repo.ok("config", "core.hooksPath", ".githooks");
        install(repo.root);

        assertThat(repo.root.resolve(".githooks/pre-commit")).exists();
        assertThat(hookFile()).doesNotExist();
        repo.write(MIGRATIONS + "V2__drop.sql", BAD);
        repo.ok("add", "-A");
        GitRepo.Run commit = repo.git("commit", "-m", "drop");
        assertThat(commit.exitCode()).isNotZero();
        assertThat(commit.output()).contains("error[ban-drop-table]");
    }

    @Test
    void worksInALinkedWorktree() throws Exception {
        Path linked = tmp.resolve("linked");
        repo.ok("worktree", "add", "-q", "-b", "feature", linked.toString());
        assertThat(install(linked).ok()).isTrue();
        assertThat(hookFile()).exists(); // the common dir's hooks, shared by all worktrees

        Files.writeString(linked.resolve(MIGRATIONS + "V2__drop.sql"), BAD);
        repo.gitIn(linked, "add", "-A");
        GitRepo.Run commit = repo.gitIn(linked, "commit", "-m", "drop");

        assertThat(commit.exitCode()).isNotZero();
        assertThat(commit.output()).contains("V2__drop.sql:1:1: error[ban-drop-table]");
    }

    @Test
    void uninstallRemovesOnlyTheBlock() throws Exception {
        Files.createDirectories(hookFile().getParent());
        Files.writeString(hookFile(), "#!/bin/sh\necho user-hook-ran\n");
        install(repo.root);

        HookInstaller.Outcome out = HookInstaller.uninstall(repo.root);

        assertThat(out.ok()).isTrue();
        assertThat(Files.readString(hookFile())).isEqualTo("#!/bin/sh\necho user-hook-ran\n");
        assertThat(repo.root.resolve(".git/migration-guard")).doesNotExist();
        repo.write(MIGRATIONS + "V2__drop.sql", BAD);
        repo.ok("add", "-A");
        assertThat(repo.git("commit", "-m", "drop").exitCode()).isZero();
    }

    @Test
    void uninstallDeletesAHookItCreated() throws Exception {
        install(repo.root);

        HookInstaller.uninstall(repo.root);

        assertThat(hookFile()).doesNotExist();
    }

    @Test
    void hookManagerModeRecordsRunScriptOnlyAndTheSharedEntryPointUsesIt() throws Exception {
        MigrationGuardConfig config = MigrationGuardConfig.defaults(repo.root);
        HookInstaller.Outcome out = HookInstaller.install(new HookInstaller.Request(config, testClasspath(),
                List.of(repo.root.resolve("pom.xml")), HookInstaller.currentJava(), false));
        assertThat(out.ok()).isTrue();
        assertThat(hookFile()).doesNotExist();
        Path entry = Path.of(System.getProperty("migrationguard.projectRoot"), "hooks/bin/migration-guard-hook");
        repo.write(MIGRATIONS + "V2__drop.sql", BAD);
        repo.ok("add", "-A");

        Process p = new ProcessBuilder("sh", entry.toString()).directory(repo.root.toFile())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(output).contains("V2__drop.sql:1:1: error[ban-drop-table]");
        repo.ok("reset", "-q", MIGRATIONS + "V2__drop.sql");
        Process clean = new ProcessBuilder("sh", entry.toString()).directory(repo.root.toFile()).start();
        clean.getInputStream().readAllBytes();
        assertThat(clean.waitFor()).isZero();
    }

    @Test
    void hookRunsOnAnUnsignedCopyOfJGit() throws Exception {
        install(repo.root);

        String recorded = Files.readString(repo.root.resolve(".git/migration-guard/hook.properties"));
        Path lib = repo.root.resolve(".git/migration-guard/lib");
        Path copy = lib.resolve(HookClasspathTest.jgitJar().getFileName());
        assertThat(copy).isRegularFile();
        assertThat(HookClasspath.isSigned(copy)).isFalse();
        assertThat(Files.readString(hookFile())).contains(copy.toString())
                .doesNotContain(HookClasspathTest.jgitJar().toString());
        assertThat(recorded).contains(copy.getFileName().toString());
        repo.write(MIGRATIONS + "V2__drop.sql", BAD);
        repo.ok("add", "-A");
        assertThat(repo.git("commit", "-m", "drop").output()).contains("error[ban-drop-table]");
    }

    /**
     * Installs the hook as the plugin does (jars only: an archive cannot be made with class directories on the
     * classpath) with {@code java}, makes its start-up archive, and stages a migration the hook refuses; the state
     * directory.
     */
    private Path installWithStartUpArchive(Path java) throws Exception {
        MigrationGuardConfig config = MigrationGuardConfig.defaults(repo.root);
        assertThat(HookInstaller.install(new HookInstaller.Request(config, TestJars.classpathAsJars(tmp.resolve("jars")),
                List.of(repo.root.resolve("pom.xml")), java)).ok()).isTrue();
        HookInstaller.Outcome archive = HookInstaller.createCdsArchive(repo.root, java);
        assertThat(archive.ok()).as(archive.message()).isTrue();
        repo.write(MIGRATIONS + "V2__drop.sql", BAD);
        repo.ok("add", "-A");
        return repo.root.resolve(".git/migration-guard");
    }

    /** Runs the installed hook's {@code java} with {@code archiveOptions}, logging where each class comes from. */
    private GitRepo.Run runLoggingClassLoads(Path java, Path state, String... archiveOptions) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(java.toString()));
        command.addAll(HookInstaller.JVM_OPTIONS);
        command.addAll(List.of(archiveOptions));
        command.addAll(List.of("-Xlog:class+load=info", "-cp",
                String.join(File.pathSeparator, HookState.read(state).classpath()), HookMain.class.getName(),
                "--state", state.toString()));
        Process p = new ProcessBuilder(command).directory(repo.root.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new GitRepo.Run(p.waitFor(), output);
    }

    @Test
    void classDataSharingArchiveHoldsTheEngineAndJGitClasses() throws Exception {
        Assumptions.assumeTrue(HookInstaller.javaRelease(HookInstaller.currentJava()) < HookInstaller.AOT_RELEASE,
                "this Java makes an ahead-of-time cache instead (see aheadOfTimeCache...)");
        Path state = installWithStartUpArchive(HookInstaller.currentJava());
        assertThat(state.resolve(HookInstaller.CDS_ARCHIVE)).isRegularFile();

        GitRepo.Run run = runLoggingClassLoads(HookInstaller.currentJava(), state, "-Xshare:auto",
                "-XX:SharedArchiveFile=" + state.resolve(HookInstaller.CDS_ARCHIVE));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("error[ban-drop-table]")
                .contains("dev.migrationguard.lint.Linter source: shared objects file")
                .contains("org.eclipse.jgit.storage.file.FileRepositoryBuilder source: shared objects file")
                .doesNotContain("java.lang.ProcessImpl ");
        HookInstaller.uninstall(repo.root);
        assertThat(state).doesNotExist();
    }

    @Test
    void aheadOfTimeCacheOfAJava25HoldsTheEngineAndJGitClassesAndTheHookUsesIt() throws Exception {
        Optional<Path> java = Jdks.launcherOfRelease(HookInstaller.AOT_RELEASE);
        Assumptions.assumeTrue(java.isPresent(), "no Java " + HookInstaller.AOT_RELEASE + " or later on this machine");
        Path state = installWithStartUpArchive(java.get());
        assertThat(state.resolve(HookInstaller.AOT_CACHE)).isRegularFile();
        assertThat(state.resolve(HookInstaller.CDS_ARCHIVE)).doesNotExist();
        assertThat(Files.readString(hookFile())).contains("-XX:AOTCache=\"$mg_state/hook.aot\"");

        GitRepo.Run run = runLoggingClassLoads(java.get(), state,
                "-XX:AOTCache=" + state.resolve(HookInstaller.AOT_CACHE));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("error[ban-drop-table]")
                .contains("dev.migrationguard.lint.Linter source: shared objects file")
                .contains("org.eclipse.jgit.storage.file.FileRepositoryBuilder source: shared objects file");
        GitRepo.Run commit = repo.git("commit", "-m", "drop");
        assertThat(commit.exitCode()).isNotZero();
        assertThat(commit.output()).contains("V2__drop.sql:1:1: error[ban-drop-table]");

        // installed again with an older Java and no archive: the cache of Java 25 goes, the older Java never sees
        // its option
        assertThat(install(repo.root).ok()).isTrue();
        assertThat(state.resolve(HookInstaller.AOT_CACHE)).doesNotExist();
        HookInstaller.uninstall(repo.root);
        assertThat(state).doesNotExist();
    }

    @Test
    void theJavaReleaseIsReadFromTheReleaseFileOfItsHome() throws Exception {
        Path home = tmp.resolve("jdk");
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"25.0.1\"\n");
        assertThat(HookInstaller.javaRelease(home.resolve("bin/java"))).isEqualTo(25);
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        assertThat(HookInstaller.javaRelease(home.resolve("bin/java"))).isEqualTo(17);
        Files.delete(home.resolve("release"));
        assertThat(HookInstaller.javaRelease(home.resolve("bin/java"))).isZero();
        assertThat(HookInstaller.javaRelease(Path.of("java"))).isZero();
        assertThat(HookInstaller.javaRelease(HookInstaller.currentJava()))
                .isEqualTo(Runtime.version().feature());
    }

    @Test
    void outsideARepositoryIsAMessageNotAnException() {
        HookInstaller.Outcome out = install(tmp.resolve("elsewhere"));

        assertThat(out.ok()).isFalse();
        assertThat(out.message()).contains("is not inside a Git work tree");
    }

    @Test
    void stagedLiquibaseXmlChangelogIsLintedAsTheSqlItRuns() throws Exception {
        String changelogs = "src/main/resources/db/changelog/";
        repo.write(changelogs + "master.xml", """
                <databaseChangeLog>
                  <includeAll path="changes/" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """);
        repo.write(changelogs + "changes/001-users.xml", """
                <databaseChangeLog>
                  <changeSet id="1" author="alice">
                    <createTable tableName="users"><column name="email" type="text"/></createTable>
                  </changeSet>
                </databaseChangeLog>
                """);
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "changelogs");
        install(MigrationGuardConfig.builder(repo.root).locations(List.of(changelogs)).build());
        repo.write(changelogs + "changes/002-index.xml", """
                <databaseChangeLog>
                  <changeSet id="2" author="alice">
                    <createIndex tableName="users" indexName="users_email">
                      <column name="email"/>
                    </createIndex>
                  </changeSet>
                </databaseChangeLog>
                """);
        repo.ok("add", "-A");

        GitRepo.Run commit = repo.git("commit", "-m", "index");

        assertThat(commit.exitCode()).as(commit.output()).isNotZero();
        assertThat(commit.output())
                .contains(changelogs + "changes/002-index.xml:3:1: error[require-concurrent-index-creation]")
                .doesNotContain("001-users.xml:");
    }
}
