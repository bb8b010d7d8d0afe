package dev.migrationguard.maven;

import static dev.migrationguard.maven.Mojos.mojo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db:lint writes the report of db.format to a file while the console keeps the text findings. */
class LintMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void migrations() throws Exception {
        Path m = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        Files.writeString(m.resolve("V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        Files.writeString(m.resolve("V2__drop_email.sql"), "ALTER TABLE users DROP COLUMN email;\n");
    }

    private LintMojo lint(Object... parameters) {
        LintMojo m = mojo(new LintMojo(), project, log, parameters);
        m.environment = Map.<String, String>of()::get;
        return m;
    }

    private LintMojo lintBuild(String format) {
        return lint("buildDirectory", project.resolve("target").toFile(), "format", format, "failOn", "never");
    }

    @Test
    void sarifGoesToItsDefaultFileAndTheFindingsToTheConsole() throws Exception {
        lintBuild("sarif").execute();

        Path sarif = project.resolve("target/migration-guard/migration-guard.sarif");
        JsonNode root = new ObjectMapper().readTree(sarif.toFile());
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("runs").get(0).get("results").findValuesAsText("ruleId")).contains("ban-drop-column");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] src/main/resources/db/migration/V2__drop_email.sql"
                + ":1:19: error[ban-drop-column] "));
        assertThat(log.lines).contains("[INFO] Migration Guard: sarif report written to "
                + "target/migration-guard/migration-guard.sarif");
    }

    @Test
    void eachFormatHasItsDefaultFile() throws Exception {
        lintBuild("json").execute();
        lintBuild("markdown").execute();
        lintBuild("junit").execute();
        lintBuild("text").execute();

        Path dir = project.resolve("target/migration-guard");
        assertThat(new ObjectMapper().readTree(dir.resolve("report.json").toFile()).get("migrations")).hasSize(2);
        assertThat(dir.resolve("report.md")).content().startsWith("## Migration Guard: high risk\n");
        assertThat(dir.resolve("junit.xml")).content().contains("<testcase");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.json", "report.md", "junit.xml");
        }
    }

    @Test
    void outputNamesTheFileRelativeToTheProject() throws Exception {
        lint("format", "markdown", "output", new File("build/pr.md"), "failOn", "never").execute();

        assertThat(project.resolve("build/pr.md")).content().contains("ban-drop-column");
        assertThat(log.lines).contains("[INFO] Migration Guard: markdown report written to build/pr.md");
    }

    @Test
    void markdownIsAppendedToTheJobSummaryAndTheBuildStillFails() throws Exception {
        Path summary = project.resolve("summary.md");
        Files.writeString(summary, "# Build\n");
        LintMojo m = lint("buildDirectory", project.resolve("target").toFile(), "format", "markdown");
        m.environment = Map.of("GITHUB_STEP_SUMMARY", summary.toString())::get;

        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class);

        String report = Files.readString(project.resolve("target/migration-guard/report.md"));
        assertThat(summary).hasContent("# Build\n" + report);
        assertThat(log.lines).contains("[INFO] Migration Guard: report appended to the job summary "
                + "(GITHUB_STEP_SUMMARY)");
    }

    @Test
    void otherFormatsLeaveTheJobSummaryAlone() throws Exception {
        Path summary = project.resolve("summary.md");
        LintMojo m = lintBuild("sarif");
        m.environment = Map.of("GITHUB_STEP_SUMMARY", summary.toString())::get;

        m.execute();

        assertThat(summary).doesNotExist();
    }

    @Test
    void docsBaseUrlChangesTheLinksAndABadOneStopsTheGoal() throws Exception {
        lint("buildDirectory", project.resolve("target").toFile(), "format", "markdown", "failOn", "never",
                "docsBaseUrl", "https://wiki.example.com/db-rules").execute();
        assertThat(project.resolve("target/migration-guard/report.md")).content()
                .contains("(https://wiki.example.com/db-rules/ban-drop-column.md)");

        assertThatThrownBy(() -> lint("format", "sarif", "docsBaseUrl", "wiki/rules").execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("parameter: db.docsBaseUrl: expected an absolute http(s) URL");
    }
}
