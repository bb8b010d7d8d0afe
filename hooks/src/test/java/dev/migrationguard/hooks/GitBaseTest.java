package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.BaseComparison;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base resolution, the tree reading and db:lint's history checks in real repositories built with JGit. */
class GitBaseTest {

    static final String P = "src/main/resources/db/migration/";
    static final Set<String> HISTORY = Set.of("edited-merged-migration", "deleted-merged-migration",
            "version-below-base", "duplicate-migration-version");

    static final String V1 = "CREATE TABLE users (id bigint PRIMARY KEY);\n";
    static final String V2 = "ALTER TABLE users ADD COLUMN email text;\nALTER TABLE users ADD COLUMN name text;\n";
    static final String V3 = "CREATE TABLE orders (id bigint PRIMARY KEY);\n";

    @TempDir
    Path tmp;

    JGitRepo repo;
    String mainAtFork;

    @BeforeEach
    void mainWithThreeMigrations() throws Exception {
        repo = JGitRepo.init(tmp.resolve("repo"));
        repo.write("pom.xml", "<project/>\n").migration("V1__users.sql", V1).migration("V2__email.sql", V2)
                .migration("V3__orders.sql", V3);
        mainAtFork = repo.commit("V1 to V3");
    }

    @AfterEach
    void close() {
        repo.close();
    }

    MigrationGuardConfig config(String base) {
        return MigrationGuardConfig.builder(repo.root).base(base).build();
    }

    static List<Finding> history(LintResult result) {
        return result.findings().stream().filter(f -> HISTORY.contains(f.rule())).toList();
    }

    /** main gets V4__invoices after the fork; feature edits V2, adds V2_1 and its own V4, deletes V3. */
    void divergedBranches() throws Exception {
        repo.branch("feature");
        repo.migration("V2__email.sql", V2.replace("name text", "full_name text"))
                .migration("V2_1__between.sql", "CREATE TABLE a (id bigint);\n")
                .migration("V4__payments.sql", "CREATE TABLE payments (id bigint);\n")
                .deleteMigration("V3__orders.sql");
        repo.commit("feature work");
        repo.checkout("main");
        repo.migration("V4__invoices.sql", "CREATE TABLE invoices (id bigint);\n");
        repo.commit("V4 on main");
        repo.checkout("feature");
    }

    @Test
    void everyHistoryRuleOnDivergedBranches() throws Exception {
        divergedBranches();

        LintResult result = GitLint.lintWorkingTree(config("main"));

        assertThat(history(result)).extracting(Finding::rule, Finding::file, Finding::line, Finding::severity)
                .containsExactly(
                        tuple("version-below-base", P + "V2_1__between.sql", 0, Severity.ERROR),
                        tuple("edited-merged-migration", P + "V2__email.sql", 2, Severity.ERROR),
                        tuple("deleted-merged-migration", P + "V3__orders.sql", 0, Severity.ERROR),
                        tuple("duplicate-migration-version", P + "V4__payments.sql", 0, Severity.ERROR));
        assertThat(history(result).get(3).message()).isEqualTo("version 4 of V4__payments.sql is already used by"
                + " V4__invoices.sql on main: after the merge only one of them runs");
        assertThat(result.notes()).containsExactly("history checks against main (db.base)");
    }

    @Test
    void changedMigrationsAreRelativeToTheForkPoint() throws Exception {
        divergedBranches();
        repo.migration("V5__uncommitted.sql", "SELECT 1;\n");

        try (GitBase git = GitBase.open(config("main"))) {
            GitBase.BaseRef base = git.resolve("main");
            assertThat(base.forkPoint()).isEqualTo(mainAtFork);
            assertThat(base.commit()).isNotEqualTo(mainAtFork);

            assertThat(git.changedMigrations(base, GitBase.Side.HEAD)).isEqualTo(new BaseComparison.Changes(
                    List.of(P + "V2_1__between.sql", P + "V4__payments.sql"), List.of(P + "V2__email.sql"),
                    List.of(P + "V3__orders.sql")));
            assertThat(git.changedMigrations(base, GitBase.Side.WORKING_TREE).added())
                    .containsExactly(P + "V2_1__between.sql", P + "V4__payments.sql", P + "V5__uncommitted.sql");
            repo.stage();
            assertThat(git.changedMigrations(base, GitBase.Side.INDEX).added()).contains(P + "V5__uncommitted.sql");
        }
    }

