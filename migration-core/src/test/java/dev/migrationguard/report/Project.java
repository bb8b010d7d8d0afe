package dev.migrationguard.report;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project directory with migration files in the default location, linted for real. */
final class Project {

    static final String LOCATION = MigrationGuardConfig.DEFAULT_LOCATION + "/";

    final Path dir;
    private final Path migrations;

    Project(Path dir) {
        this.dir = dir;
        this.migrations = dir.resolve(MigrationGuardConfig.DEFAULT_LOCATION);
        try {
            Files.createDirectories(migrations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Project file(String name, String sql) {
        try {
            Files.writeString(migrations.resolve(name), sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The display path of a migration file. */
    static String path(String name) {
        return LOCATION + name;
    }

    MigrationGuardConfig.Builder config() {
        // the runner's lock_timeout keeps require-lock-timeout out of the findings these tests look at
        return MigrationGuardConfig.builder(dir).lockTimeout("5s");
    }

    LintResult lint() {
        return lint(config().build());
    }

    LintResult lint(MigrationGuardConfig config) {
        return new Linter(config).lintLocations();
    }
}
