package dev.migrationguard.maven;

import dev.migrationguard.report.Renderers;
import dev.migrationguard.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Base of the goals that write a report file ({@code db:lint}, {@code db:report}): where the file goes
 * ({@code db.output}, else the format's file under {@code target/migration-guard/}), where reports link the rule
 * pages, and the Markdown report appended to the GitHub Actions job summary.
 */
public abstract class AbstractReportingMojo extends AbstractMigrationGuardMojo {

    /** Where report files go when {@code db.output} is not given: {@code target/migration-guard/}. */
    static final String OUTPUT_DIRECTORY = "migration-guard";

    /**
     * The report file, relative to the project directory or absolute. Default: under {@code target/migration-guard/}:
     * {@code report.json}, {@code migration-guard.sarif}, {@code report.md} or {@code junit.xml}, by format. With the
     * text format of {@code db:lint}, given only to save the text findings to a file.
     */
    @Parameter(property = "db.output")
    private File output;

    /** The base URL of the rule pages that reports link ({@code <docsBaseUrl><rule-id>.md}). */
    @Parameter(property = "db.docsBaseUrl")
    private String docsBaseUrl;

    /** The build directory; report files go under it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** Reads environment variables: {@code GITHUB_STEP_SUMMARY}. Tests set their own. */
    Function<String, String> environment = System::getenv;

    /** {@code db.docsBaseUrl} as given; null when not. */
    protected final String docsBaseUrl() {
        return docsBaseUrl;
    }

    /** {@code target/migration-guard/} of the project. */
    protected final Path outputDirectory() {
        Path build = buildDirectory != null ? buildDirectory.toPath() : basedir().toPath().resolve("target");
        return build.resolve(OUTPUT_DIRECTORY);
    }

    /** The file to write: db.output, else the format's default under the build directory; null for text alone. */
    Path reportFile(String format) {
        if (output != null) {
            return output.isAbsolute() ? output.toPath() : basedir().toPath().resolve(output.toPath());
        }
        String name = Renderers.defaultFileName(format);
        return name == null ? null : outputDirectory().resolve(name);
    }

    /**
     * Writes {@code content}, the report of {@code format}, to {@link #reportFile(String)} and says where; a Markdown
     * report is also appended to the job summary when {@code GITHUB_STEP_SUMMARY} is set. Nothing to do for the text
     * format without {@code db.output}.
     */
    protected final void writeReport(String format, String content) throws MojoExecutionException {
        Path file = reportFile(format);
        if (file == null) {
            return;
        }
        try {
            ReportFiles.write(file, content);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Migration Guard could not write the " + format + " report to "
                    + file + ": " + e.getMessage() + "; check that the directory is writable or set db.output");
        }
        getLog().info("Migration Guard: " + format + " report written to " + shown(file));
        if (format.equals("markdown")) {
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

    /** The path relative to the project directory when inside it. */
    protected final String shown(Path file) {
        return shown(basedir().toPath(), file);
    }

    /** {@code file} relative to {@code projectDir} when inside it, with {@code /}. */
    static String shown(Path projectDir, Path file) {
        Path base = projectDir.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(base) ? base.relativize(f) : f).toString().replace('\\', '/');
    }
}
