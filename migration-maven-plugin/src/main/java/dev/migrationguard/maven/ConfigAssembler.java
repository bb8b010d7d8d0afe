package dev.migrationguard.maven;

import dev.migrationguard.config.ConfigFile;
import dev.migrationguard.config.ConfigProblem;
import dev.migrationguard.config.DocsBaseUrl;
import dev.migrationguard.config.EmptyDown;
import dev.migrationguard.config.FailOn;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.PgVersions;
import dev.migrationguard.db.Secrets;
import dev.migrationguard.lint.BuiltInRules;
import dev.migrationguard.naming.NamingScheme;
import dev.migrationguard.report.Renderers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the engine configuration for a project in three layers: engine defaults, then the configuration file
 * ({@code .migration-guard.yml} found from the project directory upwards, or the one named explicitly), then the
 * parameters the user set. Every mistake is collected as a {@link ConfigProblem}; nothing is thrown.
 */
public final class ConfigAssembler {

    /** The output formats the lint goal can write. */
    public static final List<String> FORMATS = Renderers.FORMATS;

    private static final java.util.regex.Pattern DURATION =
            java.util.regex.Pattern.compile("\\d+\\s*(us|ms|s|min|h|d)?");

    /** Shown as the "file" of a problem that comes from a mojo parameter. */
    static final String PARAMETER = "parameter";

    private ConfigAssembler() {
    }

