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

    private static StagedSources.Staged read(GitRepo repo, String location) throws Exception {
        MigrationGuardConfig config = MigrationGuardConfig.builder(repo.root).locations(List.of(location)).build();
        try (Repository r = GitLocations.open(repo.root, false)) {
            return StagedSources.read(r, config);
        }
    }
}
