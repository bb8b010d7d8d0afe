package dev.migrationguard.maven;

import dev.migrationguard.config.MigrationGuardConfig;
import dev.migrationguard.db.roundtrip.RoundTripJson;
import dev.migrationguard.db.roundtrip.RoundTripResult;
import dev.migrationguard.hooks.GitBase;
import dev.migrationguard.hooks.GitBaseException;
import dev.migrationguard.hooks.GitReport;
import dev.migrationguard.lint.Finding;
import dev.migrationguard.naming.FileSystemSources;
import dev.migrationguard.report.MigrationEntry;
import dev.migrationguard.report.RenderOptions;
import dev.migrationguard.report.Renderers;
import dev.migrationguard.report.ReportInput;
import dev.migrationguard.report.ReportModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The pull-request report: compares the branch with its base, lints its migrations with the history checks, and
 * writes one report of the migrations the branch added, changed or deleted (Markdown by default, also appended to the
 * GitHub Actions job summary), with the round trip's results when {@code db:roundtrip} left them in the build
 * directory. Does not fail the build unless {@code db.failOn} is given.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractReportingMojo {

    /** The file {@code db:roundtrip} keeps its result in, under {@code target/migration-guard/}. */
    static final String ROUND_TRIP_FILE = "roundtrip.json";

    /**
     * The Git ref to compare with (e.g. {@code origin/main}); it must resolve. Default: the upstream of the current
     * branch, else {@code origin/main}, else {@code main}; none of them: a report of every migration.
     */
    @Parameter(property = "db.base")
    private String base;

    /** Report the working tree (uncommitted changes included) instead of the last commit. Default: false. */
    @Parameter(property = "db.includeUncommitted", defaultValue = "false")
    private boolean includeUncommitted;

    /** {@code markdown}, {@code json}, {@code sarif} or {@code junit}. Default: markdown. */
    @Parameter(property = "db.format")
    private String format;

    /**
     * The lowest severity of a finding in the report that fails the build: {@code error}, {@code warning},
     * {@code info} or {@code never}. Default: never ({@code failOn} in {@code .migration-guard.yml} is the lint's).
     */
    @Parameter(property = "db.failOn")
    private String failOn;

    /** Also run the risk rules on down scripts. Default: false. */
    @Parameter(property = "db.lintDown")
    private Boolean lintDown;

    /**
     * Migrations at or below this version are history: read for the schema, never reported (e.g. {@code 2.43},
     * {@code V2_43}, {@code 20240826120919}). Default: none.
     */
    @Parameter(property = "db.since")
    private String since;

    @Override
    protected MojoParameters parameters() {
        return commonParameters().withLintParameters(given(failOn) ? failOn : "never",
                given(format) ? format : "markdown", lintDown).withDocsBaseUrl(docsBaseUrl()).withBase(base)
                .withAdoption(since, null);
    }

    @Override
    protected void executeMojo(MigrationGuardConfig config) throws MojoExecutionException, MojoFailureException {
        if (config.format().equals("text")) {
            throw new MojoExecutionException("Migration Guard: db:report writes markdown, json, sarif or junit, not"
                    + " text; set db.format to one of them (db:lint prints the text findings)");
        }
        ReportInput input;
        try {
            input = GitReport.branch(config, includeUncommitted ? GitBase.Side.WORKING_TREE : GitBase.Side.HEAD);
        } catch (GitBaseException e) {
            throw new MojoExecutionException("Migration Guard: " + e.getMessage());
        }
        RoundTripResult roundTrip = roundTrip(config);
        if (roundTrip != null) {
            input = input.withRoundTrip(roundTrip);
        }
        ReportModel model = ReportModel.of(input);
        new LogReport(getLog()).printReport(model);
        writeReport(config.format(), withDrift(config, Renderers.forFormat(config.format(),
                RenderOptions.of(config, false)).render(input)));
        long failing = 0;
        for (MigrationEntry e : model.shown()) {
            for (Finding f : e.findings()) {
                if (config.failOn().fails(f.severity())) {
                    failing++;
                }
            }
        }
        if (failing > 0) {
            throw new MojoFailureException("Migration Guard: the report shows " + failing + " finding(s) at or above"
                    + " fail-on=" + config.failOn().label() + "; see " + shown(reportFile(config.format())));
        }
    }

    /**
     * The result {@code db:roundtrip} left in the build directory, when there is one at least as new as every
     * migration file on disk; null otherwise (a line says why it is left out).
     */
    private RoundTripResult roundTrip(MigrationGuardConfig config) {
        Path file = outputDirectory().resolve(ROUND_TRIP_FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Path newer = newerMigration(config, Files.getLastModifiedTime(file));
            if (newer != null) {
                getLog().warn("Migration Guard: the round trip result " + shown(file) + " is older than "
                        + shown(newer) + "; the report leaves it out; run db:roundtrip again to include it");
                return null;
            }
            RoundTripResult result = RoundTripJson.parse(Files.readString(file, StandardCharsets.UTF_8));
            getLog().info("Migration Guard: round trip result from " + shown(file) + ": " + result.summary());
            return result;
        } catch (IOException | RuntimeException e) {
            getLog().warn("Migration Guard: cannot read the round trip result " + shown(file) + " (" + e.getMessage()
                    + "); the report leaves it out; run db:roundtrip again to replace it");
            return null;
        }
    }

    /**
     * The report with the drift section {@code db:drift} left in the build directory ({@code drift.md} appended to
     * Markdown, {@code drift.json} as the {@code drift} member of JSON), when there is one at least as new as every
     * migration file; SARIF and JUnit reports leave it out.
     */
    private String withDrift(MigrationGuardConfig config, String report) {
        String format = config.format();
        Path file = outputDirectory().resolve(format.equals("json") ? DriftMojo.DRIFT_FILE
                : DriftMojo.DRIFT_MARKDOWN_FILE);
        if (!(format.equals("markdown") || format.equals("json")) || !Files.isRegularFile(file)) {
            return report;
        }
        try {
            Path newer = newerMigration(config, Files.getLastModifiedTime(file));
            if (newer != null) {
                getLog().warn("Migration Guard: the drift result " + shown(file) + " is older than " + shown(newer)
                        + "; the report leaves it out; run db:drift again to include it");
                return report;
            }
            String drift = Files.readString(file, StandardCharsets.UTF_8);
            getLog().info("Migration Guard: drift section from " + shown(file));
            if (format.equals("markdown")) {
                return report + (report.endsWith("\n") ? "\n" : "\n\n") + drift;
            }
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
            com.fasterxml.jackson.databind.node.ObjectNode root =
                    (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(report);
            root.set("drift", mapper.readTree(drift));
            return mapper.writeValueAsString(root) + "\n";
        } catch (IOException | RuntimeException e) {
            getLog().warn("Migration Guard: cannot read the drift result " + shown(file) + " (" + e.getMessage()
                    + "); the report leaves it out; run db:drift again to replace it");
            return report;
        }
    }

    /** A migration file under the locations modified after {@code time}; null when there is none. */
    private static Path newerMigration(MigrationGuardConfig config, FileTime time) throws IOException {
        for (String location : config.locations()) {
            Path dir = FileSystemSources.resolve(config.projectDir().toAbsolutePath().normalize(), location);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Iterator<Path> it = files.filter(Files::isRegularFile).iterator(); it.hasNext(); ) {
                    Path p = it.next();
                    if (Files.getLastModifiedTime(p).compareTo(time) > 0) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
