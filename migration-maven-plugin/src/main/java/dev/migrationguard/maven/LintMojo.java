package dev.migrationguard.maven;

import dev.migrationguard.config.FailOn;
import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.hooks.GitBaseException;
import dev.migrationguard.hooks.GitLint;
import dev.migrationguard.lint.LintResult;
import dev.migrationguard.lint.Linter;
import dev.migrationguard.report.RenderOptions;
import dev.migrationguard.report.Renderers;
import dev.migrationguard.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's migrations, prints the findings, writes the report file of the chosen format, and fails the
 * build when a finding reaches {@code failOn}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractMigrationGuardMojo {

    /** Where report files go when {@code db.output} is not given: {@code target/migration-guard/}. */
    static final String OUTPUT_DIRECTORY = "migration-guard";

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}.
     * Default: error.
     */
    @Parameter(property = "db.failOn")
    private String failOn;

    /**
     * The report written besides the findings printed: {@code text} (none), {@code json}, {@code sarif},
     * {@code markdown} or {@code junit}. Default: text.
     */
    @Parameter(property = "db.format")
    private String format;

    /**
     * The report file. Default: under {@code target/migration-guard/}: {@code report.json}, {@code
     * migration-guard.sarif}, {@code report.md} or {@code junit.xml}, by format. With the text format, given only to
     * save the text findings to a file.
     */
    @Parameter(property = "db.output")
    private File output;

    /** The base URL of the rule pages that reports link ({@code <docsBaseUrl><rule-id>.md}). */
    @Parameter(property = "db.docsBaseUrl")
    private String docsBaseUrl;

    /** Also run the risk rules on down scripts. Default: false. */
    @Parameter(property = "db.lintDown")
    private Boolean lintDown;

    /**
     * The Git ref to compare the migrations with (e.g. {@code origin/main}): a migration on it that was edited or
     * deleted, a new version below its highest, a version taken on both sides. Default: none (no history checks).
     */
    @Parameter(property = "db.base")
    private String base;

    /** The build directory; report files go under it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** Reads environment variables: {@code GITHUB_STEP_SUMMARY}. Tests set their own. */
    Function<String, String> environment = System::getenv;

    @Override
    protected MojoParameters parameters() {
        return commonParameters().withLintParameters(failOn, format, lintDown).withDocsBaseUrl(docsBaseUrl)
                .withBase(base);
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        LintResult result;
        if (config.base() == null) {
            result = new Linter(config).lintLocations();
        } else {
            try {
                result = GitLint.lintWorkingTree(config);
            } catch (GitBaseException e) {
                throw new MojoExecutionException("Migration Guard: " + e.getMessage());
            }
        }
        new LogReport(getLog()).print(result, config);
        writeReport(result, config);
        if (result.fails(config.failOn())) {
            throw new MojoFailureException(failureMessage(result.failingCount(config.failOn()), config.failOn()));
        }
    }

    /** Writes the report file of the format, and appends the Markdown report to the job summary when asked. */
    private void writeReport(LintResult result, MigrationGuardConfig config) throws MojoExecutionException {
        Path file = reportFile(config.format());
        if (file == null) {
            return;
        }
        String content = Renderers.forFormat(config.format(), RenderOptions.of(config, false)).render(result);
        try {
            ReportFiles.write(file, content);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Migration Guard could not write the " + config.format() + " report to "
                    + file + ": " + e.getMessage() + "; check that the directory is writable or set db.output");
        }
        getLog().info("Migration Guard: " + config.format() + " report written to " + shown(file));
        if (config.format().equals("markdown")) {
            try {
                Path summary = ReportFiles.appendToStepSummary(environment, content);
                if (summary != null) {
                    getLog().info("Migration Guard: report appended to the job summary (" + ReportFiles.STEP_SUMMARY
                            + ")");
                }
            } catch (IOException | RuntimeException e) {
                throw new MojoExecutionException("Migration Guard could not append the report to "
                        + ReportFiles.STEP_SUMMARY + " (" + environment.apply(ReportFiles.STEP_SUMMARY) + "): "
                        + e.getMessage());
            }
        }
    }

    /** The file to write: db.output, else the format's default under the build directory; null for text alone. */
    Path reportFile(String chosenFormat) {
        if (output != null) {
            return output.isAbsolute() ? output.toPath() : basedir().toPath().resolve(output.toPath());
        }
        String name = Renderers.defaultFileName(chosenFormat);
        if (name == null) {
            return null;
        }
        Path build = buildDirectory != null ? buildDirectory.toPath() : basedir().toPath().resolve("target");
        return build.resolve(OUTPUT_DIRECTORY).resolve(name);
    }

    /** The path relative to the project directory when inside it. */
    private String shown(Path file) {
        Path base = basedir().toPath().toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(base) ? base.relativize(f) : f).toString().replace('\\', '/');
    }

    static String failureMessage(long count, FailOn failOn) {
        String what = failOn == FailOn.ERROR ? "error(s)" : "finding(s)";
        return "Migration Guard found " + count + " " + what + " at or above fail-on=" + failOn.label()
                + "; see the findings above";
    }
}
