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
}
