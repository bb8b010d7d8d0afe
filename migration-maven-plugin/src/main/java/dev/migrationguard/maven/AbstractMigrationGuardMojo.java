package dev.migrationguard.maven;

import dev.migrationguard.config.ConfigProblem;
import dev.migrationguard.config.MigrationGuardConfig;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Base of every Migration Guard goal: handles {@code db.skip}, turns the parameters and the configuration file into
 * one {@link MigrationGuardConfig}, and hands it to {@link #executeMojo(MigrationGuardConfig)}.
 */
public abstract class AbstractMigrationGuardMojo extends AbstractMojo {

    /** The project directory; relative locations and the configuration file search start here. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Skips the goal. */
    @Parameter(property = "db.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Migration directories, relative to the project directory or absolute; on the command line a comma-separated
     * list. Default: {@code src/main/resources/db/migration}, unless the configuration file says otherwise.
     */
    @Parameter(property = "db.locations")
    private List<String> locations;

    /** The PostgreSQL major version the migrations run on. Default: 16. */
    @Parameter(property = "db.pgVersion")
    private String pgVersion;

    /**
     * The naming scheme of the migration files: {@code auto} (detected per location), {@code flyway},
     * {@code golang-migrate}, {@code folder-pairs}, {@code dbmate}, {@code goose}, {@code timestamp} or
     * {@code sequential}. Default: auto.
     */
    @Parameter(property = "db.naming")
    private String naming;

    /**
     * The configuration file. Default: the first {@code .migration-guard.yml} found in the project directory or
     * one of its parents; none is fine.
     */
    @Parameter(property = "db.config")
    private File config;

    /**
     * What an empty down script means: {@code noop} (a deliberate no-op: {@code db:rollback} records the version as
     * undone) or {@code error} ({@code empty-down-migration} reports it, {@code db:rollback} refuses it). Default:
     * noop, unless the configuration file says {@code emptyDown: error}.
     */
    @Parameter(property = "db.emptyDown")
    private String emptyDown;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Migration Guard: skipped (db.skip=true)");
            return;
        }
        executeMojo(configuration());
    }

    /** The project directory. */
    protected final File basedir() {
        return basedir;
    }

    /** The configuration file named with {@code db.config}, or null when the default search applies. */
    protected final File configFileParameter() {
        return config;
    }

    /** Runs the goal with the assembled configuration. */
    protected abstract void executeMojo(MigrationGuardConfig config)
            throws MojoExecutionException, MojoFailureException;

    /** The parameters of this goal; goals with more parameters add theirs to {@link #commonParameters()}. */
    protected MojoParameters parameters() {
        return commonParameters();
    }

    /** The parameters every goal shares. */
    protected final MojoParameters commonParameters() {
        return new MojoParameters(locations, null, null, pgVersion, null, naming,
                config == null ? null : config.toPath(), null).withEmptyDown(emptyDown);
    }

    /** The connection and run-policy parameters of a runner goal; none for the others. */
    protected RunnerParameters runnerParameters() throws MojoExecutionException {
        return RunnerParameters.none();
    }

    private MigrationGuardConfig configuration() throws MojoExecutionException {
        ConfigAssembler.Assembled assembled = ConfigAssembler.assemble(basedir.toPath(), parameters(),
                runnerParameters());
        if (assembled.configFile() != null) {
            getLog().debug("Migration Guard: configuration file " + assembled.configFile());
        }
        if (!assembled.ok()) {
            throw new MojoExecutionException(describe(assembled.problems()));
        }
        getLog().debug("Migration Guard: " + assembled.config());
        return assembled.config();
    }

    static String describe(List<ConfigProblem> problems) {
        StringBuilder b = new StringBuilder("Migration Guard configuration has ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append("; fix ").append(problems.size() == 1 ? "it" : "them").append(" and run again:");
        for (ConfigProblem p : problems) {
            b.append(System.lineSeparator()).append("  ").append(p);
        }
        return b.toString();
    }
}
