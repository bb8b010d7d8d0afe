package dev.migrationguard.maven;

import dev.migrationguard.config.ConfigFile;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.hooks.HookInstaller;
import dev.migrationguard.naming.FileSystemSources;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Installs the Git pre-commit hook that lints the staged migrations with this project's configuration, without
 * starting Maven. A repository has one Migration Guard hook: in a multi-module build it is installed for the project
 * whose migration locations exist (in a single-project build, for that project even before its first migration);
 * projects without migrations skip.
 */
@Mojo(name = "install-hook", threadSafe = true)
public class InstallHookMojo extends AbstractMigrationGuardMojo {

    /** The plugin's resolved artifacts: the hook runs with those of them its module needs at run time. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The lowest severity that blocks the commit. Default: error (as for db:lint). */
    @Parameter(property = "db.failOn")
    private String failOn;

    /** Also run the risk rules on down scripts. Default: false. */
    @Parameter(property = "db.lintDown")
    private Boolean lintDown;

    /**
     * Write the {@code pre-commit} hook file. {@code false} records the classpath, the configuration and
     * {@code run.sh} only, for a hook manager (the pre-commit framework, lefthook, husky) that calls {@code run.sh}.
     * Default: true.
     */
    @Parameter(property = "db.hookFile", defaultValue = "true")
    private boolean hookFile;

    /**
     * Also create a class data sharing archive of the hook's classes (AppCDS; with Java 25 or later an ahead-of-time
     * cache), which shortens every hook run's start. Takes a few seconds at install time; {@code false} skips it.
     * Default: true.
     */
    @Parameter(property = "db.hookCds", defaultValue = "true")
    private boolean hookCds;

    /**
     * Let the hook keep a server process between commits: the first commit runs the hook in a JVM of its own and
     * starts a server, which runs the hook for the next commits (a few times faster) until 30 minutes pass without
     * one, the hook is reinstalled or uninstalled. {@code false} runs every commit in a JVM of its own. Never started
     * where {@code CI=true} or {@code MIGRATION_GUARD_HOOK_SERVER=off}. Default: true.
     */
    @Parameter(property = "db.hookServer", defaultValue = "true")
    private boolean hookServer;

    /**
     * The Git ref the hook compares the migrations with. Default: the upstream of the branch being committed to,
     * else {@code origin/main}, else {@code main}.
     */
    @Parameter(property = "db.base")
    private String base;

    /**
     * Migrations at or below this version are history: read for the schema, never reported (e.g. {@code 2.43},
     * {@code V2_43}, {@code 20240826120919}). Default: none.
     */
    @Parameter(property = "db.since")
    private String since;

    @Override
    protected MojoParameters parameters() {
        return commonParameters().withLintParameters(failOn, null, lintDown).withBase(base).withAdoption(since, null);
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException {
        boolean single = session.getProjects().size() <= 1;
        if (!single && !hasMigrations(config)) {
            getLog().info("Migration Guard: no migration location in " + project.getArtifactId()
                    + "; the hook is installed by the project that has them");
            return;
        }
        Set<String> needed;
        try {
            needed = HookInstaller.runtimeArtifacts();
        } catch (IOException e) {
            throw new MojoExecutionException("Migration Guard: cannot read the hook's dependency list from the "
                    + "migration-guard-hooks jar (" + e.getMessage() + "); the jar in the local Maven repository may be "
                    + "damaged: delete it there and run the goal again", e);
        }
        List<Path> classpath = new ArrayList<>();
        for (Artifact a : pluginArtifacts) {
            String key = a.getGroupId() + ":" + a.getArtifactId();
            if (a.getFile() != null && (needed.isEmpty() || needed.contains(key))) {
                classpath.add(a.getFile().toPath());
            }
        }
        HookInstaller.Outcome outcome = HookInstaller.install(new HookInstaller.Request(config, classpath,
                fingerprintFiles(), HookInstaller.currentJava(), hookFile, hookServer));
        if (!outcome.ok()) {
            throw new MojoExecutionException(outcome.message());
        }
        getLog().info(outcome.message());
        if (hookCds) {
            HookInstaller.Outcome cds = HookInstaller.createCdsArchive(config.projectDir(), HookInstaller.currentJava());
            if (cds.ok()) {
                getLog().info(cds.message());
            } else {
                getLog().warn(cds.message());
            }
        }
    }

    private static boolean hasMigrations(MigrationGuardConfig config) {
        for (String location : config.locations()) {
            if (Files.isDirectory(FileSystemSources.resolve(config.projectDir(), location))) {
                return true;
            }
        }
        return false;
    }

    /** The poms of the project and its parents, and the configuration file (or where it would be). */
    private List<Path> fingerprintFiles() {
        List<Path> files = new ArrayList<>();
        for (MavenProject p = project; p != null; p = p.getParent()) {
            if (p.getFile() != null) {
                files.add(p.getFile().toPath());
            }
        }
        File explicit = configFileParameter();
        if (explicit != null) {
            Path file = explicit.toPath();
            files.add(file.isAbsolute() ? file : basedir().toPath().resolve(file));
        } else {
            files.add(ConfigFile.find(basedir().toPath())
                    .orElse(basedir().toPath().resolve(MigrationGuardConfig.FILE_NAME)));
        }
        return files;
    }
}