    /**
     * The outcome: a configuration when there were no problems, the file that was read (if any), and the problems.
     *
     * @param config     the configuration; null when {@code problems} is not empty
     * @param configFile the configuration file applied, or null when none was found
     * @param problems   every problem found in the file and in the parameters
     */
    public record Assembled(MigrationGuardConfig config, Path configFile, List<ConfigProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Assembles the configuration of the project in {@code projectDir}. */
    public static Assembled assemble(Path projectDir, MojoParameters p) {
        return assemble(projectDir, p, RunnerParameters.none());
    }

    /**
     * Assembles the configuration of a runner goal: as {@link #assemble(Path, MojoParameters)}, then the connection and
     * run-policy parameters in {@code r} over the file's {@code url}, {@code user}, {@code schema}, {@code table}...
     */
    public static Assembled assemble(Path projectDir, MojoParameters p, RunnerParameters r) {
        MigrationGuardConfig.Builder builder = MigrationGuardConfig.builder(projectDir);
        List<ConfigProblem> problems = new ArrayList<>();

        Path file = null;
        if (p.configFile() != null) {
            file = p.configFile().isAbsolute() ? p.configFile() : projectDir.resolve(p.configFile());
            if (!Files.isRegularFile(file)) {
                problems.add(new ConfigProblem(PARAMETER, 0, "db.config",
                        "the configuration file " + file + " does not exist; fix the path or remove the parameter"));
                file = null;
            }
        } else {
            Optional<Path> found = ConfigFile.find(projectDir);
            file = found.orElse(null);
        }
        if (file != null) {
            problems.addAll(ConfigFile.apply(file, builder, BuiltInRules.ids()));
        }

        applyParameters(p, builder, problems);
        applyRunnerParameters(r, builder, problems);
        MigrationGuardConfig config = builder.build();
        if (!FORMATS.contains(config.format())) {
            problems.add(new ConfigProblem(PARAMETER, 0, "db.format",
                    "unknown format '" + config.format() + "'; use " + String.join(", ", FORMATS)));
        }
        return problems.isEmpty()
                ? new Assembled(config, file, List.of())
                : new Assembled(null, file, List.copyOf(problems));
    }

    private static void applyParameters(MojoParameters p, MigrationGuardConfig.Builder b,
                                        List<ConfigProblem> problems) {
        List<String> locations = cleanLocations(p.locations());
        if (!locations.isEmpty()) {
            b.locations(locations);
        }
        if (given(p.failOn())) {
            FailOn failOn = FailOn.parse(p.failOn().trim());
            if (failOn == null) {
                problems.add(new ConfigProblem(PARAMETER, 0, "db.failOn",
                        "expected error, warning, info or never, found '" + p.failOn().trim() + "'"));
            } else {
                b.failOn(failOn);
            }
        }
        if (given(p.format())) {
            b.format(p.format().trim().toLowerCase(Locale.ROOT));
        }
        if (given(p.docsBaseUrl())) {
            String url = p.docsBaseUrl().trim();
            if (DocsBaseUrl.valid(url)) {
                b.docsBaseUrl(url);
            } else {
                problems.add(new ConfigProblem(PARAMETER, 0, "db.docsBaseUrl", DocsBaseUrl.PROBLEM + ", found '"
                        + url + "'"));
            }
        }
        if (given(p.pgVersion())) {
            Integer version = PgVersions.parse(p.pgVersion());
            if (version == null) {
                problems.add(new ConfigProblem(PARAMETER, 0, "db.pgVersion",
                        "expected a PostgreSQL major version from " + PgVersions.MIN + " to " + PgVersions.MAX
                                + ", found '" + p.pgVersion().trim() + "'"));
            } else {
                b.pgVersion(version);
            }
        }
        if (p.lintDown() != null) {
            b.lintDown(p.lintDown());
        }
        if (given(p.emptyDown())) {
            EmptyDown emptyDown = EmptyDown.parse(p.emptyDown());
            if (emptyDown == null) {
                problems.add(new ConfigProblem(PARAMETER, 0, "db.emptyDown",
                        "expected noop or error, found '" + p.emptyDown().trim() + "'"));
            } else {
                b.emptyDown(emptyDown);
            }
        }
        if (given(p.since())) {
            if (dev.migrationguard.naming.MigrationVersion.parseHorizon(p.since()) == null) {
                problems.add(new ConfigProblem(PARAMETER, 0, "db.since",
                        "expected a migration version such as 2.43, V2_43 or 20240826120919, found '" + p.since()
                                + "'"));
            } else {
                b.since(p.since().trim());
            }
        }
        if (p.updateBaseline() != null) {
            b.updateBaseline(p.updateBaseline());
        }
        if (given(p.base())) {
            String base = p.base().trim();
            if (base.startsWith("-") || base.chars().anyMatch(Character::isWhitespace)) {
                problems.add(new ConfigProblem(PARAMETER, 0, "db.base",
                        "expected a Git ref such as origin/main, found '" + base + "'"));
            } else {
                b.base(base);
            }
        }
        if (given(p.naming())) {
            String name = p.naming().trim();
            if (name.equalsIgnoreCase("auto")) {
                b.namingScheme(null);
            } else {
                NamingScheme scheme = NamingScheme.fromConfigName(name);
                if (scheme == null) {
                    problems.add(new ConfigProblem(PARAMETER, 0, "db.naming",
                            "unknown naming scheme '" + name + "'; use auto, " + schemeNames()));
                } else {
                    b.namingScheme(scheme);
                }
            }
        }
    }

    private static void applyRunnerParameters(RunnerParameters r, MigrationGuardConfig.Builder b,
                                              List<ConfigProblem> problems) {
        if (given(r.url())) {
            String url = r.url().trim();
            if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("postgres://")
                    && !url.startsWith("postgresql://")) {
                problems.add(new ConfigProblem(PARAMETER, 0, "db.url", "'" + Secrets.maskUrl(url) + "' is not a "
                        + "PostgreSQL URL; use jdbc:postgresql://host:port/database or "
                        + "postgres://user@host:port/database"));
            } else {
                b.dbUrl(url);
            }
        }
        if (given(r.user())) {
            b.dbUser(r.user().trim());
        }
        if (r.password() != null && !r.password().isEmpty()) {
            b.dbPassword(r.password());
        }
        if (r.server() != null) {
            b.dbServer(r.server());
        }
        if (given(r.schema())) {
            b.historySchema(r.schema().trim());
        }
        if (given(r.table())) {
            b.historyTable(r.table().trim());
        }
        if (r.outOfOrder() != null) {
            b.outOfOrder(r.outOfOrder());
        }
        if (r.mixed() != null) {
            b.allowMixed(r.mixed());
        }
        if (r.allowDataLoss() != null) {
            b.allowDataLoss(r.allowDataLoss());
        }
        if (r.backup() != null) {
            b.backup(r.backup());
        }
        if (r.fastCommit() != null) {
            b.fastCommit(r.fastCommit());
        }
        if (given(r.lockTimeout())) {
            duration("db.lockTimeout", r.lockTimeout(), b::lockTimeout, problems);
        }
        if (given(r.statementTimeout())) {
            duration("db.statementTimeout", r.statementTimeout(), b::statementTimeout, problems);
        }
        if (given(r.lockWaitSeconds())) {
            String s = r.lockWaitSeconds().trim();
            int n;
            try {
                n = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0) {
                problems.add(new ConfigProblem(PARAMETER, 0, "db.lockWaitSeconds",
                        "expected a whole number of seconds, found '" + s + "'"));
            } else {
                b.lockWaitSeconds(n);
            }
        }
    }

    /** A PostgreSQL duration setting: a number with an optional unit ({@code 5s}, {@code 500ms}, {@code 2min}). */
    private static void duration(String key, String raw, java.util.function.Consumer<String> setter,
                                 List<ConfigProblem> problems) {
        String s = raw.trim();
        if (DURATION.matcher(s).matches()) {
            setter.accept(s);
        } else {
            problems.add(new ConfigProblem(PARAMETER, 0, key, "expected a duration such as 5s, 500ms or 2min, found '"
                    + s + "'"));
        }
    }

    /** Splits comma-separated entries (a {@code -Ddb.locations=a,b} value may arrive as one element) and trims. */
    static List<String> cleanLocations(List<String> raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String entry : raw) {
            if (entry == null) {
                continue;
            }
            for (String part : entry.split(",")) {
                String t = part.trim();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }

    private static String schemeNames() {
        List<String> names = new ArrayList<>();
        for (NamingScheme s : NamingScheme.values()) {
            names.add(s.configName());
        }
        return String.join(", ", names);
    }
}
