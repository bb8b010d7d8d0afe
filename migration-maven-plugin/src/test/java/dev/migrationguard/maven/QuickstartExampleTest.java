package dev.migrationguard.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.roundtrip.PairResult;
import dev.migrationguard.db.roundtrip.RoundTrip;
import dev.migrationguard.db.roundtrip.RoundTripOptions;
import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.db.roundtrip.RoundTripTarget;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.report.TextRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quick start's migrations produce exactly the findings and the round trip its README promises. */
class QuickstartExampleTest {

    private static Path quickstart() {
        String root = System.getProperty("migrationguard.projectRoot");
        Path base = root == null ? Path.of("..") : Path.of(root);
        Path dir = base.resolve("examples/quickstart");
        assertThat(dir.resolve("pom.xml")).exists();
        return dir;
    }

    @Test
    void findsTheDocumentedProblemsAndNothingElse() {
        ConfigAssembler.Assembled assembled = ConfigAssembler.assemble(quickstart(), MojoParameters.none());
        assertThat(assembled.problems()).isEmpty();

        LintResult result = new Linter(assembled.config()).lintLocations();

        String dir = "src/main/resources/db/migration/";
        assertThat(result.findings()).extracting(Finding::rule, Finding::file).containsExactly(
                tuple("require-concurrent-index-creation", dir + "V4__index_users_email.sql"),
                tuple("ban-drop-column", dir + "V6__drop_orders_note.sql"),
                tuple("missing-down-migration", dir + "V7__add_orders_status.sql"));
        assertThat(result.notes()).isEmpty();
        String readme = readme();
        for (String risk : new TextRenderer().riskLines(result)) {
            assertThat(readme).as("the README prints the risk line").contains("[INFO] " + risk + "\n");
        }
        assertThat(readme).contains("[INFO] " + TextRenderer.riskTally(result) + "\n");
    }

    private static String readme() {
        try {
            return Files.readString(quickstart().resolve("README.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyPairWithAnUndoScriptRoundTrips() {
        ConfigAssembler.Assembled assembled = ConfigAssembler.assemble(quickstart(), MojoParameters.none());
        String url = System.getenv("MIGRATION_GUARD_TEST_JDBC_URL");
        MigrationGuardConfig config = url == null || url.isBlank() ? assembled.config()
                : assembled.config().toBuilder().dbUrl(url).build();
        RoundTripResult result;
        // the CI server when there is one, else the embedded server (DOCKER_HOST names no socket: Docker is not tried)
        try (RoundTripTarget target = RoundTripTarget.open(config, Map.of("DOCKER_HOST", "unix:///nonexistent"))) {
            result = new RoundTrip(config, line -> { }).run(target, RoundTripOptions.all());
        }
        assertThat(result.pairs()).extracting(PairResult::migration, PairResult::status).containsExactly(
                tuple("1 create users", PairResult.Status.REVERSIBLE),
                tuple("2 create orders", PairResult.Status.REVERSIBLE),
                tuple("3 add users nickname", PairResult.Status.REVERSIBLE),
                tuple("4 index users email", PairResult.Status.REVERSIBLE),
                tuple("5 drop users legacy flag", PairResult.Status.REVERSIBLE),
                tuple("6 drop orders note", PairResult.Status.REVERSIBLE),
                tuple("7 add orders status", PairResult.Status.SKIPPED));
        assertThat(result.lockDisagreements()).isZero();
    }

    @Test
    void theReadmeListsEveryMigration() throws Exception {
        String readme = Files.readString(quickstart().resolve("README.md"));
        try (var files = Files.list(quickstart().resolve("src/main/resources/db/migration"))) {
            files.forEach(f -> assertThat(readme).contains("`" + f.getFileName() + "`"));
        }
    }
}