    @Test
    void aMigrationTheBaseGotAfterTheForkIsNotADeletionOfTheBranch() throws Exception {
        repo.branch("feature");
        repo.migration("V5__feature.sql", "CREATE TABLE f (id bigint);\n");
        repo.commit("feature");
        repo.checkout("main");
        repo.migration("V4__main.sql", "CREATE TABLE m (id bigint);\n");
        repo.commit("main moves on");
        repo.checkout("feature");

        assertThat(history(GitLint.lintWorkingTree(config("main")))).isEmpty();
    }

    @Test
    void whitespaceOnlyEditIsAWarning() throws Exception {
        repo.branch("feature");
        repo.migration("V2__email.sql", V2.replace("ADD COLUMN email", "ADD COLUMN   email").replace(";\n", ";  \n"));
        repo.commit("reformat");

        assertThat(history(GitLint.lintWorkingTree(config("main"))))
                .extracting(Finding::rule, Finding::line, Finding::severity)
                .containsExactly(tuple("edited-merged-migration", 1, Severity.WARNING));
    }

    @Test
    void crlfOnlyChangeIsAWarning() throws Exception {
        repo.branch("feature");
        repo.migration("V2__email.sql", V2.replace("\n", "\r\n"));
        repo.commit("crlf");

        List<Finding> findings = history(GitLint.lintWorkingTree(config("main")));

        assertThat(findings).extracting(Finding::rule, Finding::line, Finding::severity)
                .containsExactly(tuple("edited-merged-migration", 0, Severity.WARNING));
        assertThat(findings.get(0).message()).contains("line endings or byte order mark only");
    }

    @Test
    void crlfInAWorkingTreeGitWouldNormaliseIsNotAChange() throws Exception {
        repo.config("core", null, "autocrlf", "true");
        repo.migration("V2__email.sql", V2.replace("\n", "\r\n")); // as a Windows checkout has it

        assertThat(history(GitLint.lintWorkingTree(config("main")))).isEmpty();

        repo.config("core", null, "autocrlf", "false");
        assertThat(history(GitLint.lintWorkingTree(config("main")))).extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
    }

    @Test
    void upstreamOfTheCurrentBranchComesFirst() throws Exception {
        repo.branch("feature");
        String pushed = repo.commit("nothing new");
        repo.ref("refs/remotes/origin/feature", pushed).ref("refs/remotes/origin/main", mainAtFork)
                .config("remote", "origin", "url", tmp.resolve("origin").toUri().toString())
                .config("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*")
                .config("branch", "feature", "remote", "origin")
                .config("branch", "feature", "merge", "refs/heads/feature");

        try (GitBase git = GitBase.open(config(null))) {
            GitBase.BaseRef base = git.resolveDefault().orElseThrow();
            assertThat(base.name()).isEqualTo("origin/feature");
            assertThat(base.how()).isEqualTo("the upstream of feature");
            assertThat(git.baseNotes(base)).containsExactly("history checks against origin/feature (the upstream"
                    + " of feature)");
        }
    }

    @Test
    void withoutUpstreamOriginMainThenMain() throws Exception {
        repo.branch("feature");
        try (GitBase git = GitBase.open(config(null))) {
            assertThat(git.resolveDefault().orElseThrow())
                    .extracting(GitBase.BaseRef::name, GitBase.BaseRef::how)
                    .containsExactly("main", "feature has no upstream");
            repo.ref("refs/remotes/origin/main", mainAtFork);
            assertThat(git.resolveDefault().orElseThrow().name()).isEqualTo("origin/main");
        }
    }

