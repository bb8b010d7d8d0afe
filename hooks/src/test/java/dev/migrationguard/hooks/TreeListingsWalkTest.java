package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook's reading of tree objects lists what JGit's recursive tree walk lists, in the same order. */
class TreeListingsWalkTest {

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void sameEntriesAsATreeWalk() throws Exception {
        GitRepo repo = new GitRepo(tmp.resolve("repo"));
        for (int i = 1; i <= 30; i++) {
            repo.write("db/V" + i + "__t" + i + ".sql", "SELECT " + i + ";\n");
        }
        // names around '/' in Git's order: a-b and a.b sort before the directory a, a0 after it
        repo.write("db/a-b.sql", "1\n");
        repo.write("db/a.b.sql", "2\n");
        repo.write("db/a/V1__inner.sql", "3\n");
        repo.write("db/a/deeper/down.sql", "4\n");
        repo.write("db/a0.sql", "5\n");
        repo.write("db/ünïcödé/V2__é.sql", "6\n");
        repo.write("db/run.sh", "#!/bin/sh\n").toFile().setExecutable(true);
        Files.createSymbolicLink(repo.root.resolve("db/link.sql"), repo.root.resolve("db/a0.sql").getFileName());
        repo.ok("add", "-A");
        // a submodule's entry (a gitlink) is listed, not entered
        repo.ok("update-index", "--add", "--cacheinfo", "160000," + "1".repeat(40) + ",db/module");
        repo.ok("commit", "-q", "-m", "init");

        try (Repository r = GitLocations.open(repo.root); RevWalk rw = new RevWalk(r);
             ObjectReader reader = r.newObjectReader()) {
            ObjectId tree = rw.parseCommit(r.resolve("HEAD")).getTree();
            ObjectId db;
            try (TreeWalk forPath = TreeWalk.forPath(r, "db", tree)) {
                db = forPath.getObjectId(0);
            }
            List<String> expected = new ArrayList<>();
            try (TreeWalk walk = new TreeWalk(r)) {
                walk.addTree(db);
                walk.setRecursive(true);
                while (walk.next()) {
                    expected.add(walk.getPathString() + " " + Integer.toOctalString(walk.getRawMode(0)) + " "
                            + walk.getObjectId(0).name());
                }
            }
            List<TreeListings.Entry> entries = new ArrayList<>();
            TreeListings.walk(reader, db, new byte[0], entries);
            List<String> actual = new ArrayList<>();
            for (TreeListings.Entry e : entries) {
                actual.add(e.relativePath + " " + Integer.toOctalString(e.mode) + " " + e.id.name());
            }
            assertThat(actual).isEqualTo(expected);
            assertThat(actual).anyMatch(line -> line.startsWith("module 160000"))
                    .anyMatch(line -> line.startsWith("link.sql 120000"))
                    .anyMatch(line -> line.startsWith("ünïcödé/V2__é.sql 100644"))
                    .anyMatch(line -> line.startsWith("run.sh 100755"));
        }
    }
}
