package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db:status and db:validate summaries: out-of-order counted apart, columns aligned, one success line. */
class StatusSummaryTest {

    @TempDir
    Path project;

    private static StatusEntry entry(MigrationState state, String version, String description, boolean applied) {
        return new StatusEntry(state, version, description, "V" + version + "__x.sql",
                applied ? LocalDateTime.of(2026, 11, 21, 5, 12, 26) : null, applied ? 11 : null, null, null);
    }

    @Test
    void columnsStayAlignedWithFourteenAndEighteenDigitVersions() {
        StatusReport report = new StatusReport("localhost:5432/app", "migration_guard_history", List.of(
                entry(MigrationState.APPLIED, "1", "create users", true),
                entry(MigrationState.APPLIED, "20240101120000", "add email", true),
                entry(MigrationState.BELOW_BASELINE, "202401011200000001", "add nickname", false),
                entry(MigrationState.PENDING, "202401011200000002", "index email", false)), List.of());

        List<String> lines = report.toText().lines().toList();

        int descriptionColumn = lines.get(0).indexOf("DESCRIPTION");
        assertThat(lines.get(1).indexOf("create users")).isEqualTo(descriptionColumn);
        assertThat(lines.get(2).indexOf("add email")).isEqualTo(descriptionColumn);
        assertThat(lines.get(3).indexOf("add nickname")).isEqualTo(descriptionColumn);
        assertThat(lines.get(4).indexOf("index email")).isEqualTo(descriptionColumn);
        int versionColumn = lines.get(0).indexOf("VERSION");
        assertThat(lines.get(3).indexOf("202401011200000001")).isEqualTo(versionColumn);
        assertThat(lines.get(1).indexOf("2026-11-21 05:12:26")).isEqualTo(lines.get(2).indexOf("2026-11-21 05:12:26"))
                .isEqualTo(lines.get(0).indexOf("INSTALLED ON"));
        assertThat(lines.get(3)).startsWith("below-baseline ");
    }

    @Test
    void theSummaryCountsOutOfOrderApartFromPending() {
        StatusReport report = new StatusReport("localhost:5432/app", "migration_guard_history", List.of(
                entry(MigrationState.APPLIED, "1", "a", true),
                entry(MigrationState.OUT_OF_ORDER, "2", "b", false),
                entry(MigrationState.APPLIED, "3", "c", true),
                entry(MigrationState.PENDING, "4", "d", false),
                entry(MigrationState.PENDING, "5", "e", false)), List.of());

        assertThat(report.summary()).isEqualTo("5 migration(s) in migration_guard_history on localhost:5432/app: "
                + "2 applied, 2 pending, 1 out-of-order, 0 failed, 0 changed, 0 missing");
    }

    @Test
    void validatePrintsOneLineOnSuccessAndStatusCountsAnOutOfOrderFile() throws Exception {
        try (RunnerTestSupport t = new RunnerTestSupport(project)) {
            t.file("V1__a.sql", "CREATE TABLE a (id int);\n").file("V3__c.sql", "CREATE TABLE c (id int);\n");
            assertThat(t.runner().migrate(RunOptions.defaults()).ok()).isTrue();
            t.file("V2__b.sql", "CREATE TABLE b (id int);\n").file("V4__d.sql", "CREATE TABLE d (id int);\n");
            t.lines.clear();

            RunResult ok = t.runner(t.config().outOfOrder(true).build()).validate();

            assertThat(ok.ok()).isTrue();
            assertThat(t.lines).singleElement().asString()
                    .startsWith("validated 4 migration(s) in " + t.db.schema() + ".migration_guard_history on ")
                    .endsWith(": no problem (2 applied, 1 pending, 1 out-of-order, 0 failed, 0 changed, 0 missing)");
            assertThat(t.runner().status().summary())
                    .endsWith("2 applied, 1 pending, 1 out-of-order, 0 failed, 0 changed, 0 missing");

            t.lines.clear();
            RunResult refused = t.runner().validate();
            assertThat(refused.ok()).isFalse();
            assertThat(refused.problems()).singleElement().asString().contains("V2__b.sql", "below the highest");
            assertThat(t.lines).isEmpty();
        }
    }
}
