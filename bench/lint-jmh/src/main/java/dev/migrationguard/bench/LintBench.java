package dev.migrationguard.bench;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.naming.FileSystemSources;
import dev.migrationguard.naming.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole lint (naming, reading, splitting, classifying, the schema model, every rule, sorting) of the migration
 * directories named by the system property {@code dirs} (colon-separated), warm, in one JVM. Files are listed once;
 * their bytes are read on every run, as a lint does. The {@code statements} counter gives statements per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class LintBench {

    private Linter linter;
    private List<SourceFile> files;

    /** Statements linted, per second of the measurement. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {
        public long statements;
    }

    @Setup(Level.Trial)
    public void setUp() {
        String dirs = System.getProperty("dirs");
        if (dirs == null || dirs.isBlank()) {
            throw new IllegalStateException("give -Ddirs=DIR[:DIR...] (migration directories)");
        }
        List<String> locations = Arrays.asList(dirs.split(":"));
        Path project = Path.of("").toAbsolutePath();
        MigrationGuardConfig config = MigrationGuardConfig.defaults(project).toBuilder().locations(locations).build();
        files = new ArrayList<>(FileSystemSources.list(project, locations).files());
        linter = new Linter(config).keepingStatements(false);
    }

    @Benchmark
    public LintResult lint(Counts counts) {
        LintResult result = linter.lint(files);
        counts.statements += result.summary().statements();
        return result;
    }
}
