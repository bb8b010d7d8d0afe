package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.naming.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook's own reading of the index and of {@code HEAD} ({@link IndexEntries}, {@link TreeListings}) gives the
 * findings that a reading through JGit's {@link DirCache} and {@link TreeWalk} gives, linted by the plain
 * {@link Linter}, for the changes a commit makes to a location of a few hundred migrations: a new migration, an edited
 * one, a renamed one, a deleted one, a down added, a duplicate version staged, files of another naming scheme taking
 * the location over. A feature branch is compared with {@code main}, so the history checks take part.
 */
class HookReadingEquivalenceTest {

    private static final String P = "src/main/resources/db/migration/";
    private static final int N = 300;

    @TempDir
    Path tmp;

    GitRepo repo;

    @BeforeEach
    void mainWithMigrationsAndAFeatureBranch() throws Exception {
        repo = new GitRepo(tmp.resolve("repo"));
        repo.write("pom.xml", "<project/>\n");
        for (int i = 1; i <= N; i++) {
            repo.write(P + "V" + i + "__t" + i + ".sql", "CREATE TABLE t" + i + " (id bigint PRIMARY KEY);\n");
        }
        repo.age();
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "main");
        repo.ok("checkout", "-q", "-b", "feature");
        repo.write(P + "V" + (N + 1) + "__feature.sql", "CREATE TABLE feature (id bigint PRIMARY KEY);\n");
        repo.age();
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "feature");
    }

    @Test
    void newMigration() throws Exception {
        repo.write(P + "V" + (N + 2) + "__more.sql", "ALTER TABLE t1 ADD COLUMN c text;\nDROP TABLE t2;\n");
        repo.ok("add", "-A");
        assertSameFindings(1);
    }

    @Test
    void editedMergedMigration() throws Exception {
        repo.write(P + "V7__t7.sql", "CREATE TABLE t7 (id int PRIMARY KEY);\n");
        repo.ok("add", "-A");
        assertSameFindings(1);
    }

    @Test
    void renamedAndDeletedMigrations() throws Exception {
        repo.ok("mv", P + "V8__t8.sql", P + "V8__renamed.sql");
        repo.ok("rm", "-q", P + "V9__t9.sql");
        repo.ok("mv", P + "V10__t10.sql", P + "V" + (N + 3) + "__moved_up.sql");
        assertSameFindings(1);
    }

    @Test
    void downAdded() throws Exception {
        // the location now uses downs: the new migration without one is a finding
        repo.write(P + "U" + (N + 1) + "__feature.sql", "DROP TABLE feature;\n");
        repo.write(P + "V" + (N + 2) + "__no_down.sql", "CREATE TABLE no_down (id bigint PRIMARY KEY);\n");
        repo.ok("add", "-A");
        assertSameFindings(1);
    }

    @Test
    void duplicateVersionStaged() throws Exception {
        repo.write(P + "V5__again.sql", "CREATE TABLE again (id bigint PRIMARY KEY);\n");
        repo.write(P + "V" + (N + 1) + "__twice.sql", "CREATE TABLE twice (id bigint PRIMARY KEY);\n");
        repo.ok("add", "-A");
        assertSameFindings(1);
    }

    @Test
    void anotherSchemeTakesTheLocationOver() throws Exception {
        // more golang-migrate names than Flyway ones: the vote changes, and every Flyway name becomes a finding
        for (int i = 1; i <= N + 5; i++) {
            repo.write(P + (1000 + i) + "_g" + i + ".up.sql", "CREATE TABLE g" + i + " (id bigint PRIMARY KEY);\n");
            repo.write(P + (1000 + i) + "_g" + i + ".down.sql", "DROP TABLE g" + i + ";\n");
        }
        repo.write(P + "2000_no_down.up.sql", "CREATE TABLE no_down (id bigint PRIMARY KEY);\n");
        repo.write(P + "V" + (N + 2) + "__flyway_name.sql", "CREATE TABLE f (id bigint PRIMARY KEY);\n");
        repo.ok("add", "-A");
        assertSameFindings(1);
    }

    @Test
    void nothingStagedUnderTheLocation() throws Exception {
        repo.write("README.md", "docs\n");
        repo.ok("add", "-A");
        try (Repository r = GitLocations.open(repo.root)) {
            MigrationGuardConfig config = MigrationGuardConfig.defaults(repo.root);
            StagedSources.Staged staged = StagedSources.read(r, config);
            assertThat(staged.changed()).isEmpty();
            assertThat(staged.deleted()).isEmpty();
            assertThat(staged.files()).hasSize(N + 1);
            assertThat(GitLint.lintStaged(r, config, staged, TreeListings.inMemory(r))).isEmpty();
        }
    }

    @Test
    void aCommitOutsideTheLocationIsToldFromTheCachedTreeIds() throws Exception {
        repo.write("src/main/java/App.java", "class App {}\n");
        repo.ok("add", "-A");
        MigrationGuardConfig config = MigrationGuardConfig.defaults(repo.root);
        try (Repository r = GitLocations.open(repo.root)) {
            IndexEntries.Snapshot index = IndexEntries.Snapshot.of(r);
            assertThat(StagedSources.untouched(r, config, index)).isTrue();
            StagedSources.Staged staged = StagedSources.read(r, config, TreeListings.inMemory(r), index);
            assertThat(staged.changed()).isEmpty();
            assertThat(staged.deleted()).isEmpty();
        }
    }

    @Test
    void anIntentToAddUnderTheLocationIsReadEntry() throws Exception {
        repo.write(P + "V" + (N + 2) + "__later.sql", "CREATE TABLE later (id bigint PRIMARY KEY);\n");
        repo.ok("add", "-N", P + "V" + (N + 2) + "__later.sql");
        repo.ok("write-tree");
        MigrationGuardConfig config = MigrationGuardConfig.defaults(repo.root);
        try (Repository r = GitLocations.open(repo.root)) {
            IndexEntries.Snapshot index = IndexEntries.Snapshot.of(r);
            assertThat(StagedSources.untouched(r, config, index)).isFalse();
            assertThat(StagedSources.read(r, config, TreeListings.inMemory(r), index).changed()).isNotEmpty();
        }
    }

    private void assertSameFindings(int atLeast) throws Exception {
        MigrationGuardConfig config = MigrationGuardConfig.defaults(repo.root);
        try (Repository r = GitLocations.open(repo.root)) {
            assertThat(StagedSources.untouched(r, config, IndexEntries.Snapshot.of(r)))
                    .as("a commit that changes the location is read entry by entry").isFalse();
            TreeListings listings = TreeListings.inMemory(r);
            StagedSources.Staged staged = StagedSources.read(r, config, listings);
            Reference reference = reference(r);
            assertThat(staged.changed()).isEqualTo(reference.changed);
            assertThat(staged.deleted()).isEqualTo(reference.deleted);
            assertThat(staged.files()).extracting(SourceFile::displayPath)
                    .isEqualTo(reference.files.stream().map(SourceFile::displayPath).toList());

            Optional<LintResult> hook = GitLint.lintStaged(r, config, staged, listings);
            GitBase git = GitBase.of(r, config, TreeListings.inMemory(r));
            GitBase.BaseRef base = git.resolveDefault().orElseThrow();
            LintResult expected = new Linter(config).withBase(git.revision(base)).lint(reference.files,
                    f -> reference.changed.contains(f.displayPath()) || reference.deleted.contains(f.displayPath()),
                    List.of());

            assertThat(hook).isPresent();
            assertThat(describe(hook.get())).isEqualTo(describe(expected)).hasSizeGreaterThanOrEqualTo(atLeast);
        }
    }

    private static List<String> describe(LintResult result) {
        List<String> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            out.add(f.file() + ":" + f.line() + ":" + f.column() + " " + f.severity() + " " + f.rule() + " "
                    + f.message() + " | " + f.help());
        }
        return out;
    }

    /** The staged files and their state, read with JGit's index and tree walks. */
    private record Reference(List<SourceFile> files, Set<String> changed, Set<String> deleted) {
    }

    private static Reference reference(Repository r) throws Exception {
        String location = P.substring(0, P.length() - 1);
        Map<String, ObjectId> head = new HashMap<>();
        try (RevWalk rw = new RevWalk(r); TreeWalk walk = new TreeWalk(r)) {
            walk.addTree(rw.parseCommit(r.resolve("HEAD")).getTree());
            walk.setRecursive(true);
            walk.setFilter(PathFilter.create(location));
            while (walk.next()) {
                head.put(walk.getPathString(), walk.getObjectId(0));
            }
        }
        List<SourceFile> files = new ArrayList<>();
        Set<String> changed = new HashSet<>();
        Set<String> staged = new HashSet<>();
        for (DirCacheEntry e : DirCache.read(r).getEntriesWithin(location)) {
            if (e.getStage() != 0 || !(FileMode.REGULAR_FILE.equals(e.getFileMode())
                    || FileMode.EXECUTABLE_FILE.equals(e.getFileMode()))) {
                continue;
            }
            String path = e.getPathString();
            staged.add(path);
            ObjectId id = e.getObjectId();
            if (!id.equals(head.get(path))) {
                changed.add(path);
            }
            byte[] bytes = r.open(id).getBytes();
            files.add(new SourceFile(path, location, path.substring(P.length()), () -> bytes.clone()));
        }
        files.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        Set<String> deleted = new HashSet<>(head.keySet());
        deleted.removeAll(staged);
        return new Reference(files, changed, deleted);
    }
}
