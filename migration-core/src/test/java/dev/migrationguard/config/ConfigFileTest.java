package dev.migrationguard.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.lint.BuiltInRules;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.DownPolicy;
import dev.migrationguard.naming.NamingScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    private static List<ConfigProblem> apply(String yaml, MigrationGuardConfig.Builder b) {
        return ConfigFile.apply(".migration-guard.yml", yaml, b, BuiltInRules.ids());
    }

    @Test
    void everyKeyIsApplied() {
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("/p"));
        List<ConfigProblem> problems = apply("""
                locations:
                  - db/migrations
                  - db/seeds
                naming: golang-migrate
                requireDown: always
                pgVersion: 13
                placeholders:
                  tenant: acme
                rules:
                  ban-drop-column: warning
                  require-concurrent-index-creation: off
                lintDown: true
                failOn: warning
                format: sarif
                docsBaseUrl: https://wiki.example.com/guard/rules
                transactionMode: none
                lockTimeout: 5s
                """, b);
        assertThat(problems).isEmpty();
        MigrationGuardConfig c = b.build();
        assertThat(c.locations()).containsExactly("db/migrations", "db/seeds");
        assertThat(c.namingScheme()).isEqualTo(NamingScheme.GOLANG_MIGRATE);
        assertThat(c.requireDown()).isEqualTo(DownPolicy.ALWAYS);
        assertThat(c.pgVersion()).isEqualTo(13);
        assertThat(c.placeholders()).containsEntry("tenant", "acme");
        assertThat(c.rules().get("ban-drop-column").severity()).isEqualTo(Severity.WARNING);
        assertThat(c.rules().get("require-concurrent-index-creation").isOff()).isTrue();
        assertThat(c.lintDown()).isTrue();
        assertThat(c.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(c.format()).isEqualTo("sarif");
        assertThat(c.docsBaseUrl()).isEqualTo("https://wiki.example.com/guard/rules/");
        assertThat(c.transactionMode()).isEqualTo(TransactionMode.NONE);
        assertThat(c.lockTimeout()).isEqualTo("5s");
    }

    @Test
    void driftIgnoreIsReadAndABadPatternNamesLineAndKinds() {
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("/p"));
        assertThat(apply("drift:\n  ignore:\n    - index:*_tmp\n    - audit_*\n", b)).isEmpty();
        assertThat(b.build().drift().ignore()).containsExactly("index:*_tmp", "audit_*");

        MigrationGuardConfig.Builder bad = MigrationGuardConfig.builder(Path.of("/p"));
        List<ConfigProblem> problems = apply("drift:\n  ignore:\n    - idx:*_tmp\n  ignored: x\n", bad);
        assertThat(problems).extracting(ConfigProblem::toString).containsExactly(
                ".migration-guard.yml:3: drift.ignore: drift.ignore entry 'idx:*_tmp': unknown object kind 'idx'; "
                        + "use one of table, view, materialized-view, sequence, foreign-table, column, constraint, "
                        + "index, function, procedure, type, trigger, extension, comment, e.g. index:*_tmp",
                ".migration-guard.yml:4: drift.ignored: unknown key; drift knows ignore");
        assertThat(bad.build().drift().ignore()).isEmpty();
    }

    @Test
    void aliasBombIsRefusedAsInvalidYaml() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("/p"));

        List<ConfigProblem> problems = apply(yaml.toString(), b);

        assertThat(problems).singleElement().asString().contains("not valid YAML", "aliases");
    }

    @Test
    void docsBaseUrlMustBeAnAbsoluteWebAddress() {
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("/p"));
        List<ConfigProblem> problems = apply("docsBaseUrl: docs/rules/\n", b);
        assertThat(problems).extracting(ConfigProblem::toString).containsExactly(".migration-guard.yml:1: docsBaseUrl: "
                + "expected an absolute http(s) URL such as https://example.com/migration-guard/docs/rules/, found "
                + "'docs/rules/'");
        assertThat(b.build().docsBaseUrl()).isNull();
    }

    @Test
    void unknownKeysAndBadValuesNameKeyAndLineAndTheRestStillApplies() {
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("/p"));
        List<ConfigProblem> problems = apply("""
                pgVersion: 99
                locaitons: db
                rules:
                  ban-drop-colum: off
                  ban-drop-table: fatal
                failOn: warning
                """, b);
        assertThat(problems).extracting(ConfigProblem::line, ConfigProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "pgVersion"),
                org.assertj.core.groups.Tuple.tuple(2, "locaitons"),
                org.assertj.core.groups.Tuple.tuple(4, "rules.ban-drop-colum"),
                org.assertj.core.groups.Tuple.tuple(5, "rules.ban-drop-table"));
        assertThat(problems.get(1).toString())
                .isEqualTo(".migration-guard.yml:2: locaitons: unknown key; known keys are "
                        + String.join(", ", ConfigFile.KEYS));
        assertThat(b.build().failOn()).isEqualTo(FailOn.WARNING);
    }

    @Test
    void baseNamesAGitRef() {
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("/p"));
        assertThat(apply("base: origin/main\n", b)).isEmpty();
        assertThat(b.build().base()).isEqualTo("origin/main");
        assertThat(MigrationGuardConfig.defaults(Path.of("/p")).base()).isNull();
    }

    @Test
    void baseThatCannotBeARefIsAProblemWithItsLine() {
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("/p"));
        List<ConfigProblem> problems = apply("failOn: error\nbase: --all\n", b);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString())
                .isEqualTo(".migration-guard.yml:2: base: expected a Git ref such as origin/main, found '--all'");
        assertThat(b.build().base()).isNull();
    }

    @Test
    void brokenYamlIsOneProblemWithItsLine() {
        List<ConfigProblem> problems = apply("rules:\n  a: [\n", MigrationGuardConfig.builder(Path.of("/p")));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).key()).isEqualTo("(yaml)");
        assertThat(problems.get(0).line()).isGreaterThan(0);
    }

    @Test
    void emptyFileKeepsDefaults() {
        MigrationGuardConfig.Builder b = MigrationGuardConfig.builder(Path.of("/p"));
        assertThat(apply("", b)).isEmpty();
        assertThat(b.build().locations()).containsExactly(MigrationGuardConfig.DEFAULT_LOCATION);
        assertThat(b.build().pgVersion()).isEqualTo(16);
    }

    @Test
    void foundByWalkingUp(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(".migration-guard.yml"), "pgVersion: 14\n");
        Path nested = Files.createDirectories(dir.resolve("a/b/c"));
        assertThat(ConfigFile.find(nested)).contains(file);
    }
}
