package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook's cache of the base's tree listings ({@link TreeListings}) never changes what the hook prints: a cache of
 * the same base, a stale one after the base moved, a corrupt one and one written by another build all give the
 * findings of a run without a cache.
 */
class HookCacheTest {

    static final String MIGRATIONS = PreCommitHookTest.MIGRATIONS;
    static final String V1 = "CREATE TABLE users (id bigint PRIMARY KEY);\n";
    static final String V2 = "ALTER TABLE users ADD COLUMN email text;\n";

    @TempDir
    Path tmp;

    GitRepo repo;
    Path state;
    Path cache;

    /** What one hook run printed and returned. */
    record Outcome(int status, String out, String err) {
    }

    @BeforeEach
    void featureBranchOffMain() throws Exception {
        repo = new GitRepo(tmp.resolve("repo"));
        repo.write("pom.xml", "<project/>\n");
        repo.write(MIGRATIONS + "V1__users.sql", V1);
        repo.write(MIGRATIONS + "V2__email.sql", V2);
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "init");
        MigrationGuardConfig config = MigrationGuardConfig.defaults(repo.root);
        HookInstaller.Outcome installed = HookInstaller.install(new HookInstaller.Request(config,
                PreCommitHookTest.testClasspath(), List.of(repo.root.resolve("pom.xml")),
                HookInstaller.currentJava()));
        assertThat(installed.ok()).as(installed.message()).isTrue();
        state = repo.root.resolve(".git/" + GitLocations.STATE_DIR);
        cache = state.resolve(TreeListings.CACHE_FILE);
        repo.ok("checkout", "-q", "-b", "feature");
    }

    Outcome hook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new HookMain(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), repo.root)
                .run(List.of("--state", state.toString()));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Outcome hookWithoutCache() throws IOException {
        Files.deleteIfExists(cache);
        return hook();
    }

    /** An edit of a merged migration (found only by comparing with the base's files) and a new bad migration. */
    void stageAnEditAndADrop() throws Exception {
        repo.write(MIGRATIONS + "V2__email.sql", V2.replace("email text", "email varchar(200)"));
        repo.write(MIGRATIONS + "V3__drop.sql", "DROP TABLE users;\n");
        repo.ok("add", "-A");
    }

    ObjectId tree(String rev) throws Exception {
        return ObjectId.fromString(repo.ok("rev-parse", rev).strip());
    }

    @Test
    void aCacheOfTheSameBaseIsReadAndGivesTheFindingsOfARunWithoutOne() throws Exception {
        stageAnEditAndADrop();
        Outcome first = hookWithoutCache();
        assertThat(first.status()).isEqualTo(1);
        assertThat(first.out())
                .contains(MIGRATIONS + "V2__email.sql:1: error[edited-merged-migration]")
                .contains(MIGRATIONS + "V3__drop.sql:1:1: error[ban-drop-table]");
        assertThat(cache).isRegularFile();
        byte[] written = Files.readAllBytes(cache);

        Outcome cached = hook();

        assertThat(cached).isEqualTo(first);
        assertThat(Files.readAllBytes(cache)).as("a commit against the same base rewrites nothing").isEqualTo(written);
        try (Repository r = GitLocations.open(repo.root)) {
            TreeListings listings = TreeListings.cached(r, cache, HookState.read(state).toolKey());
            assertThat(listings.knows(tree("main:" + MIGRATIONS))).as("the base's listing is read back").isTrue();
        }
    }

    @Test
    void aStaleCacheAfterTheBaseMovedGivesTheFindingsOfARunWithoutOne() throws Exception {
        repo.write(MIGRATIONS + "V3__feature.sql", "CREATE TABLE things (id bigint PRIMARY KEY);\n");
        repo.ok("add", "-A");
        assertThat(hookWithoutCache().status()).isZero();
        ObjectId before = tree("main:" + MIGRATIONS);
        // main moves on in another worktree: it takes version 3 too
        Path other = tmp.resolve("main-worktree");
        repo.ok("worktree", "add", "-q", other.toString(), "main");
        Files.writeString(other.resolve(MIGRATIONS + "V3__main.sql"), "CREATE TABLE others (id bigint);\n");
        repo.gitIn(other, "add", "-A");
        assertThat(repo.gitIn(other, "commit", "-q", "--no-verify", "-m", "V3 on main").exitCode()).isZero();
        ObjectId after = tree("main:" + MIGRATIONS);
        try (Repository r = GitLocations.open(repo.root)) {
            TreeListings listings = TreeListings.cached(r, cache, HookState.read(state).toolKey());
            assertThat(listings.knows(before)).isTrue();
            assertThat(listings.knows(after)).isFalse();
        }

        Outcome stale = hook();

        assertThat(stale.status()).isEqualTo(1);
        assertThat(stale.out()).contains(MIGRATIONS + "V3__feature.sql: error[duplicate-migration-version] version 3"
                + " of V3__feature.sql is already used by V3__main.sql on main");
        try (Repository r = GitLocations.open(repo.root)) {
            TreeListings listings = TreeListings.cached(r, cache, HookState.read(state).toolKey());
            assertThat(listings.knows(after)).as("the cache now holds the moved base").isTrue();
        }
        assertThat(hookWithoutCache()).isEqualTo(stale);
    }

    @Test
    void aCorruptCacheIsIgnored() throws Exception {
        stageAnEditAndADrop();
        Outcome expected = hookWithoutCache();
        byte[] good = Files.readAllBytes(cache);
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x20;
        List<byte[]> corrupt = List.of(flipped, Arrays.copyOf(good, good.length / 2), new byte[0],
                "not a cache\n".getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : corrupt) {
            Files.write(cache, bytes);

            assertThat(hook()).isEqualTo(expected);
            assertThat(Files.readAllBytes(cache)).as("written anew").isEqualTo(good);
        }
    }

    @Test
    void aCacheOfAnotherBuildOrFormatIsIgnored() throws Exception {
        stageAnEditAndADrop();
        Outcome expected = hookWithoutCache();
        String tool = HookState.read(state).toolKey();
        // caches that say the base has no migrations at all: believed, the edit of V2 would go unnoticed
        ObjectId base = tree("main:" + MIGRATIONS);
        for (byte[] lie : List.of(cacheFile(TreeListings.FORMAT, "another build", base),
                cacheFile(TreeListings.FORMAT + 1, tool, base))) {
            Files.write(cache, lie);

            assertThat(hook()).isEqualTo(expected);
        }
        // the same lie from this build and format is believed: the two checks above are what keeps it out
        Files.write(cache, cacheFile(TreeListings.FORMAT, tool, base));
        try (Repository r = GitLocations.open(repo.root); RevWalk rw = new RevWalk(r)) {
            TreeListings listings = TreeListings.cached(r, cache, tool);
            assertThat(listings.under(rw.parseCommit(r.resolve("main")).getTree(), MIGRATIONS.substring(0,
                    MIGRATIONS.length() - 1))).isEmpty();
        }
    }

    @Test
    void listingsMatchTheTreeWalkAndKeepSymbolicLinksApart() throws Exception {
        repo.write(MIGRATIONS + "nested/V3__nested.sql", "SELECT 1;\n");
        Files.createSymbolicLink(repo.root.resolve(MIGRATIONS + "V4__link.sql"), Path.of("V1__users.sql"));
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "--no-verify", "-m", "nested");
        try (Repository r = GitLocations.open(repo.root); RevWalk rw = new RevWalk(r)) {
            var head = rw.parseCommit(r.resolve("HEAD")).getTree();
            List<TreeListings.Entry> entries = TreeListings.inMemory(r).under(head, "src/main/resources/db/migration");
            assertThat(entries).extracting(e -> e.relativePath)
                    .containsExactly("V1__users.sql", "V2__email.sql", "V4__link.sql", "nested/V3__nested.sql");
            assertThat(entries).extracting(TreeListings.Entry::isFile).containsExactly(true, true, false, true);
            assertThat(entries.get(0).id).isEqualTo(tree("HEAD:" + MIGRATIONS + "V1__users.sql"));
            assertThat(TreeListings.inMemory(r).under(head, "no/such/dir")).isEmpty();
            assertThat(TreeListings.inMemory(r).under(head, "pom.xml")).as("a file, not a directory").isEmpty();
        }
    }

    /** A well-formed cache file (right checksum) listing no entry for {@code tree}. */
    static byte[] cacheFile(int format, String tool, ObjectId tree) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x4d47544c);
        out.writeInt(format);
        out.writeUTF(tool);
        out.writeInt(1);
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        tree.copyRawTo(raw, 0);
        out.write(raw);
        out.writeInt(0);
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }
}
