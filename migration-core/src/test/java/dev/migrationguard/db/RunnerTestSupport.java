package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A project directory with migration files, a test schema and a runner that records its lines. */
final class RunnerTestSupport implements AutoCloseable {

    final Path project;
    final Path migrations;
    final TestDatabase db;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    RunnerTestSupport(Path project) throws IOException {
        this.project = project;
        this.migrations = project.resolve(MigrationGuardConfig.DEFAULT_LOCATION);
        Files.createDirectories(migrations);
        this.db = TestDatabase.create();
    }

    RunnerTestSupport file(String name, String text) throws IOException {
        Path p = migrations.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    MigrationGuardConfig.Builder config() {
        return db.config(project);
    }

    MigrationRunner runner() {
        return runner(config().build());
    }

    MigrationRunner runner(MigrationGuardConfig config) {
        return new MigrationRunner(config, lines::add, Map.of());
    }

    @Override
    public void close() {
        db.close();
    }
}
