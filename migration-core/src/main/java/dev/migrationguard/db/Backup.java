package dev.migrationguard.db;

import dev.migrationguard.config.MigrationGuardConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code db.backup=true}: {@code pg_dump} to {@code target/db-backups/<db>-<timestamp>.sql}; a failed dump stops the run. */
final class Backup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final MigrationGuardConfig config;
    private final Map<String, String> env;

    Backup(MigrationGuardConfig config, Map<String, String> env) {
        this.config = config;
        this.env = env;
    }

    Path dump(ConnectionSettings settings) {
        Path dir = config.projectDir().resolve("target").resolve("db-backups");
        Path file = dir.resolve(settings.database() + "-" + LocalDateTime.now().format(STAMP) + ".sql");
        List<String> cmd = new ArrayList<>(List.of("pg_dump", "--no-password", "-h", settings.host(), "-p",
                Integer.toString(settings.port()), "-f", file.toString()));
        if (settings.user() != null) {
            cmd.add("-U");
            cmd.add(settings.user());
        }
        cmd.add(settings.database());
        try {
            Files.createDirectories(dir);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().putAll(env);
            if (settings.password() != null) {
                pb.environment().put("PGPASSWORD", settings.password());
            }
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new DatabaseException("pg_dump of " + settings.describe() + " failed, nothing was changed: "
                        + Secrets.mask(output.strip(), settings.password()));
            }
            return file;
        } catch (IOException e) {
            throw new DatabaseException("cannot run pg_dump (is it on the PATH?), nothing was changed: "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while running pg_dump, nothing was changed");
        }
    }
}
