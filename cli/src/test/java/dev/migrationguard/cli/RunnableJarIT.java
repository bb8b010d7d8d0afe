package dev.migrationguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as users run it ({@code java -jar target/migration-guard.jar}): it starts, carries the Git
 * support {@code lint --base} needs, and prints nothing of its libraries' logging.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of("target", "migration-guard.jar").toAbsolutePath();

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolveSibling(dir.getFileName() + ".out");
        Path err = dir.resolveSibling(dir.getFileName() + ".err");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the jar finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void lintWithABaseReportsOnlyWhatTheBranchAdds() throws Exception {
        LintBaseCommandTest.mainWithOldFindingsAndABranchAddingOneRiskyMigration(dir);

        Run run = run("lint", "--base", "main");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("V3__drop_legacy.sql:1:", "error[ban-drop-column]")
                .doesNotContain("V2__old_index.sql:1:1:")
                .contains("in 1 migration this change does not touch");
        assertThat(run.err()).as("no logging noise").isEmpty();
    }

    @Test
    void lintWithoutABaseNeedsNoRepository() throws Exception {
        Path m = dir.resolve("migrations");
        Files.createDirectories(m);
        Files.writeString(m.resolve("V1__t.sql"), "CREATE TABLE t (id int);\n");

        Run run = run("lint", "migrations");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
