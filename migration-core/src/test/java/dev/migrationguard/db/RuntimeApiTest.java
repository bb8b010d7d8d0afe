package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class RuntimeApiTest {

    @TempDir
    Path project;

    @Test
    void requireUpToDateListsTheMissingVersionsAndPassesOnceApplied() throws Exception {
        try (RunnerTestSupport t = new RunnerTestSupport(project)) {
            t.file("V1__a.sql", "CREATE TABLE a (id int);\n").file("V2__b.sql", "CREATE TABLE b (id int);\n");
            t.runner().migrate(RunOptions.defaults().withTarget(dev.migrationguard.naming.MigrationVersion.parse("1")));
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(t.db.url());
            var config = t.config().build();

            var e = catchThrowableOfType(MigrationGuard.MigrationsMissingException.class,
                    () -> MigrationGuard.requireUpToDate(ds, config));
            assertThat(e.versions()).containsExactly("2");
            assertThat(e.getMessage()).contains("lacks 1 migration", "2", "db:migrate");

            t.runner().migrate(RunOptions.defaults());
            MigrationGuard.requireUpToDate(ds, config);
        }
    }
}
