package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.ConfigFile;
import dev.migrationguard.config.ConfigProblem;
import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigKeysTest {

    @Test
    void runnerKeysAreReadFromTheFile() {
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("."));
        List<ConfigProblem> problems = ConfigFile.apply(".migration-guard.yml", """
                url: jdbc:postgresql://localhost:5432/app
                user: app
                schema: billing
                table: schema_log
                lockWaitSeconds: 5
                mixed: true
                outOfOrder: yes
                fastCommit: true
                emptyDown: error
                """, b, Set.of());
        assertThat(problems).isEmpty();
        MigrationGuardConfig c = b.build();
        assertThat(c.dbUrl()).isEqualTo("jdbc:postgresql://localhost:5432/app");
        assertThat(c.dbUser()).isEqualTo("app");
        assertThat(c.historySchema()).isEqualTo("billing");
        assertThat(c.historyTable()).isEqualTo("schema_log");
        assertThat(c.lockWaitSeconds()).isEqualTo(5);
        assertThat(c.allowMixed()).isTrue();
        assertThat(c.outOfOrder()).isTrue();
        assertThat(c.fastCommit()).isTrue();
        assertThat(MigrationGuardConfig.builder(Path.of(".")).build().fastCommit()).isFalse();
        assertThat(c.emptyDown()).isEqualTo(dev.migrationguard.config.EmptyDown.ERROR);
        assertThat(ConfigFile.apply(".migration-guard.yml", "emptyDown: maybe\n", MigrationGuardConfig.builder(
                Path.of(".")), Set.of())).singleElement().asString().contains("emptyDown", "expected noop or error");
    }

    @Test
    void passwordInTheFileIsRefusedAndNotRepeated() {
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("."));
        List<ConfigProblem> problems = ConfigFile.apply(".migration-guard.yml", "password: hunter2\nlockWaitSeconds: soon\n",
                b, Set.of());
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).toString()).contains("password", "db.password").doesNotContain("hunter2");
        assertThat(problems.get(1).toString()).contains("lockWaitSeconds", "whole number");
        assertThat(b.build().dbPassword()).isNull();
        assertThat(b.dbPassword("hunter2").build().toString()).doesNotContain("hunter2");
    }
}
