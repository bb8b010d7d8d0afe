package dev.migrationguard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.ConfigProblem;
import dev.migrationguard.db.RunOptions;
import dev.migrationguard.naming.MigrationVersion;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunOptionsParametersTest {

    private static final Path PROJECT = Path.of("/work/project");

    @Test
    void nothingGivenIsTheEngineDefault() {
        RunOptionsParameters.Checked c = RunOptionsParameters.none().check(PROJECT);

        assertThat(c.ok()).isTrue();
        assertThat(c.options()).isEqualTo(RunOptions.defaults());
    }

    @Test
    void goodValuesBecomeOptions() {
        RunOptionsParameters.Checked c = new RunOptionsParameters("2.1", "3", true, "target/migrate.sql", "5",
                "Flyway").check(PROJECT);

        assertThat(c.problems()).isEmpty();
        RunOptions o = c.options();
        assertThat(o.target()).isEqualTo(MigrationVersion.parse("2.1"));
        assertThat(o.steps()).isEqualTo(3);
        assertThat(o.dryRun()).isTrue();
        assertThat(o.output()).isEqualTo(PROJECT.resolve("target/migrate.sql"));
        assertThat(o.baselineVersion()).isEqualTo("5");
        assertThat(o.importFrom()).isEqualTo("flyway");
    }

    @Test
    void badValuesAreAllReportedWithTheCorrectForm() {
        RunOptionsParameters.Checked c = new RunOptionsParameters("v3", "0", false, "out.sql", "latest", "liquibase")
                .check(PROJECT);

        assertThat(c.ok()).isFalse();
        assertThat(c.options()).isNull();
        assertThat(c.problems()).extracting(ConfigProblem::toString).containsExactly(
                "parameter: db.target: 'v3' is not a version; use the version of a migration, e.g. -Ddb.target=3 "
                        + "or -Ddb.target=2.1",
                "parameter: db.steps: expected a whole number of migrations of at least 1, found '0'",
                "parameter: db.output: only a dry run writes SQL to a file; add -Ddb.dryRun=true or remove db.output",
                "parameter: db.baselineVersion: 'latest' is not a version; use the version the database already "
                        + "has, e.g. -Ddb.baselineVersion=5",
                "parameter: db.importFrom: unknown source 'liquibase'; use flyway");
    }
}
