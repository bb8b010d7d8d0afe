package dev.migrationguard.report;

import dev.migrationguard.config.MigrationGuardConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a renderer writes: colours for the terminal, where rule pages are linked, where paths are anchored.
 *
 * @param color          ANSI colours (text format only)
 * @param docsBaseUrl    the base URL of the rule pages, ending with {@code /}: a rule's page is
 *                       {@code <docsBaseUrl><rule-id>.md}
 * @param sourcePrefix   the project directory relative to the repository root, {@code /}-separated and ending with
 *                       {@code /} (empty when the project is the repository root or no repository was found): SARIF
 *                       locations are relative to the repository root, as code scanning expects
 * @param markdownLimit  the most characters the Markdown report may have
 */
public record RenderOptions(boolean color, String docsBaseUrl, String sourcePrefix, int markdownLimit) {

    /** Under the 65,536 characters of a pull-request comment, with room for a header a workflow adds. */
    public static final int MARKDOWN_LIMIT = 60_000;

    public RenderOptions {
        Objects.requireNonNull(docsBaseUrl, "docsBaseUrl");
        docsBaseUrl = docsBaseUrl.endsWith("/") ? docsBaseUrl : docsBaseUrl + "/";
        sourcePrefix = sourcePrefix == null || sourcePrefix.isEmpty() ? ""
                : sourcePrefix.endsWith("/") ? sourcePrefix : sourcePrefix + "/";
    }

    /** No colours, the default docs URL, paths relative to the project directory, the default Markdown limit. */
    public static RenderOptions defaults() {
        return new RenderOptions(false, MigrationGuardConfig.DEFAULT_DOCS_BASE_URL, "", MARKDOWN_LIMIT);
    }

    /** The options a configuration asks for: its docs URL and its project directory's place in its repository. */
    public static RenderOptions of(MigrationGuardConfig config, boolean color) {
        return new RenderOptions(color, config.docsBaseUrl(), sourcePrefixOf(config.projectDir()), MARKDOWN_LIMIT);
    }

    public RenderOptions withColor(boolean on) {
        return new RenderOptions(on, docsBaseUrl, sourcePrefix, markdownLimit);
    }

    public RenderOptions withMarkdownLimit(int limit) {
        return new RenderOptions(color, docsBaseUrl, sourcePrefix, limit);
    }

    public RenderOptions withSourcePrefix(String prefix) {
        return new RenderOptions(color, docsBaseUrl, prefix, markdownLimit);
    }

    /** The page of rule {@code ruleId}. */
    public String docsUrl(String ruleId) {
        return docsBaseUrl + ruleId + ".md";
    }

    /**
     * The project directory relative to the repository it is in (the nearest parent holding {@code .git}), e.g.
     * {@code services/billing/}; empty when it is the repository root or not in a repository.
     */
    public static String sourcePrefixOf(Path projectDir) {
        Path dir = projectDir.toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                String rel = d.relativize(dir).toString().replace('\\', '/');
                return rel.isEmpty() ? "" : rel + "/";
            }
        }
        return "";
    }
}
