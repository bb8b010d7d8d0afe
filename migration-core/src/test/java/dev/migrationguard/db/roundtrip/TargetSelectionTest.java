package dev.migrationguard.db.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without db.url the round trip takes a container when a Docker engine answers, else an embedded PostgreSQL: here an
 * endpoint that accepts the connection and never answers (the worst case for a probe), so the embedded server starts
 * for real, and the only word about Docker is one note.
 */
class TargetSelectionTest {

    @Test
    void aDockerEngineThatDoesNotAnswerFallsBackToEmbedded(@TempDir Path project) throws Exception {
        Path dir = Files.createDirectories(project.resolve(MigrationGuardConfig.DEFAULT_LOCATION));
        Files.writeString(dir.resolve("1_users.up.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        Files.writeString(dir.resolve("1_users.down.sql"), "DROP TABLE users;\n");
        MigrationGuardConfig config = MigrationGuardConfig.builder(project).build();
        List<String> notes = new ArrayList<>();
        try (FakeSocketServer silent = new FakeSocketServer(project.resolve("docker.sock"), null);
             RoundTripTarget target = RoundTripTarget.open(config, Map.of("DOCKER_HOST", silent.endpoint()),
                     notes::add)) {
            assertThat(target.description()).startsWith("embedded PostgreSQL 16.");
            assertThat(notes).containsExactly("no Docker engine answers (" + silent.endpoint() + ": no answer within "
                    + DockerProbe.DEFAULT_TIMEOUT.toMillis() + " ms); starting an embedded PostgreSQL");
            RoundTripResult r = new RoundTrip(config, s -> { }).run(target, RoundTripOptions.all());
            assertThat(r.pairs()).extracting(PairResult::status).containsExactly(PairResult.Status.REVERSIBLE);
        }
    }

    @Test
    void aUrlIsUsedWithoutLookingForDocker(@TempDir Path project) throws Exception {
        String url = TestServer.url();
        MigrationGuardConfig config = MigrationGuardConfig.builder(project).dbUrl(url).build();
        List<String> notes = new ArrayList<>();
        try (RoundTripTarget target = RoundTripTarget.open(config, Map.of("DOCKER_HOST", "unix:///nonexistent"),
                notes::add)) {
            assertThat(target.name()).startsWith("migration_guard_roundtrip_");
            assertThat(target.ownDatabase()).isTrue();
            assertThat(target.description()).doesNotContain("embedded", "container");
        }
        assertThat(notes).isEmpty();
    }
}
