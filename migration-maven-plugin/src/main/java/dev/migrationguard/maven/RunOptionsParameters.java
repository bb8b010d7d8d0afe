package dev.migrationguard.maven;

import dev.migrationguard.config.ConfigProblem;
import dev.migrationguard.db.RunOptions;
import dev.migrationguard.naming.MigrationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-invocation values of a runner goal, checked and turned into the engine's {@link RunOptions}. A null component
 * means "not given".
 *
 * @param target          {@code db.target}: a version such as {@code 3} or {@code 2.1}
 * @param steps           {@code db.steps}: a positive whole number
 * @param dryRun          {@code db.dryRun}
 * @param output          {@code db.output}: where a dry run writes its SQL, relative to the project directory
 * @param baselineVersion {@code db.baselineVersion}
 * @param importFrom      {@code db.importFrom}: only {@code flyway}
 */
public record RunOptionsParameters(String target, String steps, Boolean dryRun, String output,
                                   String baselineVersion, String importFrom) {

    /** The values {@code db.importFrom} accepts. */
    public static final List<String> IMPORT_SOURCES = List.of("flyway");

    /** No parameter given. */
    public static RunOptionsParameters none() {
        return new RunOptionsParameters(null, null, null, null, null, null);
    }

    /**
     * The options, or the problems that stop the goal before it connects.
     *
     * @param options  the options; null when {@code problems} is not empty
     * @param problems every parameter that cannot be used
     */
    public record Checked(RunOptions options, List<ConfigProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Checks every value; relative {@code output} paths resolve against {@code projectDir}. */
    public Checked check(Path projectDir) {
        List<ConfigProblem> problems = new ArrayList<>();
        RunOptions options = RunOptions.defaults();
        if (given(target)) {
            MigrationVersion v = MigrationVersion.parse(target.trim());
            if (v == null) {
                problems.add(problem("db.target", "'" + target.trim() + "' is not a version; use the version of a "
                        + "migration, e.g. -Ddb.target=3 or -Ddb.target=2.1"));
            } else {
                options = options.withTarget(v);
            }
        }
        if (given(steps)) {
            Integer n = positive(steps.trim());
            if (n == null) {
                problems.add(problem("db.steps", "expected a whole number of migrations of at least 1, found '"
                        + steps.trim() + "'"));
            } else {
                options = options.withSteps(n);
            }
        }
        if (given(output) && !Boolean.TRUE.equals(dryRun)) {
            problems.add(problem("db.output", "only a dry run writes SQL to a file; add -Ddb.dryRun=true or remove "
                    + "db.output"));
        }
        if (Boolean.TRUE.equals(dryRun)) {
            Path out = given(output) ? projectDir.resolve(output.trim()) : null;
            options = options.withDryRun(true, out);
        }
        if (given(baselineVersion)) {
            if (MigrationVersion.parse(baselineVersion.trim()) == null) {
                problems.add(problem("db.baselineVersion", "'" + baselineVersion.trim() + "' is not a version; use "
                        + "the version the database already has, e.g. -Ddb.baselineVersion=5"));
            } else {
                options = options.withBaselineVersion(baselineVersion.trim());
            }
        }
        if (given(importFrom)) {
            String source = importFrom.trim().toLowerCase(Locale.ROOT);
            if (!IMPORT_SOURCES.contains(source)) {
                problems.add(problem("db.importFrom", "unknown source '" + importFrom.trim() + "'; use "
                        + String.join(" or ", IMPORT_SOURCES)));
            } else {
                options = options.withImportFrom(source);
            }
        }
        return problems.isEmpty() ? new Checked(options, List.of()) : new Checked(null, List.copyOf(problems));
    }

    private static ConfigProblem problem(String key, String message) {
        return new ConfigProblem(ConfigAssembler.PARAMETER, 0, key, message);
    }

    private static Integer positive(String s) {
        try {
            int n = Integer.parseInt(s);
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
