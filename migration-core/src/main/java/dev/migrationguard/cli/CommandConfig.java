package dev.migrationguard.cli;

import dev.migrationguard.config.ConfigFile;
import dev.migrationguard.config.ConfigProblem;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.config.PgVersions;
import dev.migrationguard.lint.BuiltInRules;
import dev.migrationguard.naming.NamingScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration every command starts from: {@code --config FILE}, else {@code .migration-guard.yml} found from the
 * working directory upwards; the project directory is the file's directory, else the working directory. Options given
 * on the command line are applied over it by the command; problems are gathered, not thrown.
 */
final class CommandConfig {

    final MigrationGuardConfig.Builder builder;
    final List<String> problems = new ArrayList<>();

    private CommandConfig(MigrationGuardConfig.Builder builder) {
        this.builder = builder;
    }

    /** The configuration, or empty after telling {@code err} that the file given to {@code --config} is missing. */
    static Optional<CommandConfig> load(Path workingDir, String configPath, java.io.PrintStream err) {
        Optional<Path> configFile = configPath != null ? Optional.of(workingDir.resolve(configPath))
                : ConfigFile.find(workingDir);
        if (configPath != null && !Files.isRegularFile(configFile.get())) {
            err.println("error: configuration file " + configPath + " does not exist; give an existing file to "
                    + "--config");
            return Optional.empty();
        }
        Path projectDir = configFile.map(p -> p.toAbsolutePath().getParent()).orElse(workingDir);
        CommandConfig c = new CommandConfig(MigrationGuardConfig.builder(projectDir));
        if (configFile.isPresent()) {
            for (ConfigProblem p : ConfigFile.apply(configFile.get(), c.builder, BuiltInRules.ids())) {
                c.problems.add(p.toString());
            }
        }
        return Optional.of(c);
    }

    /** Applies {@code --pg-version} when given. */
    void pgVersion(String value) {
        if (value == null) {
            return;
        }
        Integer v = PgVersions.parse(value);
        if (v == null) {
            problems.add("--pg-version: expected a major version from " + PgVersions.MIN + " to " + PgVersions.MAX
                    + ", found '" + value + "'");
        } else {
            builder.pgVersion(v);
        }
    }

    /** Applies {@code --naming} when given. */
    void naming(String value) {
        if (value == null) {
            return;
        }
        NamingScheme scheme = NamingScheme.fromConfigName(value);
        if (scheme == null && !value.equalsIgnoreCase("auto")) {
            problems.add("--naming: unknown naming scheme '" + value + "'");
        } else {
            builder.namingScheme(scheme);
        }
    }

    /** Applies the connection options a database command takes, when given: --url, --user, --password, --schema, --table. */
    void connection(CommandLine line) {
        if (line.value("--url") != null) {
            builder.dbUrl(line.value("--url"));
        }
        if (line.value("--user") != null) {
            builder.dbUser(line.value("--user"));
        }
        if (line.value("--password") != null) {
            builder.dbPassword(line.value("--password"));
        }
        if (line.value("--schema") != null) {
            builder.historySchema(line.value("--schema"));
        }
        if (line.value("--table") != null) {
            builder.historyTable(line.value("--table"));
        }
    }

    /**
     * Takes {@code paths} as the migration locations of a command that reads whole directories ({@code what}: "the
     * round trip", "drift"); a file or a missing path is a problem naming it.
     */
    void directories(List<String> paths, Path workingDir, String what) {
        if (paths.isEmpty()) {
            return;
        }
        List<String> locations = new ArrayList<>();
        for (String p : paths) {
            Path path = workingDir.resolve(p).toAbsolutePath().normalize();
            if (java.nio.file.Files.isDirectory(path)) {
                locations.add(path.toString());
            } else if (java.nio.file.Files.isRegularFile(path)) {
                problems.add(p + " is a file; " + what + " takes migration directories (here: "
                        + Optional.ofNullable(workingDir.relativize(path).getParent()).map(Path::toString).orElse(".")
                        + ")");
            } else {
                problems.add(p + " does not exist; give migration directories");
            }
        }
        builder.locations(locations);
    }
}
