package dev.migrationguard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.ConfigProblem;
import dev.migrationguard.config.EmptyDown;
import dev.migrationguard.config.FailOn;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.RuleSetting;
import dev.migrationguard.lint.Severity;
import dev.migrationguard.naming.NamingScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigAssemblerTest {

    @TempDir
    Path dir;

    private static MojoParameters params(List<String> locations, String failOn, String format, String pgVersion,
                                         Boolean lintDown, String naming, Path configFile) {
        return new MojoParameters(locations, failOn, format, pgVersion, lintDown, naming, configFile, null);
    }

    private ConfigAssembler.Assembled assemble(MojoParameters p) {
        return ConfigAssembler.assemble(dir, p);
    }

    @Test
    void noFileAndNoParametersGiveTheEngineDefaults() {
        ConfigAssembler.Assembled a = assemble(MojoParameters.none());

        assertThat(a.problems()).isEmpty();
        assertThat(a.configFile()).isNull();
        MigrationGuardConfig c = a.config();
        assertThat(c.locations()).containsExactly("src/main/resources/db/migration");
        assertThat(c.failOn()).isEqualTo(FailOn.ERROR);
        assertThat(c.format()).isEqualTo("text");
        assertThat(c.pgVersion()).isEqualTo(16);
        assertThat(c.lintDown()).isFalse();
        assertThat(c.namingScheme()).isNull();
        assertThat(c.projectDir()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void emptyDownComesFromTheFileAndTheParameterOverridesIt() throws Exception {
        assertThat(assemble(MojoParameters.none()).config().emptyDown()).isEqualTo(EmptyDown.NOOP);
        Files.writeString(dir.resolve(".migration-guard.yml"), "emptyDown: error\n");
        assertThat(assemble(MojoParameters.none()).config().emptyDown()).isEqualTo(EmptyDown.ERROR);
        assertThat(assemble(MojoParameters.none().withEmptyDown("noop")).config().emptyDown())
                .isEqualTo(EmptyDown.NOOP);

        ConfigAssembler.Assembled bad = assemble(MojoParameters.none().withEmptyDown("ignore"));
        assertThat(bad.problems()).singleElement().asString().contains("db.emptyDown", "expected noop or error",
                "'ignore'");
    }

    @Test
    void fileIsFoundInAParentDirectoryAndApplied() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"),
                "failOn: warning\npgVersion: 14\nrules:\n  ban-drop-column: warning\n");
        Path module = Files.createDirectories(dir.resolve("service"));

        ConfigAssembler.Assembled a = ConfigAssembler.assemble(module, MojoParameters.none());

        assertThat(a.problems()).isEmpty();
        assertThat(a.configFile()).isEqualTo(dir.resolve(".migration-guard.yml").toAbsolutePath());
        assertThat(a.config().failOn()).isEqualTo(FailOn.WARNING);
        assertThat(a.config().pgVersion()).isEqualTo(14);
        assertThat(a.config().rules()).containsEntry("ban-drop-column", new RuleSetting(Severity.WARNING));
        assertThat(a.config().projectDir()).isEqualTo(module.toAbsolutePath().normalize());
    }

    @Test
    void parametersOverrideTheFile() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"),
                "failOn: warning\npgVersion: 14\nformat: json\nlintDown: true\nnaming: golang-migrate\n"
                        + "locations:\n  - db/a\n");

        ConfigAssembler.Assembled a = assemble(
                params(List.of("db/b, db/c"), "never", "TEXT", "15.4", false, "flyway", null));

        assertThat(a.problems()).isEmpty();
        MigrationGuardConfig c = a.config();
        assertThat(c.locations()).containsExactly("db/b", "db/c");
        assertThat(c.failOn()).isEqualTo(FailOn.NEVER);
        assertThat(c.format()).isEqualTo("text");
        assertThat(c.pgVersion()).isEqualTo(15);
        assertThat(c.lintDown()).isFalse();
        assertThat(c.namingScheme()).isEqualTo(NamingScheme.FLYWAY);
    }

    @Test
    void blankParametersCountAsNotGiven() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"), "failOn: info\nnaming: flyway\n");

        ConfigAssembler.Assembled a = assemble(params(List.of(" ", ""), " ", "", "", null, "", null));

        assertThat(a.problems()).isEmpty();
        assertThat(a.config().failOn()).isEqualTo(FailOn.INFO);
        assertThat(a.config().namingScheme()).isEqualTo(NamingScheme.FLYWAY);
        assertThat(a.config().locations()).containsExactly("src/main/resources/db/migration");
    }

    @Test
    void autoNamingParameterResetsTheFilesScheme() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"), "naming: flyway\n");

        assertThat(assemble(params(null, null, null, null, null, "auto", null)).config().namingScheme()).isNull();
    }

    @Test
    void explicitConfigFileIsUsedInsteadOfTheSearch() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"), "failOn: info\n");
        Path other = Files.writeString(dir.resolve("ci-guard.yml"), "failOn: never\n");

        ConfigAssembler.Assembled a = assemble(params(null, null, null, null, null, null, Path.of("ci-guard.yml")));

        assertThat(a.configFile()).isEqualTo(other);
        assertThat(a.config().failOn()).isEqualTo(FailOn.NEVER);
    }

    @Test
    void everyProblemIsReportedTogetherWithItsLine() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"),
                "failOn: loudly\nrules:\n  no-such-rule: error\n");

        ConfigAssembler.Assembled a = assemble(params(null, "sometimes", "xml", "7", null, "rails", null));

        assertThat(a.ok()).isFalse();
        assertThat(a.config()).isNull();
        Path file = dir.resolve(".migration-guard.yml");
        assertThat(a.problems()).extracting(ConfigProblem::toString).containsExactly(
                file + ":1: failOn: expected error, warning, info or never, found 'loudly'",
                file + ":3: rules.no-such-rule: unknown rule id; see docs/rules/README.md for the list",
                "parameter: db.failOn: expected error, warning, info or never, found 'sometimes'",
                "parameter: db.pgVersion: expected a PostgreSQL major version from 9 to 19, found '7'",
                "parameter: db.naming: unknown naming scheme 'rails'; use auto, flyway, golang-migrate, folder-pairs, "
                        + "dbmate, goose, timestamp, sequential, liquibase-sql, alembic-sql",
                "parameter: db.format: unknown format 'xml'; use text, json, sarif, markdown, junit");
    }

    @Test
    void missingExplicitConfigFileIsAProblemNotAnException() {
        ConfigAssembler.Assembled a = assemble(params(null, null, null, null, null, null, Path.of("nope.yml")));

        assertThat(a.problems()).singleElement().asString()
                .isEqualTo("parameter: db.config: the configuration file " + dir.resolve("nope.yml")
                        + " does not exist; fix the path or remove the parameter");
    }

    @Test
    void problemListReadsAsOneMessage() {
        String message = AbstractMigrationGuardMojo.describe(List.of(
                new ConfigProblem("/p/.migration-guard.yml", 2, "failOn", "expected error, warning, info or never"),
                new ConfigProblem("parameter", 0, "db.format", "unknown format 'xml'; use text or json")));

        assertThat(message.lines()).containsExactly(
                "Migration Guard configuration has 2 problems; fix them and run again:",
                "  /p/.migration-guard.yml:2: failOn: expected error, warning, info or never",
                "  parameter: db.format: unknown format 'xml'; use text or json");
    }

    @Test
    void failureMessageNamesTheCountAndTheThreshold() {
        assertThat(LintMojo.failureMessage(2, FailOn.ERROR))
                .isEqualTo("Migration Guard found 2 error(s) at or above fail-on=error; see the findings above");
        assertThat(LintMojo.failureMessage(1, FailOn.WARNING))
                .isEqualTo("Migration Guard found 1 finding(s) at or above fail-on=warning; see the findings above");
    }

    @Test
    void dbBaseWinsOverTheFileAndABadOneIsAProblem() throws Exception {
        Files.writeString(dir.resolve(".migration-guard.yml"), "base: origin/main\n");
        assertThat(assemble(MojoParameters.none()).config().base()).isEqualTo("origin/main");
        assertThat(assemble(MojoParameters.none().withBase("origin/develop")).config().base())
                .isEqualTo("origin/develop");

        ConfigAssembler.Assembled bad = assemble(MojoParameters.none().withBase("--all"));
        assertThat(bad.problems()).extracting(ConfigProblem::toString)
                .containsExactly("parameter: db.base: expected a Git ref such as origin/main, found '--all'");
    }
}
