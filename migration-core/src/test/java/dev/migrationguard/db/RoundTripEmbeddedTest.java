package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.roundtrip.PairResult;
import dev.migrationguard.db.roundtrip.RoundTrip;
import dev.migrationguard.db.roundtrip.RoundTripOptions;
import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.db.roundtrip.RoundTripTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without db.url and without a Docker engine the round trip starts its own embedded PostgreSQL: exercised for real
 * whatever the environment ({@code DOCKER_HOST} names a socket that does not exist).
 */
class RoundTripEmbeddedTest {

    @Test
    void roundTripRunsOnAnEmbeddedServerWithoutConfiguration(@TempDir Path project) throws Exception {
        Path dir = Files.createDirectories(project.resolve(MigrationGuardConfig.DEFAULT_LOCATION));
        Files.writeString(dir.resolve("1_users.up.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        Files.writeString(dir.resolve("1_users.down.sql"), "DROP TABLE users;\n");
        Files.writeString(dir.resolve("2_email.up.sql"), "ALTER TABLE users ADD COLUMN email text;\n"
                + "CREATE INDEX users_email_idx ON users (email);\n");
        Files.writeString(dir.resolve("2_email.down.sql"), "ALTER TABLE users DROP COLUMN email;\n");
        // in a database of its own, public. and a schema of the migrations' own work
        Files.writeString(dir.resolve("3_utils.up.sql"), "CREATE SCHEMA utils;\n"
                + "CREATE FUNCTION utils.slug(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;\n"
                + "CREATE INDEX users_slug_idx ON public.users (utils.slug(email));\n");
        Files.writeString(dir.resolve("3_utils.down.sql"), "DROP INDEX public.users_slug_idx;\n"
                + "DROP SCHEMA utils CASCADE;\n");
        MigrationGuardConfig config = MigrationGuardConfig.builder(project).build();
        RoundTripResult r;
        Map<String, String> noDocker = Map.of("DOCKER_HOST", "unix://" + project.resolve("no-docker.sock"));
        try (RoundTripTarget target = RoundTripTarget.open(config, noDocker)) {
            assertThat(target.description()).startsWith("embedded PostgreSQL 16.").doesNotContain("db.pgVersion");
            assertThat(target.ownDatabase()).isTrue();
            r = new RoundTrip(config, s -> { }).run(target, RoundTripOptions.all());
        }
        assertThat(r.pairs()).extracting(PairResult::status).containsExactly(PairResult.Status.REVERSIBLE,
                PairResult.Status.REVERSIBLE, PairResult.Status.REVERSIBLE);
        assertThat(r.pairs().get(1).locks()).extracting(l -> l.strongest().orElseThrow().mode())
                .containsExactly("AccessExclusiveLock", "ShareLock");
    }
}
