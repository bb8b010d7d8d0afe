package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.roundtrip.RoundTrip;
import dev.migrationguard.db.roundtrip.RoundTripOptions;
import dev.migrationguard.db.roundtrip.RoundTripRenderer;
import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.db.roundtrip.RoundTripTarget;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.report.JsonRenderer;
import dev.migrationguard.report.MarkdownRenderer;
import dev.migrationguard.report.RenderOptions;
import dev.migrationguard.report.ReportInput;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report with the results of a real round trip: reversibility from the round trip, and its section. */
class RoundTripReportTest {

    private static final String LOCATION = MigrationGuardConfig.DEFAULT_LOCATION + "/";

    @Test
    void roundTripDecidesReversibilityAndAddsItsSection(@TempDir Path project) throws Exception {
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY, status text);\n"
                            + "CREATE INDEX users_status_idx ON users (status);\n")
                    .file("1_users.down.sql", "DROP TABLE users;\n")
                    .file("2_nick.up.sql", "ALTER TABLE users ADD COLUMN nickname text;\n")
                    .file("2_nick.down.sql", "ALTER TABLE users DROP COLUMN nickname;\nDROP INDEX users_status_idx;\n");
            MigrationGuardConfig config = t.config().lockTimeout("5s").build();
            RoundTripResult roundTrip;
            try (RoundTripTarget target = RoundTripTarget.open(config, Map.of())) {
                roundTrip = new RoundTrip(config, line -> { }).run(target, RoundTripOptions.all());
            }
            ReportInput input = ReportInput.of(new Linter(config).lintLocations()).withRoundTrip(roundTrip);

            String md = new MarkdownRenderer().render(input);

            assertThat(md).contains("| `" + LOCATION + "1_users.up.sql` | :green_circle: low | ");
            assertThat(md).contains(" | yes: round trip passed | ");
            assertThat(md).contains(" | no: round trip: index users\\_status\\_idx: missing after down (and 1 more) | ");
            assertThat(md).contains(RoundTripRenderer.markdown(roundTrip));

            // when the report must shrink, the round trip keeps its summary line
            String full = md;
            String shorter = md;
            for (int limit = full.length() - 1; shorter.contains("| 2 nick |"); limit = shorter.length() - 1) {
                shorter = new MarkdownRenderer(RenderOptions.defaults().withMarkdownLimit(limit)).render(input);
            }
            assertThat(shorter).contains("the round trip's details").contains("## Round trip\n\n"
                    + roundTrip.summary() + " on " + roundTrip.target() + ".\n");

            JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(input));
            assertThat(json.get("roundTrip").get("migrations").get(1).get("status").asText())
                    .isEqualTo("not_reversible");
            assertThat(json.get("migrations").get(1).get("roundTrip").asText()).isEqualTo("not_reversible");
            assertThat(json.get("migrations").get(1).get("reversible").get("status").asText()).isEqualTo("no");
        }
    }
}
