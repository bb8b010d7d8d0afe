package dev.migrationguard.db.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Testcontainers path: without db.url and with a Docker engine answering, the round trip runs on a
 * {@code postgres:<db.pgVersion>-alpine} container. Skipped where no Docker engine answers.
 */
class ContainerTargetTest {

    private static void needsDocker() {
        String home = System.getProperty("user.home");
        DockerProbe.Result probe = DockerProbe.probe(System.getenv(), home == null ? null : Path.of(home),
                DockerProbe.DEFAULT_TIMEOUT);
        Assumptions.assumeTrue(probe.answers(), () -> "needs a Docker engine: " + probe.detail());
    }

    @Test
    void runsOnAContainerOfThePgVersionAsked(@TempDir Path project) throws Exception {
        needsDocker();
        Path dir = Files.createDirectories(project.resolve(MigrationGuardConfig.DEFAULT_LOCATION));
        Files.writeString(dir.resolve("1_users.up.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        Files.writeString(dir.resolve("1_users.down.sql"), "DROP TABLE users;\n");
        Files.writeString(dir.resolve("2_email.up.sql"), "ALTER TABLE users ADD COLUMN email text;\n"
                + "CREATE INDEX users_email_idx ON users (email);\n");
        Files.writeString(dir.resolve("2_email.down.sql"), "ALTER TABLE users DROP COLUMN email;\n");
        MigrationGuardConfig config = MigrationGuardConfig.builder(project).pgVersion(15).build();
        List<String> notes = new ArrayList<>();
        RoundTripResult r;
        try (RoundTripTarget target = RoundTripTarget.open(config, System.getenv(), notes::add)) {
            assertThat(target.description()).isEqualTo("PostgreSQL container postgres:15-alpine (Testcontainers)");
            assertThat(notes).last().isEqualTo("starting postgres:15-alpine with Testcontainers");
            try (Connection c = target.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("15.");
            }
            r = new RoundTrip(config, s -> { }).run(target, RoundTripOptions.all());
        }
        assertThat(r.target()).isEqualTo("PostgreSQL container postgres:15-alpine (Testcontainers)");
        assertThat(r.pairs()).extracting(PairResult::status)
                .containsExactly(PairResult.Status.REVERSIBLE, PairResult.Status.REVERSIBLE);
        assertThat(r.pairs().get(1).locks()).extracting(l -> l.strongest().orElseThrow().mode())
                .containsExactly("AccessExclusiveLock", "ShareLock");
    }
}
