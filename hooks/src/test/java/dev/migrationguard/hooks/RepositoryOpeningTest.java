package dev.migrationguard.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryOpeningTest {

    @TempDir
    Path tmp;

    @Test
    void opensTheRepositoryOfASubdirectoryWithItsIndexOnTheOtherThread() throws Exception {
        try (JGitRepo repo = JGitRepo.init(tmp.resolve("repo"))) {
            repo.migration("V1__a.sql", "SELECT 1;\n").commit("one");
            repo.migration("V2__b.sql", "SELECT 2;\n").stage();
            Path sub = Files.createDirectories(repo.root.resolve("src/main"));
            try (RepositoryOpening opening = RepositoryOpening.start(sub, true)) {
                RepositoryOpening.Opened opened = opening.get();
                assertThat(GitLocations.workTree(opened.repo())).isEqualTo(repo.root.toAbsolutePath().normalize());
                assertThat(opening.repository()).isSameAs(opened.repo());
                List<List<IndexEntries.Entry>> entries =
                        opened.index().entries(List.of("src/main/resources/db/migration"));
                assertThat(entries.get(0)).extracting(e -> e.path).containsExactly(
                        JGitRepo.MIGRATIONS + "V1__a.sql", JGitRepo.MIGRATIONS + "V2__b.sql");
            }
        }
    }

    @Test
    void theIndexIsLeftToTheCallerWhenItReadsIt() throws Exception {
        try (JGitRepo repo = JGitRepo.init(tmp.resolve("repo"))) {
            repo.migration("V1__a.sql", "SELECT 1;\n").commit("one");
            try (RepositoryOpening opening = RepositoryOpening.start(repo.root, false)) {
                assertThat(opening.get().repo()).isNotNull();
                assertThat(opening.get().index()).isNull();
                // what the caller reads instead, with the opening as the repository JGit would need
                IndexEntries.Snapshot own = IndexEntries.Snapshot.read(repo.root.resolve(".git/index"), opening);
                assertThat(own.entries(List.of("")).get(0)).extracting(e -> e.path)
                        .containsExactly(JGitRepo.MIGRATIONS + "V1__a.sql");
            }
        }
    }

    @Test
    void outsideAWorkTreeThereIsNoRepository() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        try (RepositoryOpening opening = RepositoryOpening.start(plain, true)) {
            RepositoryOpening.Opened opened = opening.get();
            assertThat(opened.repo()).isNull();
            assertThat(opened.index()).isNull();
            assertThatThrownBy(opening::repository).isInstanceOf(IOException.class)
                    .hasMessageContaining("not inside a Git work tree");
        }
    }
}
