package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.roundtrip.PairResult;
import dev.migrationguard.db.roundtrip.RoundTrip;
import dev.migrationguard.db.roundtrip.RoundTripJson;
import dev.migrationguard.db.roundtrip.RoundTripOptions;
import dev.migrationguard.db.roundtrip.RoundTripRenderer;
import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.db.roundtrip.RoundTripTarget;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round trip's JSON read back: a later report shows what the round trip found, as the round trip wrote it. */
class RoundTripJsonTest {

    @Test
    void aRealRoundTripSurvivesTheWayThereAndBack(@TempDir Path project) throws Exception {
        RoundTripResult result;
        try (var t = new RunnerTestSupport(project)) {
            t.file("1_users.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY, status text);\n"
                            + "CREATE INDEX users_status_idx ON users (status);\n")
                    .file("1_users.down.sql", "DROP TABLE users;\n")
                    .file("2_nick.up.sql", "ALTER TABLE users ADD COLUMN nickname text;\n")
                    .file("2_nick.down.sql", "ALTER TABLE users DROP COLUMN nickname;\nDROP INDEX users_status_idx;\n")
                    .file("3_email.up.sql", "ALTER TABLE users ADD COLUMN email text;\n");
            MigrationGuardConfig config = t.config().lockTimeout("5s").build();
            try (RoundTripTarget target = RoundTripTarget.open(config, Map.of())) {
                result = new RoundTrip(config, line -> { }).run(target, RoundTripOptions.all());
            }
        }
        assertThat(result.pairs()).extracting(PairResult::status).containsExactly(PairResult.Status.REVERSIBLE,
                PairResult.Status.NOT_REVERSIBLE, PairResult.Status.SKIPPED);
        assertThat(result.pairs().get(0).locks()).isNotEmpty();

        RoundTripResult back = RoundTripJson.parse(RoundTripRenderer.json(result));

        assertThat(back).isEqualTo(result);
        assertThat(RoundTripRenderer.markdown(back)).isEqualTo(RoundTripRenderer.markdown(result));
    }

    @Test
    void somethingElseIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> RoundTripJson.parse("{\"findings\":[]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a round trip result: expected an object with target and migrations, as db:roundtrip"
                        + " writes it");
        assertThatThrownBy(() -> RoundTripJson.parse("{\"target\":"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not JSON: ");
        assertThatThrownBy(() -> RoundTripJson.parse("{\"target\":\"x\",\"migrations\":[{\"migration\":\"1 users\","
                + "\"status\":\"fine\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("migration 1 users: unknown status 'fine'; expected reversible, not_reversible, failed,"
                        + " skipped or not_checked");
    }
}
