package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewMigrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path project;

    private Path location() throws Exception {
        return Files.createDirectories(project.resolve(MigrationGuardConfig.DEFAULT_LOCATION));
    }

    @Test
    void flywayGetsTheNextVersionWithAnUndo() throws Exception {
        Files.writeString(location().resolve("V7__init.sql"), "CREATE TABLE a (id int);\n");
        RunResult r = NewMigration.create(MigrationGuardConfig.defaults(project), "Add user email", CLOCK);
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(location().resolve("V8__add_user_email.sql")).exists();
        assertThat(location().resolve("U8__add_user_email.sql")).exists();
    }

    @Test
    void golangMigrateKeepsTheZeroPaddedWidth() throws Exception {
        Files.writeString(location().resolve("000003_init.up.sql"), "CREATE TABLE a (id int);\n");
        Files.writeString(location().resolve("000003_init.down.sql"), "DROP TABLE a;\n");
        RunResult r = NewMigration.create(MigrationGuardConfig.defaults(project), "add_email", CLOCK);
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(location().resolve("000004_add_email.up.sql")).exists();
        assertThat(location().resolve("000004_add_email.down.sql")).exists();
    }

    @Test
    void dbmateGetsATimestampedFileWithBothSections() throws Exception {
        Files.writeString(location().resolve("20240101000000_init.sql"), "-- migrate:up\nSELECT 1;\n-- migrate:down\n");
        RunResult r = NewMigration.create(MigrationGuardConfig.defaults(project), "add_email", CLOCK);
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(Files.readString(location().resolve("20250304050607_add_email.sql")))
                .contains("-- migrate:up", "-- migrate:down");
    }

    @Test
    void badNameIsRefusedWithTheExpectedForm() throws Exception {
        location();
        RunResult r = NewMigration.create(MigrationGuardConfig.defaults(project), "add;email", CLOCK);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().asString().contains("add;email", "-Ddb.name=add_user_email");
    }
}
