package dev.migrationguard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.ConfigProblem;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.ServerCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerConfigAssemblerTest {

    @TempDir
    Path dir;

    private static RunnerParameters connection(String url, String user, String password, ServerCredentials server) {
        return new RunnerParameters(url, user, password, server, null, null, null, null, null, null, null, null, null, null);
    }

    private ConfigAssembler.Assembled assemble(RunnerParameters r) {
        return ConfigAssembler.assemble(dir, MojoParameters.none(), r);
    }

    @Test
    void noRunnerParametersGiveTheEngineDefaults() {
        MigrationGuardConfig c = assemble(RunnerParameters.none()).config();

        assertThat(c.dbUrl()).isNull();
        assertThat(c.dbUser()).isNull();
        assertThat(c.dbPassword()).isNull();
        assertThat(c.dbServer()).isNull();
        assertThat(c.historySchema()).isNull();
        assertThat(c.historyTable()).isEqualTo("migration_guard_history");
        assertThat(c.lockWaitSeconds()).isEqualTo(60);
        assertThat(c.lockTimeout()).isNull();
        assertThat(c.outOfOrder()).isFalse();
        assertThat(c.allowMixed()).isFalse();
        assertThat(c.allowDataLoss()).isFalse();
        assertThat(c.backup()).isFalse();
    }

    @Test
    void theFileSetsTheConnectionAndParametersOverrideIt() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"), """
                url: jdbc:postgresql://db.internal:5432/app
                user: app
                schema: app_schema
                table: app_history
                lockWaitSeconds: 10
                lockTimeout: 3s
                mixed: true
                """);

        MigrationGuardConfig fromFile = assemble(RunnerParameters.none()).config();
        assertThat(fromFile.dbUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/app");
        assertThat(fromFile.dbUser()).isEqualTo("app");
        assertThat(fromFile.historySchema()).isEqualTo("app_schema");
        assertThat(fromFile.historyTable()).isEqualTo("app_history");
        assertThat(fromFile.lockWaitSeconds()).isEqualTo(10);
        assertThat(fromFile.lockTimeout()).isEqualTo("3s");
        assertThat(fromFile.allowMixed()).isTrue();

        ConfigAssembler.Assembled a = assemble(new RunnerParameters("jdbc:postgresql://localhost:5433/dev", "dev",
                "pw", null, "dev_schema", "dev_history", true, false, true, true, "5s", "1min", "0", true));
        assertThat(a.problems()).isEmpty();
        MigrationGuardConfig c = a.config();
        assertThat(c.dbUrl()).isEqualTo("jdbc:postgresql://localhost:5433/dev");
        assertThat(c.dbUser()).isEqualTo("dev");
        assertThat(c.dbPassword()).isEqualTo("pw");
        assertThat(c.historySchema()).isEqualTo("dev_schema");
        assertThat(c.historyTable()).isEqualTo("dev_history");
        assertThat(c.outOfOrder()).isTrue();
        assertThat(c.allowMixed()).isFalse();
        assertThat(c.allowDataLoss()).isTrue();
        assertThat(c.backup()).isTrue();
        assertThat(c.lockTimeout()).isEqualTo("5s");
        assertThat(c.statementTimeout()).isEqualTo("1min");
        assertThat(c.lockWaitSeconds()).isZero();
        assertThat(c.fastCommit()).isTrue();
        assertThat(fromFile.fastCommit()).isFalse();
    }

    @Test
    void theSettingsServerIsHandedToTheEngine() {
        ServerCredentials server = new ServerCredentials("ci-db", "ci", "from-settings");

        MigrationGuardConfig c = assemble(connection("postgres://db.internal/app", null, null, server)).config();

        assertThat(c.dbServer()).isEqualTo(server);
        assertThat(c.dbUser()).isNull();
    }

    @Test
    void badValuesAreProblemsNamingTheParameter() {
        ConfigAssembler.Assembled a = assemble(new RunnerParameters("mysql://root:hunter2@db/app", null, null, null,
                null, null, null, null, null, null, "soon", "5 parsecs", "-1", null));

        assertThat(a.ok()).isFalse();
        assertThat(a.problems()).extracting(ConfigProblem::toString).containsExactly(
                "parameter: db.url: 'mysql://root:****@db/app' is not a PostgreSQL URL; use "
                        + "jdbc:postgresql://host:port/database or postgres://user@host:port/database",
                "parameter: db.lockTimeout: expected a duration such as 5s, 500ms or 2min, found 'soon'",
                "parameter: db.statementTimeout: expected a duration such as 5s, 500ms or 2min, found '5 parsecs'",
                "parameter: db.lockWaitSeconds: expected a whole number of seconds, found '-1'");
    }

    @Test
    void passwordsNeverShowInTheConfigurationOrParameterText() {
        RunnerParameters r = connection("postgres://app:url-secret@db/app", "app", "param-secret",
                new ServerCredentials("ci-db", "app", "server-secret"));

        MigrationGuardConfig c = assemble(r).config();

        assertThat(r.toString()).contains("postgres://app:****@db/app").doesNotContain("secret");
        assertThat(c.toString()).doesNotContain("secret");
    }

    @Test
    void masksEveryKnownPasswordAndPasswordsInUrls() {
        Masker masker = new Masker("param-secret", null, "");

        assertThat(masker.mask("login with param-secret to postgres://u:url-secret@h/db?password=q-secret failed"))
                .isEqualTo("login with **** to postgres://u:****@h/db?password=**** failed");
        assertThat(masker.mask(null)).isNull();
    }
}
