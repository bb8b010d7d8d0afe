package dev.migrationguard.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

/** Writes a rendered report to its file, and the Markdown report to a GitHub Actions job summary. */
public final class ReportFiles {

    /** The environment variable GitHub Actions sets to the file a step appends its job summary to. */
    public static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    private ReportFiles() {
    }

    /** Writes {@code content} to {@code file} as UTF-8, creating its directories and replacing an old file. */
    public static void write(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /**
     * Appends {@code markdown} to the file {@value #STEP_SUMMARY} names, when {@code environment} sets it.
     *
     * @param environment reads an environment variable ({@code System::getenv} outside tests)
     * @return the file appended to, or null when the variable is not set
     */
    public static Path appendToStepSummary(Function<String, String> environment, String markdown)
            throws IOException {
        String name = environment.apply(STEP_SUMMARY);
        if (name == null || name.isBlank()) {
            return null;
        }
        Path file = Path.of(name);
        Files.writeString(file, markdown.endsWith("\n") ? markdown : markdown + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        return file;
    }
}
