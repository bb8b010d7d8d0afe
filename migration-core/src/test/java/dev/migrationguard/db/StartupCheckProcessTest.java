package dev.migrationguard.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.naming.MigrationVersion;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The startup check run from a built jar in its own JVM, as a packaged application runs it: the main class and the
 * migrations are only in the jar ({@code java -cp app.jar:migration-core:postgresql.jar}).
 */
class StartupCheckProcessTest {

    @TempDir
    Path project;
    @TempDir
    Path out;
    RunnerTestSupport t;

    @BeforeEach
    void setUp() throws Exception {
        t = new RunnerTestSupport(project);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void aPackagedApplicationStopsWithTheMissingMigrationsAndStartsOnceMigrated() throws Exception {
        t.file("001_initial_schema.sql", StartupCheckTest.V1).file("002_add_b.sql", StartupCheckTest.V2);
        Path jar = appJar();

        Result empty = run(jar, Map.of());
        assertThat(empty.status()).as(empty.toString()).isEqualTo(StartupCheckApp.NOT_READY);
        assertThat(empty.err()).startsWith("schema not initialised").contains("(1, 2)");

        t.runner().migrate(RunOptions.defaults().withTarget(MigrationVersion.parse("1")));
        Result behind = run(jar, Map.of());
        assertThat(behind.status()).as(behind.toString()).isEqualTo(StartupCheckApp.NOT_READY);
        assertThat(behind.err()).startsWith("the database lacks 1 migration(s)")
                .contains("missing: 2 add b (db/migration/002_add_b.sql)");
        assertThat(behind.out()).doesNotContain("application started");

        Result listed = run(jar, Map.of(StartupCheck.REQUIRED_ENV, "001_initial_schema"));
        assertThat(listed.status()).as(listed.toString()).isZero();
        assertThat(listed.out()).contains("application started");

        t.runner().migrate(RunOptions.defaults());
        Result migrated = run(jar, Map.of());
        assertThat(migrated.status()).as(migrated.toString()).isZero();
        assertThat(migrated.out()).contains("application started");
        assertThat(migrated.err()).isEmpty();
    }

    /** The application's jar: its main class and db/migration/*.sql, nothing else. */
    private Path appJar() throws IOException {
        Map<String, Object> entries = new LinkedHashMap<>();
        String classFile = StartupCheckApp.class.getName().replace('.', '/') + ".class";
        try (InputStream in = StartupCheckApp.class.getClassLoader().getResourceAsStream(classFile)) {
            entries.put(classFile, in.readAllBytes());
        }
        try (var files = Files.list(t.migrations)) {
            for (Path f : files.sorted().toList()) {
                entries.put("db/migration/" + f.getFileName(), Files.readAllBytes(f));
            }
        }
        return StartupCheckTest.jar(out.resolve("app.jar"), entries);
    }

    private static String codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private record Result(int status, String out, String err) {
    }

    private Result run(Path jar, Map<String, String> env) throws Exception {
        // the application's jar, migration-core and the JDBC driver: all a packaged application needs for the check
        // (the test classes stay off it, so the main class can only come from the jar)
        List<String> classpath = List.of(jar.toString(), codeSource(MigrationGuard.class),
                codeSource(org.postgresql.Driver.class));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, classpath),
                StartupCheckApp.class.getName());
        pb.environment().remove(StartupCheck.REQUIRED_ENV);
        pb.environment().put("APP_JDBC_URL", t.db.url());
        pb.environment().put("APP_SCHEMA", t.db.schema());
        pb.environment().putAll(env);
        pb.redirectOutput(out.resolve("out.txt").toFile()).redirectError(out.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the application did not end within 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(out.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
