package dev.migrationguard.maven;

import dev.migrationguard.config.ConfigFile;
import dev.migrationguard.config.ConfigProblem;
import dev.migrationguard.config.FailOn;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.PgVersions;
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

    /** The output formats the lint goal can print. */
    public static final List<String> FORMATS = Renderers.FORMATS;

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
        MigrationGuardConfig config = builder.build();
        if (!FORMATS.contains(config.format())) {
            problems.add(new ConfigProblem(PARAMETER, 0, "db.format",
                    "unknown format '" + config.format() + "'; use " + String.join(" or ", FORMATS)));
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
