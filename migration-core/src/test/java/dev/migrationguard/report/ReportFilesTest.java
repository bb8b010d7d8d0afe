package dev.migrationguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void writeCreatesTheDirectoriesAndReplacesTheFile() throws Exception {
        Path file = dir.resolve("target/migration-guard/report.md");

        ReportFiles.write(file, "old\n");
        ReportFiles.write(file, "new\n");

        assertThat(file).hasContent("new");
    }

    @Test
    void markdownIsAppendedToTheStepSummaryWhenTheVariableIsSet() throws Exception {
        Path summary = dir.resolve("step_summary");
        Files.writeString(summary, "## Tests\n");

        Path written = ReportFiles.appendToStepSummary(Map.of(ReportFiles.STEP_SUMMARY, summary.toString())::get,
                "## Migration Guard: low risk");

        assertThat(written).isEqualTo(summary);
        assertThat(summary).hasContent("## Tests\n## Migration Guard: low risk\n");
    }

    @Test
    void nothingIsWrittenWithoutTheVariable() throws Exception {
        assertThat(ReportFiles.appendToStepSummary(Map.<String, String>of()::get, "x")).isNull();
    }
}
