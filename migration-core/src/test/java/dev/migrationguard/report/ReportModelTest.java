package dev.migrationguard.report;

import static dev.migrationguard.report.Project.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Risk;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportModelTest {

    @TempDir
    Path dir;

    /** One migration of each reversibility: undone, no down, marked irreversible, down that forgets, repeatable. */
    private LintResult fiveMigrations() {
        return new Project(dir)
                .file("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n")
                .file("U1__users.sql", "DROP TABLE users;\n")
                .file("V2__drop_email.sql", "ALTER TABLE users DROP COLUMN email;\n")
                .file("V3__purge.sql", "DELETE FROM users WHERE id < 0;\n")
                .file("U3__purge.sql", "-- migration-guard:irreversible the deleted rows are gone\n")
                .file("V4__nickname.sql", "ALTER TABLE users ADD COLUMN nickname text;\n")
                .file("U4__nickname.sql", "SELECT 1;\n")
                .file("R__views.sql", "CREATE OR REPLACE VIEW people AS SELECT id FROM users;\n")
                .lint();
    }

    private static MigrationEntry entry(ReportModel model, String name) {
        return model.entries().stream().filter(e -> e.path().equals(path(name))).findFirst().orElseThrow();
    }

    @Test
    void reversibilityComesFromThePairTheMarkerAndTheDownFindings() {
        ReportModel model = ReportModel.of(ReportInput.of(fiveMigrations()));

        assertThat(model.entries()).extracting(MigrationEntry::path).containsExactly(path("V1__users.sql"),
                path("V2__drop_email.sql"), path("V3__purge.sql"), path("V4__nickname.sql"), path("R__views.sql"));
        assertThat(entry(model, "V1__users.sql").reversible()).isEqualTo(
                new Reversibility(Reversibility.Status.YES, ""));
        assertThat(entry(model, "V2__drop_email.sql").reversible()).isEqualTo(
                new Reversibility(Reversibility.Status.NO, "no down migration"));
        assertThat(entry(model, "V3__purge.sql").reversible()).isEqualTo(
                new Reversibility(Reversibility.Status.IRREVERSIBLE, "the deleted rows are gone"));
        Reversibility forgets = entry(model, "V4__nickname.sql").reversible();
        assertThat(forgets.status()).isEqualTo(Reversibility.Status.NO);
        assertThat(forgets.reason()).contains("nickname");
        assertThat(entry(model, "R__views.sql").reversible().describe()).isEqualTo("n/a: repeatable migration");
    }

    @Test
    void rowsCarryRiskLockFindingsAndTheirDownScript() {
        ReportModel model = ReportModel.of(ReportInput.of(fiveMigrations()));

        MigrationEntry drop = entry(model, "V2__drop_email.sql");
        assertThat(drop.risk()).isEqualTo(Risk.HIGH);
        assertThat(drop.lock()).hasToString("ACCESS EXCLUSIVE on users");
        assertThat(drop.findings()).extracting(Finding::rule).contains("ban-drop-column");
        MigrationEntry users = entry(model, "V1__users.sql");
        assertThat(users.downPath()).isEqualTo(path("U1__users.sql"));
        assertThat(users.scripts()).hasSize(2);
        assertThat(users.risk()).isEqualTo(Risk.LOW);
        // a finding on the down file belongs to its migration's row
        assertThat(entry(model, "V4__nickname.sql").findings()).extracting(Finding::file)
                .contains(path("U4__nickname.sql"));
        assertThat(model.shown()).isEqualTo(model.entries());
        assertThat(model.findingsNotShown()).isZero();
    }

    @Test
    void aBaseNarrowsTheRowsToTheChangeAndAddsDeletedFiles() {
        LintResult lint = fiveMigrations();
        ReportInput input = ReportInput.of(lint).withChanges("origin/main", Map.of(
                        path("V4__nickname.sql"), ChangeKind.ADDED,
                        path("U4__nickname.sql"), ChangeKind.ADDED,
                        path("U3__purge.sql"), ChangeKind.CHANGED,
                        path("V9__gone.sql"), ChangeKind.DELETED))
                .withEditedOnBase(Set.of(path("V1__users.sql")));
        ReportModel model = ReportModel.of(input);

        assertThat(model.shown()).extracting(MigrationEntry::path).containsExactly(path("V1__users.sql"),
                path("V3__purge.sql"), path("V4__nickname.sql"), path("V9__gone.sql"));
        assertThat(model.shown()).extracting(MigrationEntry::change)
                .containsExactly(null, ChangeKind.CHANGED, ChangeKind.ADDED, ChangeKind.DELETED);
        assertThat(entry(model, "V1__users.sql").editedOnBase()).isTrue();
        MigrationEntry gone = entry(model, "V9__gone.sql");
        assertThat(gone.migration()).isNull();
        assertThat(gone.reversible().describe()).isEqualTo("n/a: deleted");
        int notShown = 0;
        for (Finding f : lint.findings()) {
            if (f.file().equals(path("V2__drop_email.sql")) || f.file().equals(path("R__views.sql"))) {
                notShown++;
            }
        }
        assertThat(notShown).isPositive();
        assertThat(model.findingsNotShown()).isEqualTo(notShown);
        assertThat(model.changes(ChangeKind.ADDED)).isEqualTo(1);
    }

    @Test
    void aChangelogGetsOneRowPerChangesetWithItsOwnScriptsAndFindings() {
        LintResult lint = new Project(dir).file("changelog.sql", """
                --liquibase formatted sql

                --changeset alice:1
                CREATE TABLE users (id bigint PRIMARY KEY, email text);
                --rollback DROP TABLE users;

                --changeset alice:2
                ALTER TABLE users DROP COLUMN email;
                --rollback ALTER TABLE users ADD COLUMN email text;

                --changeset alice:3
                CREATE INDEX users_id ON users (id);
                """).lint();
        ReportModel model = ReportModel.of(ReportInput.of(lint));

        assertThat(model.entries()).extracting(MigrationEntry::label)
                .containsExactly("1.1 alice:1", "1.2 alice:2", "1.3 alice:3");
        assertThat(model.entries()).extracting(MigrationEntry::unit).containsExactly("alice:1", "alice:2", "alice:3");
        String markdown = new MarkdownRenderer().render(ReportInput.of(lint));
        assertThat(markdown).contains("changeset `alice:2`");
        assertThat(new JsonRenderer().render(ReportInput.of(lint))).contains("\"changeset\":\"alice:2\"");
        assertThat(model.entries().get(0).findings()).extracting(Finding::rule).doesNotContain("ban-drop-column");
        assertThat(model.entries().get(1).findings()).extracting(Finding::rule).contains("ban-drop-column");
        assertThat(model.entries().get(1).up().script().statements()).hasSize(1);
        assertThat(model.entries().get(1).risk()).isEqualTo(Risk.HIGH);
        // the missing rollback of alice:3 sits on its --changeset line, in its row
        assertThat(model.entries().get(2).findings()).extracting(Finding::rule)
                .contains("missing-down-migration", "require-concurrent-index-creation");
        assertThat(model.entries().get(2).reversible().status()).isEqualTo(Reversibility.Status.NO);

        // compared with a base, the changelog's changesets with findings are the rows shown
        ReportModel changed = ReportModel.of(ReportInput.of(lint).withChanges("main",
                Map.of(path("changelog.sql"), ChangeKind.CHANGED)));
        assertThat(changed.shown()).extracting(MigrationEntry::label).containsExactly("1.2 alice:2", "1.3 alice:3");
    }
}
