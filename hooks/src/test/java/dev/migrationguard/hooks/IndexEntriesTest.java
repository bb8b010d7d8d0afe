package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheTree;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook's own reading of the index gives JGit's entries (path, mode, stage, blob id, order) on indexes that git
 * wrote in each of its formats, and leaves to JGit the ones it does not read entirely.
 */
class IndexEntriesTest {

    private static final List<String> PREFIXES = List.of("", "db/migration", "db", "none", "db/migration/2024");

    @TempDir
    Path tmp;

    private GitRepo repoWithFiles() throws Exception {
        GitRepo repo = new GitRepo(tmp.resolve("repo"));
        repo.write("pom.xml", "<project/>\n");
        for (int i = 1; i <= 40; i++) {
            repo.write("db/migration/V" + i + "__t" + i + ".sql", "CREATE TABLE t" + i + " (id int);\n");
        }
        repo.write("db/migration/2024/V100__ünïcödé_naïve.sql", "SELECT 1;\n");
        repo.write("db/migration/" + "d".repeat(120) + "/" + "V101__" + "long".repeat(50) + ".sql", "SELECT 2;\n");
        repo.write("db/migration-other/V1__x.sql", "SELECT 3;\n");
        repo.write("db/migrationz.sql", "SELECT 4;\n");
        Path script = repo.write("db/migration/run.sh", "#!/bin/sh\n");
        script.toFile().setExecutable(true);
        repo.age();
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "init");
        return repo;
    }

    private static void assertSameAsJGit(GitRepo repo, boolean readByItself) throws Exception {
        try (Repository r = GitLocations.open(repo.root)) {
            byte[] raw = Files.readAllBytes(r.getIndexFile().toPath());
            List<List<IndexEntries.Entry>> own = IndexEntries.parse(raw, PREFIXES);
            if (!readByItself) {
                assertThat(own).as("left to JGit").isNull();
                own = IndexEntries.read(r, PREFIXES);
            } else {
                assertThat(own).as("read by itself").isNotNull();
            }
            List<List<IndexEntries.Entry>> jgit = IndexEntries.withJGit(r, PREFIXES);
            assertThat(describe(own)).isEqualTo(describe(jgit));
            assertThat(describe(own).get(0)).isNotEmpty();
        }
    }

    private static List<List<String>> describe(List<List<IndexEntries.Entry>> entries) {
        List<List<String>> out = new ArrayList<>();
        for (List<IndexEntries.Entry> here : entries) {
            List<String> lines = new ArrayList<>();
            for (IndexEntries.Entry e : here) {
                lines.add(e.path + " " + Integer.toOctalString(e.mode) + " " + e.stage + " " + e.id.name());
            }
            out.add(lines);
        }
        return out;
    }

    @Test
    void version2WithTheTreeExtension() throws Exception {
        GitRepo repo = repoWithFiles();
        repo.ok("update-index", "--index-version", "2");
        repo.ok("write-tree");
        repo.write("db/migration/V41__new.sql", "SELECT 41;\n");
        repo.ok("add", "-A");
        assertSameAsJGit(repo, true);
    }

    @Test
    void version3WithAnIntentToAdd() throws Exception {
        GitRepo repo = repoWithFiles();
        repo.write("db/migration/V42__later.sql", "SELECT 42;\n");
        repo.ok("add", "-N", "db/migration/V42__later.sql");
        assertSameAsJGit(repo, true);
    }

    @Test
    void version4WithPathsSharingPrefixes() throws Exception {
        GitRepo repo = repoWithFiles();
        repo.ok("update-index", "--index-version", "4");
        repo.ok("rm", "-q", "--cached", "db/migration/V7__t7.sql");
        repo.write("db/migration/V43__v4.sql", "SELECT 43;\n");
        repo.ok("add", "db/migration/V43__v4.sql");
        assertSameAsJGit(repo, true);
    }

    @Test
    void conflictStagesAndTheUntrackedCache() throws Exception {
        GitRepo repo = repoWithFiles();
        repo.ok("checkout", "-q", "-b", "side");
        repo.write("db/migration/V1__t1.sql", "CREATE TABLE side (id int);\n");
        repo.ok("commit", "-q", "-am", "side");
        repo.ok("checkout", "-q", "main");
        repo.write("db/migration/V1__t1.sql", "CREATE TABLE main (id int);\n");
        repo.ok("commit", "-q", "-am", "main");
        repo.git("merge", "-q", "side"); // conflicts: stages 1, 2 and 3 of V1__t1.sql
        repo.ok("update-index", "--untracked-cache");
        repo.ok("status", "--porcelain");
        assertSameAsJGit(repo, true);
    }

    @Test
    void aSplitIndexIsLeftToJGit() throws Exception {
        GitRepo repo = repoWithFiles();
        repo.ok("update-index", "--split-index");
        repo.write("db/migration/V44__split.sql", "SELECT 44;\n");
        repo.ok("add", "-A");
        try (Repository r = GitLocations.open(repo.root)) {
            byte[] raw = Files.readAllBytes(r.getIndexFile().toPath());
            assertThat(IndexEntries.parse(raw, PREFIXES)).isNull();
        }
    }

    @Test
    void bytesCutShortAreLeftToJGit() throws Exception {
        GitRepo repo = repoWithFiles();
        try (Repository r = GitLocations.open(repo.root)) {
            byte[] raw = Files.readAllBytes(r.getIndexFile().toPath());
            for (int cut : new int[] {0, 11, 100, raw.length / 2, raw.length - 21}) {
                byte[] shorter = java.util.Arrays.copyOf(raw, cut);
                assertThat(IndexEntries.parse(shorter, PREFIXES)).as("cut at %d", cut).isNull();
            }
        }
    }

    @Test
    void cachedTreeIdsAreJGitsValidOnes() throws Exception {
        GitRepo repo = repoWithFiles();
        repo.write("src/Other.java", "class Other {}\n");
        repo.ok("add", "-A"); // src/ and the root are out of date now, db/ and below are not
        for (String version : new String[] {"2", "4"}) {
            repo.ok("update-index", "--index-version", version);
            try (Repository r = GitLocations.open(repo.root)) {
                IndexEntries.Snapshot snapshot = IndexEntries.Snapshot.of(r);
                DirCacheTree root = DirCache.read(r).getCacheTree(false);
                assertThat(root).isNotNull();
                int checked = compare(snapshot, root, "");
                assertThat(checked).isGreaterThan(3);
                assertThat(tree(snapshot, "")).as("root out of date").isNull();
                assertThat(tree(snapshot, "src")).as("src out of date").isNull();
                assertThat(tree(snapshot, "db/migration")).isNotNull();
                assertThat(tree(snapshot, "nowhere")).isNull();
            }
        }
    }

    private static org.eclipse.jgit.lib.ObjectId tree(IndexEntries.Snapshot snapshot, String prefix) {
        return snapshot.cachedTree(List.of(prefix), prefix);
    }

    @Test
    void entriesAfterTheCachedTreesAreThoseOfOnePass() throws Exception {
        GitRepo repo = repoWithFiles();
        try (Repository r = GitLocations.open(repo.root)) {
            IndexEntries.Snapshot snapshot = IndexEntries.Snapshot.of(r);
            assertThat(snapshot.cachedTree(PREFIXES, "db/migration")).isNotNull();
            assertThat(describe(snapshot.entries(PREFIXES))).isEqualTo(describe(IndexEntries.withJGit(r, PREFIXES)));
        }
    }

    /** Compares the snapshot's cached id of every directory of JGit's cache tree; returns how many were valid. */
    private static int compare(IndexEntries.Snapshot snapshot, DirCacheTree tree, String path) {
        int valid = 0;
        if (tree.isValid()) {
            assertThat(tree(snapshot, path)).as(path).isEqualTo(tree.getObjectId());
            valid++;
        } else {
            assertThat(tree(snapshot, path)).as(path).isNull();
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            DirCacheTree child = tree.getChild(i);
            valid += compare(snapshot, child, path.isEmpty() ? child.getNameString()
                    : path + "/" + child.getNameString());
        }
        return valid;
    }

    @Test
    void anIntentToAddBelowADirectoryTakesItsCachedIdAway() throws Exception {
        GitRepo repo = repoWithFiles();
        repo.ok("write-tree");
        try (Repository r = GitLocations.open(repo.root)) {
            assertThat(tree(IndexEntries.Snapshot.of(r), "db/migration")).isNotNull();
        }
        repo.write("db/migration/V50__later.sql", "SELECT 50;\n");
        repo.ok("add", "-N", "db/migration/V50__later.sql");
        repo.ok("write-tree");
        try (Repository r = GitLocations.open(repo.root)) {
            assertThat(tree(IndexEntries.Snapshot.of(r), "db/migration")).isNull();
        }
    }

    @Test
    void noIndexYetIsNoEntry() throws Exception {
        GitRepo repo = new GitRepo(tmp.resolve("empty"));
        try (Repository r = GitLocations.open(repo.root)) {
            assertThat(IndexEntries.read(r, PREFIXES)).allSatisfy(l -> assertThat(l).isEmpty());
        }
    }
}
