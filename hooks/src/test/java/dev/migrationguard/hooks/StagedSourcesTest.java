package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedSourcesTest {

    @TempDir
    Path tmp;

    @Test
    void deletedFilesAreThoseOfHeadUnderTheLocationsThatTheIndexNoLongerHas() throws Exception {
        GitRepo repo = new GitRepo(tmp.resolve("repo"));
        repo.write("db/m/V1__a.sql", "SELECT 1;\n");
        repo.write("db/m/V2__b.sql", "SELECT 2;\n");
        repo.write("other/x.sql", "SELECT 3;\n");
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "init");
        repo.ok("rm", "-q", "db/m/V2__b.sql", "other/x.sql");

        StagedSources.Staged staged = read(repo, "db/m");

        assertThat(staged.deleted()).containsExactly("db/m/V2__b.sql");
        assertThat(staged.changed()).isEmpty();
    }

    @Test
    void pathsWhoseByteOrderIsNotTheirCharacterOrderAreComparedWithHeadAllTheSame() throws Exception {
        // Git orders "a\uE000" (UTF-8 EE 80 80) before "a😀" (F0 9F 98 80); Java's String order puts the emoji's
        // surrogates (D83D) before U+E000: HEAD's listing and the index come in an order the strings do not have
        GitRepo repo = new GitRepo(tmp.resolve("repo"));
        repo.write("db/m/V1__a\uE000.sql", "SELECT 1;\n");
        repo.write("db/m/V1__a\uD83D\uDE00.sql", "SELECT 2;\n");
        repo.write("db/m/V2__b.sql", "SELECT 3;\n");
        repo.write("db/m/V3__c.sql", "SELECT 4;\n");
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "init");
        repo.write("db/m/V1__a\uE000.sql", "SELECT 11;\n");
        repo.write("db/m/V4__d.sql", "SELECT 5;\n");
        repo.ok("rm", "-q", "db/m/V2__b.sql");
        repo.ok("add", "-A");

        StagedSources.Staged staged = read(repo, "db/m");

        assertThat(staged.changed()).containsExactlyInAnyOrder("db/m/V1__a\uE000.sql", "db/m/V4__d.sql");
        assertThat(staged.deleted()).containsExactly("db/m/V2__b.sql");
        assertThat(staged.files()).extracting(f -> f.relativePath()).containsExactly("V1__a\uD83D\uDE00.sql",
                "V1__a\uE000.sql", "V3__c.sql", "V4__d.sql");
    }

    @Test
    void aFileWhereTheLocationDirectoryNowIsIsNotADeletedMigration() throws Exception {
        GitRepo repo = new GitRepo(tmp.resolve("repo"));
        repo.write("db/m", "not a directory yet\n");
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "init");
        repo.ok("rm", "-q", "db/m");
        Files.createDirectories(repo.root.resolve("db/m"));
        repo.write("db/m/V1__a.sql", "SELECT 1;\n");
        repo.ok("add", "-A");

        StagedSources.Staged staged = read(repo, "db/m");

        assertThat(staged.deleted()).isEmpty();
        assertThat(staged.changed()).containsExactly("db/m/V1__a.sql");
    }

    @Test
    void nestedLocationsTellEachPathOnceAndFindTheDeletionsOfBoth() throws Exception {
        GitRepo repo = new GitRepo(tmp.resolve("repo"));
        repo.write("db/V1__a.sql", "SELECT 1;\n");
        repo.write("db/m/V2__b.sql", "SELECT 2;\n");
        repo.write("db/m/V3__c.sql", "SELECT 3;\n");
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "init");

        // nothing deleted: HEAD's paths under db/m are also under db, and counted once
        repo.write("db/m/V3__c.sql", "SELECT 33;\n");
        repo.ok("add", "-A");
        StagedSources.Staged edited = read(repo, "db", "db/m");
        assertThat(edited.deleted()).isEmpty();
        assertThat(edited.changed()).containsExactly("db/m/V3__c.sql");
        assertThat(edited.files()).hasSize(3);

        repo.ok("rm", "-q", "db/m/V2__b.sql", "db/V1__a.sql");
        StagedSources.Staged deleted = read(repo, "db", "db/m");
        assertThat(deleted.deleted()).containsExactlyInAnyOrder("db/m/V2__b.sql", "db/V1__a.sql");
        assertThat(deleted.changed()).containsExactly("db/m/V3__c.sql");
    }

    @Test
    void twoLocationsEachCompareWithTheirOwnHeadFiles() throws Exception {
        GitRepo repo = new GitRepo(tmp.resolve("repo"));
        repo.write("a/V1__x.sql", "SELECT 1;\n");
        repo.write("b/V1__x.sql", "SELECT 1;\n");
        repo.ok("add", "-A");
        repo.ok("commit", "-q", "-m", "init");
        repo.write("b/V1__x.sql", "SELECT 2;\n");
        repo.write("a/V2__y.sql", "SELECT 3;\n");
        repo.ok("add", "-A");

        StagedSources.Staged staged = read(repo, "a", "b");

        assertThat(staged.changed()).containsExactlyInAnyOrder("b/V1__x.sql", "a/V2__y.sql");
        assertThat(staged.deleted()).isEmpty();
    }

    private static StagedSources.Staged read(GitRepo repo, String... locations) throws Exception {
        MigrationGuardConfig config = MigrationGuardConfig.builder(repo.root).locations(List.of(locations)).build();
        try (Repository r = GitLocations.open(repo.root)) {
            return StagedSources.read(r, config);
        }
    }
}