    @Test
    void withoutUpstreamTheRemotesDefaultBranchComesFirst() throws Exception {
        repo.branch("feature");
        repo.ref("refs/remotes/origin/master", mainAtFork).ref("refs/remotes/origin/main", mainAtFork);
        RefUpdate head = repo.git.getRepository().updateRef("refs/remotes/origin/HEAD");
        head.link("refs/remotes/origin/master");

        try (GitBase git = GitBase.open(config(null))) {
            GitBase.BaseRef base = git.resolveDefault().orElseThrow();
            assertThat(base.name()).isEqualTo("origin/master");
            assertThat(git.baseNotes(base)).containsExactly("history checks against origin/master (feature has no"
                    + " upstream; the remote's default branch (origin/HEAD))");
        }
    }

    @Test
    void aRepositoryWhoseDefaultBranchIsMasterOrTrunkHasABase() throws Exception {
        repo.git.branchRename().setOldName("main").setNewName("master").call();
        repo.branch("feature");
        try (GitBase git = GitBase.open(config(null))) {
            assertThat(git.resolveDefault().orElseThrow().name()).isEqualTo("master");
        }
        repo.git.branchRename().setOldName("master").setNewName("trunk").call();
        try (GitBase git = GitBase.open(config(null))) {
            assertThat(git.resolveDefault().orElseThrow().name()).isEqualTo("trunk");
        }
    }

    @Test
    void theBranchCommittedToIsNoBaseForItself() throws Exception {
        repo.git.branchRename().setOldName("main").setNewName("master").call();
        try (GitBase git = GitBase.open(config(null))) {
            assertThat(git.resolveDefault()).isEmpty();
        }
    }

    @Test
    void noBaseAtAllIsANoteNotAFailure() throws Exception {
        repo.branch("feature");
        repo.git.branchDelete().setBranchNames("main").setForce(true).call();

        try (GitBase git = GitBase.open(config(null))) {
            assertThat(git.resolveDefault()).isEmpty();
            assertThat(git.noDefaultBaseNote()).isEqualTo("no base branch to compare with (feature has no upstream,"
                    + " and none of origin/HEAD, main, master or trunk exists); the checks for edited, deleted and"
                    + " out-of-order migrations are skipped; set db.base to choose a base");
        }
    }

    @Test
    void unknownBaseIsAClearError() throws Exception {
        assertThatThrownBy(() -> GitLint.lintWorkingTree(config("origin/develop")))
                .isInstanceOf(GitBaseException.class)
                .hasMessage("db.base 'origin/develop' names no branch, tag or commit in " + repo.root.toRealPath()
                        + "; fetch it first (git fetch origin develop) or set db.base (base: in .migration-guard.yml)"
                        + " to a ref that exists, such as origin/main");
        assertThatThrownBy(() -> GitLint.lintWorkingTree(config("no such ref")))
                .isInstanceOf(GitBaseException.class).hasMessageStartingWith("db.base 'no such ref' names no");
    }

    @Test
    void outsideARepositoryIsAClearError() {
        MigrationGuardConfig config = MigrationGuardConfig.builder(tmp.resolve("elsewhere")).base("main").build();
        assertThatThrownBy(() -> GitLint.lintWorkingTree(config)).isInstanceOf(GitBaseException.class)
                .hasMessageContaining("is not inside a Git work tree, so there is no base to compare with");
    }

    @Test
    void tagsAndCommitIdsAreBasesToo() throws Exception {
        repo.git.tag().setName("release-1").setSigned(false).setAnnotated(false).call();
        repo.branch("feature");
        repo.deleteMigration("V1__users.sql");
        assertThat(history(GitLint.lintWorkingTree(config("release-1")))).extracting(Finding::file)
                .containsExactly(P + "V1__users.sql");
        assertThat(history(GitLint.lintWorkingTree(config(mainAtFork)))).extracting(Finding::file)
                .containsExactly(P + "V1__users.sql");
    }
}
