package dev.migrationguard.db.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrationguard.config.MigrationGuardConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round trip whose JVM is ended before it closes its target (Ctrl-C, a build killed with SIGTERM) still drops its
 * database: a second JVM opens a target, holds it, and is terminated.
 */
class InterruptedRunTest {

    /** Opens a round trip target on the URL of {@code args[0]}, prints its database's name and waits to be ended. */
    public static void main(String[] args) throws Exception {
        MigrationGuardConfig config = MigrationGuardConfig.builder(Path.of(args[1])).dbUrl(args[0]).build();
        RoundTripTarget target = RoundTripTarget.open(config, Map.of(), note -> { });
        try (Connection c = target.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE held (id int)");
        }
        System.out.println(target.name());
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }

    @Test
    void theDatabaseIsDroppedWhenTheJvmIsTerminated(@TempDir Path project) throws Exception {
        // the server of MIGRATION_GUARD_TEST_JDBC_URL, else the embedded one of this test JVM (the child connects to it)
        String url = dev.migrationguard.db.TestServer.url();
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // no logging backend on the class path: told so, SLF4J stays quiet in the build log
                "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider", "-Dslf4j.internal.verbosity=ERROR",
                "-cp", System.getProperty("java.class.path"), InterruptedRunTest.class.getName(), url,
                project.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String name;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            name = out.readLine();
            assertThat(name).startsWith("migration_guard_roundtrip_");
            assertThat(databaseExists(url, name)).isTrue();
            p.destroy(); // SIGTERM: the JVM runs its shutdown hooks
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(databaseExists(url, name)).isFalse();
    }

    private static boolean databaseExists(String url, String name) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
