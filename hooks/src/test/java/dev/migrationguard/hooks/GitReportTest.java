package dev.migrationguard.hooks;

import static dev.migrationguard.hooks.JGitRepo.MIGRATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.report.ChangeKind;
import dev.migrationguard.report.MigrationEntry;
import dev.migrationguard.report.ReportInput;
import dev.migrationguard.report.ReportModel;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pull-request report's view of a branch: changes since the fork point, by path, as the lint names files. */
class GitReportTest {

    @TempDir
    Path dir;

    private JGitRepo repo;

    @BeforeEach
    void mainWithTwoPairs() throws Exception {
        repo = JGitRepo.init(dir.resolve("repo"))
                .migration("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n")
                .migration("U1__users.sql", "DROP TABLE users;\n")
                .migration("V2__email.sql", "ALTER TABLE users ADD COLUMN email text;\n")
                .migration("U2__email.sql", "ALTER TABLE users DROP COLUMN email;\n");
        repo.commit("V1, V2");
        repo.branch("feature");
    }

    @AfterEach
    void close() {
        repo.close();
    }

    private MigrationGuardConfig config(String base) {
        return MigrationGuardConfig.builder(repo.root).base(base).build();
    }

    @Test
    void aChangedDownFileMarksItsMigrationChanged() throws Exception {
        repo.migration("U2__email.sql", "ALTER TABLE users DROP COLUMN IF EXISTS email;\n").commit("U2 safer");

        ReportInput input = GitReport.branch(config("main"), GitBase.Side.HEAD);

        assertThat(input.base()).isEqualTo("main");
        assertThat(input.changes()).containsExactly(Map.entry(MIGRATIONS + "U2__email.sql", ChangeKind.CHANGED));
        assertThat(ReportModel.of(input).shown()).extracting(MigrationEntry::path, MigrationEntry::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MIGRATIONS + "V2__email.sql",
                        ChangeKind.CHANGED));
        // the change paths are the lint's file names: the down the change names is the one the lint read
        assertThat(ReportModel.of(input).shown().get(0).down().script().path())
                .isEqualTo(MIGRATIONS + "U2__email.sql");
    }

    @Test
    void onlyTheEditsBothSidesMadeGetTheWarning() throws Exception {
        repo.migration("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n")
                .commit("V1 on the branch");
        repo.checkout("main")
                .migration("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, nick text);\n")
                .migration("V2__email.sql", "ALTER TABLE users ADD COLUMN email varchar(200);\n")
                .commit("V1 and V2 on main");
        repo.checkout("feature");

        ReportInput input = GitReport.branch(config("main"), GitBase.Side.HEAD);

        assertThat(input.changes()).containsOnlyKeys(MIGRATIONS + "V1__users.sql");
        assertThat(input.editedOnBase()).containsExactly(MIGRATIONS + "V1__users.sql");
    }

    @Test
    void theIndexIsNotASideOfAReport() {
        assertThatThrownBy(() -> GitReport.branch(config("main"), GitBase.Side.INDEX))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
