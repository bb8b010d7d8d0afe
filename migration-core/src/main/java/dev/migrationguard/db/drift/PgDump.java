package dev.migrationguard.db.drift;

import dev.migrationguard.db.ConnectionSettings;
import dev.migrationguard.db.DatabaseException;
import dev.migrationguard.db.Secrets;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pg_dump --schema-only} of one database: the executable given ({@code db.pgDump}), else {@code pg_dump} on
 * {@code PATH}; a pg_dump older than the server is refused (it cannot dump a newer server) with the version needed
 * and how to install it.
 *
 * @param executable the pg_dump found
 * @param major      its major version
 */
record PgDump(Path executable, int major) {

    private static final Pattern VERSION = Pattern.compile("pg_dump \\(PostgreSQL\\) (\\d+)");

    /**
     * Finds pg_dump and checks that it can dump a server of {@code serverMajor}.
     *
     * @param given {@code db.pgDump}, or null to search {@code PATH}
     * @throws DatabaseException naming what is missing and how to install it
     */
    static PgDump find(String given, Map<String, String> env, int serverMajor) {
        Path exe = given != null && !given.isBlank() ? Path.of(given) : onPath(env);
        String install = "install the PostgreSQL " + serverMajor + " client (Debian/Ubuntu: apt-get install "
                + "postgresql-client-" + serverMajor + "; macOS: brew install postgresql@" + serverMajor
                + "; or the installer from postgresql.org) and put pg_dump on PATH, or give its path to db.pgDump "
                + "(--pg-dump)";
        if (exe == null) {
            throw new DatabaseException("pg_dump is not on PATH; consolidate needs pg_dump " + serverMajor
                    + " or newer: " + install);
        }
        if (!Files.isExecutable(exe)) {
            throw new DatabaseException(exe + " is not an executable pg_dump; " + install);
        }
        String out = run(List.of(exe.toString(), "--version"), Map.of()).strip();
        Matcher m = VERSION.matcher(out);
        if (!m.find()) {
            throw new DatabaseException(exe + " --version printed '" + out + "', not pg_dump's version; " + install);
        }
        int major = Integer.parseInt(m.group(1));
        if (major < serverMajor) {
            throw new DatabaseException(exe + " is pg_dump " + major + ", which cannot dump a PostgreSQL "
                    + serverMajor + " server; consolidate needs pg_dump " + serverMajor + " or newer: " + install);
        }
        return new PgDump(exe, major);
    }

    private static Path onPath(Map<String, String> env) {
        String path = env.getOrDefault("PATH", System.getenv("PATH"));
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("pg_dump", "pg_dump.exe")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The schema of {@code db} as SQL the runner can run: pg_dump's {@code \restrict} lines (psql meta-commands) and
     * its reset of {@code search_path} (which would outlive the script in the runner's session) are left out.
     */
    String schemaOnly(ConnectionSettings db) {
        List<String> cmd = new ArrayList<>(List.of(executable.toString(), "--schema-only", "--no-owner",
                "--no-privileges", "--host", db.host(), "--port", Integer.toString(db.port()), "--dbname",
                db.database()));
        if (db.user() != null) {
            cmd.add("--username");
            cmd.add(db.user());
        }
        String dump = run(cmd, db.password() == null ? Map.of() : Map.of("PGPASSWORD", db.password()));
        StringBuilder out = new StringBuilder();
        for (String line : dump.split("\n", -1)) {
            if (line.startsWith("\\") || line.equals("SELECT pg_catalog.set_config('search_path', '', false);")) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString().strip() + "\n";
    }

    private static String run(List<String> cmd, Map<String, String> extraEnv) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().putAll(extraEnv);
            Path err = Files.createTempFile("migration-guard-pg-dump-", ".log");
            try {
                pb.redirectError(err.toFile());
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int status = p.waitFor();
                if (status != 0) {
                    String message = Files.readString(err, StandardCharsets.UTF_8).strip();
                    throw new DatabaseException(cmd.get(0) + " failed (exit " + status + "): "
                            + Secrets.mask(message, extraEnv.get("PGPASSWORD")));
                }
                return out;
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new DatabaseException("cannot run " + cmd.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException(cmd.get(0) + " was interrupted");
        }
    }
}
